#pragma once

#include <nlohmann/json.hpp>

#include <random>
#include <string>

namespace lcl::sim {

// The defaults the API server fills in on create (apimachinery defaulters): what `kubectl get -o yaml` shows
// after applying a short manifest (strategy, revisionHistoryLimit, imagePullPolicy, clusterIP, ...).
class ObjectFactoryDefaults final {
public:
    // `kind` is the stored kind; `rng` picks cluster IPs. Existing values are never overwritten.
    static void apply(const std::string& kind, nlohmann::json& object, std::mt19937_64& rng);
    static void applyPodSpec(nlohmann::json& podSpec);
    // "10.43.x.y" from the k3s service CIDR.
    static std::string clusterIp(std::mt19937_64& rng);
};

} // namespace lcl::sim
