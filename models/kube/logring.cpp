#include "kube/logring.h"

#include <algorithm>

namespace lcl::kube {

LogRing::LogRing(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
}

void LogRing::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(1, capacity);
    std::vector<LogLine> kept;
    const qsizetype keep = std::min(capacity, m_size);
    kept.reserve(size_t(keep));
    for (qsizetype i = m_size - keep; i < m_size; ++i)
        kept.push_back(at(i));
    m_dropped += m_size - keep;
    m_lines = std::move(kept);
    m_capacity = capacity;
    m_first = 0;
    m_size = keep;
}

const LogLine& LogRing::at(qsizetype index) const
{
    return m_lines[size_t((m_first + index) % m_capacity)];
}

qsizetype LogRing::append(const LogLine& line)
{
    if (m_size < m_capacity) {
        const qsizetype slot = (m_first + m_size) % m_capacity;
        if (size_t(slot) == m_lines.size())
            m_lines.push_back(line);
        else
            m_lines[size_t(slot)] = line;
        ++m_size;
        return 0;
    }
    m_lines[size_t(m_first)] = line;
    m_first = (m_first + 1) % m_capacity;
    ++m_dropped;
    return 1;
}

void LogRing::dropFront(qsizetype count)
{
    count = std::clamp<qsizetype>(count, 0, m_size);
    m_first = (m_first + count) % m_capacity;
    m_size -= count;
    m_dropped += count;
}

void LogRing::clear()
{
    m_lines.clear();
    m_first = 0;
    m_size = 0;
    m_dropped = 0;
}

} // namespace lcl::kube
