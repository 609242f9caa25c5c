#pragma once

#include "labsim/objectstoreerror.h"

#include <nlohmann/json.hpp>

namespace lcl::sim {

// RFC 6902 JSON patch: add, remove, replace, move, copy, test. Errors are the API server's: a malformed
// operation is 400 BadRequest, a path that does not exist or a failed test is 422 Invalid.
class JsonPatch final {
public:
    static StoreResult<nlohmann::json> apply(nlohmann::json target, const nlohmann::json& operations);
};

} // namespace lcl::sim
