#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace lcl::sim {

// Small pure helpers the simulated controllers share: owner references, template hashes, readiness,
// intOrString arithmetic, as kube-controller-manager computes them.
class ControllerUtil final {
public:
    // The ownerReference with controller=true, or null.
    static const nlohmann::json* controllerRef(const nlohmann::json& object);
    static bool ownedBy(const nlohmann::json& object, const std::string& uid);
    static std::string uidOf(const nlohmann::json& object);
    static std::string nameOf(const nlohmann::json& object);
    static std::string nsOf(const nlohmann::json& object);

    // The pod template without the labels controllers add (pod-template-hash, controller-revision-hash).
    static nlohmann::json bareTemplate(nlohmann::json tmpl);
    // pod-template-hash: FNV-32a of the template, "safe encoded" like apimachinery's rand.SafeEncodeString.
    static std::string templateHash(const nlohmann::json& tmpl);
    // maxSurge / maxUnavailable: an int or "25%" of `total`, percentages rounded up or down.
    static int intOrPercent(const nlohmann::json& value, int total, bool roundUp, int fallback);

    static bool podReady(const nlohmann::json& pod);
    // Neither finished (Succeeded/Failed) nor being deleted.
    static bool podActive(const nlohmann::json& pod);
    static std::string phase(const nlohmann::json& pod);
    static int revision(const nlohmann::json& replicaSet);
    static nlohmann::json condition(const std::string& type, const std::string& status, const std::string& reason,
                                    const std::string& message, const std::string& now);
    // Replaces (or adds) the condition of the same type, keeping lastTransitionTime when the status is unchanged.
    static void setCondition(nlohmann::json& conditions, nlohmann::json condition);
};

} // namespace lcl::sim
