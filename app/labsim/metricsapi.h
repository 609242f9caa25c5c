#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace lcl::sim {

class ObjectStore;
struct HandlerContext;
struct HandlerPath;

// metrics.k8s.io/v1beta1 pods and nodes for `kubectl top`: usage derived from the pods' requests (about 40 % of
// the CPU request, 60 % of the memory request, steady per pod), nodes summing their pods plus a base load.
class MetricsApi final {
public:
    explicit MetricsApi(ObjectStore& store) : m_store(store) {}

    void handle(HandlerContext& context, const HandlerPath& path) const;

    static nlohmann::json podMetrics(const nlohmann::json& pod);

    // "250m" → 250, "1" → 1000; "512Mi" → bytes. Unknown text → 0.
    static double milliCpu(const std::string& quantity);
    static double bytes(const std::string& quantity);

private:
    ObjectStore& m_store;
};

} // namespace lcl::sim
