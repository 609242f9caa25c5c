#pragma once

#include "labsim/fieldselector.h"
#include "labsim/objectstoretypes.h"
#include "labsim/selector.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>

namespace lcl::sim {

class WatchHub;

// One open watch. The server's connection thread pulls events with next(); the hub pushes them from the writer's
// thread. Events arrive in resourceVersion order; an object that stops (starts) matching the selectors is
// delivered as DELETED (ADDED), as the apiserver's watch cache does.
class WatchHubSubscription final {
public:
    enum class Wait { Event, Timeout, Closed };

    struct Filter {
        std::string storage;      // ResourceInfo::storage
        std::string ns;           // "" = all namespaces
        Selector labels;
        FieldSelector fields;
        // Set when the watched version is not the stored one (events.k8s.io events, autoscaling/v1 HPAs).
        std::function<ObjectPtr(const ObjectPtr&)> convert;
    };

    WatchHubSubscription(Filter filter, bool allowBookmarks, std::chrono::milliseconds bookmarkInterval);
    ~WatchHubSubscription();
    WatchHubSubscription(const WatchHubSubscription&) = delete;
    WatchHubSubscription& operator=(const WatchHubSubscription&) = delete;

    // Blocks until an event is ready, the timeout passes or the watch is closed. Pending events are still
    // delivered after close (an ERROR event before the end, for example). A periodic BOOKMARK is produced here
    // when bookmarks were asked for and the interval has passed.
    Wait next(std::chrono::milliseconds timeout, WatchEvent& out);

    // Ends the watch (the server stops writing; a blocked next() returns Closed once the queue is empty).
    void close();
    bool closed() const;

    // A BOOKMARK for what this watch has delivered so far (the server sends one before its deadline).
    WatchEvent bookmark() const;

    // Used by the hub and the store.
    const Filter& filter() const { return m_filter; }
    bool offer(const WatchEvent& event);     // false: the queue overflowed and the watch was closed
    void push(WatchEvent event, bool converted = false); // unconditional, for initial events and errors
    void setBookmarkKind(std::string apiVersion, std::string kind);
    void setLastResourceVersion(std::uint64_t rv);
    void detach() { m_hub.store(nullptr); }
    void attach(WatchHub* hub) { m_hub.store(hub); }

private:
    static constexpr std::size_t kMaxQueued = 100'000;

    Filter m_filter;
    bool m_allowBookmarks;
    std::chrono::milliseconds m_bookmarkInterval;
    std::chrono::steady_clock::time_point m_nextBookmark;
    std::string m_apiVersion;
    std::string m_kind;

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<WatchEvent> m_queue;
    std::uint64_t m_lastRv = 0; // the RV of the last event handed out (or the start RV)
    std::uint64_t m_queuedRv = 0;
    bool m_closed = false;
    std::atomic<WatchHub*> m_hub{nullptr};
};

} // namespace lcl::sim
