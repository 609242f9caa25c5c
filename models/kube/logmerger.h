#pragma once

#include "kube/logline.h"

#include <QHash>
#include <QList>

#include <vector>

namespace lcl::kube {

// Interleaves the lines of several pods by their timestamps. Each pod's stream arrives in its own pieces, so a
// line can reach the console after a later line of another pod: every line waits up to `windowMs` after its
// arrival, and the lines that are due leave sorted by timestamp, together with any held line stamped earlier
// than them. What left never moves again, so a line later than the window goes after newer ones. Equal
// timestamps, and lines without one (they take their pod's previous timestamp), keep their arrival order.
// While holding (a backlog still on its way, or logs read to their end), nothing leaves but the overflow past
// `maxHeld`. Pure logic: the caller passes the clock and decides when to ask (LogStream does it with a timer).
class LogMerger final {
public:
    explicit LogMerger(qint64 windowMs = 250, qsizetype maxHeld = 50000);

    qint64 windowMs() const { return m_windowMs; }
    qsizetype heldCount() const { return qsizetype(m_held.size()); }

    void setHolding(bool holding) { m_holding = holding; }
    bool isHolding() const { return m_holding; }

    void add(const QList<LogLine>& lines, qint64 nowMs);
    // The lines due at `nowMs`, in timestamp order (plus the oldest ones when more than maxHeld wait).
    QList<LogLine> takeReady(qint64 nowMs);
    // Everything still held, in timestamp order (the streams ended).
    QList<LogLine> takeAll();
    // When the next held line becomes due; -1 when nothing is held or while holding.
    qint64 nextDueMs() const;
    void clear();

private:
    struct Held {
        qint64 stampMs;
        qint32 stampNanos;
        quint64 seq; // arrival order
        qint64 arrivedMs;
        LogLine line;
    };
    static bool before(const Held& a, const Held& b);
    QList<LogLine> takeFirst(std::size_t count);

    qint64 m_windowMs;
    qsizetype m_maxHeld;
    bool m_holding = false;
    std::vector<Held> m_held; // sorted by (stamp, seq)
    quint64 m_nextSeq = 0;
    qint64 m_oldestArrivalMs = -1;
    QHash<QString, std::pair<qint64, qint32>> m_lastStamp; // per pod, for lines without a timestamp
};

} // namespace lcl::kube
