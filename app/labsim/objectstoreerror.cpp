#include "labsim/objectstoreerror.h"

namespace lcl::sim {

ObjectStoreError ObjectStoreError::make(int code, std::string reason, std::string message, nlohmann::json details)
{
    ObjectStoreError e;
    e.code = code;
    e.reason = std::move(reason);
    e.message = std::move(message);
    e.details = std::move(details);
    return e;
}

ObjectStoreError ObjectStoreError::badRequest(std::string message)
{
    return make(400, "BadRequest", std::move(message));
}

namespace {

// "deployments.apps" → {"group":"apps","kind":"deployments"}: the apiserver puts the resource in details.kind.
nlohmann::json detailsFor(const std::string& groupResource, const std::string& name)
{
    const auto dot = groupResource.find('.');
    nlohmann::json d = {{"name", name}, {"kind", groupResource.substr(0, dot)}};
    if (dot != std::string::npos)
        d["group"] = groupResource.substr(dot + 1);
    return d;
}

} // namespace

ObjectStoreError ObjectStoreError::notFound(const std::string& groupResource, const std::string& name)
{
    return make(404, "NotFound", groupResource + " \"" + name + "\" not found", detailsFor(groupResource, name));
}

ObjectStoreError ObjectStoreError::alreadyExists(const std::string& groupResource, const std::string& name)
{
    return make(409, "AlreadyExists", groupResource + " \"" + name + "\" already exists",
                detailsFor(groupResource, name));
}

ObjectStoreError ObjectStoreError::conflict(const std::string& groupResource, const std::string& name,
                                            const std::string& why)
{
    return make(409, "Conflict", "Operation cannot be fulfilled on " + groupResource + " \"" + name + "\": " + why,
                detailsFor(groupResource, name));
}

ObjectStoreError ObjectStoreError::expired(std::string message)
{
    return make(410, "Expired", std::move(message));
}

ObjectStoreError ObjectStoreError::unsupportedMediaType(std::string message)
{
    return make(415, "UnsupportedMediaType", std::move(message));
}

ObjectStoreError ObjectStoreError::internal(std::string message)
{
    return make(500, "InternalError", "Internal error occurred: " + message);
}

nlohmann::json ObjectStoreError::toStatus() const
{
    nlohmann::json s = {{"kind", "Status"},
                        {"apiVersion", "v1"},
                        {"metadata", nlohmann::json::object()},
                        {"status", "Failure"},
                        {"message", message},
                        {"reason", reason}};
    if (!details.empty())
        s["details"] = details;
    s["code"] = code;
    return s;
}

} // namespace lcl::sim
