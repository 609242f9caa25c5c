#pragma once

#include "lab/topology.h"

namespace lcl::lab {

// Topologies made without a cluster: the LocalCloudLab shape for tests, screenshots and the demo, and large
// synthetic graphs for the layout and painting benchmarks.
class TopologySample final {
public:
    // gateway → 2 routes → 4 services → 4 workloads (search-api canary v1/v2 weighted 90/10) → postgresql,
    // redis, rabbitmq, plus seq, loki, jaeger, prometheus; with traffic numbers when `withTraffic`.
    static Topology localCloudLab(bool withTraffic = true);
    // About `nodes` nodes and `edges` edges spread over the ranks like a large platform; deterministic.
    static Topology synthetic(int nodes, int edges, quint32 seed = 7);
};

} // namespace lcl::lab
