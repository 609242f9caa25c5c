#include "labsim/eventrecorder.h"

#include "labsim/objectfactory.h"
#include "labsim/objectstore.h"
#include "labsim/objectstoremetadata.h"

#include <algorithm>
#include <cstdio>

namespace lcl::sim {

EventRecorder::EventRecorder(ObjectStore& store, std::uint64_t seed, std::size_t maxEvents)
    : m_store(store), m_maxEvents(std::max<std::size_t>(maxEvents, 1)), m_rng(seed * 31 + 7)
{
}

void EventRecorder::record(const nlohmann::json& involved, const std::string& type, const std::string& reason,
                           const std::string& message, const std::string& component)
{
    const auto& events = m_store.resource("events");
    const auto& im = involved["metadata"];
    const auto key = im.value("uid", "") + '\x1f' + type + '\x1f' + reason + '\x1f' + message + '\x1f' + component;
    const auto now = ObjectStoreMetadata::timestamp();
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_written.find(key); it != m_written.end()) {
        if (auto existing = m_store.get(events, it->second.ns, it->second.name)) {
            auto e = existing.value()->object;
            e["count"] = e.value("count", 1) + 1;
            e["lastTimestamp"] = now;
            e["metadata"].erase("resourceVersion");
            if (m_store.update(events, it->second.ns, it->second.name, std::move(e), {false, component, false}))
                return;
        }
        m_order.erase(std::find(m_order.begin(), m_order.end(), key));
        m_written.erase(it);
    }
    ObjectFactory factory(m_rng());
    auto event = factory.event(involved, type, reason, message, component, 0, 1);
    event["metadata"].erase("uid");
    event["metadata"].erase("creationTimestamp");
    if (event["involvedObject"].contains("fieldPath") && component != "kubelet")
        event["involvedObject"].erase("fieldPath");
    const auto ns = event["metadata"].value("namespace", "default");
    const auto name = event["metadata"].value("name", "");
    if (!m_store.create(events, ns, std::move(event), {false, component, false}))
        return;
    m_written[key] = {ns, name, 1};
    m_order.push_back(key);
    while (m_order.size() > m_maxEvents) {
        const auto oldest = m_written.find(m_order.front());
        if (oldest != m_written.end()) {
            m_store.remove(events, oldest->second.ns, oldest->second.name);
            m_written.erase(oldest);
        }
        m_order.pop_front();
    }
}

std::size_t EventRecorder::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_order.size();
}

} // namespace lcl::sim
