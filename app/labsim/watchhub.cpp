#include "labsim/watchhub.h"

#include <algorithm>

namespace lcl::sim {

WatchHub::WatchHub(std::size_t historyLimit) : m_historyLimit(std::max<std::size_t>(historyLimit, 1)) {}

WatchHub::~WatchHub()
{
    std::lock_guard lock(m_mutex);
    for (auto& weak : m_watches)
        if (auto w = weak.lock()) {
            w->detach();
            w->close();
        }
}

std::size_t WatchHub::historyLimit() const
{
    std::lock_guard lock(m_mutex);
    return m_historyLimit;
}

void WatchHub::setHistoryLimit(std::size_t limit)
{
    std::lock_guard lock(m_mutex);
    m_historyLimit = std::max<std::size_t>(limit, 1);
    while (m_history.size() > m_historyLimit)
        m_history.pop_front();
}

std::uint64_t WatchHub::oldestWatchableResourceVersion() const
{
    std::lock_guard lock(m_mutex);
    return m_history.empty() ? m_lastRv : m_history.front().resourceVersion - 1;
}

std::uint64_t WatchHub::lastResourceVersion() const
{
    std::lock_guard lock(m_mutex);
    return m_lastRv;
}

std::optional<WatchEvent> WatchHub::eventFor(const Change& change, const WatchHubSubscription::Filter& filter)
{
    if (change.storage != filter.storage || (!filter.ns.empty() && change.ns != filter.ns))
        return std::nullopt;
    const auto matches = [&filter](const ObjectPtr& obj) {
        if (!obj)
            return false;
        const auto view = filter.convert && !filter.fields.empty() ? filter.convert(obj) : obj;
        const auto& meta = view->object["metadata"];
        const auto labels = meta.find("labels");
        return filter.labels.matches(labels == meta.end() ? nlohmann::json() : *labels)
               && filter.fields.matches(view->object);
    };
    const bool now = change.type != WatchEventType::Deleted && matches(change.object);
    const bool before = change.type == WatchEventType::Deleted ? matches(change.object) : matches(change.previous);
    WatchEvent e;
    e.resourceVersion = change.resourceVersion;
    e.object = change.object;
    if (change.type == WatchEventType::Deleted) {
        if (!before)
            return std::nullopt;
        e.type = WatchEventType::Deleted;
    } else if (now && before) {
        e.type = WatchEventType::Modified;
    } else if (now) {
        e.type = WatchEventType::Added;
    } else if (before) {
        // Left the selection: the watcher sees it go, as with the apiserver's watch cache.
        e.type = WatchEventType::Deleted;
    } else {
        return std::nullopt;
    }
    return e;
}

void WatchHub::publish(const Change& change)
{
    std::lock_guard lock(m_mutex);
    m_lastRv = std::max(m_lastRv, change.resourceVersion);
    m_history.push_back(change);
    while (m_history.size() > m_historyLimit)
        m_history.pop_front();
    bool prune = false;
    for (auto& weak : m_watches) {
        auto w = weak.lock();
        if (!w) {
            prune = true;
            continue;
        }
        if (auto e = eventFor(change, w->filter()))
            w->offer(*e);
    }
    if (prune)
        std::erase_if(m_watches, [](const auto& weak) { return weak.expired(); });
}

bool WatchHub::changesSince(std::uint64_t rv, std::vector<Change>& out) const
{
    std::lock_guard lock(m_mutex);
    const auto oldest = m_history.empty() ? m_lastRv : m_history.front().resourceVersion - 1;
    if (rv < oldest)
        return false;
    auto it = std::upper_bound(m_history.begin(), m_history.end(), rv,
                               [](std::uint64_t v, const Change& c) { return v < c.resourceVersion; });
    out.assign(it, m_history.end());
    return true;
}

bool WatchHub::subscribe(const std::shared_ptr<WatchHubSubscription>& watch, std::uint64_t rv)
{
    std::lock_guard lock(m_mutex);
    const auto oldest = m_history.empty() ? m_lastRv : m_history.front().resourceVersion - 1;
    if (rv < oldest)
        return false;
    auto it = std::upper_bound(m_history.begin(), m_history.end(), rv,
                               [](std::uint64_t v, const Change& c) { return v < c.resourceVersion; });
    watch->setLastResourceVersion(rv);
    for (; it != m_history.end(); ++it)
        if (auto e = eventFor(*it, watch->filter()))
            watch->push(std::move(*e));
    watch->attach(this);
    m_watches.push_back(watch);
    return true;
}

void WatchHub::unsubscribe(WatchHubSubscription* watch)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_watches, [watch](const auto& weak) {
        auto w = weak.lock();
        return !w || w.get() == watch;
    });
}

void WatchHub::dropAll()
{
    std::vector<std::shared_ptr<WatchHubSubscription>> open;
    {
        std::lock_guard lock(m_mutex);
        for (auto& weak : m_watches)
            if (auto w = weak.lock())
                open.push_back(std::move(w));
        m_watches.clear();
    }
    for (auto& w : open) {
        w->detach();
        w->close();
    }
}

std::size_t WatchHub::activeWatchCount() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<std::size_t>(std::count_if(m_watches.begin(), m_watches.end(), [](const auto& weak) {
        auto w = weak.lock();
        return w && !w->closed();
    }));
}

} // namespace lcl::sim
