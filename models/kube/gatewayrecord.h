#pragma once

#include "kube/metarecord.h"

#include <QStringList>

namespace lcl::kube {

struct GatewayListener {
    QString name;
    QString protocol;
    QString hostname;
    int port = 0;
    int attachedRoutes = 0;
};

struct GatewayRecord {
    ObjectMeta meta;
    QString className;
    QList<GatewayListener> listeners;
    QStringList addresses;
    QList<Condition> conditions;
};

} // namespace lcl::kube
