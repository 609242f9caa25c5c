#include "kube/watchframer.h"

namespace lcl::kube {
namespace {

void emitLine(QByteArrayView line, const WatchFramer::LineHandler& onLine)
{
    if (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    if (!line.isEmpty())
        onLine(line);
}

} // namespace

Error WatchFramer::tooLong(qsizetype size)
{
    m_partial.clear();
    return Error::make(Error::Kind::Parse,
                       tr("A change notification from the server is larger than %1 MiB.").arg(m_maxLine >> 20),
                       tr("The console reconnects; if this repeats, an object in the cluster is unusually large."),
                       QStringLiteral("watch line of at least %1 bytes exceeds the limit of %2").arg(size).arg(m_maxLine));
}

std::optional<Error> WatchFramer::feed(QByteArrayView chunk, const LineHandler& onLine)
{
    qsizetype start = 0;
    if (!m_partial.isEmpty()) {
        // Finish the line carried over from earlier chunks first.
        const qsizetype nl = chunk.indexOf('\n');
        if (nl < 0) {
            if (m_partial.size() + chunk.size() > m_maxLine)
                return tooLong(m_partial.size() + chunk.size());
            m_partial.append(chunk);
            return std::nullopt;
        }
        if (m_partial.size() + nl > m_maxLine)
            return tooLong(m_partial.size() + nl);
        m_partial.append(chunk.first(nl));
        const QByteArray line = std::move(m_partial);
        m_partial = QByteArray();
        emitLine(line, onLine);
        start = nl + 1;
    }
    // Whole lines straight from the chunk, without copying.
    while (start < chunk.size()) {
        const qsizetype nl = chunk.indexOf('\n', start);
        if (nl < 0)
            break;
        if (nl - start > m_maxLine)
            return tooLong(nl - start);
        emitLine(chunk.sliced(start, nl - start), onLine);
        start = nl + 1;
    }
    const qsizetype rest = chunk.size() - start;
    if (rest > m_maxLine)
        return tooLong(rest);
    if (rest > 0)
        m_partial = chunk.sliced(start).toByteArray();
    return std::nullopt;
}

} // namespace lcl::kube
