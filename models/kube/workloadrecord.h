#pragma once

#include "kube/metarecord.h"
#include "kube/resourcekind.h"

#include <QStringList>

namespace lcl::kube {

// A Deployment, StatefulSet or DaemonSet: `kind` says which. For a DaemonSet `desired` is
// desiredNumberScheduled and `current` currentNumberScheduled.
struct WorkloadRecord {
    ObjectMeta meta;
    ResourceKind kind = ResourceKind::Deployments;
    int desired = 0;
    int current = 0;
    int ready = 0;
    int updated = 0;
    int available = 0;
    qint64 observedGeneration = 0;
    bool paused = false;
    Labels selector;             // matchLabels
    QStringList images;
    QString currentRevision;     // StatefulSet
    QString updateRevision;
    QList<Condition> conditions;

    // Status reflects the latest spec (observedGeneration >= generation).
    bool isObserved() const { return observedGeneration >= meta.generation; }
    // kubectl rollout status' notion of done for the kind.
    bool rolloutComplete() const;
    // Progressing=False with ProgressDeadlineExceeded.
    bool rolloutStuck() const;
};

struct ReplicaSetRecord {
    ObjectMeta meta;
    int desired = 0;
    int current = 0;
    int ready = 0;
    int available = 0;
    qint64 observedGeneration = 0;
    Labels selector;
    QStringList images;
};

} // namespace lcl::kube
