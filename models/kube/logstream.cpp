#include "kube/logstream.h"

#include "kube/kubeapi.h"
#include "kube/logmerger.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace lcl::kube {

// Bytes of one pod's stream that did not end in a newline yet; touched only on the net thread.
struct LogStream::PodState {
    QString pod;
    QString container;
    QByteArray partial;
};

namespace {

constexpr int kReleaseIntervalMs = 100;

int digits(QStringView s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

} // namespace

// "2026-11-26T10:02:03.123456789Z" (or with a "+01:00" offset) → milliseconds since the epoch and the
// nanoseconds within that millisecond. Written out by hand: QDateTime::fromString costs microseconds a line
// and a followed workload sends thousands of lines a second.
std::optional<std::pair<qint64, qint32>> LogStream::parseRfc3339(QStringView s)
{
    if (s.size() < 20 || s.at(4) != u'-' || s.at(7) != u'-' || (s.at(10) != u'T' && s.at(10) != u't')
        || s.at(13) != u':' || s.at(16) != u':')
        return std::nullopt;
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 60)
        return std::nullopt;
    qsizetype i = 19;
    qint64 nanos = 0;
    if (s.at(i) == u'.') {
        int count = 0;
        for (++i; i < s.size() && s.at(i).isDigit(); ++i, ++count) {
            if (count < 9)
                nanos = nanos * 10 + (s.at(i).unicode() - u'0');
        }
        if (count == 0)
            return std::nullopt;
        for (; count < 9; ++count)
            nanos *= 10;
    }
    if (i >= s.size())
        return std::nullopt;
    qint64 offsetSeconds = 0;
    if (s.at(i) == u'Z' || s.at(i) == u'z') {
        ++i;
    } else if ((s.at(i) == u'+' || s.at(i) == u'-') && s.size() - i == 6 && s.at(i + 3) == u':') {
        const int oh = digits(s, i + 1, 2), om = digits(s, i + 4, 2);
        if (oh < 0 || om < 0)
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (s.at(i) == u'-' ? -1 : 1);
        i += 6;
    }
    if (i != s.size())
        return std::nullopt;
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return std::make_pair(seconds * 1000 + nanos / 1000000, qint32(nanos % 1000000));
}

LogStream::LogStream(ClusterConnection connection, net::HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_api(std::make_unique<KubeApi>(std::move(connection), http))
    , m_releaseTimer(new QTimer(this))
    , m_backlogTimer(new QTimer(this))
{
    m_backlogTimer->setSingleShot(true);
    connect(m_backlogTimer, &QTimer::timeout, this, [this] {
        if (m_merger && m_merger->isHolding()) {
            m_merger->setHolding(false);
            release(false);
        }
    });
    m_releaseTimer->setSingleShot(true);
    m_releaseTimer->setTimerType(Qt::PreciseTimer);
    connect(m_releaseTimer, &QTimer::timeout, this, [this] { release(false); });
    m_clock.start();
}

LogStream::~LogStream()
{
    stop();
}

LogLine LogStream::parseLine(const QString& pod, const QString& container, QStringView raw)
{
    LogLine line{pod, container, 0, {}};
    const qsizetype space = raw.indexOf(QLatin1Char(' '));
    if (space > 0 && space <= 40) {
        if (const auto at = parseRfc3339(raw.first(space))) {
            line.timestampMs = at->first;
            line.subMsNanos = at->second;
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
    if (options.pods.size() > 1 && options.reorderWindowMs > 0) {
        m_merger = std::make_unique<LogMerger>(options.reorderWindowMs);
        m_merger->setHolding(true);
        for (const ResourceKey& pod : options.pods)
            m_silentPods.insert(pod.name);
        if (options.follow && !options.previous)
            m_backlogTimer->start(std::max(0, options.backlogWaitMs));
    }
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
    m_merger.reset();
    m_outbox.clear();
    m_releaseTimer->stop();
    m_backlogTimer->stop();
    m_silentPods.clear();
}

void LogStream::deliver(quint64 generation, const QList<LogLine>& lines)
{
    if (generation != m_generation || lines.isEmpty())
        return;
    if (m_merger) {
        m_merger->add(lines, m_clock.elapsed());
        podAnswered(lines.first().pod);
    } else {
        m_outbox += lines;
    }
    scheduleRelease();
}

void LogStream::podAnswered(const QString& pod)
{
    m_silentPods.remove(pod);
    // Following, the backlogs are in once every pod answered; read to the end, everything waits for the end.
    if (m_silentPods.isEmpty() && m_backlogTimer->isActive()) {
        m_backlogTimer->stop();
        m_merger->setHolding(false);
    }
}

// Lines leave at most every kReleaseIntervalMs: a chatty pod's pieces arrive a hundred times a second, and each
// batch costs the view a layout and a repaint.
void LogStream::scheduleRelease()
{
    if (m_releaseTimer->isActive())
        return;
    qint64 wait = kReleaseIntervalMs;
    if (m_merger) {
        const qint64 due = m_merger->nextDueMs();
        if (due < 0)
            return;
        wait = std::max(wait, due - m_clock.elapsed());
    } else if (m_outbox.isEmpty()) {
        return;
    }
    m_releaseTimer->start(int(wait));
}

void LogStream::release(bool all)
{
    QList<LogLine> ready = std::exchange(m_outbox, {});
    if (m_merger)
        ready += all ? m_merger->takeAll() : m_merger->takeReady(m_clock.elapsed());
    if (all)
        m_releaseTimer->stop();
    else
        scheduleRelease();
    if (!ready.isEmpty())
        Q_EMIT linesArrived(ready);
}

void LogStream::ended(quint64 generation, const QString& pod, const Error& error, bool failed)
{
    if (generation != m_generation)
        return;
    Q_EMIT podEnded(pod, error, failed);
    if (m_merger) {
        podAnswered(pod);
        scheduleRelease();
    }
    if (--m_open == 0) {
        release(true);
        Q_EMIT finished();
    }
}

} // namespace lcl::kube
