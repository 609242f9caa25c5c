#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <random>
#include <string>

namespace lcl::sim {

class ObjectStore;

// core/v1 Events as client-go's event recorder writes them: a repeat of the same (object, type, reason, message,
// component) within the aggregation window bumps count and lastTimestamp instead of adding an event. The number of
// events written is bounded: past `maxEvents` the oldest are deleted (a real cluster expires them after an hour).
class EventRecorder final {
public:
    explicit EventRecorder(ObjectStore& store, std::uint64_t seed = 1, std::size_t maxEvents = 1000);
    EventRecorder(const EventRecorder&) = delete;
    EventRecorder& operator=(const EventRecorder&) = delete;

    // `involved` is the full object (Pod, ReplicaSet, ...). `type` is "Normal" or "Warning".
    void record(const nlohmann::json& involved, const std::string& type, const std::string& reason,
                const std::string& message, const std::string& component);
    std::size_t size() const;

private:
    struct Written {
        std::string ns;
        std::string name;
        int count = 1;
    };

    ObjectStore& m_store;
    std::size_t m_maxEvents;
    mutable std::mutex m_mutex;
    std::mt19937_64 m_rng;
    std::map<std::string, Written> m_written; // aggregation key -> the event written for it
    std::deque<std::string> m_order;          // aggregation keys, oldest first
};

} // namespace lcl::sim
