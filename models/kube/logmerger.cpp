#include "kube/logmerger.h"

#include <algorithm>

namespace lcl::kube {

LogMerger::LogMerger(qint64 windowMs, qsizetype maxHeld)
    : m_windowMs(std::max<qint64>(0, windowMs))
    , m_maxHeld(std::max<qsizetype>(1, maxHeld))
{
}

bool LogMerger::before(const Held& a, const Held& b)
{
    if (a.stampMs != b.stampMs)
        return a.stampMs < b.stampMs;
    if (a.stampNanos != b.stampNanos)
        return a.stampNanos < b.stampNanos;
    return a.seq < b.seq;
}

void LogMerger::add(const QList<LogLine>& lines, qint64 nowMs)
{
    if (lines.isEmpty())
        return;
    const std::size_t oldSize = m_held.size();
    m_held.reserve(oldSize + std::size_t(lines.size()));
    bool sorted = true;
    for (const LogLine& line : lines) {
        std::pair<qint64, qint32>& last = m_lastStamp[line.pod];
        if (line.timestampMs > 0)
            last = {line.timestampMs, line.subMsNanos};
        Held held{last.first, last.second, m_nextSeq++, nowMs, line};
        if (m_held.size() > oldSize && before(held, m_held.back()))
            sorted = false;
        m_held.push_back(std::move(held));
    }
    const auto middle = m_held.begin() + std::ptrdiff_t(oldSize);
    if (!sorted)
        std::stable_sort(middle, m_held.end(), before);
    // Usually the new piece is later than everything held, and nothing needs merging.
    if (oldSize > 0 && before(*middle, m_held[oldSize - 1]))
        std::inplace_merge(m_held.begin(), middle, m_held.end(), before);
    if (m_oldestArrivalMs < 0)
        m_oldestArrivalMs = nowMs;
}

QList<LogLine> LogMerger::takeReady(qint64 nowMs)
{
    if (m_held.empty())
        return {};
    const qint64 cutoff = nowMs - m_windowMs;
    std::size_t count = 0;
    if (!m_holding && m_oldestArrivalMs <= cutoff) {
        // Up to the last due line in timestamp order: the held lines before it are stamped earlier, so they
        // leave too rather than land after it.
        for (std::size_t i = m_held.size(); i-- > 0;) {
            if (m_held[i].arrivedMs <= cutoff) {
                count = i + 1;
                break;
            }
        }
    }
    if (qsizetype(m_held.size() - count) > m_maxHeld)
        count = m_held.size() - std::size_t(m_maxHeld);
    return takeFirst(count);
}

QList<LogLine> LogMerger::takeAll()
{
    return takeFirst(m_held.size());
}

QList<LogLine> LogMerger::takeFirst(std::size_t count)
{
    QList<LogLine> out;
    if (count == 0)
        return out;
    out.reserve(qsizetype(count));
    for (std::size_t i = 0; i < count; ++i)
        out.append(std::move(m_held[i].line));
    m_held.erase(m_held.begin(), m_held.begin() + std::ptrdiff_t(count));
    m_oldestArrivalMs = -1;
    for (const Held& held : m_held)
        m_oldestArrivalMs = m_oldestArrivalMs < 0 ? held.arrivedMs : std::min(m_oldestArrivalMs, held.arrivedMs);
    return out;
}

qint64 LogMerger::nextDueMs() const
{
    return m_oldestArrivalMs < 0 || m_holding ? -1 : m_oldestArrivalMs + m_windowMs;
}

void LogMerger::clear()
{
    m_held.clear();
    m_oldestArrivalMs = -1;
    m_lastStamp.clear();
}

} // namespace lcl::kube
