#pragma once

#include "itemmodels/metricsrangesource.h"

#include "core/error.h"

#include <QHash>
#include <QPointer>

#include <functional>

namespace lcl::lab {
class LabProfile;
}
namespace lcl::metrics {
class PrometheusClient;
struct PromQueryResult;
} // namespace lcl::metrics
namespace lcl {
template <typename T>
class Result;
} // namespace lcl

namespace lcl::itemmodels {

// Service charts from Prometheus' /api/v1/query_range: the lab profile's rate, error and latency templates for
// the service shown, over the picked range, with a step that gives about 250 points. Answers are cached per
// (service, range) for a short while. Until the answer is in, when Prometheus is not connected or when it
// fails, series() answers from `recorded` (what the console sampled itself) and status() says why; samples
// recorded after the end of a Prometheus answer extend it, so the chart stays live between fetches.
class PrometheusRangeSource final : public MetricsRangeSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusRangeSource)

public:
    // The client to ask now; null while Prometheus is not connected. Asked on every request, because the
    // monitoring session replaces its client when it reconnects.
    using ClientProvider = std::function<metrics::PrometheusClient*()>;

    struct Options {
        int maxPoints = 250;
        int freshMs = 30000;    // an answer is reused this long (or one step, when longer)
        int retryMs = 15000;    // a failure is retried after this long
        // ... or this long when nothing listened (cheap to ask again; Prometheus may just be starting)
        int networkRetryMs = 1000;
        int inFlightMs = 30000; // a fetch without an answer after this long is asked again
    };

    PrometheusRangeSource(const lab::LabProfile* profile, MetricsRangeSource* recorded, ClientProvider client,
                          QObject* parent = nullptr);
    PrometheusRangeSource(const lab::LabProfile* profile, MetricsRangeSource* recorded, ClientProvider client,
                          Options options, QObject* parent = nullptr);
    ~PrometheusRangeSource() override;

    QList<SeriesPoint> series(const QStringList& entityKeys, const QString& signal, const QDateTime& from,
                              const QDateTime& to) const override;
    void request(const QStringList& entityKeys, const QDateTime& from, const QDateTime& to) override;
    RangeStatus status(const QStringList& entityKeys, const QDateTime& from, const QDateTime& to) const override;

    // Seconds between points for a range this long.
    qint64 stepFor(qint64 rangeSeconds) const;
    // Range fetches started so far (each asks one query per signal), for tests.
    int fetchCount() const { return m_fetches; }
    // Forgets every cached answer; the next request asks again.
    void clear();

private:
    // One (service, range): the last complete answer, or the last failure, and the fetch on its way.
    struct Entry {
        QHash<QString, QList<SeriesPoint>> points; // per signal
        bool hasData = false;
        bool failed = false;
        QString reason;
        QString hint;
        qint64 endMs = 0;       // the end of the answered range
        qint64 stepSeconds = 0;
        qint64 doneAtMs = 0;    // when the last fetch completed (answer or failure)
        qint64 retryMs = 0;     // failed: ask again after this long
        // The fetch in flight.
        quint64 generation = 0;
        int pending = 0;
        qint64 startedAtMs = 0;
        qint64 fetchEndMs = 0;
        QPointer<metrics::PrometheusClient> client;
        QHash<QString, QList<SeriesPoint>> arriving;
        QList<Error> errors;
    };
    struct Answer;

    QString serviceIdOf(const QStringList& entityKeys) const;
    const Entry* entryFor(const QStringList& entityKeys, const QDateTime& from, const QDateTime& to) const;
    void fetch(const QString& cacheKey, const QString& serviceId, qint64 rangeSeconds,
               metrics::PrometheusClient* client);
    void onAnswer(const Answer& answer, const Result<metrics::PromQueryResult>& result);
    void prune(qint64 nowMs);

    const lab::LabProfile* m_profile;
    QPointer<MetricsRangeSource> m_recorded;
    ClientProvider m_client;
    Options m_options;
    QHash<QString, Entry> m_cache;
    quint64 m_generation = 0;
    int m_fetches = 0;
};

} // namespace lcl::itemmodels
