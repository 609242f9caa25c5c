#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <tuple>

namespace lcl::sim {

// What a controller reconciles: one object by kind, namespace and name.
struct ControllerKey {
    enum class Kind { Pod, ReplicaSet, Deployment, StatefulSet, DaemonSet, Job, CronJob };
    Kind kind = Kind::Pod;
    std::string ns;
    std::string name;

    bool operator<(const ControllerKey& o) const { return std::tie(kind, ns, name) < std::tie(o.kind, o.ns, o.name); }
};

// client-go's rate-limited work queue, minus the rate limits: a key waits at most once (adding it again while
// queued is a no-op), and a delayed add keeps only the earliest time. Thread-safe.
class ControllerQueue final {
public:
    using Clock = std::chrono::steady_clock;

    void add(const ControllerKey& key);
    void addAfter(const ControllerKey& key, std::chrono::milliseconds delay);
    // Blocks until a key is due or stop() was called (then false).
    bool next(ControllerKey& key);
    void stop();
    void reset(); // after stop(), to start again
    std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<ControllerKey> m_ready;
    std::set<ControllerKey> m_queued;
    std::multimap<Clock::time_point, ControllerKey> m_delayed;
    std::map<ControllerKey, Clock::time_point> m_delayedAt;
    bool m_stopped = false;
};

} // namespace lcl::sim
