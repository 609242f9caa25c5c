#pragma once

#include "labsim/objectstoretypes.h"
#include "labsim/watchhubsubscription.h"

#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace lcl::sim {

// Fans store changes out to open watches and keeps a bounded history of recent changes, so a watch (or a list
// continuation) from a resourceVersion still in the window can be served, and an older one gets 410 Expired.
class WatchHub final {
public:
    // One change in the store, in commit order.
    struct Change {
        std::uint64_t resourceVersion = 0;
        WatchEventType type = WatchEventType::Added; // Added, Modified or Deleted
        std::string storage;
        std::string ns;
        std::string name;
        ObjectPtr object;   // the new state; for Deleted the last state
        ObjectPtr previous; // the state before (null for Added)
    };

    explicit WatchHub(std::size_t historyLimit = 5000);
    ~WatchHub();
    WatchHub(const WatchHub&) = delete;
    WatchHub& operator=(const WatchHub&) = delete;

    std::size_t historyLimit() const;
    void setHistoryLimit(std::size_t limit);

    // The oldest RV a watch may start from and still get every change after it (the window's start - 1).
    std::uint64_t oldestWatchableResourceVersion() const;
    // Records a change and delivers it to matching watches. Called by the store in RV order.
    void publish(const Change& change);
    // The changes after `rv` in order, or false when `rv` is older than the window.
    bool changesSince(std::uint64_t rv, std::vector<Change>& out) const;

    // Registers a watch that has received everything up to `rv` (inclusive): history after `rv` is replayed into
    // it first. Returns false (and registers nothing) when `rv` is older than the window.
    bool subscribe(const std::shared_ptr<WatchHubSubscription>& watch, std::uint64_t rv);
    void unsubscribe(WatchHubSubscription* watch);

    // Fault injection: close every open watch (clients see their streams end).
    void dropAll();
    std::size_t activeWatchCount() const;
    std::uint64_t lastResourceVersion() const;

    // The event a change means to one watch: ADDED/MODIFIED/DELETED, translated by its selectors; none when the
    // object matched neither before nor after.
    static std::optional<WatchEvent> eventFor(const Change& change, const WatchHubSubscription::Filter& filter);

private:
    mutable std::mutex m_mutex;
    std::size_t m_historyLimit;
    std::deque<Change> m_history;
    std::uint64_t m_lastRv = 0;
    std::vector<std::weak_ptr<WatchHubSubscription>> m_watches;
};

} // namespace lcl::sim
