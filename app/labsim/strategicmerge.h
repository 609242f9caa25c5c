#pragma once

#include "labsim/objectstoreerror.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace lcl::sim {

// Kubernetes strategic merge patch for the built-in types: lists with a merge key (containers, initContainers,
// volumes, env, volumeMounts, imagePullSecrets by name; ports by containerPort or port; conditions by type; ...)
// merge element by element; `$patch: delete|replace|merge` directives, `$deleteFromPrimitiveList/...`,
// `$retainKeys` and `$setElementOrder/...` are honoured (order directives are accepted and ignored).
// Lists without a merge key are replaced, as in a JSON merge patch.
class StrategicMerge final {
public:
    static StoreResult<nlohmann::json> apply(nlohmann::json target, const nlohmann::json& patch);

    // The merge key of the list under `field` ("containers" → "name"), empty when the list is atomic.
    static std::string mergeKey(std::string_view field, const nlohmann::json& sampleElement);
};

} // namespace lcl::sim
