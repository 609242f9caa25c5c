#include "labsim/strategicmerge.h"

#include <algorithm>
#include <map>

namespace lcl::sim {

namespace {

constexpr const char* kDirective = "$patch";
constexpr const char* kRetainKeys = "$retainKeys";
const std::string kOrderPrefix = "$setElementOrder/";
const std::string kDeletePrimitivePrefix = "$deleteFromPrimitiveList/";

StoreResult<nlohmann::json> mergeValue(nlohmann::json target, const nlohmann::json& patch, std::string_view field);

StoreResult<nlohmann::json> mergeList(nlohmann::json target, const nlohmann::json& patch, std::string_view field)
{
    if (!target.is_array())
        target = nlohmann::json::array();
    // A list-level `{"$patch": "replace"}` element replaces the list with the other elements.
    for (const auto& e : patch)
        if (e.is_object() && e.value(kDirective, "") == "replace") {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& other : patch)
                if (!(other.is_object() && other.contains(kDirective)))
                    out.push_back(other);
            return out;
        }
    const nlohmann::json* sample = nullptr;
    for (const auto& e : patch)
        if (e.is_object()) {
            sample = &e;
            break;
        }
    if (!sample && !target.empty() && target.front().is_object())
        sample = &target.front();
    const auto key = sample ? StrategicMerge::mergeKey(field, *sample) : std::string();
    if (key.empty()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : patch)
            if (!(e.is_object() && e.contains(kDirective)))
                out.push_back(e);
        return out; // atomic list: replaced, as in a merge patch
    }
    for (const auto& e : patch) {
        if (!e.is_object() || !e.contains(key))
            return ObjectStoreError::badRequest("map: " + e.dump() + " does not contain declared merge key: " + key);
        const auto& k = e[key];
        auto it = std::find_if(target.begin(), target.end(),
                               [&](const nlohmann::json& t) { return t.is_object() && t.contains(key) && t[key] == k; });
        const auto directive = e.value(kDirective, "");
        if (directive == "delete") {
            if (it != target.end())
                target.erase(it);
            continue;
        }
        if (it == target.end()) {
            auto fresh = mergeValue(nlohmann::json::object(), e, field);
            if (!fresh)
                return fresh;
            target.push_back(std::move(fresh.value()));
        } else if (directive == "replace") {
            nlohmann::json copy = e;
            copy.erase(kDirective);
            *it = std::move(copy);
        } else {
            auto merged = mergeValue(*it, e, field);
            if (!merged)
                return merged;
            *it = std::move(merged.value());
        }
    }
    return target;
}

StoreResult<nlohmann::json> mergeMap(nlohmann::json target, const nlohmann::json& patch)
{
    if (!target.is_object())
        target = nlohmann::json::object();
    const auto directive = patch.value(kDirective, "");
    if (directive == "replace") {
        nlohmann::json copy = patch;
        copy.erase(kDirective);
        return copy;
    }
    if (directive == "delete")
        return nlohmann::json(); // the caller drops the key
    if (const auto retain = patch.find(kRetainKeys); retain != patch.end() && retain->is_array()) {
        for (auto it = target.begin(); it != target.end();) {
            if (std::find(retain->begin(), retain->end(), it.key()) == retain->end())
                it = target.erase(it);
            else
                ++it;
        }
    }
    for (const auto& [k, v] : patch.items()) {
        if (k == kDirective || k == kRetainKeys || k.rfind(kOrderPrefix, 0) == 0)
            continue; // order directives only reorder; the simulator keeps the live order
        if (k.rfind(kDeletePrimitivePrefix, 0) == 0) {
            const auto listKey = k.substr(kDeletePrimitivePrefix.size());
            if (auto list = target.find(listKey); list != target.end() && list->is_array() && v.is_array())
                for (const auto& gone : v)
                    list->erase(std::remove(list->begin(), list->end(), gone), list->end());
            continue;
        }
        if (v.is_null()) {
            target.erase(k);
            continue;
        }
        auto merged = mergeValue(target.contains(k) ? target[k] : nlohmann::json(), v, k);
        if (!merged)
            return merged;
        if (merged->is_null() && v.is_object())
            target.erase(k);
        else
            target[k] = std::move(merged.value());
    }
    return target;
}

StoreResult<nlohmann::json> mergeValue(nlohmann::json target, const nlohmann::json& patch, std::string_view field)
{
    if (patch.is_object())
        return mergeMap(std::move(target), patch);
    if (patch.is_array())
        return mergeList(std::move(target), patch, field);
    return patch;
}

} // namespace

std::string StrategicMerge::mergeKey(std::string_view field, const nlohmann::json& sample)
{
    // The patchMergeKey tags of k8s.io/api for the fields the console and kubectl touch.
    static const std::map<std::string_view, std::string> kKeys = {
        {"containers", "name"},       {"initContainers", "name"},  {"ephemeralContainers", "name"},
        {"volumes", "name"},          {"env", "name"},             {"volumeMounts", "mountPath"},
        {"volumeDevices", "devicePath"}, {"imagePullSecrets", "name"}, {"conditions", "type"},
        {"ownerReferences", "uid"},   {"hostAliases", "ip"},
        {"topologySpreadConstraints", "topologyKey"}, {"containerStatuses", "name"},
        {"initContainerStatuses", "name"}, {"resourceClaims", "name"}, {"schedulingGates", "name"},
        {"finalizers", ""},           {"podIPs", "ip"},            {"hostIPs", "ip"}};
    if (field == "ports") {
        // Container ports merge by containerPort, service ports by port.
        if (sample.contains("containerPort"))
            return "containerPort";
        if (sample.contains("port"))
            return "port";
        return {};
    }
    const auto it = kKeys.find(field);
    if (it == kKeys.end())
        return {};
    return it->second;
}

StoreResult<nlohmann::json> StrategicMerge::apply(nlohmann::json target, const nlohmann::json& patch)
{
    if (!patch.is_object())
        return ObjectStoreError::badRequest("a strategic merge patch must be a JSON object");
    auto merged = mergeMap(std::move(target), patch);
    if (merged && merged->is_null())
        return nlohmann::json::object();
    return merged;
}

} // namespace lcl::sim
