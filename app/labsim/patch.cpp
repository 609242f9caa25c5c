#include "labsim/patch.h"

#include "labsim/jsonpatch.h"
#include "labsim/resourceregistry.h"
#include "labsim/strategicmerge.h"

#include <yaml-cpp/yaml.h>

namespace lcl::sim {

namespace {

nlohmann::json yamlToJson(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        nlohmann::json o = nlohmann::json::object();
        for (const auto& kv : node)
            o[kv.first.as<std::string>()] = yamlToJson(kv.second);
        return o;
    }
    case YAML::NodeType::Sequence: {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& v : node)
            a.push_back(yamlToJson(v));
        return a;
    }
    case YAML::NodeType::Scalar: {
        const auto& s = node.Scalar();
        if (node.Tag() == "!")
            return s; // quoted: always a string
        if (s == "true" || s == "True")
            return true;
        if (s == "false" || s == "False")
            return false;
        if (s == "null" || s == "~")
            return nullptr;
        if (!s.empty() && (std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '-' || s[0] == '+')) {
            char* end = nullptr;
            const long long i = std::strtoll(s.c_str(), &end, 10);
            if (end && *end == '\0')
                return i;
            const double d = std::strtod(s.c_str(), &end);
            if (end && *end == '\0')
                return d;
        }
        return s;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return nullptr;
    }
    return nullptr;
}

} // namespace

bool Patch::typeForContentType(const std::string& contentType, PatchType& type)
{
    const auto base = contentType.substr(0, contentType.find(';'));
    if (base == "application/merge-patch+json")
        type = PatchType::Merge;
    else if (base == "application/strategic-merge-patch+json")
        type = PatchType::StrategicMerge;
    else if (base == "application/json-patch+json")
        type = PatchType::Json;
    else if (base == "application/apply-patch+yaml")
        type = PatchType::Apply;
    else
        return false;
    return true;
}

StoreResult<nlohmann::json> Patch::parseYamlOrJson(const std::string& text)
{
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_discarded())
        return j;
    try {
        return yamlToJson(YAML::Load(text));
    } catch (const YAML::Exception& e) {
        return ObjectStoreError::badRequest("error converting YAML to JSON: yaml: line " + std::to_string(e.mark.line + 1)
                                            + ": " + e.msg);
    }
}

nlohmann::json Patch::mergePatch(nlohmann::json target, const nlohmann::json& patch)
{
    target.merge_patch(patch);
    return target;
}

StoreResult<nlohmann::json> Patch::apply(const nlohmann::json& target, PatchType type, const std::string& body,
                                         const ResourceInfo& resource)
{
    if (type == PatchType::StrategicMerge && resource.customResource)
        return ObjectStoreError::unsupportedMediaType(
            "the body of the request was in an unknown format - accepted media types include: "
            "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml");
    StoreResult<nlohmann::json> parsed = nlohmann::json();
    if (type == PatchType::Apply) {
        parsed = parseYamlOrJson(body);
    } else {
        auto j = nlohmann::json::parse(body, nullptr, false);
        if (j.is_discarded())
            return ObjectStoreError::badRequest("error decoding patch: invalid JSON in the request body");
        parsed = std::move(j);
    }
    if (!parsed)
        return parsed.error();
    const auto& p = parsed.value();
    switch (type) {
    case PatchType::Json:
        if (!p.is_array())
            return ObjectStoreError::badRequest(
                "json: cannot unmarshal object into Go value of type jsonpatch.Patch");
        return JsonPatch::apply(target, p);
    case PatchType::Merge:
        if (!p.is_object())
            return ObjectStoreError::badRequest("error decoding patch: a merge patch must be a JSON object");
        return mergePatch(target, p);
    case PatchType::StrategicMerge:
        if (!p.is_object())
            return ObjectStoreError::badRequest("error decoding patch: a strategic merge patch must be a JSON object");
        return StrategicMerge::apply(target, p);
    case PatchType::Apply: {
        if (!p.is_object())
            return ObjectStoreError::badRequest("error decoding YAML: the applied configuration must be an object");
        const auto kind = p.value("kind", "");
        if (!kind.empty() && kind != resource.kind)
            return ObjectStoreError::badRequest("the kind of the applied configuration (" + kind
                                                + ") does not match the URL (" + resource.kind + ")");
        // Ownership tracking is not modelled: the applied configuration merges into the live object like a
        // strategic merge (merge patch for custom resources), which is what a single manager observes.
        if (resource.customResource)
            return mergePatch(target, p);
        return StrategicMerge::apply(target, p);
    }
    }
    return ObjectStoreError::badRequest("unsupported patch type");
}

} // namespace lcl::sim
