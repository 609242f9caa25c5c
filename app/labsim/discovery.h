#pragma once

#include "labsim/resourceregistry.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lcl::sim {

// Discovery documents generated from the registry: aggregated (apidiscovery.k8s.io v2 and v2beta1) for /api and
// /apis, and the legacy APIVersions / APIGroupList / APIGroup / APIResourceList documents.
class Discovery final {
public:
    explicit Discovery(const ResourceRegistry& registry) : m_registry(registry) {}

    // Resources the API server answers itself and that the store's registry does not list: the access and
    // identity reviews of authorization.k8s.io/v1 and authentication.k8s.io/v1.
    static const std::vector<ResourceInfo>& serverResources();
    static const ResourceInfo* findServerResource(const std::string& group, const std::string& version,
                                                  const std::string& plural);

    // The aggregated-discovery version an Accept header asks for: "v2", "v2beta1" or "" (legacy).
    static std::string aggregatedVersion(const std::string& accept);
    static std::string aggregatedContentType(const std::string& version);

    // core == true: the /api document (the core group only); otherwise /apis (every named group).
    nlohmann::json aggregated(bool core, const std::string& version) const;
    nlohmann::json apiVersions() const;
    nlohmann::json groupList() const;
    nlohmann::json group(const std::string& name) const; // null when the group is unknown
    nlohmann::json resourceList(const std::string& group, const std::string& version) const; // null: unknown

private:
    nlohmann::json groupJson(const std::string& name) const;
    std::vector<ResourceRegistry::GroupVersions> groups() const;
    std::vector<const ResourceInfo*> resourcesIn(const std::string& group, const std::string& version) const;

    const ResourceRegistry& m_registry;
};

} // namespace lcl::sim
