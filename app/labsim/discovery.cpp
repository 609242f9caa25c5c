#include "labsim/discovery.h"

#include "labsim/resourceregistry.h"

#include <algorithm>

namespace lcl::sim {
namespace {

std::string groupVersion(const std::string& group, const std::string& version)
{
    return group.empty() ? version : group + '/' + version;
}

nlohmann::json aggregatedResource(const ResourceInfo& r)
{
    nlohmann::json out = {{"resource", r.plural},
                          {"responseKind", {{"group", r.group}, {"version", r.version}, {"kind", r.kind}}},
                          {"scope", r.namespaced ? "Namespaced" : "Cluster"},
                          {"singularResource", r.singular},
                          {"verbs", r.verbs}};
    if (!r.shortNames.empty())
        out["shortNames"] = r.shortNames;
    if (!r.categories.empty())
        out["categories"] = r.categories;
    if (!r.subresources.empty()) {
        nlohmann::json subs = nlohmann::json::array();
        for (const SubresourceInfo& s : r.subresources) {
            nlohmann::json sub = {{"subresource", s.name}, {"verbs", s.verbs}};
            if (!s.kind.empty())
                sub["responseKind"] = {{"group", s.group}, {"version", s.version}, {"kind", s.kind}};
            subs.push_back(std::move(sub));
        }
        out["subresources"] = std::move(subs);
    }
    return out;
}

nlohmann::json legacyResource(const ResourceInfo& r)
{
    nlohmann::json out = {{"name", r.plural},   {"singularName", r.singular}, {"namespaced", r.namespaced},
                          {"kind", r.kind},     {"verbs", r.verbs}};
    if (!r.shortNames.empty())
        out["shortNames"] = r.shortNames;
    if (!r.categories.empty())
        out["categories"] = r.categories;
    return out;
}

ResourceInfo review(const char* group, const char* kind, const char* plural)
{
    ResourceInfo info;
    info.group = group;
    info.version = "v1";
    info.kind = kind;
    info.plural = plural;
    info.singular = std::string(plural).substr(0, std::string(plural).size() - 1);
    info.namespaced = false;
    info.verbs = {"create"};
    info.stored = false;
    info.storage = plural;
    return info;
}

} // namespace

const std::vector<ResourceInfo>& Discovery::serverResources()
{
    static const std::vector<ResourceInfo> resources = {
        review("authentication.k8s.io", "SelfSubjectReview", "selfsubjectreviews"),
        review("authorization.k8s.io", "SelfSubjectAccessReview", "selfsubjectaccessreviews"),
        review("authorization.k8s.io", "SelfSubjectRulesReview", "selfsubjectrulesreviews")};
    return resources;
}

const ResourceInfo* Discovery::findServerResource(const std::string& group, const std::string& version,
                                                  const std::string& plural)
{
    for (const ResourceInfo& r : serverResources())
        if (r.group == group && r.version == version && r.plural == plural)
            return &r;
    return nullptr;
}

std::vector<ResourceRegistry::GroupVersions> Discovery::groups() const
{
    std::vector<ResourceRegistry::GroupVersions> out = m_registry.groups();
    for (const ResourceInfo& r : serverResources()) {
        const bool known = std::any_of(out.begin(), out.end(), [&](const auto& gv) { return gv.group == r.group; });
        if (!known)
            out.push_back({r.group, {r.version}});
    }
    return out;
}

std::vector<const ResourceInfo*> Discovery::resourcesIn(const std::string& group, const std::string& version) const
{
    std::vector<const ResourceInfo*> out = m_registry.resourcesIn(group, version);
    for (const ResourceInfo& r : serverResources())
        if (r.group == group && r.version == version)
            out.push_back(&r);
    return out;
}

std::string Discovery::aggregatedVersion(const std::string& accept)
{
    // Preference follows the order the client listed; kubectl puts v2 first.
    const std::size_t v2 = accept.find("g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
    const std::size_t v2beta1 = accept.find("g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList");
    if (v2 != std::string::npos && (v2beta1 == std::string::npos || v2 < v2beta1))
        return "v2";
    if (v2beta1 != std::string::npos)
        return "v2beta1";
    return {};
}

std::string Discovery::aggregatedContentType(const std::string& version)
{
    return "application/json;g=apidiscovery.k8s.io;v=" + version + ";as=APIGroupDiscoveryList";
}

nlohmann::json Discovery::aggregated(bool core, const std::string& version) const
{
    nlohmann::json items = nlohmann::json::array();
    for (const ResourceRegistry::GroupVersions& gv : groups()) {
        if (gv.group.empty() != core)
            continue;
        nlohmann::json versions = nlohmann::json::array();
        for (const std::string& v : gv.versions) {
            nlohmann::json resources = nlohmann::json::array();
            for (const ResourceInfo* r : resourcesIn(gv.group, v))
                resources.push_back(aggregatedResource(*r));
            versions.push_back({{"version", v}, {"resources", std::move(resources)}, {"freshness", "Current"}});
        }
        items.push_back({{"metadata", {{"name", gv.group}, {"creationTimestamp", nullptr}}},
                         {"versions", std::move(versions)}});
    }
    return {{"kind", "APIGroupDiscoveryList"},
            {"apiVersion", "apidiscovery.k8s.io/" + version},
            {"metadata", nlohmann::json::object()},
            {"items", std::move(items)}};
}

nlohmann::json Discovery::apiVersions() const
{
    return {{"kind", "APIVersions"},
            {"versions", {"v1"}},
            {"serverAddressByClientCIDRs", {{{"clientCIDR", "0.0.0.0/0"}, {"serverAddress", "127.0.0.1:6443"}}}}};
}

nlohmann::json Discovery::groupJson(const std::string& name) const
{
    for (const ResourceRegistry::GroupVersions& gv : groups()) {
        if (gv.group != name || gv.group.empty())
            continue;
        nlohmann::json versions = nlohmann::json::array();
        for (const std::string& v : gv.versions)
            versions.push_back({{"groupVersion", groupVersion(gv.group, v)}, {"version", v}});
        return {{"name", gv.group},
                {"versions", versions},
                {"preferredVersion", versions.empty() ? nlohmann::json() : versions.front()}};
    }
    return nullptr;
}

nlohmann::json Discovery::groupList() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const ResourceRegistry::GroupVersions& gv : groups()) {
        if (!gv.group.empty())
            list.push_back(groupJson(gv.group));
    }
    return {{"kind", "APIGroupList"}, {"apiVersion", "v1"}, {"groups", std::move(list)}};
}

nlohmann::json Discovery::group(const std::string& name) const
{
    nlohmann::json out = groupJson(name);
    if (out.is_null())
        return out;
    out["kind"] = "APIGroup";
    out["apiVersion"] = "v1";
    return out;
}

nlohmann::json Discovery::resourceList(const std::string& group, const std::string& version) const
{
    const std::vector<const ResourceInfo*> resources = resourcesIn(group, version);
    if (resources.empty())
        return nullptr;
    nlohmann::json list = nlohmann::json::array();
    for (const ResourceInfo* r : resources) {
        list.push_back(legacyResource(*r));
        for (const SubresourceInfo& s : r->subresources) {
            nlohmann::json sub = {{"name", r->plural + '/' + s.name},
                                  {"singularName", ""},
                                  {"namespaced", r->namespaced},
                                  {"kind", s.kind.empty() ? r->kind : s.kind},
                                  {"verbs", s.verbs}};
            if (!s.group.empty() && s.group != r->group) {
                sub["group"] = s.group;
                sub["version"] = s.version;
            }
            list.push_back(std::move(sub));
        }
    }
    return {{"kind", "APIResourceList"},
            {"apiVersion", "v1"},
            {"groupVersion", groupVersion(group, version)},
            {"resources", std::move(list)}};
}

} // namespace lcl::sim
