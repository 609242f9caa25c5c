#include "labsim/resourceregistry.h"

#include <algorithm>
#include <cctype>

namespace lcl::sim {

namespace {

const std::vector<std::string> kAllVerbs = {"create", "delete", "deletecollection", "get",
                                            "list",   "patch",  "update",           "watch"};
const std::vector<std::string> kSubVerbs = {"get", "patch", "update"};

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

SubresourceInfo statusOf(const std::string& group, const std::string& version, const std::string& kind)
{
    return {"status", group, version, kind, kSubVerbs};
}

SubresourceInfo scale()
{
    return {"scale", "autoscaling", "v1", "Scale", kSubVerbs};
}

} // namespace

std::string ResourceInfo::apiVersion() const
{
    return group.empty() ? version : group + "/" + version;
}

std::string ResourceInfo::groupResource() const
{
    return group.empty() ? plural : plural + "." + group;
}

bool ResourceInfo::hasVerb(std::string_view verb) const
{
    return std::find(verbs.begin(), verbs.end(), verb) != verbs.end();
}

const SubresourceInfo* ResourceInfo::subresource(std::string_view name) const
{
    for (const auto& s : subresources)
        if (s.name == name)
            return &s;
    return nullptr;
}

ResourceRegistry::ResourceRegistry()
{
    // Builds one entry; the lambda keeps the table below one line per resource.
    auto r = [this](std::string group, std::string version, std::string kind, std::string plural, bool namespaced,
                    std::vector<std::string> shortNames, std::vector<std::string> categories, bool generation,
                    std::vector<SubresourceInfo> subs) {
        ResourceInfo info;
        info.group = std::move(group);
        info.version = std::move(version);
        info.singular = lower(kind);
        info.kind = std::move(kind);
        info.plural = std::move(plural);
        info.namespaced = namespaced;
        info.verbs = kAllVerbs;
        info.shortNames = std::move(shortNames);
        info.categories = std::move(categories);
        info.tracksGeneration = generation;
        info.subresources = std::move(subs);
        info.storage = info.groupResource();
        add(info);
        return &m_resources.back();
    };
    const std::vector<std::string> all = {"all"};
    const std::string core;

    r(core, "v1", "Namespace", "namespaces", false, {"ns"}, {}, false, {statusOf(core, "v1", "Namespace")});
    r(core, "v1", "Node", "nodes", false, {"no"}, {}, false, {statusOf(core, "v1", "Node")});
    r(core, "v1", "Pod", "pods", true, {"po"}, all, false,
      {{"log", core, "v1", "", {"get"}}, statusOf(core, "v1", "Pod"), {"exec", core, "v1", "PodExecOptions", {"create", "get"}},
       {"portforward", core, "v1", "PodPortForwardOptions", {"create", "get"}}, {"proxy", core, "v1", "PodProxyOptions", {"create", "delete", "get", "patch", "update"}},
       {"eviction", "policy", "v1", "Eviction", {"create"}}});
    r(core, "v1", "Service", "services", true, {"svc"}, all, false,
      {statusOf(core, "v1", "Service"), {"proxy", core, "v1", "ServiceProxyOptions", {"create", "delete", "get", "patch", "update"}}});
    r(core, "v1", "Endpoints", "endpoints", true, {"ep"}, {}, false, {});
    r(core, "v1", "ConfigMap", "configmaps", true, {"cm"}, {}, false, {});
    r(core, "v1", "Secret", "secrets", true, {}, {}, false, {});
    r(core, "v1", "ServiceAccount", "serviceaccounts", true, {"sa"}, {}, false, {});
    r(core, "v1", "Event", "events", true, {"ev"}, {}, false, {});
    r(core, "v1", "PersistentVolumeClaim", "persistentvolumeclaims", true, {"pvc"}, {}, false,
      {statusOf(core, "v1", "PersistentVolumeClaim")});
    r(core, "v1", "PersistentVolume", "persistentvolumes", false, {"pv"}, {}, false,
      {statusOf(core, "v1", "PersistentVolume")});

    r("apps", "v1", "Deployment", "deployments", true, {"deploy"}, all, true,
      {statusOf("apps", "v1", "Deployment"), scale()});
    r("apps", "v1", "ReplicaSet", "replicasets", true, {"rs"}, all, true,
      {statusOf("apps", "v1", "ReplicaSet"), scale()});
    r("apps", "v1", "StatefulSet", "statefulsets", true, {"sts"}, all, true,
      {statusOf("apps", "v1", "StatefulSet"), scale()});
    r("apps", "v1", "DaemonSet", "daemonsets", true, {"ds"}, all, true, {statusOf("apps", "v1", "DaemonSet")});
    r("apps", "v1", "ControllerRevision", "controllerrevisions", true, {}, {}, false, {});

    r("batch", "v1", "Job", "jobs", true, {}, all, true, {statusOf("batch", "v1", "Job")});
    r("batch", "v1", "CronJob", "cronjobs", true, {"cj"}, all, true, {statusOf("batch", "v1", "CronJob")});

    r("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true, {"hpa"}, all, true,
      {statusOf("autoscaling", "v2", "HorizontalPodAutoscaler")});
    auto* hpaV1 = r("autoscaling", "v1", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true, {"hpa"}, all,
                    true, {statusOf("autoscaling", "v1", "HorizontalPodAutoscaler")});
    hpaV1->preferred = false;

    r("discovery.k8s.io", "v1", "EndpointSlice", "endpointslices", true, {}, {}, true, {});
    auto* eventsV1 = r("events.k8s.io", "v1", "Event", "events", true, {"ev"}, {}, false, {});
    eventsV1->storage = "events";
    r("networking.k8s.io", "v1", "Ingress", "ingresses", true, {"ing"}, {}, true,
      {statusOf("networking.k8s.io", "v1", "Ingress")});

    const std::string rbac = "rbac.authorization.k8s.io";
    r(rbac, "v1", "Role", "roles", true, {}, {}, false, {});
    r(rbac, "v1", "RoleBinding", "rolebindings", true, {}, {}, false, {});
    r(rbac, "v1", "ClusterRole", "clusterroles", false, {}, {}, false, {});
    r(rbac, "v1", "ClusterRoleBinding", "clusterrolebindings", false, {}, {}, false, {});

    r("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", false, {"crd", "crds"},
      {"api-extensions"}, true, {statusOf("apiextensions.k8s.io", "v1", "CustomResourceDefinition")});

    const std::string gw = "gateway.networking.k8s.io";
    for (auto* info : {r(gw, "v1", "GatewayClass", "gatewayclasses", false, {"gc"}, {"gateway-api"}, true,
                         {statusOf(gw, "v1", "GatewayClass")}),
                       r(gw, "v1", "Gateway", "gateways", true, {"gtw"}, {"gateway-api"}, true,
                         {statusOf(gw, "v1", "Gateway")}),
                       r(gw, "v1", "HTTPRoute", "httproutes", true, {}, {"gateway-api"}, true,
                         {statusOf(gw, "v1", "HTTPRoute")})})
        info->customResource = true;

    for (auto* info : {r("metrics.k8s.io", "v1beta1", "PodMetrics", "pods", true, {}, {}, false, {}),
                       r("metrics.k8s.io", "v1beta1", "NodeMetrics", "nodes", false, {}, {}, false, {})}) {
        info->stored = false;
        info->verbs = {"get", "list"};
    }
    for (auto& info : m_resources)
        if (info.kind == "Event" || info.kind == "ControllerRevision" || info.kind == "EndpointSlice")
            info.subresources.clear();
}

void ResourceRegistry::add(ResourceInfo info)
{
    // Pointers handed out stay valid: the table is built once in the constructor and reserved up front.
    if (m_resources.capacity() == 0)
        m_resources.reserve(64);
    m_resources.push_back(std::move(info));
}

const ResourceRegistry& ResourceRegistry::builtin()
{
    static const ResourceRegistry registry;
    return registry;
}

const ResourceInfo* ResourceRegistry::find(std::string_view group, std::string_view version,
                                           std::string_view plural) const
{
    for (const auto& r : m_resources)
        if (r.group == group && r.version == version && r.plural == plural)
            return &r;
    return nullptr;
}

const ResourceInfo* ResourceRegistry::findByGroupResource(std::string_view groupResource) const
{
    for (const auto& r : m_resources)
        if (r.preferred && r.groupResource() == groupResource)
            return &r;
    return nullptr;
}

const ResourceInfo* ResourceRegistry::findByKind(std::string_view group, std::string_view kind) const
{
    for (const auto& r : m_resources)
        if (r.preferred && r.group == group && r.kind == kind)
            return &r;
    return nullptr;
}

const ResourceInfo* ResourceRegistry::findByApiVersionKind(std::string_view apiVersion, std::string_view kind) const
{
    for (const auto& r : m_resources)
        if (r.apiVersion() == apiVersion && r.kind == kind)
            return &r;
    return nullptr;
}

std::vector<const ResourceInfo*> ResourceRegistry::resolve(std::string_view name) const
{
    std::string n = lower(name);
    std::string group;
    bool groupGiven = false;
    if (const auto dot = n.find('.'); dot != std::string::npos) {
        group = n.substr(dot + 1);
        n = n.substr(0, dot);
        groupGiven = true;
    }
    std::vector<const ResourceInfo*> out;
    for (const auto& r : m_resources) {
        if (!r.preferred || (groupGiven && r.group != group) || (!groupGiven && r.group == "metrics.k8s.io"))
            continue;
        const bool hit = r.plural == n || r.singular == n || lower(r.kind) == n
                         || std::find(r.shortNames.begin(), r.shortNames.end(), n) != r.shortNames.end();
        if (hit)
            out.push_back(&r);
    }
    // Core first, then the rest in registry order, as kubectl's priority RESTMapper prefers the core group.
    std::stable_sort(out.begin(), out.end(),
                     [](const ResourceInfo* a, const ResourceInfo* b) { return a->group.empty() && !b->group.empty(); });
    return out;
}

std::vector<const ResourceInfo*> ResourceRegistry::inCategory(std::string_view category) const
{
    std::vector<const ResourceInfo*> out;
    for (const auto& r : m_resources)
        if (r.preferred && std::find(r.categories.begin(), r.categories.end(), category) != r.categories.end())
            out.push_back(&r);
    return out;
}

std::vector<ResourceRegistry::GroupVersions> ResourceRegistry::groups() const
{
    std::vector<GroupVersions> out;
    for (const auto& r : m_resources) {
        auto it = std::find_if(out.begin(), out.end(), [&](const GroupVersions& g) { return g.group == r.group; });
        if (it == out.end()) {
            out.push_back({r.group, {}});
            it = out.end() - 1;
        }
        if (std::find(it->versions.begin(), it->versions.end(), r.version) == it->versions.end()) {
            if (r.preferred)
                it->versions.insert(it->versions.begin(), r.version);
            else
                it->versions.push_back(r.version);
        }
    }
    return out;
}

std::vector<const ResourceInfo*> ResourceRegistry::resourcesIn(std::string_view group, std::string_view version) const
{
    std::vector<const ResourceInfo*> out;
    for (const auto& r : m_resources)
        if (r.group == group && r.version == version)
            out.push_back(&r);
    return out;
}

} // namespace lcl::sim
