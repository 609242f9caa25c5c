#pragma once

#include <prometheus/metric_family.h>

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace lcl::sim {

class ObjectStore;

// kube-state-metrics' series (label names as KSM v2 writes them: deployment, statefulset, pod, job_name, cronjob,
// horizontalpodautoscaler) derived from the store's objects. The text is rebuilt only when the store's
// resourceVersion moved, so scrapes of a large cluster stay cheap.
class KubeStateCollector final {
public:
    explicit KubeStateCollector(const ObjectStore& store) : m_store(store) {}

    std::vector<prometheus::MetricFamily> collect() const;
    // The exposition text of collect(), cached per store resourceVersion.
    std::string text();

private:
    const ObjectStore& m_store;
    std::mutex m_mutex;
    std::uint64_t m_version = 0;
    std::string m_text;
};

} // namespace lcl::sim
