#pragma once

#include "labsim/objectstoreerror.h"
#include "labsim/objectstoretypes.h"

#include <nlohmann/json.hpp>

#include <string>

namespace lcl::sim {

struct ResourceInfo;

// The four PATCH bodies the API server accepts, applied to a JSON object.
class Patch final {
public:
    // Content-Type → type; false for anything else (the server answers 415).
    static bool typeForContentType(const std::string& contentType, PatchType& type);

    // Parses `body` (JSON; YAML or JSON for Apply) and applies it to `target`. 400 for a malformed body, 415 for a
    // strategic merge patch on a custom resource, 422 for a failed JSON-patch test or an impossible path.
    static StoreResult<nlohmann::json> apply(const nlohmann::json& target, PatchType type, const std::string& body,
                                             const ResourceInfo& resource);

    // RFC 7386 JSON merge patch.
    static nlohmann::json mergePatch(nlohmann::json target, const nlohmann::json& patch);

    // A YAML or JSON document as JSON (400 BadRequest with the parser's line/column when it does not parse).
    static StoreResult<nlohmann::json> parseYamlOrJson(const std::string& text);
};

} // namespace lcl::sim
