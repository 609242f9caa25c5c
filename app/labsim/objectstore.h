#pragma once

#include "labsim/objectstoreerror.h"
#include "labsim/objectstorelogs.h"
#include "labsim/objectstoretypes.h"
#include "labsim/resourceregistry.h"
#include "labsim/watchhub.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace lcl::sim {

// The simulator's etcd: JSON objects per (resource, namespace, name), one global resourceVersion, optimistic
// concurrency, patches, propagation on delete, dry runs, selectors, paging and watches. Thread-safe: the HTTP
// server calls it from its pool threads. `resource` is the ResourceInfo the URL named (registry().find(...));
// objects of a resource served in two versions share storage, and events.k8s.io/v1 events are the core/v1
// events converted on the way in and out.
class ObjectStore final {
public:
    struct Config {
        std::size_t historyLimit = 5000;
        std::string clusterName;
    };

    explicit ObjectStore(const ResourceRegistry& registry = ResourceRegistry::builtin());
    ObjectStore(const ResourceRegistry& registry, Config config);
    ~ObjectStore();
    ObjectStore(const ObjectStore&) = delete;
    ObjectStore& operator=(const ObjectStore&) = delete;

    const ResourceRegistry& registry() const { return m_registry; }
    WatchHub& watchHub() { return m_hub; }
    ObjectStoreLogs& logs() { return m_logs; }
    std::uint64_t currentResourceVersion() const;

    // `ns` is the URL's namespace ("" for cluster-scoped resources and for all-namespaces lists and watches).
    // create: 201 object; 409 AlreadyExists; 422 Invalid; 404 when the namespace does not exist.
    // metadata.generateName is honoured; uid, creationTimestamp, generation, resourceVersion and a managedFields
    // entry for `options.fieldManager` are set.
    StoreResult<ObjectPtr> create(const ResourceInfo& resource, const std::string& ns, nlohmann::json object,
                                  const WriteOptions& options = {});
    StoreResult<ObjectPtr> get(const ResourceInfo& resource, const std::string& ns, const std::string& name) const;
    StoreResult<ListResult> list(const ResourceInfo& resource, const std::string& ns,
                                 const ListOptions& options = {}) const;
    // PUT. A metadata.resourceVersion that is not the stored one gets 409 Conflict. Status is kept from the stored
    // object unless `statusOnly` (the status subresource: only status is taken from `object`).
    StoreResult<ObjectPtr> update(const ResourceInfo& resource, const std::string& ns, const std::string& name,
                                  nlohmann::json object, const WriteOptions& options = {}, bool statusOnly = false);
    // PATCH with the body as received. Strategic merge on a custom resource is 415. Apply creates when missing
    // (PatchResult::created). A bad patch body is 400; a failing JSON-patch test op is 422.
    StoreResult<PatchResult> patch(const ResourceInfo& resource, const std::string& ns, const std::string& name,
                                   PatchType type, const std::string& body, const WriteOptions& options = {},
                                   bool statusOnly = false);
    // DELETE. Returns the deleted object's last state (a pod marked Terminating: its new state). Background/Foreground delete the dependents found through
    // ownerReferences (recursively); Orphan removes their ownerReferences. Deleting a namespace deletes its
    // contents.
    StoreResult<ObjectPtr> remove(const ResourceInfo& resource, const std::string& ns, const std::string& name,
                                  const DeleteOptions& options = {});
    // With a kubelet to finish them (the controllers turn this on), deleting a running pod only marks it
    // Terminating (deletionTimestamp); otherwise pods go at once.
    void setPodTermination(bool on);
    // deletecollection: every object the selectors match.
    StoreResult<std::vector<ObjectPtr>> removeCollection(const ResourceInfo& resource, const std::string& ns,
                                                         const ListOptions& selectors,
                                                         const DeleteOptions& options = {});
    StoreResult<std::shared_ptr<WatchHubSubscription>> watch(const ResourceInfo& resource, const std::string& ns,
                                                             const WatchOptions& options = {});

    // The scale subresource (autoscaling/v1 Scale) of deployments, replicasets and statefulsets.
    StoreResult<nlohmann::json> getScale(const ResourceInfo& resource, const std::string& ns,
                                         const std::string& name) const;
    StoreResult<nlohmann::json> setScale(const ResourceInfo& resource, const std::string& ns,
                                         const std::string& name, std::int64_t replicas,
                                         const WriteOptions& options = {},
                                         const std::string& expectedResourceVersion = {});
    // PATCH …/scale: the patch applies to the Scale object; its spec.replicas is written through.
    StoreResult<nlohmann::json> patchScale(const ResourceInfo& resource, const std::string& ns,
                                           const std::string& name, PatchType type, const std::string& body,
                                           const WriteOptions& options = {});

    // Convenience for seeding, controllers and tests: by groupResource ("deployments.apps"); asserts it exists.
    const ResourceInfo& resource(std::string_view groupResource) const;
    // Creates or replaces without validation beyond the basics and without dry-run; for seeding and controllers.
    StoreResult<ObjectPtr> put(const ResourceInfo& resource, nlohmann::json object, const std::string& fieldManager);
    // All objects of a storage key (a consistent snapshot), optionally in one namespace. For controllers.
    std::vector<ObjectPtr> snapshot(const ResourceInfo& resource, const std::string& ns = {}) const;
    std::size_t count(const ResourceInfo& resource, const std::string& ns = {}) const;

    // Called after every committed change (not for dry runs), on the writer's thread, outside the store's lock.
    // Observers may write to the store (their writes notify again; guard against loops).
    using Observer = std::function<void(const WatchHub::Change&)>;
    int addObserver(Observer observer);
    void removeObserver(int id);

private:
    struct Bucket;
    class Impl;
    friend class Impl;

    const ResourceRegistry& m_registry;
    Config m_config;
    WatchHub m_hub;
    ObjectStoreLogs m_logs;
    std::unique_ptr<Impl> m_impl;
};

} // namespace lcl::sim
