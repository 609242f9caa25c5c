#include "labsim/cadvisorcollector.h"

#include "labsim/metricfamilies.h"
#include "labsim/podusage.h"

#include <cmath>

namespace lcl::sim {

std::vector<prometheus::MetricFamily> CadvisorCollector::collect(const std::vector<ContainerUsage>& rows)
{
    using F = MetricFamilies;
    auto cpu = F::counter("container_cpu_usage_seconds_total", "Cumulative cpu time consumed in seconds.");
    auto workingSet = F::gauge("container_memory_working_set_bytes", "Current working set in bytes.");
    auto rss = F::gauge("container_memory_rss", "Size of RSS in bytes.");
    auto limit = F::gauge("container_spec_memory_limit_bytes", "Memory limit for the container.");
    for (const ContainerUsage& row : rows) {
        const F::Labels labels{{"namespace", row.ns}, {"pod", row.pod}, {"container", row.container}, {"image", row.image},
                               {"node", row.node}};
        F::add(cpu, labels, row.cpuSecondsTotal, true);
        F::add(workingSet, labels, std::round(row.memoryBytes));
        F::add(rss, labels, std::round(row.memoryBytes * 0.85));
        F::add(limit, labels, row.memoryLimitBytes);
    }
    return {std::move(cpu), std::move(workingSet), std::move(rss), std::move(limit)};
}

} // namespace lcl::sim
