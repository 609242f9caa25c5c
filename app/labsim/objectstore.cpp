#include "labsim/objectstore.h"

#include "labsim/fieldselector.h"
#include "labsim/objectfactorydefaults.h"
#include "labsim/objectstoreconversion.h"
#include "labsim/objectstoreimpl.h"
#include "labsim/objectstoremetadata.h"
#include "labsim/patch.h"
#include "labsim/selector.h"
#include "labsim/validation.h"

#include <cassert>

namespace lcl::sim {

namespace {

const char* kNotCurrent = "the object has been modified; please apply your changes to the latest version and try again";

std::string randomSuffix(std::mt19937_64& rng)
{
    // apimachinery's alphabet: no vowels (no words) and no easily confused characters.
    static constexpr char kAlphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    std::string s;
    for (int i = 0; i < 5; ++i)
        s += kAlphabet[rng() % (sizeof kAlphabet - 1)];
    return s;
}

// For custom resources everything but metadata and status counts as spec for generation.
nlohmann::json specPart(const ResourceInfo& resource, const nlohmann::json& object)
{
    if (!resource.customResource)
        return object.value("spec", nlohmann::json());
    nlohmann::json copy = object;
    copy.erase("metadata");
    copy.erase("status");
    return copy;
}

} // namespace

ObjectStore::ObjectStore(const ResourceRegistry& registry) : ObjectStore(registry, Config{}) {}

ObjectStore::ObjectStore(const ResourceRegistry& registry, Config config)
    : m_registry(registry)
    , m_config(std::move(config))
    , m_hub(m_config.historyLimit)
    , m_impl(std::make_unique<Impl>(*this))
{
}

ObjectStore::~ObjectStore() = default;

std::uint64_t ObjectStore::currentResourceVersion() const
{
    std::shared_lock lock(m_impl->mutex);
    return m_impl->rv;
}

const ResourceInfo& ObjectStore::resource(std::string_view groupResource) const
{
    const auto* r = m_registry.findByGroupResource(groupResource);
    assert(r && "unknown group resource");
    return *r;
}

const ResourceInfo& ObjectStore::Impl::storageOf(const ResourceInfo& resource) const
{
    if (resource.storage == resource.groupResource() && resource.preferred)
        return resource;
    const auto* s = q.m_registry.findByGroupResource(resource.storage);
    return s ? *s : resource;
}

const ObjectStore::Bucket* ObjectStore::Impl::bucket(const std::string& storage) const
{
    const auto it = buckets.find(storage);
    return it == buckets.end() ? nullptr : &it->second;
}

ObjectPtr ObjectStore::Impl::find(const std::string& storage, const std::string& ns, const std::string& name) const
{
    const auto* b = bucket(storage);
    if (!b)
        return nullptr;
    const auto nsIt = b->byNs.find(ns);
    if (nsIt == b->byNs.end())
        return nullptr;
    const auto it = nsIt->second.find(name);
    return it == nsIt->second.end() ? nullptr : it->second;
}

bool ObjectStore::Impl::namespaceExists(const std::string& ns) const
{
    return find("namespaces", "", ns) != nullptr;
}

WatchHub::Change ObjectStore::Impl::commit(const ResourceInfo& storage, WatchEventType type, nlohmann::json object,
                                           const ObjectPtr& previous)
{
    ++rv;
    object["metadata"]["resourceVersion"] = std::to_string(rv);
    auto stored = StoredObject::make(std::move(object));
    auto& b = buckets[storage.storage];
    auto& nsMap = b.byNs[stored->ns];
    if (type == WatchEventType::Deleted) {
        if (nsMap.erase(stored->name))
            --b.size;
        if (nsMap.empty())
            b.byNs.erase(stored->ns);
    } else {
        auto [it, inserted] = nsMap.insert_or_assign(stored->name, stored);
        if (inserted)
            ++b.size;
    }
    WatchHub::Change change{rv, type, storage.storage, stored->ns, stored->name, stored, previous};
    q.m_hub.publish(change);
    return change;
}

ObjectPtr ObjectStore::Impl::present(const ResourceInfo& resource, const ObjectPtr& stored) const
{
    if (!stored || !ObjectStoreConversion::needed(resource))
        return stored;
    return StoredObject::make(ObjectStoreConversion::fromStorage(resource, stored->object));
}

void ObjectStore::Impl::notify(const std::vector<WatchHub::Change>& changes)
{
    if (changes.empty())
        return;
    std::vector<Observer> copy;
    {
        std::lock_guard lock(observersMutex);
        for (const auto& [id, o] : observers)
            copy.push_back(o);
    }
    for (const auto& change : changes)
        for (const auto& o : copy)
            o(change);
}

int ObjectStore::addObserver(Observer observer)
{
    std::lock_guard lock(m_impl->observersMutex);
    const int id = m_impl->nextObserver++;
    m_impl->observers.emplace(id, std::move(observer));
    return id;
}

void ObjectStore::removeObserver(int id)
{
    std::lock_guard lock(m_impl->observersMutex);
    m_impl->observers.erase(id);
}

StoreResult<ObjectPtr> ObjectStore::Impl::createLocked(const ResourceInfo& resource, const std::string& ns,
                                                       nlohmann::json object, const WriteOptions& options,
                                                       const std::string& operation,
                                                       std::vector<WatchHub::Change>& changes)
{
    if (!resource.stored || !resource.hasVerb("create"))
        return ObjectStoreError::make(405, "MethodNotAllowed", "the server does not allow this method on the requested resource");
    if (!object.is_object())
        return ObjectStoreError::badRequest("the body of the request was not a JSON object");
    auto& meta = object["metadata"];
    if (!meta.is_object())
        meta = nlohmann::json::object();
    if (meta.value("name", "").empty() && !meta.value("generateName", "").empty())
        meta["name"] = meta["generateName"].get<std::string>() + randomSuffix(rng);
    if (auto error = Validation::validate(resource, object, ns))
        return *error;
    const auto& storage = storageOf(resource);
    if (ObjectStoreConversion::needed(resource))
        object = ObjectStoreConversion::toStorage(resource, std::move(object));
    object["apiVersion"] = storage.apiVersion();
    object["kind"] = storage.kind;
    auto& m = object["metadata"];
    const auto name = m.value("name", "");
    std::string objectNs;
    if (storage.namespaced) {
        objectNs = ns.empty() ? m.value("namespace", "") : ns;
        if (objectNs.empty())
            objectNs = "default";
        m["namespace"] = objectNs;
        if (!namespaceExists(objectNs))
            return ObjectStoreError::notFound("namespaces", objectNs);
    } else {
        m.erase("namespace");
    }
    if (find(storage.storage, objectNs, name))
        return ObjectStoreError::alreadyExists(resource.groupResource(), name);

    // Status is the controllers' business: a created object starts without one (defaults may add the initial one).
    if (resource.subresource("status") && storage.kind != "Pod")
        object.erase("status");
    ObjectFactoryDefaults::apply(storage.kind, object, rng);
    m.erase("resourceVersion");
    m["uid"] = ObjectStoreMetadata::uuid(rng);
    m["creationTimestamp"] = ObjectStoreMetadata::timestamp();
    if (storage.tracksGeneration)
        m["generation"] = 1;
    else
        m.erase("generation");
    m.erase("managedFields");
    ObjectStoreMetadata::recordManager(object, options.fieldManager.empty() ? "unknown" : options.fieldManager,
                                       operation, storage.apiVersion());
    if (options.dryRun)
        return present(resource, StoredObject::make(std::move(object)));
    auto change = commit(storage, WatchEventType::Added, std::move(object), nullptr);
    changes.push_back(change);
    return present(resource, change.object);
}

StoreResult<ObjectPtr> ObjectStore::create(const ResourceInfo& resource, const std::string& ns,
                                           nlohmann::json object, const WriteOptions& options)
{
    std::vector<WatchHub::Change> changes;
    StoreResult<ObjectPtr> result = ObjectPtr();
    {
        std::unique_lock lock(m_impl->mutex);
        result = m_impl->createLocked(resource, ns, std::move(object), options, "Update", changes);
    }
    m_impl->notify(changes);
    return result;
}

StoreResult<ObjectPtr> ObjectStore::get(const ResourceInfo& resource, const std::string& ns,
                                        const std::string& name) const
{
    if (!resource.stored)
        return ObjectStoreError::notFound(resource.groupResource(), name);
    std::shared_lock lock(m_impl->mutex);
    const auto& storage = m_impl->storageOf(resource);
    auto obj = m_impl->find(storage.storage, storage.namespaced ? ns : std::string(), name);
    if (!obj)
        return ObjectStoreError::notFound(resource.groupResource(), name);
    return m_impl->present(resource, obj);
}

StoreResult<ObjectPtr> ObjectStore::Impl::updateLocked(const ResourceInfo& resource, const std::string& ns,
                                                       const std::string& name, nlohmann::json object,
                                                       const WriteOptions& options, bool statusOnly,
                                                       const std::string& operation,
                                                       std::vector<WatchHub::Change>& changes)
{
    const auto& storage = storageOf(resource);
    const auto objectNs = storage.namespaced ? ns : std::string();
    auto existing = find(storage.storage, objectNs, name);
    if (!existing)
        return ObjectStoreError::notFound(resource.groupResource(), name);
    if (auto error = Validation::validate(resource, object, ns, name))
        return *error;
    const auto bodyRv = object["metadata"].value("resourceVersion", "");
    if (!bodyRv.empty() && bodyRv != existing->object["metadata"].value("resourceVersion", ""))
        return ObjectStoreError::conflict(resource.groupResource(), name, kNotCurrent);
    if (ObjectStoreConversion::needed(resource))
        object = ObjectStoreConversion::toStorage(resource, std::move(object));

    const auto& old = existing->object;
    nlohmann::json next;
    if (statusOnly) {
        next = old;
        next["status"] = object.value("status", nlohmann::json::object());
    } else {
        next = std::move(object);
        if (resource.subresource("status")) {
            if (old.contains("status"))
                next["status"] = old["status"];
            else
                next.erase("status");
        }
    }
    next["apiVersion"] = storage.apiVersion();
    next["kind"] = storage.kind;
    auto& m = next["metadata"];
    const auto& om = old["metadata"];
    for (const char* keep : {"uid", "creationTimestamp", "name", "namespace", "generation", "deletionTimestamp",
                             "deletionGracePeriodSeconds"}) {
        if (om.contains(keep))
            m[keep] = om[keep];
        else
            m.erase(keep);
    }
    if (!m.contains("managedFields") && om.contains("managedFields"))
        m["managedFields"] = om["managedFields"];
    ObjectFactoryDefaults::apply(storage.kind, next, rng);
    if (storage.kind == "Service" && old.contains("spec"))
        for (const char* keep : {"clusterIP", "clusterIPs"})
            if (old["spec"].contains(keep))
                next["spec"][keep] = old["spec"][keep];
    if (storage.tracksGeneration && specPart(storage, next) != specPart(storage, old))
        m["generation"] = om.value("generation", 1) + 1;
    m["resourceVersion"] = om.value("resourceVersion", "");
    if (next == old)
        return present(resource, existing); // a no-op write changes nothing, not even the resourceVersion
    ObjectStoreMetadata::recordManager(next, options.fieldManager.empty() ? "unknown" : options.fieldManager,
                                       operation, storage.apiVersion(), statusOnly ? "status" : "");
    if (options.dryRun)
        return present(resource, StoredObject::make(std::move(next)));
    auto change = commit(storage, WatchEventType::Modified, std::move(next), existing);
    changes.push_back(change);
    return present(resource, change.object);
}

StoreResult<ObjectPtr> ObjectStore::update(const ResourceInfo& resource, const std::string& ns,
                                           const std::string& name, nlohmann::json object,
                                           const WriteOptions& options, bool statusOnly)
{
    std::vector<WatchHub::Change> changes;
    StoreResult<ObjectPtr> result = ObjectPtr();
    {
        std::unique_lock lock(m_impl->mutex);
        result = m_impl->updateLocked(resource, ns, name, std::move(object), options, statusOnly, "Update", changes);
    }
    m_impl->notify(changes);
    return result;
}

StoreResult<PatchResult> ObjectStore::patch(const ResourceInfo& resource, const std::string& ns,
                                            const std::string& name, PatchType type, const std::string& body,
                                            const WriteOptions& options, bool statusOnly)
{
    if (type == PatchType::Apply && options.fieldManager.empty())
        return ObjectStoreError::make(
            422, "Invalid",
            "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch",
            {{"group", "meta.k8s.io"}, {"kind", "PatchOptions"},
             {"causes", {{{"reason", "FieldValueRequired"}, {"message", "Required value: is required for apply patch"},
                          {"field", "fieldManager"}}}}});
    if (type != PatchType::Apply && options.force)
        return ObjectStoreError::badRequest("force: Forbidden: may not be specified for non-apply patch");
    std::vector<WatchHub::Change> changes;
    StoreResult<PatchResult> result = PatchResult{};
    {
        std::unique_lock lock(m_impl->mutex);
        const auto& storage = m_impl->storageOf(resource);
        auto existing = m_impl->find(storage.storage, storage.namespaced ? ns : std::string(), name);
        const std::string operation = type == PatchType::Apply ? "Apply" : "Update";
        if (!existing) {
            if (type != PatchType::Apply || statusOnly)
                return ObjectStoreError::notFound(resource.groupResource(), name);
            auto applied = Patch::parseYamlOrJson(body);
            if (!applied)
                return applied.error();
            auto& meta = applied.value()["metadata"];
            if (meta.is_object() && meta.value("name", "").empty())
                meta["name"] = name;
            auto created = m_impl->createLocked(resource, ns, std::move(applied.value()), options, operation, changes);
            if (!created)
                return created.error();
            result = PatchResult{created.value(), true};
        } else {
            auto current = m_impl->present(resource, existing);
            auto patched = Patch::apply(current->object, type, body, resource);
            if (!patched)
                return patched.error();
            auto updated = m_impl->updateLocked(resource, ns, name, std::move(patched.value()), options, statusOnly,
                                                operation, changes);
            if (!updated)
                return updated.error();
            result = PatchResult{updated.value(), false};
        }
    }
    m_impl->notify(changes);
    return result;
}

StoreResult<ObjectPtr> ObjectStore::put(const ResourceInfo& resource, nlohmann::json object,
                                        const std::string& fieldManager)
{
    std::vector<WatchHub::Change> changes;
    StoreResult<ObjectPtr> result = ObjectPtr();
    {
        std::unique_lock lock(m_impl->mutex);
        auto& impl = *m_impl;
        const auto& storage = impl.storageOf(resource);
        object["apiVersion"] = storage.apiVersion();
        object["kind"] = storage.kind;
        auto& m = object["metadata"];
        const auto ns = storage.namespaced ? m.value("namespace", "default") : std::string();
        const auto name = m.value("name", "");
        if (name.empty())
            return ObjectStoreError::badRequest("put: metadata.name is required");
        auto existing = impl.find(storage.storage, ns, name);
        ObjectFactoryDefaults::apply(storage.kind, object, impl.rng);
        if (!m.contains("uid"))
            m["uid"] = existing ? existing->object["metadata"]["uid"] : nlohmann::json(ObjectStoreMetadata::uuid(impl.rng));
        if (!m.contains("creationTimestamp"))
            m["creationTimestamp"] = ObjectStoreMetadata::timestamp();
        if (storage.tracksGeneration && !m.contains("generation"))
            m["generation"] = 1;
        if (!m.contains("managedFields"))
            ObjectStoreMetadata::recordManager(object, fieldManager, "Update", storage.apiVersion());
        auto change = impl.commit(storage, existing ? WatchEventType::Modified : WatchEventType::Added,
                                  std::move(object), existing);
        changes.push_back(change);
        result = change.object;
    }
    m_impl->notify(changes);
    return result;
}

std::vector<ObjectPtr> ObjectStore::snapshot(const ResourceInfo& resource, const std::string& ns) const
{
    std::shared_lock lock(m_impl->mutex);
    std::vector<ObjectPtr> out;
    const auto* b = m_impl->bucket(m_impl->storageOf(resource).storage);
    if (!b)
        return out;
    for (const auto& [n, objects] : b->byNs)
        if (ns.empty() || n == ns)
            for (const auto& [name, obj] : objects)
                out.push_back(m_impl->present(resource, obj));
    return out;
}

std::size_t ObjectStore::count(const ResourceInfo& resource, const std::string& ns) const
{
    std::shared_lock lock(m_impl->mutex);
    const auto* b = m_impl->bucket(m_impl->storageOf(resource).storage);
    if (!b)
        return 0;
    if (ns.empty())
        return b->size;
    const auto it = b->byNs.find(ns);
    return it == b->byNs.end() ? 0 : it->second.size();
}

} // namespace lcl::sim
