#pragma once

#include "kube/logline.h"

#include <vector>

namespace lcl::kube {

// A bounded log: once full, every appended line pushes out the oldest one, so following a chatty pod for hours
// costs a fixed amount of memory. Index 0 is the oldest line kept.
class LogRing final {
public:
    explicit LogRing(qsizetype capacity = 10000);

    qsizetype capacity() const { return m_capacity; }
    // Keeps the newest lines that fit.
    void setCapacity(qsizetype capacity);
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const LogLine& at(qsizetype index) const;
    // Lines pushed out since the ring was created or cleared.
    qint64 dropped() const { return m_dropped; }

    // Returns how many old lines were pushed out to make room.
    qsizetype append(const LogLine& line);
    // Forgets the `count` oldest lines.
    void dropFront(qsizetype count);
    void clear();

private:
    std::vector<LogLine> m_lines;
    qsizetype m_capacity;
    qsizetype m_first = 0;
    qsizetype m_size = 0;
    qint64 m_dropped = 0;
};

} // namespace lcl::kube
