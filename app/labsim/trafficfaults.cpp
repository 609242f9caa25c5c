#include "labsim/trafficfaults.h"

#include "labsim/faultbook.h"

#include <algorithm>

namespace lcl::sim {

TrafficFaults TrafficFaults::lookup(const FaultBook& book, const std::vector<std::string>& names)
{
    const auto find = [&book, &names](FaultKind kind) -> std::optional<Fault> {
        for (const std::string& name : names)
            if (std::optional<Fault> fault = book.find(kind, name))
                return fault;
        return std::nullopt;
    };
    TrafficFaults effect;
    if (const auto surge = find(FaultKind::TrafficSurge))
        effect.rateFactor = std::max(0.0, surge->value);
    if (const auto latency = find(FaultKind::LatencySpike))
        effect.extraLatencyMs = std::max(0.0, latency->value);
    if (const auto burst = find(FaultKind::ErrorBurst))
        effect.errorRatio = std::clamp(burst->value, 0.0, 1.0);
    effect.down = find(FaultKind::DependencyDown).has_value();
    effect.crashing = find(FaultKind::CrashLoop).has_value();
    effect.oom = find(FaultKind::OomKilled).has_value();
    return effect;
}

} // namespace lcl::sim
