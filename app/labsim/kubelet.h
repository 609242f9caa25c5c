#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <unordered_map>

namespace lcl::sim {

class ControllerContext;

// The simulated node's kubelet (and the scheduler's binding): moves each pod Pending (PodScheduled) ->
// ContainerCreating -> Running -> Ready, runs job pods to completion, and applies the workload faults: crash
// loops and OOM kills (restarts, lastState.terminated, CrashLoopBackOff with a bounded back-off), readiness
// failures of a service that is down, Unhealthy events under latency and error bursts. Level-triggered: each
// call looks at the pod as stored and takes the next step that is due, asking to be called again when the
// next one will be. Deleted pods stay Terminating for their grace period before the kubelet removes them.
class Kubelet final {
public:
    explicit Kubelet(ControllerContext& context);
    Kubelet(const Kubelet&) = delete;
    Kubelet& operator=(const Kubelet&) = delete;

    void reconcile(const std::string& ns, const std::string& name);

private:
    using Clock = std::chrono::steady_clock;
    struct Track {
        std::string stage;
        Clock::time_point since;
        Clock::time_point lastProbe;
    };

    std::chrono::milliseconds remaining(Track& track, const std::string& stage, std::chrono::milliseconds delay);
    std::chrono::milliseconds backoff(int restarts) const;
    void schedule(nlohmann::json pod);
    void startContainers(const nlohmann::json& pod, bool restart);
    void crash(const nlohmann::json& pod, bool oom);
    void finishJob(const nlohmann::json& pod);
    // A pod with a deletionTimestamp: its containers are stopped (Killing events) and, after its grace period
    // (at most ControllerTiming::terminating), the pod object is removed. True when it is gone.
    bool terminate(const nlohmann::json& pod, Track& track);
    void probe(const nlohmann::json& pod, Track& track, const std::string& stage);
    void setReady(const nlohmann::json& pod, bool ready);
    void log(const nlohmann::json& pod, const std::string& container, const std::vector<std::string>& lines);
    void requeue(const nlohmann::json& pod, std::chrono::milliseconds delay);

    ControllerContext& m_ctx;
    std::unordered_map<std::string, Track> m_tracks; // "ns/name" -> the stage it is in and since when
    int m_nextIp = 0;
};

} // namespace lcl::sim
