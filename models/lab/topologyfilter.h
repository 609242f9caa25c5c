#pragma once

#include "lab/topology.h"

namespace lcl::lab {

// What the user narrowed the graph to. Filtering gives a smaller graph that is laid out on its own, so the
// view has no holes where hidden nodes were.
struct TopologyFilter {
    QString ns;                // empty: all namespaces
    bool onlyUnhealthy = false;
    bool showPods = false;     // pod-group nodes are left out unless asked for

    bool isDefault() const { return ns.isEmpty() && !onlyUnhealthy && !showPods; }

    // The nodes that match (in the namespace; warning or critical) plus their direct neighbours, so that a
    // matching node keeps its context (the route in front of a service, the database behind it).
    Topology apply(const Topology& topology) const;
    bool matches(const TopologyNode& node) const;
};

} // namespace lcl::lab
