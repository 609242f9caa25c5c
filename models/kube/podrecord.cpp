#include "kube/podrecord.h"

#include <QStringList>

namespace lcl::kube {
namespace {

bool isBenignWaiting(const QString& reason)
{
    return reason.isEmpty() || reason == QLatin1String("ContainerCreating")
           || reason == QLatin1String("PodInitializing");
}

// The STATUS contribution of an init container that is not done yet, or empty when it is done.
QString initStatus(const PodRecord& pod)
{
    const qsizetype n = pod.initContainers.size();
    for (qsizetype i = 0; i < n; ++i) {
        const ContainerRecord& c = pod.initContainers[i];
        // kubectl walks the statuses: a container the kubelet has not reported on says nothing yet.
        if (c.state == ContainerRecord::State::Unknown)
            continue;
        if (c.state == ContainerRecord::State::Terminated && c.exitCode == 0)
            continue;
        if (c.sidecar && c.started)
            continue;
        if (c.state == ContainerRecord::State::Terminated) {
            if (!c.reason.isEmpty())
                return QStringLiteral("Init:") + c.reason;
            if (c.signal != 0)
                return QStringLiteral("Init:Signal:") + QString::number(c.signal);
            return QStringLiteral("Init:ExitCode:") + QString::number(c.exitCode);
        }
        if (c.state == ContainerRecord::State::Waiting && !c.reason.isEmpty()
            && c.reason != QLatin1String("PodInitializing"))
            return QStringLiteral("Init:") + c.reason;
        return QStringLiteral("Init:%1/%2").arg(i).arg(n);
    }
    return {};
}

} // namespace

int PodRecord::readyCount() const
{
    int n = 0;
    for (const ContainerRecord& c : containers)
        n += c.ready ? 1 : 0;
    for (const ContainerRecord& c : initContainers)
        n += (c.sidecar && c.ready) ? 1 : 0;
    return n;
}

int PodRecord::totalCount() const
{
    int n = int(containers.size());
    for (const ContainerRecord& c : initContainers)
        n += c.sidecar ? 1 : 0;
    return n;
}

int PodRecord::restarts() const
{
    int n = 0;
    for (const ContainerRecord& c : containers)
        n += c.restarts;
    for (const ContainerRecord& c : initContainers)
        n += c.restarts;
    return n;
}

qint64 PodRecord::lastRestartTime() const
{
    qint64 latest = 0;
    for (const ContainerRecord& c : containers)
        latest = std::max(latest, c.lastFinished);
    for (const ContainerRecord& c : initContainers)
        latest = std::max(latest, c.lastFinished);
    return latest;
}

bool PodRecord::isReady() const
{
    const Condition* c = findCondition(conditions, u"Ready");
    return c && c->isTrue();
}

QString PodRecord::statusText() const
{
    QString status = reason.isEmpty() ? phase : reason;
    const Condition* scheduled = findCondition(conditions, u"PodScheduled");
    if (scheduled && scheduled->reason == QLatin1String("SchedulingGated"))
        status = QStringLiteral("SchedulingGated");

    const QString init = initStatus(*this);
    if (!init.isEmpty())
        status = init;
    // kubectl looks at the main containers once init is done, or when the Initialized condition says so.
    const Condition* initialized = findCondition(conditions, u"Initialized");
    if (init.isEmpty() || (initialized && initialized->isTrue())) {
        bool hasRunning = false;
        // From last to first so that the first container's reason wins, as kubectl does.
        for (qsizetype i = containers.size() - 1; i >= 0; --i) {
            const ContainerRecord& c = containers[i];
            if (c.state == ContainerRecord::State::Waiting && !c.reason.isEmpty()) {
                status = c.reason;
            } else if (c.state == ContainerRecord::State::Terminated) {
                if (!c.reason.isEmpty())
                    status = c.reason;
                else if (c.signal != 0)
                    status = QStringLiteral("Signal:") + QString::number(c.signal);
                else
                    status = QStringLiteral("ExitCode:") + QString::number(c.exitCode);
            } else if (c.state == ContainerRecord::State::Running && c.ready) {
                hasRunning = true;
            }
        }
        if (status == QLatin1String("Completed") && hasRunning)
            status = isReady() ? QStringLiteral("Running") : QStringLiteral("NotReady");
    }
    if (meta.deleted != 0)
        status = reason == QLatin1String("NodeLost") ? QStringLiteral("Unknown") : QStringLiteral("Terminating");
    return status;
}

QString PodRecord::problem() const
{
    for (const auto* list : {&initContainers, &containers}) {
        for (const ContainerRecord& c : *list) {
            if (c.state == ContainerRecord::State::Waiting && !isBenignWaiting(c.reason))
                return c.lastTerminatedReason == QLatin1String("OOMKilled") ? QStringLiteral("OOMKilled")
                                                                             : c.reason;
            if (c.state == ContainerRecord::State::Terminated && c.exitCode != 0 && !c.sidecar
                && phase != QLatin1String("Succeeded"))
                return c.reason.isEmpty() ? QStringLiteral("Error") : c.reason;
        }
    }
    if (phase == QLatin1String("Failed") || phase == QLatin1String("Unknown"))
        return reason.isEmpty() ? phase : reason;
    return {};
}

qint64 PodRecord::cpuRequestMilli() const
{
    qint64 sum = 0;
    for (const ContainerRecord& c : containers)
        sum += c.cpuRequestMilli;
    return sum;
}

qint64 PodRecord::memoryRequestBytes() const
{
    qint64 sum = 0;
    for (const ContainerRecord& c : containers)
        sum += c.memoryRequestBytes;
    return sum;
}

QStringList PodRecord::images() const
{
    QStringList list;
    for (const ContainerRecord& c : containers)
        list << c.image;
    return list;
}

} // namespace lcl::kube
