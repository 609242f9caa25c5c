#pragma once

#include <string>
#include <vector>

namespace lcl::sim {

class ResourceRegistry;
struct ResourceInfo;

// A request path taken apart the way the API server's RequestInfoResolver does:
// /api/v1/namespaces/NS/pods/NAME/log, /apis/apps/v1/deployments, /apis/apps/v1/namespaces/NS/deployments/X/scale.
struct HandlerPath {
    enum class Kind {
        Other,          // not an API path
        CoreRoot,       // /api
        GroupsRoot,     // /apis
        Group,          // /apis/G
        GroupVersion,   // /api/v1, /apis/G/V
        Resource,       // a collection, an object or a subresource
        UnknownResource // a group/version path naming nothing the registry knows
    };

    Kind kind = Kind::Other;
    std::string group;
    std::string version;
    std::string ns;          // the namespace segment, empty when none
    std::string plural;
    std::string name;
    std::string subresource;
    std::string rest;        // after the subresource (the service proxy's target path, with a leading '/')
    const ResourceInfo* resource = nullptr;

    static HandlerPath parse(const std::string& path, const ResourceRegistry& registry);

    static std::vector<std::string> split(const std::string& path);
};

} // namespace lcl::sim
