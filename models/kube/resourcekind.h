#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace lcl::kube {

// The kinds the console keeps informers for (ARCHITECTURE.md §2, issue 4).
enum class ResourceKind : quint8 {
    Namespaces,
    Nodes,
    Pods,
    Deployments,
    ReplicaSets,
    StatefulSets,
    DaemonSets,
    Services,
    EndpointSlices,
    Jobs,
    CronJobs,
    HorizontalPodAutoscalers,
    Events,
    PersistentVolumeClaims,
    Gateways,
    HttpRoutes,
};
inline constexpr int kResourceKindCount = 16;

struct ResourceKindInfo {
    const char* plural;     // "deployments": ResourceKey::kind and the URL segment
    const char* group;      // "" for the core group
    const char* version;    // "v1", "v2"
    const char* apiKind;    // "Deployment"
    bool namespaced;
};

const ResourceKindInfo& kindInfo(ResourceKind kind);
// Shared, so that every ResourceKey of a kind shares one string.
const QString& pluralName(ResourceKind kind);
std::optional<ResourceKind> kindFromPlural(QStringView plural);

// The collection URL path: "/api/v1/pods" (all namespaces), "/apis/apps/v1/namespaces/shop/deployments".
QString collectionPath(ResourceKind kind, const QString& ns = {});

// Deployments, stateful sets and daemon sets: the kinds WorkloadRecord holds.
bool isWorkloadKind(ResourceKind kind);

} // namespace lcl::kube
