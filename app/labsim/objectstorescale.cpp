#include "labsim/objectstore.h"

#include "labsim/objectstoreimpl.h"
#include "labsim/patch.h"
#include "labsim/selector.h"

namespace lcl::sim {

nlohmann::json ObjectStore::Impl::scaleOf(const ObjectPtr& object) const
{
    const auto& o = object->object;
    const auto& meta = o["metadata"];
    nlohmann::json scaleMeta = {{"name", meta.value("name", "")}};
    for (const char* k : {"namespace", "uid", "resourceVersion", "creationTimestamp"})
        if (meta.contains(k))
            scaleMeta[k] = meta[k];
    const auto spec = o.value("spec", nlohmann::json::object());
    const auto status = o.value("status", nlohmann::json::object());
    nlohmann::json scaleSpec = nlohmann::json::object();
    // spec.replicas is omitempty in autoscaling/v1 Scale: a workload scaled to 0 answers "spec":{}.
    if (const auto replicas = spec.value("replicas", 1); replicas != 0)
        scaleSpec["replicas"] = replicas;
    nlohmann::json scaleStatus = {{"replicas", status.value("replicas", 0)}};
    if (auto sel = Selector::fromLabelSelector(spec.value("selector", nlohmann::json())); sel && !sel->empty())
        scaleStatus["selector"] = sel->toString();
    return {{"kind", "Scale"},
            {"apiVersion", "autoscaling/v1"},
            {"metadata", std::move(scaleMeta)},
            {"spec", std::move(scaleSpec)},
            {"status", std::move(scaleStatus)}};
}

StoreResult<nlohmann::json> ObjectStore::getScale(const ResourceInfo& resource, const std::string& ns,
                                                  const std::string& name) const
{
    if (!resource.subresource("scale"))
        return ObjectStoreError::notFound(resource.groupResource() + "/scale", name);
    auto obj = get(resource, ns, name);
    if (!obj)
        return obj.error();
    return m_impl->scaleOf(obj.value());
}

StoreResult<nlohmann::json> ObjectStore::setScale(const ResourceInfo& resource, const std::string& ns,
                                                  const std::string& name, std::int64_t replicas,
                                                  const WriteOptions& options,
                                                  const std::string& expectedResourceVersion)
{
    if (!resource.subresource("scale"))
        return ObjectStoreError::notFound(resource.groupResource() + "/scale", name);
    if (replicas < 0)
        return ObjectStoreError::make(
            422, "Invalid",
            "Scale.autoscaling \"" + name + "\" is invalid: spec.replicas: Invalid value: " + std::to_string(replicas)
                + ": must be greater than or equal to 0",
            {{"name", name}, {"group", "autoscaling"}, {"kind", "Scale"},
             {"causes", {{{"reason", "FieldValueInvalid"},
                          {"message", "Invalid value: " + std::to_string(replicas) + ": must be greater than or equal to 0"},
                          {"field", "spec.replicas"}}}}});
    nlohmann::json patch = {{"spec", {{"replicas", replicas}}}};
    if (!expectedResourceVersion.empty())
        patch["metadata"] = {{"resourceVersion", expectedResourceVersion}};
    auto result = this->patch(resource, ns, name, PatchType::Merge, patch.dump(), options);
    if (!result)
        return result.error();
    return m_impl->scaleOf(result->object);
}

StoreResult<nlohmann::json> ObjectStore::patchScale(const ResourceInfo& resource, const std::string& ns,
                                                    const std::string& name, PatchType type, const std::string& body,
                                                    const WriteOptions& options)
{
    auto scale = getScale(resource, ns, name);
    if (!scale)
        return scale.error();
    static const ResourceInfo scaleInfo = [] {
        ResourceInfo info;
        info.group = "autoscaling";
        info.version = "v1";
        info.kind = "Scale";
        info.plural = "scale";
        return info;
    }();
    auto patched = Patch::apply(scale.value(), type, body, scaleInfo);
    if (!patched)
        return patched.error();
    const auto rvBefore = scale->value("metadata", nlohmann::json::object()).value("resourceVersion", "");
    const auto rvAfter = patched->value("metadata", nlohmann::json::object()).value("resourceVersion", "");
    const auto replicas = patched->value("spec", nlohmann::json::object()).value("replicas", 0);
    return setScale(resource, ns, name, replicas, options, rvAfter != rvBefore ? rvAfter : std::string());
}

} // namespace lcl::sim
