#pragma once

#include "kube/metarecord.h"

namespace lcl::kube {

// One metric of an HPA with its target and, when known, the current value, both already formatted the way
// kubectl shows them ("70%", "500m", "12"); `name` is "cpu", "memory" or the custom metric's name.
struct HpaMetric {
    QString type;                // Resource, ContainerResource, Pods, Object, External
    QString name;
    QString target;
    QString current;
};

struct HpaRecord {
    ObjectMeta meta;
    QString targetKind;
    QString targetName;
    int minReplicas = 1;
    int maxReplicas = 0;
    int currentReplicas = 0;
    int desiredReplicas = 0;
    QList<HpaMetric> metrics;
    QList<Condition> conditions;

    bool atMax() const { return maxReplicas > 0 && currentReplicas >= maxReplicas; }
};

} // namespace lcl::kube
