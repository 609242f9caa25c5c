#pragma once

#include <nlohmann/json.hpp>

namespace lcl::sim {

struct ResourceInfo;

// Conversion between the version a request names and the stored version, for resources served in two shapes:
// events.k8s.io/v1 Event over core/v1 Event, autoscaling/v1 over autoscaling/v2 HorizontalPodAutoscaler.
class ObjectStoreConversion final {
public:
    // True when `resource` is not the stored shape.
    static bool needed(const ResourceInfo& resource);
    static nlohmann::json toStorage(const ResourceInfo& resource, nlohmann::json object);
    static nlohmann::json fromStorage(const ResourceInfo& resource, nlohmann::json object);
};

} // namespace lcl::sim
