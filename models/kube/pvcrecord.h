#pragma once

#include "kube/metarecord.h"

#include <QStringList>

namespace lcl::kube {

struct PvcRecord {
    ObjectMeta meta;
    QString phase;               // Pending, Bound, Lost
    QString storageClass;
    QString volumeName;
    QStringList accessModes;
    qint64 requestedBytes = 0;
    qint64 capacityBytes = 0;
};

} // namespace lcl::kube
