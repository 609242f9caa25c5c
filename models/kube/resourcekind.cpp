#include "kube/resourcekind.h"

#include <array>

namespace lcl::kube {
namespace {

constexpr std::array<ResourceKindInfo, kResourceKindCount> kInfos = {{
    {"namespaces", "", "v1", "Namespace", false},
    {"nodes", "", "v1", "Node", false},
    {"pods", "", "v1", "Pod", true},
    {"deployments", "apps", "v1", "Deployment", true},
    {"replicasets", "apps", "v1", "ReplicaSet", true},
    {"statefulsets", "apps", "v1", "StatefulSet", true},
    {"daemonsets", "apps", "v1", "DaemonSet", true},
    {"services", "", "v1", "Service", true},
    {"endpointslices", "discovery.k8s.io", "v1", "EndpointSlice", true},
    {"jobs", "batch", "v1", "Job", true},
    {"cronjobs", "batch", "v1", "CronJob", true},
    {"horizontalpodautoscalers", "autoscaling", "v2", "HorizontalPodAutoscaler", true},
    {"events", "", "v1", "Event", true},
    {"persistentvolumeclaims", "", "v1", "PersistentVolumeClaim", true},
    {"gateways", "gateway.networking.k8s.io", "v1", "Gateway", true},
    {"httproutes", "gateway.networking.k8s.io", "v1", "HTTPRoute", true},
}};

} // namespace

const ResourceKindInfo& kindInfo(ResourceKind kind)
{
    return kInfos[size_t(kind)];
}

const QString& pluralName(ResourceKind kind)
{
    static const std::array<QString, kResourceKindCount> names = [] {
        std::array<QString, kResourceKindCount> list;
        for (int i = 0; i < kResourceKindCount; ++i)
            list[size_t(i)] = QLatin1String(kInfos[size_t(i)].plural);
        return list;
    }();
    return names[size_t(kind)];
}

std::optional<ResourceKind> kindFromPlural(QStringView plural)
{
    for (int i = 0; i < kResourceKindCount; ++i) {
        if (plural == QLatin1String(kInfos[size_t(i)].plural))
            return ResourceKind(i);
    }
    return std::nullopt;
}

QString collectionPath(ResourceKind kind, const QString& ns)
{
    const ResourceKindInfo& info = kindInfo(kind);
    QString path = *info.group ? QStringLiteral("/apis/") + QLatin1String(info.group) + QLatin1Char('/')
                               : QStringLiteral("/api/");
    path += QLatin1String(info.version);
    if (info.namespaced && !ns.isEmpty())
        path += QStringLiteral("/namespaces/") + ns;
    return path + QLatin1Char('/') + QLatin1String(info.plural);
}

bool isWorkloadKind(ResourceKind kind)
{
    return kind == ResourceKind::Deployments || kind == ResourceKind::StatefulSets || kind == ResourceKind::DaemonSets;
}

} // namespace lcl::kube
