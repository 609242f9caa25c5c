#pragma once

#include <nlohmann/json.hpp>

#include <random>
#include <string>

namespace lcl::sim {

// Builds the pod status the kubelet reports: container statuses (waiting / running / terminated, lastState,
// restartCount) and the pod conditions, shaped like a k3s v1.31 kubelet writes them.
class KubeletStatus final {
public:
    // Registry-qualified image as containerd reports it ("docker.io/library/nginx:latest").
    static std::string qualifiedImage(const std::string& image);
    static std::string containerId(std::mt19937_64& rng);
    // A container status waiting with `reason` (ContainerCreating, CrashLoopBackOff).
    static nlohmann::json waiting(const nlohmann::json& container, const std::string& reason, const std::string& message,
                                  int restartCount, nlohmann::json lastState, std::mt19937_64& rng);
    static nlohmann::json running(const nlohmann::json& container, const std::string& startedAt, bool ready,
                                  int restartCount, nlohmann::json lastState, std::mt19937_64& rng);
    static nlohmann::json terminated(const std::string& reason, int exitCode, const std::string& startedAt,
                                     const std::string& finishedAt, const std::string& containerId);
    // Sets a pod condition, keeping lastTransitionTime when the status did not change.
    static void setCondition(nlohmann::json& status, const std::string& type, bool value, const std::string& reason = {},
                             const std::string& message = {});
    // Ready and ContainersReady together, with the kubelet's reason when false.
    static void setReady(nlohmann::json& status, bool ready, const std::string& containerNames,
                         const std::string& doneReason = {});
};

} // namespace lcl::sim
