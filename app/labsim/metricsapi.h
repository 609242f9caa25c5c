#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <utility>

namespace lcl::sim {

class ObjectStore;
struct HandlerContext;
struct HandlerPath;

// metrics.k8s.io/v1beta1 pods and nodes for `kubectl top`, nodes summing their pods plus a base load. A container's
// usage comes from the usage source attached to the store (PodUsage, so that `kubectl top` agrees with cAdvisor's
// series on /metrics); without one, or for a container it does not know, from the pod's requests (about 40 % of
// the CPU request, 60 % of the memory request, steady per pod).
class MetricsApi final {
public:
    // (CPU cores, memory bytes) of a container now, or nullopt when unknown.
    using UsageLookup = std::function<std::optional<std::pair<double, double>>(
        const std::string& ns, const std::string& pod, const std::string& container)>;

    explicit MetricsApi(ObjectStore& store) : m_store(store) {}

    void handle(HandlerContext& context, const HandlerPath& path) const;

    static nlohmann::json podMetrics(const nlohmann::json& pod, const UsageLookup& lookup = {});

    // The usage source for the API serving `store` (HandlerRouter builds MetricsApi itself, so the source is
    // attached by store); an empty lookup detaches it.
    static void attachUsage(const ObjectStore* store, UsageLookup lookup);
    static UsageLookup usageFor(const ObjectStore* store);

    // "250m" → 250, "1" → 1000; "512Mi" → bytes. Unknown text → 0.
    static double milliCpu(const std::string& quantity);
    static double bytes(const std::string& quantity);

private:
    ObjectStore& m_store;
};

} // namespace lcl::sim
