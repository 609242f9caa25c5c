#include "labsim/watchhubsubscription.h"

#include "labsim/watchhub.h"

#include <algorithm>

namespace lcl::sim {

WatchHubSubscription::WatchHubSubscription(Filter filter, bool allowBookmarks,
                                           std::chrono::milliseconds bookmarkInterval)
    : m_filter(std::move(filter))
    , m_allowBookmarks(allowBookmarks)
    , m_bookmarkInterval(bookmarkInterval)
    , m_nextBookmark(std::chrono::steady_clock::now() + bookmarkInterval)
{
}

// The hub holds only weak references and prunes expired ones itself; calling back into it from here could run
// under its lock (the hub may hold the last reference while publishing).
WatchHubSubscription::~WatchHubSubscription() = default;

WatchHubSubscription::Wait WatchHubSubscription::next(std::chrono::milliseconds timeout, WatchEvent& out)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!m_queue.empty()) {
            out = std::move(m_queue.front());
            m_queue.pop_front();
            if (out.resourceVersion > m_lastRv)
                m_lastRv = out.resourceVersion;
            return Wait::Event;
        }
        if (m_closed)
            return Wait::Closed;
        const auto now = std::chrono::steady_clock::now();
        if (m_allowBookmarks && now >= m_nextBookmark) {
            m_nextBookmark = now + m_bookmarkInterval;
            lock.unlock();
            out = bookmark();
            return Wait::Event;
        }
        if (now >= deadline)
            return Wait::Timeout;
        auto wakeAt = deadline;
        if (m_allowBookmarks && m_nextBookmark < wakeAt)
            wakeAt = m_nextBookmark;
        m_cv.wait_until(lock, wakeAt);
    }
}

void WatchHubSubscription::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_cv.notify_all();
}

bool WatchHubSubscription::closed() const
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

WatchEvent WatchHubSubscription::bookmark() const
{
    // The hub offers every change to every watch before its RV becomes visible here, so with an empty queue this
    // watch has seen everything up to the hub's RV. With events queued it may only claim what it handed out.
    const auto* hub = m_hub.load();
    const std::uint64_t hubRv = hub ? hub->lastResourceVersion() : 0;
    std::lock_guard lock(m_mutex);
    const auto rv = m_queue.empty() ? std::max({m_lastRv, m_queuedRv, hubRv}) : m_lastRv;
    WatchEvent e;
    e.type = WatchEventType::Bookmark;
    e.resourceVersion = rv;
    e.payload = {{"kind", m_kind}, {"apiVersion", m_apiVersion},
                 {"metadata", {{"resourceVersion", std::to_string(rv)}, {"creationTimestamp", nullptr}}}};
    return e;
}

bool WatchHubSubscription::offer(const WatchEvent& original)
{
    WatchEvent event = original;
    if (m_filter.convert && event.object)
        event.object = m_filter.convert(event.object);
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return false;
        if (m_queue.size() >= kMaxQueued) {
            // A consumer this far behind would never catch up; end its stream so the client re-watches.
            m_closed = true;
        } else {
            m_queue.push_back(std::move(event));
            m_queuedRv = m_queue.back().resourceVersion;
        }
    }
    m_cv.notify_all();
    return !closed();
}

void WatchHubSubscription::push(WatchEvent event, bool converted)
{
    if (m_filter.convert && event.object && !converted)
        event.object = m_filter.convert(event.object);
    {
        std::lock_guard lock(m_mutex);
        if (event.resourceVersion > m_queuedRv)
            m_queuedRv = event.resourceVersion;
        m_queue.push_back(std::move(event));
    }
    m_cv.notify_all();
}

void WatchHubSubscription::setBookmarkKind(std::string apiVersion, std::string kind)
{
    std::lock_guard lock(m_mutex);
    m_apiVersion = std::move(apiVersion);
    m_kind = std::move(kind);
}

void WatchHubSubscription::setLastResourceVersion(std::uint64_t rv)
{
    std::lock_guard lock(m_mutex);
    m_lastRv = rv;
    m_queuedRv = std::max(m_queuedRv, rv);
}

} // namespace lcl::sim
