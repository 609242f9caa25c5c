#pragma once

#include <QString>

#include <optional>

namespace lcl::lab {

// Request numbers of one traffic flow. Each is optional: a missing number means "no data", never 0.
struct TrafficNumbers {
    std::optional<double> rate;        // requests per second
    std::optional<double> errorRatio;  // 0..1
    std::optional<double> p95Seconds;

    bool hasAny() const { return rate || errorRatio || p95Seconds; }
    friend bool operator==(const TrafficNumbers&, const TrafficNumbers&) = default;
};

// "12.3 rps · 0.4% · p95 85 ms"; missing numbers are left out, all missing gives "no data".
QString formatTraffic(const TrafficNumbers& numbers);

enum class TopologyEdgeKind : quint8 {
    Attachment, // gateway → route (the route's parentRef)
    Backend,    // route → service (a backendRef, possibly weighted)
    Selector,   // service → workload (the Service's selector matches the workload's pods)
    Ownership,  // workload → its pods
    Dependency, // declared by the lab profile (API → database); carries traffic numbers when metrics have them
    Traffic,    // seen only in metrics, not declared anywhere
};

// True for the edges that come from Kubernetes objects rather than from traffic.
bool isKubernetesEdge(TopologyEdgeKind kind);

struct TopologyEdge {
    QString from; // node ids
    QString to;
    TopologyEdgeKind kind = TopologyEdgeKind::Dependency;
    std::optional<int> weightPercent; // a weighted route backend's share ("90%")
    TrafficNumbers traffic;
    QString description;              // the profile's words about the edge, for the tooltip

    // Unique within a topology: kinds differ or endpoints differ.
    QString id() const;
    // The key of the layout path the edge follows (edges between the same two nodes share one).
    QString pathKey() const { return pathKeyOf(from, to); }
    static QString pathKeyOf(const QString& from, const QString& to);
};

} // namespace lcl::lab
