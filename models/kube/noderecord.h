#pragma once

#include "kube/metarecord.h"

#include <QStringList>

namespace lcl::kube {

struct NodeRecord {
    ObjectMeta meta;
    bool ready = false;
    bool unschedulable = false;
    QString kubeletVersion;
    QString internalIP;
    QStringList roles;           // from node-role.kubernetes.io/<role> labels
    qint64 cpuCapacityMilli = 0;
    qint64 memoryCapacityBytes = 0;
    qint64 cpuAllocatableMilli = 0;
    qint64 memoryAllocatableBytes = 0;
    QList<Condition> conditions;
};

} // namespace lcl::kube
