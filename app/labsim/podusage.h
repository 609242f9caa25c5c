#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lcl::lab {
class LabProfile;
}

namespace lcl::sim {

class ObjectStore;
struct StoredObject;
class TrafficModel;

// What one running container uses now, and its CPU counter since it started.
struct ContainerUsage {
    std::string ns;
    std::string pod;
    std::string container;
    std::string image;
    std::string node;
    std::string serviceId;  // the profile service the pod belongs to, "" for others
    double cpuCores = 0;
    double cpuRequestCores = 0;
    double memoryBytes = 0;
    double memoryRequestBytes = 0;
    double memoryLimitBytes = 0;
    double cpuSecondsTotal = 0;
};

// CPU and memory of every running container, one source for cAdvisor's series, metrics.k8s.io and the HPA.
// A profile service's main containers work in proportion to the traffic model's load per serving pod (about
// 50 % of their CPU request at the profile's nominal rate); other containers idle at a steady share of their
// requests. Faults: oom puts memory at the limit; crash-loop leaves the CPU nearly idle.
class PodUsage final {
public:
    PodUsage(ObjectStore& store, const TrafficModel& model);
    PodUsage(const PodUsage&) = delete;
    PodUsage& operator=(const PodUsage&) = delete;

    // Recomputes every container's usage and adds `seconds` of it to the CPU counters.
    void advance(double seconds);

    std::vector<ContainerUsage> rows() const;
    // Bumped by every advance(), so readers can cache what they derive from rows().
    std::uint64_t generation() const;
    std::optional<ContainerUsage> find(const std::string& ns, const std::string& pod, const std::string& container) const;

    // The figure for a container with no traffic: a steady share of its requests, varying per name.
    static double idleShare(const std::string& name);

private:
    // A profile workload in plain strings, so matching thousands of pods each step stays cheap.
    struct Workload {
        std::string ns;
        std::string serviceId;
        std::string container;
        std::vector<std::pair<std::string, std::string>> labels;
    };

    // What advance() needs of a pod, parsed once per stored version of it.
    struct PodInfo {
        std::shared_ptr<const StoredObject> object; // keeps the key below alive
        std::string uid;
        std::string serviceId;
        std::string mainContainer;
        bool running = false;
        bool ready = false;
        std::vector<ContainerUsage> containers; // usage fields still zero
        std::vector<bool> main;
        std::vector<double> shares;
    };
    PodInfo describe(const std::shared_ptr<const StoredObject>& pod) const;

    ObjectStore& m_store;
    const TrafficModel& m_model;
    std::vector<Workload> m_workloads;
    std::unordered_map<const StoredObject*, PodInfo> m_pods; // only advance() touches it
    std::map<std::string, int> m_nominalPods; // service id → replicas the profile gives it
    mutable std::mutex m_mutex;
    std::vector<ContainerUsage> m_rows;
    std::map<std::string, std::size_t> m_index;  // "ns/pod/container" → row
    std::map<std::string, double> m_cpuSeconds;  // "uid/container" → CPU seconds so far
    std::uint64_t m_generation = 0;
};

} // namespace lcl::sim
