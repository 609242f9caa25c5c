#pragma once

#include "kube/metarecord.h"

#include <QStringList>

namespace lcl::kube {

struct EndpointRecord {
    QStringList addresses;
    bool ready = true;           // conditions.ready; absent means ready
    QString nodeName;
    QString targetKind;          // targetRef.kind, usually Pod
    QString targetName;
};

struct EndpointSliceRecord {
    ObjectMeta meta;
    QString serviceName;         // label kubernetes.io/service-name
    QString addressType;
    QList<EndpointRecord> endpoints;
    QList<std::pair<QString, int>> ports; // name, port

    int readyCount() const;
};

} // namespace lcl::kube
