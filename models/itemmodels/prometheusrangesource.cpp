#include "itemmodels/prometheusrangesource.h"

#include "core/logging.h"
#include "core/result.h"
#include "lab/labprofile.h"
#include "lab/servicerangequeries.h"
#include "metrics/prometheusclient.h"

#include <QMap>

#include <spdlog/logger.h>

#include <cmath>
#include <limits>

namespace lcl::itemmodels {

struct PrometheusRangeSource::Answer {
    QString cacheKey;
    quint64 generation = 0;
    QString signal;
    metrics::Combine combine = metrics::Combine::Max;
    qint64 stepSeconds = 0;
};

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

qint64 rangeSecondsOf(const QDateTime& from, const QDateTime& to)
{
    return (from.msecsTo(to) + 500) / 1000;
}

QString cacheKeyOf(const QString& serviceId, qint64 rangeSeconds)
{
    return serviceId + QLatin1Char('|') + QString::number(rangeSeconds);
}

double combined(double a, double b, metrics::Combine combine)
{
    if (std::isnan(a))
        return b;
    if (std::isnan(b))
        return a;
    switch (combine) {
    case metrics::Combine::Sum:
        return a + b;
    case metrics::Combine::Min:
        return std::min(a, b);
    case metrics::Combine::Max:
        break;
    }
    return std::max(a, b);
}

// One line from every series of the answer (canary variants combine like the snapshot does), with a NaN
// point wherever Prometheus skipped a step, so that the chart shows a gap rather than a straight line.
QList<SeriesPoint> pointsOf(const metrics::PromQueryResult& result, metrics::Combine combine, qint64 stepSeconds)
{
    QMap<qint64, double> merged;
    for (const metrics::PromSeries& series : result.series) {
        for (const metrics::PromSample& sample : series.samples) {
            const qint64 at = qint64(std::llround(sample.time * 1000));
            auto it = merged.find(at);
            if (it == merged.end())
                merged.insert(at, sample.value);
            else
                *it = combined(*it, sample.value, combine);
        }
    }
    const qint64 stepMs = stepSeconds * 1000;
    QList<SeriesPoint> points;
    points.reserve(merged.size());
    qint64 previous = -1;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        if (previous >= 0 && it.key() - previous > stepMs * 3 / 2)
            points.append({previous + stepMs, kMissing});
        points.append({it.key(), it.value()});
        previous = it.key();
    }
    return points;
}

QStringList signalNamesOf(const QList<metrics::SignalQuery>& queries)
{
    QStringList names;
    for (const metrics::SignalQuery& q : queries)
        names << q.signal;
    return names;
}

} // namespace

PrometheusRangeSource::PrometheusRangeSource(const lab::LabProfile* profile, MetricsRangeSource* recorded,
                                             ClientProvider client, QObject* parent)
    : PrometheusRangeSource(profile, recorded, std::move(client), Options{}, parent)
{
}

PrometheusRangeSource::PrometheusRangeSource(const lab::LabProfile* profile, MetricsRangeSource* recorded,
                                             ClientProvider client, Options options, QObject* parent)
    : MetricsRangeSource(parent)
    , m_profile(profile)
    , m_recorded(recorded)
    , m_client(std::move(client))
    , m_options(options)
{
    if (recorded)
        connect(recorded, &MetricsRangeSource::changed, this, &MetricsRangeSource::changed);
}

PrometheusRangeSource::~PrometheusRangeSource() = default;

qint64 PrometheusRangeSource::stepFor(qint64 rangeSeconds) const
{
    const QDateTime end = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    return metrics::PrometheusClient::stepSecondsFor(end.addSecs(-rangeSeconds), end, m_options.maxPoints);
}

void PrometheusRangeSource::clear()
{
    m_cache.clear();
    Q_EMIT changed();
}

QString PrometheusRangeSource::serviceIdOf(const QStringList& entityKeys) const
{
    return m_profile ? lab::ServiceRangeQueries::serviceIdOf(*m_profile, entityKeys) : QString();
}

const PrometheusRangeSource::Entry* PrometheusRangeSource::entryFor(const QStringList& entityKeys,
                                                                    const QDateTime& from, const QDateTime& to) const
{
    const QString id = serviceIdOf(entityKeys);
    if (id.isEmpty())
        return nullptr;
    auto it = m_cache.constFind(cacheKeyOf(id, rangeSecondsOf(from, to)));
    return it == m_cache.cend() ? nullptr : &*it;
}

QList<SeriesPoint> PrometheusRangeSource::series(const QStringList& entityKeys, const QString& signal,
                                                 const QDateTime& from, const QDateTime& to) const
{
    QList<SeriesPoint> recorded = m_recorded ? m_recorded->series(entityKeys, signal, from, to) : QList<SeriesPoint>();
    const Entry* entry = entryFor(entityKeys, from, to);
    if (!entry || !entry->hasData || entry->failed || !entry->points.contains(signal))
        return recorded;
    const qint64 lo = from.toMSecsSinceEpoch();
    const qint64 hi = to.toMSecsSinceEpoch();
    QList<SeriesPoint> points;
    for (const SeriesPoint& p : entry->points.value(signal))
        if (p.atMs >= lo && p.atMs <= hi)
            points.append(p);
    for (const SeriesPoint& p : std::as_const(recorded))
        if (p.atMs > entry->endMs)
            points.append(p);
    return points;
}

RangeStatus PrometheusRangeSource::status(const QStringList& entityKeys, const QDateTime& from,
                                          const QDateTime& to) const
{
    RangeStatus status = m_recorded ? m_recorded->status(entityKeys, from, to) : RangeStatus{};
    status.state = RangeStatus::State::Recorded;
    if (!m_profile) {
        status.reason = tr("there is no lab profile to take range queries from");
        status.hint = tr("Open the console with a lab profile (--profile) to chart whole ranges from Prometheus.");
        return status;
    }
    const QString id = serviceIdOf(entityKeys);
    const qint64 range = rangeSecondsOf(from, to);
    const QList<metrics::SignalQuery> queries =
        id.isEmpty() ? QList<metrics::SignalQuery>() : lab::ServiceRangeQueries::build(*m_profile, id, stepFor(range));
    if (queries.isEmpty()) {
        status.reason = tr("the lab profile has no rate, error or latency queries for this service");
        status.hint = tr("Add requestRate, errorRatio or latency under the service's signals in the lab profile.");
        return status;
    }
    status.signalNames = signalNamesOf(queries);
    if (!m_client || !m_client()) {
        status.reason = tr("Prometheus is not connected");
        status.hint = tr("Connect Prometheus (--prometheus-url, or let the console find it in the cluster) to chart "
                         "the whole range.");
        return status;
    }
    const Entry* entry = entryFor(entityKeys, from, to);
    if (entry && entry->failed) {
        status.state = RangeStatus::State::Failed;
        status.reason = entry->reason;
        status.hint = entry->hint;
    } else if (entry && entry->hasData) {
        status.state = RangeStatus::State::Prometheus;
        status.stepSeconds = entry->stepSeconds;
    } else {
        status.state = RangeStatus::State::Loading;
        status.stepSeconds = stepFor(range);
    }
    return status;
}

void PrometheusRangeSource::request(const QStringList& entityKeys, const QDateTime& from, const QDateTime& to)
{
    const QString id = serviceIdOf(entityKeys);
    metrics::PrometheusClient* client = m_client ? m_client() : nullptr;
    if (id.isEmpty() || !client)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 range = rangeSecondsOf(from, to);
    const QString key = cacheKeyOf(id, range);
    prune(now);
    if (auto it = m_cache.constFind(key); it != m_cache.cend()) {
        const Entry& e = *it;
        const bool inFlight = e.pending > 0 && e.client == client && now - e.startedAtMs < m_options.inFlightMs;
        const qint64 keepMs = e.failed ? e.retryMs : std::max<qint64>(m_options.freshMs, e.stepSeconds * 1000);
        const bool fresh = e.pending == 0 && e.doneAtMs > 0 && now - e.doneAtMs < keepMs;
        if (inFlight || fresh)
            return;
    }
    fetch(key, id, range, client);
}

void PrometheusRangeSource::fetch(const QString& cacheKey, const QString& serviceId, qint64 rangeSeconds,
                                  metrics::PrometheusClient* client)
{
    const qint64 step = stepFor(rangeSeconds);
    const QList<metrics::SignalQuery> queries = lab::ServiceRangeQueries::build(*m_profile, serviceId, step);
    if (queries.isEmpty())
        return;
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addSecs(-rangeSeconds);
    Entry& entry = m_cache[cacheKey];
    entry.generation = ++m_generation;
    entry.pending = int(queries.size());
    entry.startedAtMs = end.toMSecsSinceEpoch();
    entry.fetchEndMs = end.toMSecsSinceEpoch();
    entry.client = client;
    entry.arriving.clear();
    entry.errors.clear();
    ++m_fetches;
    for (const metrics::SignalQuery& q : queries) {
        const Answer answer{cacheKey, entry.generation, q.signal, q.combine, step};
        client->queryRange(
            q.promql, start, end,
            [self = QPointer<PrometheusRangeSource>(this), answer](const Result<metrics::PromQueryResult>& r) {
                if (self)
                    self->onAnswer(answer, r);
            },
            m_options.maxPoints);
    }
}

void PrometheusRangeSource::onAnswer(const Answer& answer, const Result<metrics::PromQueryResult>& result)
{
    auto it = m_cache.find(answer.cacheKey);
    if (it == m_cache.end() || it->generation != answer.generation || it->pending <= 0)
        return;
    Entry& entry = *it;
    if (result)
        entry.arriving.insert(answer.signal, pointsOf(result.value(), answer.combine, answer.stepSeconds));
    else
        entry.errors.append(result.error());
    if (--entry.pending > 0)
        return;
    entry.doneAtMs = QDateTime::currentMSecsSinceEpoch();
    if (entry.arriving.isEmpty() && !entry.errors.isEmpty()) {
        const Error& error = entry.errors.constFirst();
        logging::logger("metrics")->warn("range query for {} failed: {} ({})", answer.cacheKey.toStdString(),
                                         error.toString().toStdString(), error.detail.toStdString());
        entry.failed = true;
        entry.retryMs = error.kind == Error::Kind::Network ? m_options.networkRetryMs : m_options.retryMs;
        entry.reason = error.message;
        entry.hint = error.hint;
    } else {
        for (const Error& error : std::as_const(entry.errors))
            logging::logger("metrics")->warn("range query for {}: one signal failed: {} ({})",
                                             answer.cacheKey.toStdString(), error.toString().toStdString(),
                                             error.detail.toStdString());
        entry.failed = false;
        entry.hasData = true;
        entry.points = std::move(entry.arriving);
        entry.endMs = entry.fetchEndMs;
        entry.stepSeconds = answer.stepSeconds;
    }
    entry.arriving.clear();
    entry.errors.clear();
    Q_EMIT changed();
}

void PrometheusRangeSource::prune(qint64 nowMs)
{
    // Answers nobody looked at for ten minutes go; a handful of services × four ranges stay small anyway.
    constexpr qint64 kForgetMs = 10 * 60 * 1000;
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (it->pending == 0 && it->doneAtMs > 0 && nowMs - it->doneAtMs > kForgetMs)
            it = m_cache.erase(it);
        else
            ++it;
    }
}

} // namespace lcl::itemmodels
