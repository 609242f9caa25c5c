#include "kube/jobrecord.h"

namespace lcl::kube {

bool JobRecord::isFailed() const
{
    const Condition* c = findCondition(conditions, u"Failed");
    return c && c->isTrue();
}

bool JobRecord::isComplete() const
{
    const Condition* c = findCondition(conditions, u"Complete");
    return c && c->isTrue();
}

QString JobRecord::statusText() const
{
    if (isComplete())
        return QStringLiteral("Complete");
    if (isFailed())
        return QStringLiteral("Failed");
    if (meta.deleted != 0)
        return QStringLiteral("Terminating");
    const Condition* s = findCondition(conditions, u"Suspended");
    if (suspend || (s && s->isTrue()))
        return QStringLiteral("Suspended");
    const Condition* ft = findCondition(conditions, u"FailureTarget");
    if (ft && ft->isTrue())
        return QStringLiteral("FailureTarget");
    return QStringLiteral("Running");
}

} // namespace lcl::kube
