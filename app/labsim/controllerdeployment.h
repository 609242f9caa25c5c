#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lcl::sim {

class ControllerContext;

// deployment-controller: one ReplicaSet per template (pod-template-hash, revision annotations, a rollback
// re-uses the old ReplicaSet under a new revision), RollingUpdate within maxSurge/maxUnavailable or Recreate,
// ScalingReplicaSet events, revisionHistoryLimit, and the status `kubectl rollout status` reads.
class ControllerDeployment final {
public:
    explicit ControllerDeployment(ControllerContext& context) : m_ctx(context) {}

    void reconcile(const std::string& ns, const std::string& name);

private:
    nlohmann::json ensureNewReplicaSet(nlohmann::json& deployment, std::vector<nlohmann::json>& owned, bool& created);
    bool scale(const nlohmann::json& deployment, nlohmann::json& rs, int replicas, int maxSurge);
    void rollingUpdate(const nlohmann::json& deployment, nlohmann::json& newRs, std::vector<nlohmann::json>& old);
    void recreate(const nlohmann::json& deployment, nlohmann::json& newRs, std::vector<nlohmann::json>& old);
    void cleanup(const nlohmann::json& deployment, std::vector<nlohmann::json>& old);
    void writeStatus(const nlohmann::json& deployment, const nlohmann::json& newRs,
                     const std::vector<nlohmann::json>& old, bool created);

    ControllerContext& m_ctx;
};

} // namespace lcl::sim
