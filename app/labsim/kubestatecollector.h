#pragma once

#include <prometheus/metric_family.h>

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace lcl::sim {

class ObjectStore;

// kube-state-metrics' series (label names as KSM v2 writes them: deployment, statefulset, pod, job_name, cronjob,
// horizontalpodautoscaler) derived from the store's objects. Each kind's text is rebuilt only when one of its
// objects changed, so scrapes of a large cluster stay cheap while HPAs and controllers write elsewhere.
class KubeStateCollector final {
public:
    explicit KubeStateCollector(const ObjectStore& store) : m_store(store) {}

    std::vector<prometheus::MetricFamily> collect() const;
    // The exposition text of collect(), cached per kind.
    std::string text();

private:
    struct Cached {
        std::size_t count = 0;
        std::uint64_t newest = 0;
        std::string text;
    };

    const ObjectStore& m_store;
    std::mutex m_mutex;
    std::map<std::string, Cached> m_cache;
};

} // namespace lcl::sim
