#include "widgets/viewid.h"

namespace lcl::widgets {

const std::vector<ViewInfo>& ViewInfo::all()
{
    static const std::vector<ViewInfo> views = {
        {ViewId::Overview, QStringLiteral("overview"), tr("Overview"),
         tr("A tile for every service with its health, replicas, request rate, errors and latency, a summary "
            "of the cluster and the most recent warnings.")},
        {ViewId::Topology, QStringLiteral("topology"), tr("Topology"),
         tr("The platform as a graph: gateway, routes, services, workloads and backing services, with live "
            "traffic flows between them.")},
        {ViewId::Services, QStringLiteral("services"), tr("Services"),
         tr("Every service with its pods, charts of rate, errors and latency, autoscaling state, events and "
            "logs.")},
        {ViewId::Incidents, QStringLiteral("incidents"), tr("Incidents"),
         tr("Firing alerts grouped into incidents, with a timeline and the runbook for each.")},
        {ViewId::Runbooks, QStringLiteral("runbooks"), tr("Runbooks"),
         tr("Step-by-step guides for the platform's known failures, with checks the console runs for you.")},
        {ViewId::Backups, QStringLiteral("backups"), tr("Backups"),
         tr("Backup plans for PostgreSQL, Redis and RabbitMQ, their last runs, and a guided way to run one "
            "now.")},
        {ViewId::Events, QStringLiteral("events"), tr("Events"),
         tr("All Kubernetes events, warnings first, with filters and grouping.")},
        {ViewId::Audit, QStringLiteral("audit"), tr("Audit"),
         tr("Every change this console made to the cluster: who, what, when, and the result.")},
    };
    return views;
}

const ViewInfo& ViewInfo::of(ViewId id)
{
    return all().at(static_cast<size_t>(id));
}

std::optional<ViewId> ViewInfo::fromKey(const QString& key)
{
    for (const auto& view : all()) {
        if (view.key.compare(key, Qt::CaseInsensitive) == 0)
            return view.id;
    }
    return std::nullopt;
}

} // namespace lcl::widgets
