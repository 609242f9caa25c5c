#pragma once

#include "labsim/objectstoreerror.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace lcl::sim {

struct ResourceInfo;

// The checks the API server makes before it stores an object, with its wording: 400 for a body that names the
// wrong kind or namespace for the URL, 422 Invalid with field causes for a bad object.
class Validation final {
public:
    // `urlNamespace` is the namespace the URL named ("" for cluster-scoped); `urlName` the name for PUT/PATCH.
    static std::optional<ObjectStoreError> validate(const ResourceInfo& resource, const nlohmann::json& object,
                                                    const std::string& urlNamespace, const std::string& urlName = {});

    // DNS-1123 subdomain (most names) and label (namespaces, services) checks; the message when invalid.
    static std::optional<std::string> dns1123Subdomain(std::string_view name);
    static std::optional<std::string> dns1123Label(std::string_view name);
    // 422 Invalid for `Kind "name"` with the given causes ([{reason, message, field}]).
    static ObjectStoreError invalid(const ResourceInfo& resource, const std::string& name, nlohmann::json causes);
};

} // namespace lcl::sim
