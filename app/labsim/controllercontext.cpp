#include "labsim/controllercontext.h"

#include "labsim/controllerutil.h"
#include "labsim/objectstore.h"

namespace lcl::sim {

ControllerContext::ControllerContext(ObjectStore& store, ControllerQueue& queue, EventRecorder& events,
                                     ControllerFaults& faults, const ControllerTiming& timing, std::uint64_t seed)
    : store(store), queue(queue), events(events), faults(faults), timing(timing), factory(seed * 1000003 + 5)
{
}

const ResourceInfo& ControllerContext::resource(const char* groupResource) const
{
    return store.resource(groupResource);
}

ObjectPtr ControllerContext::get(const char* groupResource, const std::string& ns, const std::string& name) const
{
    auto got = store.get(resource(groupResource), ns, name);
    return got ? got.value() : ObjectPtr();
}

std::vector<ObjectPtr> ControllerContext::ownedBy(const char* groupResource, const std::string& ns,
                                                  const std::string& ownerUid) const
{
    std::vector<ObjectPtr> out;
    for (auto& o : store.snapshot(resource(groupResource), ns))
        if (ControllerUtil::ownedBy(o->object, ownerUid))
            out.push_back(std::move(o));
    return out;
}

ObjectPtr ControllerContext::writeStatus(const char* groupResource, const nlohmann::json& object,
                                         nlohmann::json status)
{
    if (object.contains("status") && object["status"] == status)
        return nullptr;
    auto next = object;
    next["status"] = std::move(status);
    const auto ns = ControllerUtil::nsOf(object);
    const auto name = ControllerUtil::nameOf(object);
    auto written = store.update(resource(groupResource), ns, name, std::move(next), {false, kManager, false}, true);
    return written ? written.value() : ObjectPtr();
}

ObjectPtr ControllerContext::writeObject(const char* groupResource, nlohmann::json object)
{
    const auto ns = ControllerUtil::nsOf(object);
    const auto name = ControllerUtil::nameOf(object);
    auto written = store.update(resource(groupResource), ns, name, std::move(object), {false, kManager, false});
    return written ? written.value() : ObjectPtr();
}

ObjectPtr ControllerContext::create(const char* groupResource, nlohmann::json object)
{
    const auto ns = ControllerUtil::nsOf(object);
    auto created = store.create(resource(groupResource), ns, std::move(object), {false, kManager, false});
    return created ? created.value() : ObjectPtr();
}

bool ControllerContext::remove(const char* groupResource, const std::string& ns, const std::string& name,
                               std::optional<std::int64_t> gracePeriodSeconds)
{
    DeleteOptions options;
    options.propagationPolicy = "Background";
    options.gracePeriodSeconds = gracePeriodSeconds;
    return store.remove(resource(groupResource), ns, name, options).ok();
}

nlohmann::json ControllerContext::newPod(const nlohmann::json& owner, const std::string& name)
{
    auto pod = factory.pod(owner, name, 0);
    auto& m = pod["metadata"];
    for (const char* k : {"uid", "creationTimestamp", "managedFields", "resourceVersion"})
        m.erase(k);
    pod["spec"].erase("nodeName");
    pod["status"] = {{"phase", "Pending"}, {"qosClass", pod["status"].value("qosClass", "BestEffort")}};
    return pod;
}

std::string ControllerContext::revisionFor(const std::string& ownerUid, const std::string& ownerName,
                                           const nlohmann::json& tmpl, const std::string* adopt)
{
    const auto hash = ControllerUtil::templateHash(tmpl);
    auto [it, first] = m_revisions.try_emplace(ownerUid);
    if (first && adopt)
        it->second[hash] = *adopt;
    auto [rev, added] = it->second.try_emplace(hash, ownerName + "-" + hash);
    return rev->second;
}

} // namespace lcl::sim
