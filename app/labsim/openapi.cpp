#include "labsim/openapi.h"

#include "labsim/resourceregistry.h"

namespace lcl::sim {
namespace {

std::string pathFor(const std::string& group, const std::string& version)
{
    return group.empty() ? "api/" + version : "apis/" + group + '/' + version;
}

// A stable content hash, so kubectl's OpenAPI cache is reused between commands of one simulator run.
std::string hashOf(const std::string& text)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : text)
        h = (h ^ c) * 1099511628211ULL;
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llX", static_cast<unsigned long long>(h));
    return buffer;
}

nlohmann::json patchOperation(const ResourceInfo& r)
{
    const nlohmann::json queryParam = [](const char* name) {
        return nlohmann::json{{"name", name}, {"in", "query"}, {"schema", {{"type", "string"}}}, {"uniqueItems", true}};
    }("fieldValidation");
    return {{"operationId", "patch" + r.kind},
            {"parameters",
             {queryParam,
              {{"name", "dryRun"}, {"in", "query"}, {"schema", {{"type", "string"}}}},
              {{"name", "fieldManager"}, {"in", "query"}, {"schema", {{"type", "string"}}}},
              {{"name", "force"}, {"in", "query"}, {"schema", {{"type", "boolean"}}}}}},
            {"responses", {{"200", {{"description", "OK"}}}, {"201", {{"description", "Created"}}}}},
            {"x-kubernetes-action", "patch"},
            {"x-kubernetes-group-version-kind", {{"group", r.group}, {"version", r.version}, {"kind", r.kind}}}};
}

} // namespace

nlohmann::json OpenApi::root() const
{
    nlohmann::json paths = nlohmann::json::object();
    for (const ResourceRegistry::GroupVersions& gv : m_registry.groups()) {
        for (const std::string& v : gv.versions) {
            const std::string path = pathFor(gv.group, v);
            paths[path] = {{"serverRelativeURL", "/openapi/v3/" + path + "?hash=" + hashOf(document(path).dump())}};
        }
    }
    return {{"paths", std::move(paths)}};
}

nlohmann::json OpenApi::document(const std::string& groupVersionPath) const
{
    for (const ResourceRegistry::GroupVersions& gv : m_registry.groups()) {
        for (const std::string& v : gv.versions) {
            if (pathFor(gv.group, v) != groupVersionPath)
                continue;
            nlohmann::json paths = nlohmann::json::object();
            for (const ResourceInfo* r : m_registry.resourcesIn(gv.group, v)) {
                if (!r->hasVerb("patch"))
                    continue;
                const std::string base = '/' + groupVersionPath + (r->namespaced ? "/namespaces/{namespace}/" : "/");
                paths[base + r->plural + "/{name}"] = {{"patch", patchOperation(*r)}};
            }
            return {{"openapi", "3.0.0"},
                    {"info", {{"title", "Kubernetes"}, {"version", "v1.31.4+k3s1"}}},
                    {"paths", std::move(paths)},
                    {"components", {{"schemas", nlohmann::json::object()}}}};
        }
    }
    return nullptr;
}

} // namespace lcl::sim
