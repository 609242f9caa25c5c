#include "labsim/objectstorelogs.h"

#include "labsim/objectstoremetadata.h"

namespace lcl::sim {

ObjectStoreLogs::ObjectStoreLogs(std::size_t linesPerContainer) : m_limit(linesPerContainer) {}

std::string ObjectStoreLogs::key(const std::string& ns, const std::string& pod, const std::string& container)
{
    return ns + '/' + pod + '/' + container;
}

void ObjectStoreLogs::append(const std::string& ns, const std::string& pod, const std::string& container,
                             std::string text)
{
    {
        std::lock_guard lock(m_mutex);
        auto& c = m_containers[key(ns, pod, container)];
        Line line;
        line.seq = c.nextSeq++;
        line.timestamp = ObjectStoreMetadata::microTimestamp();
        line.unixMillis = std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count();
        line.text = std::move(text);
        c.current.push_back(std::move(line));
        while (c.current.size() > m_limit)
            c.current.pop_front();
    }
    m_cv.notify_all();
}

void ObjectStoreLogs::restart(const std::string& ns, const std::string& pod, const std::string& container)
{
    std::lock_guard lock(m_mutex);
    auto& c = m_containers[key(ns, pod, container)];
    c.previous = std::move(c.current);
    c.current.clear();
    c.hasPrevious = true;
}

void ObjectStoreLogs::removePod(const std::string& ns, const std::string& pod)
{
    {
        std::lock_guard lock(m_mutex);
        // Empty `pod`: the whole namespace.
        const auto prefix = pod.empty() ? ns + '/' : ns + '/' + pod + '/';
        for (auto it = m_containers.lower_bound(prefix); it != m_containers.end() && it->first.starts_with(prefix);)
            it = m_containers.erase(it);
    }
    m_cv.notify_all();
}

std::optional<std::vector<ObjectStoreLogs::Line>> ObjectStoreLogs::lines(const std::string& ns, const std::string& pod,
                                                                         const std::string& container, bool previous,
                                                                         std::int64_t tailLines) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_containers.find(key(ns, pod, container));
    if (it == m_containers.end() || (previous && !it->second.hasPrevious))
        return std::nullopt;
    const auto& source = previous ? it->second.previous : it->second.current;
    auto first = source.begin();
    if (tailLines >= 0 && static_cast<std::size_t>(tailLines) < source.size())
        first = source.end() - tailLines;
    return std::vector<Line>(first, source.end());
}

std::vector<ObjectStoreLogs::Line> ObjectStoreLogs::waitForLines(const std::string& ns, const std::string& pod,
                                                                 const std::string& container, std::uint64_t afterSeq,
                                                                 std::chrono::milliseconds timeout) const
{
    const auto k = key(ns, pod, container);
    std::unique_lock lock(m_mutex);
    std::vector<Line> out;
    const auto collect = [&] {
        const auto it = m_containers.find(k);
        if (it == m_containers.end())
            return false;
        for (const auto& line : it->second.current)
            if (line.seq > afterSeq)
                out.push_back(line);
        return !out.empty();
    };
    m_cv.wait_for(lock, timeout, collect);
    return out;
}

std::uint64_t ObjectStoreLogs::lastSeq(const std::string& ns, const std::string& pod,
                                       const std::string& container) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_containers.find(key(ns, pod, container));
    return it == m_containers.end() || it->second.current.empty() ? 0 : it->second.current.back().seq;
}

} // namespace lcl::sim
