#pragma once

#include <string>
#include <vector>

namespace lcl::sim {

class FaultBook;

// What the faults in effect do to one service's traffic, looked up by every name a fault may use for it (the
// profile id, a workload name, the telemetry service name).
struct TrafficFaults {
    double rateFactor = 1;     // traffic-surge
    double extraLatencyMs = 0; // latency
    double errorRatio = 0;     // error-burst
    bool down = false;         // dependency-down: the service does not answer at all
    bool crashing = false;     // crash-loop: fewer pods serve, some requests fail
    bool oom = false;          // oom: memory at the limit, restarts

    static TrafficFaults lookup(const FaultBook& faults, const std::vector<std::string>& names);
};

} // namespace lcl::sim
