#include "labsim/controllerqueue.h"

namespace lcl::sim {

void ControllerQueue::add(const ControllerKey& key)
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_queued.insert(key).second)
            return;
        m_ready.push_back(key);
    }
    m_cv.notify_one();
}

void ControllerQueue::addAfter(const ControllerKey& key, std::chrono::milliseconds delay)
{
    if (delay.count() <= 0) {
        add(key);
        return;
    }
    const auto at = Clock::now() + delay;
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_delayedAt.find(key);
        if (it != m_delayedAt.end()) {
            if (it->second <= at)
                return;
            const auto range = m_delayed.equal_range(it->second);
            for (auto d = range.first; d != range.second; ++d)
                if (!(d->second < key) && !(key < d->second)) {
                    m_delayed.erase(d);
                    break;
                }
        }
        m_delayedAt[key] = at;
        m_delayed.emplace(at, key);
    }
    m_cv.notify_one();
}

bool ControllerQueue::next(ControllerKey& key)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_stopped)
            return false;
        const auto now = Clock::now();
        while (!m_delayed.empty() && m_delayed.begin()->first <= now) {
            const auto due = m_delayed.begin()->second;
            m_delayedAt.erase(due);
            m_delayed.erase(m_delayed.begin());
            if (m_queued.insert(due).second)
                m_ready.push_back(due);
        }
        if (!m_ready.empty()) {
            key = m_ready.front();
            m_ready.pop_front();
            m_queued.erase(key);
            return true;
        }
        if (m_delayed.empty())
            m_cv.wait(lock);
        else
            m_cv.wait_until(lock, m_delayed.begin()->first);
    }
}

void ControllerQueue::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_cv.notify_all();
}

void ControllerQueue::reset()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = false;
}

std::size_t ControllerQueue::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_ready.size() + m_delayed.size();
}

} // namespace lcl::sim
