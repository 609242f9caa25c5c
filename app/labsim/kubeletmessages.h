#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lcl::sim {

// The words the kubelet and the containers use when things go wrong: readiness probe failures per kind of
// server, the last log lines of a crashing container.
class KubeletMessages final {
public:
    enum class Probe { Refused, Timeout, ServerError };

    static std::string readinessFailed(const nlohmann::json& pod, Probe probe);
    static std::vector<std::string> crashLines(const nlohmann::json& pod, const std::string& container);
};

} // namespace lcl::sim
