#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lcl::sim {

// A subresource served under a resource: "pods/log", "deployments/scale", "pods/status".
struct SubresourceInfo {
    std::string name;    // "scale"
    std::string group;   // of the response kind: "autoscaling" for scale
    std::string version; // "v1"
    std::string kind;    // "Scale"; empty for pods/log (text/plain)
    std::vector<std::string> verbs;
};

// One resource served at one group/version (the unit of discovery). A resource served in two versions
// (autoscaling/v2 and v1 horizontalpodautoscalers) has two entries sharing one `storage` key.
struct ResourceInfo {
    std::string group;   // "" for core
    std::string version; // "v1"
    std::string kind;    // "Deployment"
    std::string plural;  // "deployments"
    std::string singular;
    bool namespaced = true;
    std::vector<std::string> verbs;
    std::vector<std::string> shortNames;
    std::vector<std::string> categories;
    std::vector<SubresourceInfo> subresources;
    bool customResource = false;   // a CRD: no strategic merge patch (415), listed in customresourcedefinitions
    bool stored = true;            // false for metrics.k8s.io (computed by the server from pods and nodes)
    bool tracksGeneration = false; // metadata.generation is kept and bumped on spec changes
    bool preferred = true;         // this version is the group's preferred one for this resource
    std::string storage;           // store key; objects of all versions live here ("events" for events.k8s.io)

    std::string apiVersion() const;    // "apps/v1", "v1"
    std::string groupResource() const; // "deployments.apps", "pods" (as in error messages)
    bool hasVerb(std::string_view verb) const;
    const SubresourceInfo* subresource(std::string_view name) const;
};

// Every kind the simulator serves, with what discovery reports for it.
class ResourceRegistry final {
public:
    // The built-in set: core/v1, apps/v1, batch/v1, autoscaling/v2+v1, discovery.k8s.io/v1, events.k8s.io/v1,
    // networking.k8s.io/v1, rbac.authorization.k8s.io/v1, apiextensions.k8s.io/v1, gateway.networking.k8s.io/v1
    // (as CRDs) and metrics.k8s.io/v1beta1.
    ResourceRegistry();

    // A shared immutable instance of the built-in set.
    static const ResourceRegistry& builtin();

    const std::vector<ResourceInfo>& all() const { return m_resources; }

    // URL lookup: /apis/GROUP/VERSION/PLURAL.
    const ResourceInfo* find(std::string_view group, std::string_view version, std::string_view plural) const;
    // "deployments.apps", "pods", "httproutes.gateway.networking.k8s.io": the preferred version.
    const ResourceInfo* findByGroupResource(std::string_view groupResource) const;
    // By kind in a group (preferred version), e.g. ("apps", "Deployment").
    const ResourceInfo* findByKind(std::string_view group, std::string_view kind) const;
    // By apiVersion + kind as written in an object ("apps/v1", "Deployment").
    const ResourceInfo* findByApiVersionKind(std::string_view apiVersion, std::string_view kind) const;
    // kubectl-style name resolution: plural, singular, short name or kind (case-insensitive), optionally
    // "name.group". Preferred versions only; core wins over other groups on ties (e.g. "events").
    std::vector<const ResourceInfo*> resolve(std::string_view name) const;
    // The resources in category `category` ("all").
    std::vector<const ResourceInfo*> inCategory(std::string_view category) const;

    // Groups in discovery order ("" first), each with its versions (preferred first).
    struct GroupVersions {
        std::string group;
        std::vector<std::string> versions;
    };
    std::vector<GroupVersions> groups() const;
    // The resources of one group/version, in registry order.
    std::vector<const ResourceInfo*> resourcesIn(std::string_view group, std::string_view version) const;

private:
    void add(ResourceInfo info);

    std::vector<ResourceInfo> m_resources;
};

} // namespace lcl::sim
