#pragma once

#include "labsim/controllerqueue.h"
#include "labsim/controllertiming.h"
#include "labsim/objectfactory.h"
#include "labsim/objectstoretypes.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lcl::sim {

class ControllerFaults;
class EventRecorder;
class ObjectStore;
struct ResourceInfo;

// What every simulated controller works with, and the writes they all make: status through the status
// subresource and spec/metadata through a plain update, both with the read resourceVersion (a conflict requeues
// the key, as client-go controllers do). Used from the controllers' one worker thread only.
class ControllerContext final {
public:
    ControllerContext(ObjectStore& store, ControllerQueue& queue, EventRecorder& events, ControllerFaults& faults,
                      const ControllerTiming& timing, std::uint64_t seed);
    ControllerContext(const ControllerContext&) = delete;
    ControllerContext& operator=(const ControllerContext&) = delete;

    ObjectStore& store;
    ControllerQueue& queue;
    EventRecorder& events;
    ControllerFaults& faults;
    const ControllerTiming& timing;
    ObjectFactory factory;

    const ResourceInfo& resource(const char* groupResource) const;
    ObjectPtr get(const char* groupResource, const std::string& ns, const std::string& name) const;
    // The objects of `groupResource` in `ns` whose controller reference is `ownerUid`.
    std::vector<ObjectPtr> ownedBy(const char* groupResource, const std::string& ns, const std::string& ownerUid) const;

    // Writes `status` when it differs; the new object, or null (conflict, gone).
    ObjectPtr writeStatus(const char* groupResource, const nlohmann::json& object, nlohmann::json status);
    // Writes spec/metadata of `object` (as read, with its resourceVersion); the new object, or null.
    ObjectPtr writeObject(const char* groupResource, nlohmann::json object);
    ObjectPtr create(const char* groupResource, nlohmann::json object);
    // Deletes (a running pod gracefully, with its own grace period, unless `gracePeriodSeconds` says otherwise).
    bool remove(const char* groupResource, const std::string& ns, const std::string& name,
                std::optional<std::int64_t> gracePeriodSeconds = std::nullopt);

    // A new pod of `owner` as its controller creates it: from the owner's template, not yet scheduled.
    nlohmann::json newPod(const nlohmann::json& owner, const std::string& name);

    // The revision name a StatefulSet/DaemonSet uses for its current template. The first time an object is seen,
    // its stored revision (`adopt`, when not null) is taken for the template it has, so seeded pods are not rolled.
    std::string revisionFor(const std::string& ownerUid, const std::string& ownerName, const nlohmann::json& tmpl,
                            const std::string* adopt);

    static constexpr const char* kManager = "k3s";

private:
    std::map<std::string, std::map<std::string, std::string>> m_revisions; // owner uid -> template hash -> revision
};

} // namespace lcl::sim
