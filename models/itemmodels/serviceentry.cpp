#include "itemmodels/serviceentry.h"

#include "kube/resourcestore.h"
#include "lab/labprofile.h"

#include <algorithm>

namespace lcl::itemmodels {
namespace {

QString workloadPlural(lab::WorkloadKind kind)
{
    switch (kind) {
    case lab::WorkloadKind::StatefulSet:
        return QStringLiteral("statefulsets");
    case lab::WorkloadKind::DaemonSet:
        return QStringLiteral("daemonsets");
    case lab::WorkloadKind::Deployment:
        break;
    }
    return QStringLiteral("deployments");
}

std::pair<int, QString> kindOf(lab::ServiceKind kind)
{
    switch (kind) {
    case lab::ServiceKind::Gateway:
        return {0, ServiceEntry::tr("Gateway")};
    case lab::ServiceKind::Api:
        return {1, ServiceEntry::tr("API")};
    case lab::ServiceKind::Database:
        return {2, ServiceEntry::tr("Database")};
    case lab::ServiceKind::Cache:
        return {3, ServiceEntry::tr("Cache")};
    case lab::ServiceKind::Queue:
        return {4, ServiceEntry::tr("Queue")};
    case lab::ServiceKind::Other:
        return {5, ServiceEntry::tr("Platform")};
    case lab::ServiceKind::Observability:
        break;
    }
    return {6, ServiceEntry::tr("Observability")};
}

kube::Labels labelsOf(const QMap<QString, QString>& map)
{
    kube::Labels labels;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        labels.append({it.key(), it.value()});
    return labels;
}

void addRoutes(const lab::LabProfile& profile, ServiceEntry& entry)
{
    for (const lab::RouteSpec& route : profile.routes()) {
        for (const lab::RouteRule& rule : route.rules) {
            int total = 0;
            for (const lab::RouteBackend& b : rule.backends)
                total += b.weight;
            QStringList paths;
            for (const lab::RouteMatch& m : rule.matches)
                paths << m.path;
            for (const lab::RouteBackend& b : rule.backends) {
                if (b.serviceId != entry.id)
                    continue;
                QString text = QStringLiteral("%1/%2: %3 → %4").arg(route.ns, route.name,
                                                                    paths.join(QLatin1Char(' ')), b.name);
                if (rule.backends.size() > 1 && total > 0)
                    text += ServiceEntry::tr(" (%1 % of requests)").arg(100 * b.weight / total);
                entry.routes << text;
            }
        }
    }
}

ServiceEntry fromProfile(const lab::LabProfile& profile, const lab::ServiceSpec& s)
{
    ServiceEntry entry;
    entry.id = s.id;
    entry.displayName = s.displayName.isEmpty() ? s.id : s.displayName;
    entry.ns = s.ns;
    std::tie(entry.kindOrder, entry.kindName) = kindOf(s.kind);
    for (const lab::WorkloadSpec& w : profile.workloadsOf(s.id))
        entry.workloads << ResourceKey{workloadPlural(w.kind), w.ns, w.name};
    for (const lab::KubeServiceSpec& k : profile.kubeServices()) {
        if (k.serviceId != s.id)
            continue;
        entry.kubeServices << ResourceKey{QStringLiteral("services"), k.ns, k.name};
        if (entry.podSelector.isEmpty())
            entry.podSelector = labelsOf(k.selector);
    }
    for (const lab::HpaObject& h : profile.hpas())
        if (h.serviceId == s.id)
            entry.hpas << ResourceKey{QStringLiteral("horizontalpodautoscalers"), h.ns, h.name};
    if (entry.podSelector.isEmpty() && s.workload)
        entry.podSelector = labelsOf(s.workload->labels);
    entry.metricKeys = {s.id, s.ns + QLatin1Char('/') + s.telemetry.service, s.ns + QLatin1Char('/') + s.id};
    entry.latencyP95Threshold = s.thresholds.latencyP95Ms ? s.thresholds.latencyP95Ms : s.slo.latencyP95Ms;
    entry.errorRatioThreshold = s.thresholds.errorRatio ? s.thresholds.errorRatio : s.slo.errorRatio;
    addRoutes(profile, entry);
    for (const lab::EdgeSpec& e : profile.edgesFrom(s.id))
        entry.dependsOn << QStringLiteral("%1 (%2)").arg(e.to, lab::edgeKindName(e.kind));
    for (const lab::EdgeSpec& e : profile.edgesTo(s.id))
        entry.usedBy << QStringLiteral("%1 (%2)").arg(e.from, lab::edgeKindName(e.kind));
    return entry;
}

} // namespace

QList<ServiceEntry> ServiceEntry::collect(const kube::ResourceStore& store, const lab::LabProfile* profile)
{
    QList<ServiceEntry> entries;
    if (profile) {
        for (const lab::ServiceSpec& s : profile->services())
            if (!s.external && s.workload)
                entries << fromProfile(*profile, s);
    } else {
        for (kube::ResourceKind kind : {kube::ResourceKind::Deployments, kube::ResourceKind::StatefulSets,
                                        kube::ResourceKind::DaemonSets}) {
            const auto& table = store.table(kind);
            for (auto it = table.cbegin(); it != table.cend(); ++it) {
                const auto& w = std::get<kube::WorkloadRecord>(it.value());
                ServiceEntry entry;
                entry.id = w.meta.name;
                entry.displayName = w.meta.name;
                entry.ns = w.meta.ns;
                entry.kindName = tr("Workload");
                entry.kindOrder = 1;
                entry.workloads << it.key();
                entry.podSelector = w.selector;
                entry.metricKeys = {w.meta.ns + QLatin1Char('/') + w.meta.name, w.meta.name};
                entries << entry;
            }
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const ServiceEntry& a, const ServiceEntry& b) {
        if (a.kindOrder != b.kindOrder)
            return a.kindOrder < b.kindOrder;
        return a.id < b.id;
    });
    return entries;
}

QList<ResourceKey> ServiceEntry::pods(const kube::ResourceStore& store) const
{
    QList<ResourceKey> result;
    for (const ResourceKey& w : workloads)
        result << store.podsForWorkload(w);
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace lcl::itemmodels
