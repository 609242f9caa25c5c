#include "labsim/jsonpatch.h"

#include <set>

namespace lcl::sim {

namespace {

ObjectStoreError invalidPatch(const std::string& why)
{
    return ObjectStoreError::make(422, "Invalid", "the server rejected our request due to an error in our request",
                                  {{"causes", {{{"reason", "FieldValueInvalid"}, {"message", why}, {"field", "patch"}}}}});
}

} // namespace

StoreResult<nlohmann::json> JsonPatch::apply(nlohmann::json target, const nlohmann::json& operations)
{
    static const std::set<std::string> kOps = {"add", "remove", "replace", "move", "copy", "test"};
    if (!operations.is_array())
        return ObjectStoreError::badRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
    for (const auto& op : operations) {
        if (!op.is_object() || !op.contains("op") || !op["op"].is_string())
            return ObjectStoreError::badRequest("Unexpected kind: operation is missing \"op\"");
        const auto name = op["op"].get<std::string>();
        if (!kOps.count(name))
            return ObjectStoreError::badRequest("Unexpected kind: " + name);
        if (!op.contains("path") || !op["path"].is_string())
            return ObjectStoreError::badRequest("operation " + name + " is missing \"path\"");
        if ((name == "move" || name == "copy") && (!op.contains("from") || !op["from"].is_string()))
            return ObjectStoreError::badRequest("operation " + name + " is missing \"from\"");
        if ((name == "add" || name == "replace" || name == "test") && !op.contains("value"))
            return ObjectStoreError::badRequest("operation " + name + " is missing \"value\"");
        const auto path = op["path"].get<std::string>();
        if (!path.empty() && path.front() != '/')
            return ObjectStoreError::badRequest("invalid JSON pointer \"" + path + "\": must start with '/'");
    }
    try {
        return target.patch(operations);
    } catch (const nlohmann::json::other_error& e) {
        // nlohmann reports a failed test as other_error 501.
        return invalidPatch(std::string("testing value failed: ") + e.what());
    } catch (const nlohmann::json::exception& e) {
        return invalidPatch(std::string("unable to apply the patch: ") + e.what());
    }
}

} // namespace lcl::sim
