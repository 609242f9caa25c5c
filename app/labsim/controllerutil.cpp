#include "labsim/controllerutil.h"

#include <cmath>
#include <cstdint>

namespace lcl::sim {

const nlohmann::json* ControllerUtil::controllerRef(const nlohmann::json& object)
{
    const auto m = object.find("metadata");
    if (m == object.end() || !m->contains("ownerReferences"))
        return nullptr;
    for (const auto& r : (*m)["ownerReferences"])
        if (r.value("controller", false))
            return &r;
    return nullptr;
}

bool ControllerUtil::ownedBy(const nlohmann::json& object, const std::string& uid)
{
    const auto* ref = controllerRef(object);
    return ref && ref->value("uid", "") == uid;
}

std::string ControllerUtil::uidOf(const nlohmann::json& object)
{
    return object["metadata"].value("uid", "");
}

std::string ControllerUtil::nameOf(const nlohmann::json& object)
{
    return object["metadata"].value("name", "");
}

std::string ControllerUtil::nsOf(const nlohmann::json& object)
{
    return object["metadata"].value("namespace", "");
}

nlohmann::json ControllerUtil::bareTemplate(nlohmann::json tmpl)
{
    if (tmpl.contains("metadata") && tmpl["metadata"].contains("labels")) {
        auto& labels = tmpl["metadata"]["labels"];
        labels.erase("pod-template-hash");
        labels.erase("controller-revision-hash");
        if (labels.empty())
            tmpl["metadata"].erase("labels");
    }
    if (tmpl.contains("metadata"))
        tmpl["metadata"].erase("creationTimestamp");
    return tmpl;
}

std::string ControllerUtil::templateHash(const nlohmann::json& tmpl)
{
    std::uint32_t hash = 2166136261u;
    for (const unsigned char c : bareTemplate(tmpl).dump()) {
        hash ^= c;
        hash *= 16777619u;
    }
    static constexpr char kAlphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    std::string out;
    for (const char digit : std::to_string(hash))
        out += kAlphabet[static_cast<unsigned char>(digit) % (sizeof kAlphabet - 1)];
    return out;
}

int ControllerUtil::intOrPercent(const nlohmann::json& value, int total, bool roundUp, int fallback)
{
    if (value.is_number_integer())
        return value.get<int>();
    if (!value.is_string())
        return fallback;
    const auto text = value.get<std::string>();
    if (text.empty() || text.back() != '%')
        return std::atoi(text.c_str());
    const double share = std::atof(text.c_str()) * total / 100.0;
    return static_cast<int>(roundUp ? std::ceil(share) : std::floor(share));
}

bool ControllerUtil::podReady(const nlohmann::json& pod)
{
    const auto status = pod.find("status");
    if (status == pod.end() || !status->contains("conditions"))
        return false;
    for (const auto& c : (*status)["conditions"])
        if (c.value("type", "") == "Ready")
            return c.value("status", "") == "True";
    return false;
}

std::string ControllerUtil::phase(const nlohmann::json& pod)
{
    const auto status = pod.find("status");
    return status == pod.end() ? std::string() : status->value("phase", "");
}

bool ControllerUtil::podActive(const nlohmann::json& pod)
{
    const auto p = phase(pod);
    return p != "Succeeded" && p != "Failed" && !pod["metadata"].contains("deletionTimestamp");
}

int ControllerUtil::revision(const nlohmann::json& replicaSet)
{
    const auto& m = replicaSet["metadata"];
    if (!m.contains("annotations"))
        return 0;
    return std::atoi(m["annotations"].value("deployment.kubernetes.io/revision", "0").c_str());
}

nlohmann::json ControllerUtil::condition(const std::string& type, const std::string& status, const std::string& reason,
                                         const std::string& message, const std::string& now)
{
    return {{"type", type}, {"status", status}, {"lastUpdateTime", now}, {"lastTransitionTime", now},
            {"reason", reason}, {"message", message}};
}

void ControllerUtil::setCondition(nlohmann::json& conditions, nlohmann::json condition)
{
    if (!conditions.is_array())
        conditions = nlohmann::json::array();
    for (auto& c : conditions) {
        if (c.value("type", "") != condition.value("type", ""))
            continue;
        if (c.value("status", "") == condition.value("status", "") && c.contains("lastTransitionTime"))
            condition["lastTransitionTime"] = c["lastTransitionTime"];
        if (c.value("reason", "") == condition.value("reason", "") && c.value("message", "") == condition.value("message", "")
            && c.contains("lastUpdateTime") && condition.contains("lastUpdateTime"))
            condition["lastUpdateTime"] = c["lastUpdateTime"];
        c = std::move(condition);
        return;
    }
    conditions.push_back(std::move(condition));
}

} // namespace lcl::sim
