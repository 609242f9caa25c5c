#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace lcl::sim {

class ResourceRegistry;

// The minimal OpenAPI v3 that `kubectl apply` needs (kubectl-fidelity.md §4.7): a root listing every
// group-version, and per group-version a path per kind whose PATCH operation names its GroupVersionKind and
// accepts `fieldValidation`, so kubectl leaves validation to the server. No schemas.
class OpenApi final {
public:
    explicit OpenApi(const ResourceRegistry& registry) : m_registry(registry) {}

    nlohmann::json root() const;
    // `groupVersionPath` is "api/v1" or "apis/apps/v1"; null when no such group-version exists.
    nlohmann::json document(const std::string& groupVersionPath) const;

private:
    const ResourceRegistry& m_registry;
};

} // namespace lcl::sim
