#pragma once

#include "metrics/prometheusclientcore.h"
#include "metrics/promapitypes.h"
#include "metrics/promresult.h"

#include <QDateTime>
#include <QObject>

namespace lcl::metrics {

// The Prometheus HTTP API (also Thanos, Mimir, VictoriaMetrics) over lcl::net::HttpClient. Answers are decoded
// on the net thread by the decoder the caller passes and delivered on this object's thread through a queued
// call; answers that arrive after setEndpoint() or cancelAll() are dropped (generation number).
class PrometheusClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusClient)

public:
    template <typename T>
    using Decoder = PrometheusClientCore::Decoder<T>;
    template <typename T>
    using Callback = PrometheusClientCore::Callback<T>;

    PrometheusClient(net::HttpClient* http, PrometheusClientEndpoint endpoint, QObject* parent = nullptr);
    ~PrometheusClient() override;

    const PrometheusClientEndpoint& endpoint() const { return m_core.endpoint(); }
    void setEndpoint(PrometheusClientEndpoint endpoint);
    void cancelAll();
    quint64 generation() const { return m_core.generation(); }

    // The request of an instant query: POST form (long batched queries fit), or GET through the service proxy,
    // where POST would need `create services/proxy`.
    net::HttpRequest queryRequest(const QString& promql, const QDateTime& time = {}) const;
    // A range query whose step keeps every series at ≤ maxPoints points.
    net::HttpRequest queryRangeRequest(const QString& promql, const QDateTime& start, const QDateTime& end,
                                       int maxPoints = 300, int minStepSeconds = 1) const;
    // GET /api/v1/<path> (alerts, rules, targets, status/buildinfo, series, label/<name>/values).
    net::HttpRequest apiRequest(const QString& path, const PrometheusClientEndpoint::Params& query = {}) const;

    // Seconds per point so that [start, end] holds at most maxPoints points (never below minStep).
    static qint64 stepSecondsFor(const QDateTime& start, const QDateTime& end, int maxPoints = 300,
                                 int minStepSeconds = 1);

    // Instant query (time invalid: now) and range query, decoded by PromDecoder off the GUI thread.
    net::RequestId query(const QString& promql, Callback<PromQueryResult> done, const QDateTime& time = {});
    net::RequestId queryRange(const QString& promql, const QDateTime& start, const QDateTime& end,
                              Callback<PromQueryResult> done, int maxPoints = 300);
    // GET /api/v1/label/<name>/values, optionally restricted to series matching `match` ("up{job=\"x\"}").
    net::RequestId labelValues(const QString& label, const QString& match, Callback<QStringList> done);

    // The same with the caller's decoder (the MetricsPoller decodes straight into its snapshot).
    template <typename T>
    net::RequestId queryWith(const QString& promql, const QDateTime& time, Decoder<T> decode, Callback<T> done,
                             bool onNetThread = false)
    {
        return m_core.send<T>(queryRequest(promql, time), std::move(decode), std::move(done), onNetThread);
    }
    template <typename T>
    net::RequestId queryRangeWith(const QString& promql, const QDateTime& start, const QDateTime& end,
                                  Decoder<T> decode, Callback<T> done, int maxPoints = 300)
    {
        return m_core.send<T>(queryRangeRequest(promql, start, end, maxPoints), std::move(decode), std::move(done));
    }
    template <typename T>
    net::RequestId get(const QString& path, const PrometheusClientEndpoint::Params& query, Decoder<T> decode, Callback<T> done,
                       bool onNetThread = false)
    {
        return m_core.send<T>(apiRequest(path, query), std::move(decode), std::move(done), onNetThread);
    }

    // /api/v1/alerts, /rules (type alert|record or empty for both), /targets (active), /status/buildinfo.
    net::RequestId alerts(Callback<QList<PromAlert>> done);
    net::RequestId rules(Callback<QList<PromRuleGroup>> done, const QString& type = {});
    net::RequestId targets(Callback<QList<PromTarget>> done);
    net::RequestId buildInfo(Callback<PromBuildInfo> done);

    // The raw body, for callers with their own decoding.
    static Decoder<QByteArray> body()
    {
        return [](const net::HttpResponse& r) -> Result<QByteArray> { return r.body; };
    }

private:
    net::HttpRequest send(const QString& path, const PrometheusClientEndpoint::Params& form) const;

    PrometheusClientCore m_core;
};

} // namespace lcl::metrics
