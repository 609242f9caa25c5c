#include "kube/logstream.h"

#include "kube/kubeapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QUrlQuery>

namespace lcl::kube {

// Bytes of one pod's stream that did not end in a newline yet; touched only on the net thread.
struct LogStream::PodState {
    QString pod;
    QString container;
    QByteArray partial;
};

LogStream::LogStream(ClusterConnection connection, net::HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_api(std::make_unique<KubeApi>(std::move(connection), http))
{
}

LogStream::~LogStream()
{
    stop();
}

LogLine LogStream::parseLine(const QString& pod, const QString& container, QStringView raw)
{
    LogLine line{pod, container, 0, {}};
    const qsizetype space = raw.indexOf(QLatin1Char(' '));
    if (space > 0 && space <= 40 && raw.at(0).isDigit()) {
        QString stamp = raw.first(space).toString();
        // Qt parses milliseconds only: cut nanoseconds to three digits.
        const qsizetype dot = stamp.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < stamp.size() && stamp.at(end).isDigit())
                ++end;
            stamp = stamp.left(std::min(end, dot + 4)) + stamp.mid(end);
        }
        const QDateTime at = QDateTime::fromString(stamp, Qt::ISODateWithMs);
        if (at.isValid()) {
            line.timestampMs = at.toMSecsSinceEpoch();
            line.text = raw.sliced(space + 1).toString();
            return line;
        }
    }
    line.text = raw.toString();
    return line;
}

void LogStream::start(const Options& options)
{
    stop();
    m_options = options;
    const quint64 generation = ++m_generation;
    const QPointer<LogStream> guard(this);
    for (const ResourceKey& pod : options.pods) {
        ApiPath path = ApiPath::namespaced({}, QStringLiteral("v1"), QStringLiteral("pods"), pod.ns, pod.name);
        path.subresource = QStringLiteral("log");
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("true"));
        if (!options.container.isEmpty())
            query.addQueryItem(QStringLiteral("container"), options.container);
        if (options.previous)
            query.addQueryItem(QStringLiteral("previous"), QStringLiteral("true"));
        if (options.follow && !options.previous)
            query.addQueryItem(QStringLiteral("follow"), QStringLiteral("true"));
        if (options.tailLines >= 0)
            query.addQueryItem(QStringLiteral("tailLines"), QString::number(options.tailLines));

        auto state = std::make_shared<PodState>();
        state->pod = pod.name;
        state->container = options.container;
        auto onChunk = [state, guard, generation](const QByteArray& chunk) {
            state->partial += chunk;
            const qsizetype cut = state->partial.lastIndexOf('\n');
            if (cut < 0)
                return;
            const QString text = QString::fromUtf8(state->partial.constData(), cut);
            state->partial.remove(0, cut + 1);
            QList<LogLine> lines;
            for (QStringView raw : QStringView(text).split(QLatin1Char('\n')))
                lines.append(parseLine(state->pod, state->container, raw));
            QMetaObject::invokeMethod(qApp, [guard, generation, lines = std::move(lines)] {
                if (guard)
                    guard->deliver(generation, lines);
            }, Qt::QueuedConnection);
        };
        auto onDone = [state, guard, generation](const Result<QByteArray>& result) {
            QList<LogLine> rest;
            if (!state->partial.isEmpty())
                rest.append(parseLine(state->pod, state->container, QString::fromUtf8(state->partial)));
            const Error error = result.ok() ? Error{} : result.error();
            const bool failed = !result.ok();
            QMetaObject::invokeMethod(qApp, [guard, generation, rest, pod = state->pod, error, failed] {
                if (!guard)
                    return;
                if (!rest.isEmpty())
                    guard->deliver(generation, rest);
                guard->ended(generation, pod, error, failed);
            }, Qt::QueuedConnection);
        };
        // Follows may stay silent for long: only a dead connection (no bytes for 10 minutes) ends them.
        m_requests.append(m_api->stream(path, query, 600000, std::move(onChunk), std::move(onDone)));
        ++m_open;
    }
    if (m_open == 0)
        Q_EMIT finished();
}

void LogStream::stop()
{
    ++m_generation;
    for (net::RequestId id : std::as_const(m_requests))
        m_api->cancel(id);
    m_requests.clear();
    m_open = 0;
}

void LogStream::deliver(quint64 generation, const QList<LogLine>& lines)
{
    if (generation == m_generation)
        Q_EMIT linesArrived(lines);
}

void LogStream::ended(quint64 generation, const QString& pod, const Error& error, bool failed)
{
    if (generation != m_generation)
        return;
    Q_EMIT podEnded(pod, error, failed);
    if (--m_open == 0)
        Q_EMIT finished();
}

} // namespace lcl::kube
