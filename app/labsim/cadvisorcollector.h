#pragma once

#include <prometheus/metric_family.h>

#include <vector>

namespace lcl::sim {

struct ContainerUsage;

// cAdvisor's container series (as the kubelet serves them on /metrics/cadvisor) from PodUsage rows.
class CadvisorCollector final {
public:
    static std::vector<prometheus::MetricFamily> collect(const std::vector<ContainerUsage>& rows);
};

} // namespace lcl::sim
