#include "labsim/objectstore.h"

#include "labsim/objectstoreimpl.h"
#include "labsim/objectstoremetadata.h"

namespace lcl::sim {

namespace {

bool ownedBy(const nlohmann::json& object, const std::string& uid)
{
    const auto& meta = object["metadata"];
    const auto refs = meta.find("ownerReferences");
    if (refs == meta.end() || !refs->is_array())
        return false;
    for (const auto& r : *refs)
        if (r.value("uid", "") == uid)
            return true;
    return false;
}

} // namespace

ObjectPtr ObjectStore::Impl::terminateLocked(const ResourceInfo& storage, const ObjectPtr& pod,
                                             const DeleteOptions& options, std::vector<WatchHub::Change>& changes)
{
    const auto& o = pod->object;
    const auto phase = o.value("status", nlohmann::json::object()).value("phase", "");
    if (!podTermination || o["spec"].value("nodeName", "").empty() || phase == "Succeeded" || phase == "Failed")
        return nullptr;
    const auto& meta = o["metadata"];
    std::int64_t grace = 30;
    if (options.gracePeriodSeconds)
        grace = *options.gracePeriodSeconds;
    else if (o["spec"].contains("terminationGracePeriodSeconds") && o["spec"]["terminationGracePeriodSeconds"].is_number())
        grace = o["spec"]["terminationGracePeriodSeconds"].get<std::int64_t>();
    if (grace <= 0)
        return nullptr;
    if (meta.contains("deletionTimestamp") && meta.value("deletionGracePeriodSeconds", std::int64_t(0)) <= grace)
        return pod; // already terminating, no sooner than asked
    auto next = o;
    next["metadata"]["deletionTimestamp"] = ObjectStoreMetadata::timestamp(grace);
    next["metadata"]["deletionGracePeriodSeconds"] = grace;
    auto change = commit(storage, WatchEventType::Modified, std::move(next), pod);
    changes.push_back(change);
    return change.object;
}

StoreResult<ObjectPtr> ObjectStore::Impl::removeLocked(const ResourceInfo& resource, const std::string& ns,
                                                       const std::string& name, const DeleteOptions& options,
                                                       std::vector<WatchHub::Change>& changes)
{
    const auto& storage = storageOf(resource);
    const auto objectNs = storage.namespaced ? ns : std::string();
    auto existing = find(storage.storage, objectNs, name);
    if (!existing)
        return ObjectStoreError::notFound(resource.groupResource(), name);
    const auto& meta = existing->object["metadata"];
    if (options.preconditionUid && *options.preconditionUid != meta.value("uid", ""))
        return ObjectStoreError::conflict(resource.groupResource(), name,
                                          "Precondition failed: UID in precondition: " + *options.preconditionUid
                                              + ", UID in object meta: " + meta.value("uid", ""));
    if (options.preconditionResourceVersion
        && *options.preconditionResourceVersion != meta.value("resourceVersion", ""))
        return ObjectStoreError::conflict(resource.groupResource(), name,
                                          "Precondition failed: ResourceVersion in precondition: "
                                              + *options.preconditionResourceVersion
                                              + ", ResourceVersion in object meta: "
                                              + meta.value("resourceVersion", ""));
    if (options.dryRun)
        return present(resource, existing);
    if (storage.kind == "Pod")
        if (auto terminating = terminateLocked(storage, existing, options, changes))
            return present(resource, terminating);

    if (storage.kind == "Namespace") {
        // Everything in the namespace goes with it (the namespace controller's job, done at once here).
        for (const auto& info : q.m_registry.all()) {
            if (!info.stored || !info.namespaced || !info.preferred || info.storage != info.groupResource())
                continue;
            const auto* b = bucket(info.storage);
            if (!b)
                continue;
            const auto nsIt = b->byNs.find(name);
            if (nsIt == b->byNs.end())
                continue;
            const auto objects = nsIt->second;
            for (const auto& [n, obj] : objects)
                changes.push_back(commit(info, WatchEventType::Deleted, obj->object, obj));
        }
        q.m_logs.removePod(name, {});
    } else {
        std::string policy = options.propagationPolicy;
        if (policy.empty())
            policy = storage.kind == "Job" ? "Orphan" : "Background";
        const auto uid = meta.value("uid", "");
        for (const auto& info : q.m_registry.all()) {
            if (!info.stored || !info.preferred || info.storage != info.groupResource())
                continue;
            const auto* b = bucket(info.storage);
            if (!b)
                continue;
            std::vector<ObjectPtr> dependents;
            for (const auto& [n, objects] : b->byNs)
                if (!storage.namespaced || n == objectNs)
                    for (const auto& [dn, obj] : objects)
                        if (ownedBy(obj->object, uid))
                            dependents.push_back(obj);
            for (const auto& dep : dependents) {
                if (policy == "Orphan") {
                    auto copy = dep->object;
                    auto& refs = copy["metadata"]["ownerReferences"];
                    nlohmann::json kept = nlohmann::json::array();
                    for (const auto& r : refs)
                        if (r.value("uid", "") != uid)
                            kept.push_back(r);
                    if (kept.empty())
                        copy["metadata"].erase("ownerReferences");
                    else
                        refs = std::move(kept);
                    changes.push_back(commit(info, WatchEventType::Modified, std::move(copy), dep));
                } else {
                    DeleteOptions cascade;
                    cascade.propagationPolicy = "Background";
                    auto removed = removeLocked(info, dep->ns, dep->name, cascade, changes);
                    (void)removed; // a dependent already deleted through another owner is fine
                }
            }
        }
        if (storage.kind == "Pod")
            q.m_logs.removePod(objectNs, name);
    }
    auto change = commit(storage, WatchEventType::Deleted, existing->object, existing);
    changes.push_back(change);
    return present(resource, change.object);
}

StoreResult<ObjectPtr> ObjectStore::remove(const ResourceInfo& resource, const std::string& ns,
                                           const std::string& name, const DeleteOptions& options)
{
    if (!resource.stored)
        return ObjectStoreError::make(405, "MethodNotAllowed",
                                      "the server does not allow this method on the requested resource");
    std::vector<WatchHub::Change> changes;
    StoreResult<ObjectPtr> result = ObjectPtr();
    {
        std::unique_lock lock(m_impl->mutex);
        result = m_impl->removeLocked(resource, ns, name, options, changes);
    }
    m_impl->notify(changes);
    return result;
}

void ObjectStore::setPodTermination(bool on)
{
    m_impl->podTermination = on;
}

StoreResult<std::vector<ObjectPtr>> ObjectStore::removeCollection(const ResourceInfo& resource,
                                                                  const std::string& ns, const ListOptions& selectors,
                                                                  const DeleteOptions& options)
{
    std::vector<WatchHub::Change> changes;
    std::vector<ObjectPtr> removed;
    {
        std::unique_lock lock(m_impl->mutex);
        ListOptions all = selectors;
        all.limit = 0;
        all.continueToken.clear();
        auto listed = m_impl->listLocked(resource, ns, all);
        if (!listed)
            return listed.error();
        for (const auto& obj : listed->items) {
            auto r = m_impl->removeLocked(resource, obj->ns, obj->name, options, changes);
            if (r)
                removed.push_back(r.value());
        }
    }
    m_impl->notify(changes);
    return removed;
}

} // namespace lcl::sim
