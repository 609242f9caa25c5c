#pragma once

#include "labsim/objectstoreerror.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace lcl::sim {

struct ResourceInfo;

// A parsed field selector (`metadata.name=x,status.phase!=Running`), checked against the fields the resource
// supports: metadata.name and metadata.namespace everywhere; pods spec.nodeName, status.phase, ...; core/v1
// events involvedObject.*, reason, type, source, reportingComponent; events.k8s.io regarding.*, reason, type.
class FieldSelector final {
public:
    struct Requirement {
        std::string field;
        bool equals = true;
        std::string value;
    };

    // 400 BadRequest "field label not supported: X" for a field the resource does not index.
    static StoreResult<FieldSelector> parse(std::string_view text, const ResourceInfo& resource);

    bool empty() const { return m_requirements.empty(); }
    bool matches(const nlohmann::json& object) const;
    const std::vector<Requirement>& requirements() const { return m_requirements; }
    // The single `metadata.name=X` / `metadata.namespace=X` value, when the selector pins one (fast paths).
    std::string exactValue(std::string_view field) const;

    static std::vector<std::string> supportedFields(const ResourceInfo& resource);

private:
    std::vector<Requirement> m_requirements;
};

} // namespace lcl::sim
