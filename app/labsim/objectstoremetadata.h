#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <random>
#include <string>

namespace lcl::sim {

// The metadata the API server writes on every stored object: uid, timestamps, managedFields.
class ObjectStoreMetadata final {
public:
    // RFC3339 with second precision, UTC ("2026-11-26T07:00:00Z"); `offsetSeconds` shifts it (negative: past).
    static std::string timestamp(std::int64_t offsetSeconds = 0);
    // RFC3339 with microseconds, for MicroTime fields (eventTime) and log line timestamps.
    static std::string microTimestamp(std::int64_t offsetMillis = 0);
    // A random version-4 UUID from `rng`.
    static std::string uuid(std::mt19937_64& rng);

    // The FieldsV1 set an object's fields make (the keys a manager owns), as the apiserver writes it.
    static nlohmann::json fieldsV1(const nlohmann::json& object);
    // Sets (replaces) the entry of `manager` with `operation` ("Update" or "Apply"); `subresource` "status" when
    // the write went through the status subresource.
    static void recordManager(nlohmann::json& object, const std::string& manager, const std::string& operation,
                              const std::string& apiVersion, const std::string& subresource = {});
};

} // namespace lcl::sim
