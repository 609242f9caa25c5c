#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace lcl::sim {

class ObjectStore;
class PodUsage;

// The horizontal-pod-autoscaler controller for autoscaling/v2 HPAs with a CPU Utilization target: desired =
// ceil(ready pods × utilization / target) outside a 10 % tolerance, clamped to [min, max]; scale-ups act at
// once, scale-downs take the highest recommendation of the stabilization window. It writes the target's
// spec.replicas through the scale subresource (the deployment controller makes the pods) and the HPA's status.
class HpaController final {
public:
    struct Config {
        double scaleDownStabilizationSeconds = 300; // Kubernetes' default
    };

    HpaController(ObjectStore& store, const PodUsage& usage, Config config);
    HpaController(const HpaController&) = delete;
    HpaController& operator=(const HpaController&) = delete;

    // One sync of every HPA; `now` is seconds on any monotonic clock (the stabilization window uses it).
    void reconcile(double now);

    struct Utilization {
        int readyPods = 0;
        double percent = 0;      // average CPU usage as a share of the request, in percent
        double averageCores = 0;
    };
    Utilization utilization(const std::string& ns, const nlohmann::json& matchLabels) const;

private:
    void reconcileOne(const nlohmann::json& hpa, double now);

    ObjectStore& m_store;
    const PodUsage& m_usage;
    Config m_config;
    std::map<std::string, std::vector<std::pair<double, int>>> m_recommendations; // "ns/name" → (time, replicas)
};

} // namespace lcl::sim
