#include "lab/healthreport.h"

#include "kube/resourcestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lcl::lab {
namespace {

QString kindName(kube::ResourceKind kind)
{
    return QString::fromLatin1(kube::kindInfo(kind).apiKind);
}

} // namespace

HealthReport::Input HealthReport::collect(const kube::ResourceStore& store)
{
    using kube::KindStatus;
    using kube::ResourceKind;
    Input input;
    for (int k = 0; k < kube::kResourceKindCount; ++k) {
        const auto kind = ResourceKind(k);
        const KindStatus& status = store.status(kind);
        const QString plural = kube::pluralName(kind);
        switch (status.state) {
        case KindStatus::State::Synced:
        case KindStatus::State::Relisting:
            input.counts.insert(plural, int(store.count(kind)));
            break;
        case KindStatus::State::Forbidden:
        case KindStatus::State::Error:
            input.unavailableKinds << tr("%1: %2").arg(plural, status.error.message);
            break;
        case KindStatus::State::Idle:
        case KindStatus::State::Listing:
        case KindStatus::State::NotServed:
            break;
        }
        for (const kube::Record& record : store.table(kind)) {
            if (const auto* node = std::get_if<kube::NodeRecord>(&record))
                input.nodes << *node;
            else if (const auto* workload = std::get_if<kube::WorkloadRecord>(&record))
                input.workloads << *workload;
            else if (const auto* pod = std::get_if<kube::PodRecord>(&record))
                input.pods << *pod;
            else if (const auto* job = std::get_if<kube::JobRecord>(&record))
                input.jobs << *job;
        }
    }
    return input;
}

HealthReport HealthReport::build(Input input)
{
    HealthReport report;
    for (const kube::NodeRecord& node : std::as_const(input.nodes)) {
        if (!node.ready)
            report.problems.append({tr("node %1").arg(node.meta.name), tr("not ready")});
    }

    for (const kube::WorkloadRecord& w : std::as_const(input.workloads)) {
        Workload row{kindName(w.kind), w.meta.ns, w.meta.name, w.ready, w.desired, {}};
        if (w.ready < w.desired)
            row.problems << tr("%1 of %2 replicas ready").arg(w.ready).arg(w.desired);
        if (w.rolloutStuck())
            row.problems << tr("rollout stuck (progress deadline exceeded)");
        else if (!w.isObserved())
            row.problems << tr("new spec not yet observed by its controller");
        report.workloads.append(row);
    }
    std::sort(report.workloads.begin(), report.workloads.end(), [](const Workload& a, const Workload& b) {
        return std::tie(a.ns, a.name, a.kind) < std::tie(b.ns, b.name, b.kind);
    });

    const qint64 now = input.now.toSecsSinceEpoch();
    for (const kube::PodRecord& pod : std::as_const(input.pods)) {
        const QString object = tr("pod %1/%2").arg(pod.meta.ns, pod.meta.name);
        QString what = pod.problem();
        if (what.isEmpty() && pod.phase == QLatin1String("Pending") && pod.meta.created > 0 &&
            now - pod.meta.created > input.pendingGraceSeconds)
            what = tr("pending for %1 s").arg(now - pod.meta.created);
        if (what.isEmpty()) {
            // Running again, but its previous instance was killed for using too much memory.
            for (const kube::ContainerRecord& c : pod.containers) {
                if (c.lastTerminatedReason == QLatin1String("OOMKilled"))
                    what = tr("container %1 was OOMKilled").arg(c.name);
            }
        }
        if (what.isEmpty())
            continue;
        if (pod.restarts() > 0)
            what = tr("%1 (%n restart(s))", nullptr, pod.restarts()).arg(what);
        report.problems.append({object, what});
    }
    for (const kube::JobRecord& job : std::as_const(input.jobs)) {
        if (job.isFailed())
            report.problems.append({tr("job %1/%2").arg(job.meta.ns, job.meta.name), tr("failed")});
    }
    std::sort(report.problems.begin(), report.problems.end(),
              [](const Problem& a, const Problem& b) { return a.object < b.object; });

    const bool workloadTrouble = std::any_of(report.workloads.cbegin(), report.workloads.cend(),
                                             [](const Workload& w) { return !w.problems.isEmpty(); });
    report.input = std::move(input);
    report.status = (workloadTrouble || !report.problems.isEmpty() || !report.input.unavailableKinds.isEmpty()
                     || report.criticalAlertFiring())
                        ? Status::Degraded
                        : Status::Healthy;
    return report;
}

HealthReport HealthReport::failure(const QString& message, const QString& context, const QString& server)
{
    HealthReport report;
    report.status = Status::Error;
    report.errorMessage = message;
    report.input.context = context;
    report.input.server = server;
    return report;
}

QString HealthReport::statusName(Status status)
{
    switch (status) {
    case Status::Healthy:
        return tr("healthy");
    case Status::Degraded:
        return tr("degraded");
    case Status::Error:
        return tr("error");
    }
    return {};
}

QString HealthReport::toText() const
{
    QString out;
    out += tr("Cluster: %1 (%2)").arg(input.context.isEmpty() ? tr("unknown context") : input.context,
                                     input.server) + QLatin1Char('\n');
    if (status == Status::Error) {
        out += tr("Status: %1 — %2").arg(statusName(status), errorMessage) + QLatin1Char('\n');
        return out;
    }
    out += tr("Server version: %1").arg(input.serverVersion) + QLatin1Char('\n');
    out += tr("Status: %1").arg(statusName(status)) + QLatin1Char('\n');

    out += QLatin1Char('\n') + tr("Objects:") + QLatin1Char('\n');
    for (auto it = input.counts.cbegin(); it != input.counts.cend(); ++it)
        out += QStringLiteral("  %1 %2\n").arg(it.key(), -24).arg(it.value());
    for (const QString& reason : input.unavailableKinds)
        out += QStringLiteral("  %1\n").arg(reason);

    out += QLatin1Char('\n') + tr("Workloads:") + QLatin1Char('\n');
    for (const Workload& w : workloads) {
        out += QStringLiteral("  %1 %2 %3/%4")
                   .arg(w.kind, -12)
                   .arg(w.ns + QLatin1Char('/') + w.name, -44)
                   .arg(w.ready)
                   .arg(w.desired);
        if (!w.problems.isEmpty())
            out += QStringLiteral("  ! ") + w.problems.join(QStringLiteral("; "));
        out += QLatin1Char('\n');
    }

    out += QLatin1Char('\n') + tr("Problems:") + QLatin1Char('\n');
    if (problems.isEmpty())
        out += QStringLiteral("  ") + tr("none") + QLatin1Char('\n');
    for (const Problem& p : problems)
        out += QStringLiteral("  %1: %2\n").arg(p.object, p.what);
    out += monitoringText();
    return out;
}

QByteArray HealthReport::toJson() const
{
    QJsonObject root{{QStringLiteral("context"), input.context},
                     {QStringLiteral("server"), input.server},
                     {QStringLiteral("status"), QString::fromLatin1(status == Status::Healthy    ? "healthy"
                                                                    : status == Status::Degraded ? "degraded"
                                                                                                 : "error")}};
    if (status == Status::Error) {
        root.insert(QStringLiteral("error"), errorMessage);
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    root.insert(QStringLiteral("serverVersion"), input.serverVersion);
    QJsonObject counts;
    for (auto it = input.counts.cbegin(); it != input.counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    root.insert(QStringLiteral("counts"), counts);
    root.insert(QStringLiteral("unavailable"), QJsonArray::fromStringList(input.unavailableKinds));
    QJsonArray rows;
    for (const Workload& w : workloads) {
        rows.append(QJsonObject{{QStringLiteral("kind"), w.kind},
                                {QStringLiteral("namespace"), w.ns},
                                {QStringLiteral("name"), w.name},
                                {QStringLiteral("ready"), w.ready},
                                {QStringLiteral("desired"), w.desired},
                                {QStringLiteral("problems"), QJsonArray::fromStringList(w.problems)}});
    }
    root.insert(QStringLiteral("workloads"), rows);
    QJsonArray problemRows;
    for (const Problem& p : problems)
        problemRows.append(QJsonObject{{QStringLiteral("object"), p.object}, {QStringLiteral("problem"), p.what}});
    root.insert(QStringLiteral("problems"), problemRows);
    addMonitoringJson(root);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace lcl::lab
