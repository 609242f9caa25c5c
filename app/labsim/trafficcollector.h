#pragma once

#include <prometheus/metric_family.h>

#include <vector>

namespace lcl::sim {

struct TrafficSnapshot;

// The traffic model's series under the real stack's names: OpenTelemetry .NET (APIs), Envoy Gateway (routes and
// listener), Tempo service graphs (edges), postgres_exporter, redis_exporter and the RabbitMQ plugin. Service
// series carry namespace and service labels as a ServiceMonitor adds them.
class TrafficCollector final {
public:
    static std::vector<prometheus::MetricFamily> collect(const TrafficSnapshot& snapshot);
};

} // namespace lcl::sim
