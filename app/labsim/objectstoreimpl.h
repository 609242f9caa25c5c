#pragma once

#include "labsim/objectstore.h"

#include <atomic>
#include <map>
#include <mutex>
#include <random>
#include <shared_mutex>
#include <unordered_map>

namespace lcl::sim {

// Objects of one storage key, per namespace, in name order (the order etcd's keys give a list).
struct ObjectStore::Bucket {
    std::map<std::string, std::map<std::string, ObjectPtr>> byNs;
    std::size_t size = 0;
};

// The state behind ObjectStore's lock. Private to the store's .cpp files.
class ObjectStore::Impl {
public:
    explicit Impl(ObjectStore& store) : q(store) {}

    ObjectStore& q;
    mutable std::shared_mutex mutex;
    std::unordered_map<std::string, Bucket> buckets;
    std::uint64_t rv = 0;
    std::mt19937_64 rng{0x5eedc1ab};
    std::atomic<bool> podTermination{false};

    std::mutex observersMutex;
    std::map<int, Observer> observers;
    int nextObserver = 1;

    const ResourceInfo& storageOf(const ResourceInfo& resource) const;
    const Bucket* bucket(const std::string& storage) const;
    ObjectPtr find(const std::string& storage, const std::string& ns, const std::string& name) const;
    bool namespaceExists(const std::string& ns) const;

    // Under the unique lock: stamps the next RV, stores (or erases for Deleted) and publishes. Returns the change.
    WatchHub::Change commit(const ResourceInfo& storage, WatchEventType type, nlohmann::json object,
                            const ObjectPtr& previous);
    // The stored object as `resource` presents it (converted for events.k8s.io and autoscaling/v1).
    ObjectPtr present(const ResourceInfo& resource, const ObjectPtr& stored) const;
    void notify(const std::vector<WatchHub::Change>& changes);

    StoreResult<ObjectPtr> createLocked(const ResourceInfo& resource, const std::string& ns, nlohmann::json object,
                                        const WriteOptions& options, const std::string& operation,
                                        std::vector<WatchHub::Change>& changes);
    StoreResult<ObjectPtr> updateLocked(const ResourceInfo& resource, const std::string& ns, const std::string& name,
                                        nlohmann::json object, const WriteOptions& options, bool statusOnly,
                                        const std::string& operation, std::vector<WatchHub::Change>& changes);
    // A running pod's graceful deletion: deletionTimestamp and deletionGracePeriodSeconds set (or shortened), the
    // kubelet removes it. Null when the pod goes at once (grace 0, not scheduled, finished, no kubelet).
    ObjectPtr terminateLocked(const ResourceInfo& storage, const ObjectPtr& pod, const DeleteOptions& options,
                              std::vector<WatchHub::Change>& changes);
    StoreResult<ObjectPtr> removeLocked(const ResourceInfo& resource, const std::string& ns, const std::string& name,
                                        const DeleteOptions& options, std::vector<WatchHub::Change>& changes);
    StoreResult<ListResult> listLocked(const ResourceInfo& resource, const std::string& ns,
                                       const ListOptions& options) const;
    nlohmann::json scaleOf(const ObjectPtr& object) const;
};

} // namespace lcl::sim
