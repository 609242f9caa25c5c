#pragma once

#include <QCoreApplication>
#include <QString>

namespace lcl::lab {

// What a node of the topology stands for. The order is the left-to-right rank order of the layout.
enum class TopologyNodeKind : quint8 {
    Client,        // the outside world reaching the gateway
    Gateway,       // a Gateway API Gateway (with its Envoy proxy's pods)
    Route,         // an HTTPRoute
    Service,       // a Kubernetes Service of an application
    Workload,      // a Deployment, StatefulSet or DaemonSet
    PodGroup,      // the pods of one workload that share a state ("3 × Running"), shown on demand
    Backing,       // a database, cache or queue (Service and workload collapsed into one node)
    Observability, // Prometheus, Grafana, Loki, ... and other platform components
};

enum class TopologyHealth : quint8 { Unknown, Ok, Warning, Critical };

// The layout rank of a kind: client 0, gateway 1, ... observability last.
int topologyRank(TopologyNodeKind kind);
inline constexpr int kTopologyRankCount = 8;

// Translated, for tooltips and the legend: "Gateway", "Backing service".
QString topologyKindName(TopologyNodeKind kind);
// Stable id prefixes ("service", "workload") for the kinds that have one.
QString topologyKindKey(TopologyNodeKind kind);
// Translated: "OK", "Warning", "Critical", "Unknown".
QString topologyHealthName(TopologyHealth health);
// The worse of two states; Unknown loses to anything known.
TopologyHealth worseHealth(TopologyHealth a, TopologyHealth b);

// One node. The id is stable across rebuilds ("service/search/search-api",
// "workload/search/Deployment/search-api-v1", "client") so that a view keeps positions and selection.
struct TopologyNode {
    QString id;
    TopologyNodeKind kind = TopologyNodeKind::Service;
    QString label;
    QString ns;            // empty for the client and cluster-wide things
    QString subtitle;      // a short second line: "Deployment", "StatefulSet · 5Gi", "/search /suggest"
    TopologyHealth health = TopologyHealth::Unknown;
    QString healthReason;  // in words, translated: "1 of 3 pods ready", "CrashLoopBackOff in search-api-v2-x"
    int podCount = -1;     // desired pods; -1 when the node has no pods
    int readyCount = -1;
    QString serviceId;     // the lab profile service behind the node, for click-through; may be empty

    bool hasPods() const { return podCount >= 0; }
    bool isUnhealthy() const { return health == TopologyHealth::Warning || health == TopologyHealth::Critical; }
};

} // namespace lcl::lab
