#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>
#include <optional>

namespace lcl::kube {

// Splits a watch stream into its newline-delimited JSON events across arbitrary chunk boundaries. Lines are
// handed out without the newline (and without a trailing CR); empty lines are skipped. A line longer than the
// limit is an error and the framer starts over with the next chunk.
class WatchFramer {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::WatchFramer)

public:
    static constexpr qsizetype kDefaultMaxLine = 32 * 1024 * 1024;
    using LineHandler = std::function<void(QByteArrayView line)>;

    explicit WatchFramer(qsizetype maxLineBytes = kDefaultMaxLine) : m_maxLine(maxLineBytes) {}

    std::optional<Error> feed(QByteArrayView chunk, const LineHandler& onLine);
    // Bytes of an unfinished line (a stream that ends with some means the server cut an event short).
    qsizetype pendingBytes() const { return m_partial.size(); }
    void reset() { m_partial.clear(); }

private:
    Error tooLong(qsizetype size);

    qsizetype m_maxLine;
    QByteArray m_partial;
};

} // namespace lcl::kube
