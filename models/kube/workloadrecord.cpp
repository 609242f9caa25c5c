#include "kube/workloadrecord.h"

namespace lcl::kube {

bool WorkloadRecord::rolloutStuck() const
{
    const Condition* p = findCondition(conditions, u"Progressing");
    return p && p->reason == QLatin1String("ProgressDeadlineExceeded");
}

bool WorkloadRecord::rolloutComplete() const
{
    if (!isObserved() || rolloutStuck())
        return false;
    switch (kind) {
    case ResourceKind::StatefulSets:
        return (updateRevision.isEmpty() || updateRevision == currentRevision) && ready >= desired;
    case ResourceKind::DaemonSets:
        return updated >= desired && available >= desired;
    default:
        return updated >= desired && current == updated && available >= updated;
    }
}

} // namespace lcl::kube
