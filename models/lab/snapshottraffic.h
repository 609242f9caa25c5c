#pragma once

#include "lab/topologytraffic.h"

namespace lcl::metrics {
struct MetricsSnapshot;
}

namespace lcl::lab {

class LabProfile;

// The traffic numbers of a metrics snapshot per flow between profile services, for TopologyBuilder: service-graph
// edges first, a gateway → API flow from its route's Envoy clusters when traces do not cover it, and the clients
// → gateway flow from the gateway's own request metrics. Missing values stay empty, never 0.
class SnapshotTraffic final {
public:
    static TopologyTraffic build(const metrics::MetricsSnapshot& snapshot, const LabProfile* profile);
};

} // namespace lcl::lab
