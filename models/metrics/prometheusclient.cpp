#include "metrics/prometheusclient.h"

#include "metrics/promdecoder.h"

#include <cmath>

namespace lcl::metrics {

namespace {

QString unixSeconds(const QDateTime& t)
{
    return QString::number(double(t.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

} // namespace

net::HttpRequest PrometheusClient::send(const QString& path, const PrometheusClientEndpoint::Params& form) const
{
    // The service proxy maps POST to `create services/proxy`, which read-only users lack.
    return endpoint().viaServiceProxy ? endpoint().request("GET", path, form) : endpoint().postForm(path, form);
}

PrometheusClient::PrometheusClient(net::HttpClient* http, PrometheusClientEndpoint endpoint, QObject* parent)
    : QObject(parent), m_core(http, std::move(endpoint), PrometheusClientError::Server::Prometheus, this)
{
}

PrometheusClient::~PrometheusClient() = default;

void PrometheusClient::setEndpoint(PrometheusClientEndpoint endpoint)
{
    m_core.setEndpoint(std::move(endpoint));
}

net::RequestId PrometheusClient::query(const QString& promql, Callback<PromQueryResult> done, const QDateTime& time)
{
    return queryWith<PromQueryResult>(
        promql, time, [](const net::HttpResponse& r) { return PromDecoder::decodeQuery(r.body, r.status); },
        std::move(done));
}

net::RequestId PrometheusClient::queryRange(const QString& promql, const QDateTime& start, const QDateTime& end,
                                            Callback<PromQueryResult> done, int maxPoints)
{
    return queryRangeWith<PromQueryResult>(
        promql, start, end, [](const net::HttpResponse& r) { return PromDecoder::decodeQuery(r.body, r.status); },
        std::move(done), maxPoints);
}

net::RequestId PrometheusClient::labelValues(const QString& label, const QString& match, Callback<QStringList> done)
{
    PrometheusClientEndpoint::Params params;
    if (!match.isEmpty())
        params.append({QStringLiteral("match[]"), match});
    return get<QStringList>(
        QStringLiteral("label/%1/values").arg(label), params,
        [](const net::HttpResponse& r) { return PromDecoder::decodeStringList(r.body, r.status); }, std::move(done));
}

net::RequestId PrometheusClient::alerts(Callback<QList<PromAlert>> done)
{
    return get<QList<PromAlert>>(
        QStringLiteral("alerts"), {},
        [](const net::HttpResponse& r) { return PromDecoder::decodeAlerts(r.body, r.status); }, std::move(done));
}

net::RequestId PrometheusClient::rules(Callback<QList<PromRuleGroup>> done, const QString& type)
{
    PrometheusClientEndpoint::Params params;
    if (!type.isEmpty())
        params.append({QStringLiteral("type"), type});
    return get<QList<PromRuleGroup>>(
        QStringLiteral("rules"), params,
        [](const net::HttpResponse& r) { return PromDecoder::decodeRules(r.body, r.status); }, std::move(done));
}

net::RequestId PrometheusClient::targets(Callback<QList<PromTarget>> done)
{
    return get<QList<PromTarget>>(
        QStringLiteral("targets"), {{QStringLiteral("state"), QStringLiteral("active")}},
        [](const net::HttpResponse& r) { return PromDecoder::decodeTargets(r.body, r.status); }, std::move(done));
}

net::RequestId PrometheusClient::buildInfo(Callback<PromBuildInfo> done)
{
    return get<PromBuildInfo>(
        QStringLiteral("status/buildinfo"), {},
        [](const net::HttpResponse& r) { return PromDecoder::decodeBuildInfo(r.body, r.status); }, std::move(done));
}

void PrometheusClient::cancelAll()
{
    m_core.cancelAll();
}

net::HttpRequest PrometheusClient::apiRequest(const QString& path, const PrometheusClientEndpoint::Params& query) const
{
    return endpoint().request("GET", QStringLiteral("/api/v1/") + path, query);
}

net::HttpRequest PrometheusClient::queryRequest(const QString& promql, const QDateTime& time) const
{
    PrometheusClientEndpoint::Params form{{QStringLiteral("query"), promql}};
    if (time.isValid())
        form.append({QStringLiteral("time"), unixSeconds(time)});
    return send(QStringLiteral("/api/v1/query"), form);
}

qint64 PrometheusClient::stepSecondsFor(const QDateTime& start, const QDateTime& end, int maxPoints, int minStepSeconds)
{
    const qint64 range = std::max<qint64>(0, start.secsTo(end));
    // floor(range / step) + 1 points (both ends inclusive) ≤ maxPoints  ⇔  step > range / maxPoints.
    const qint64 step = range / std::max(1, maxPoints) + 1;
    return std::max<qint64>({step, minStepSeconds, 1});
}

net::HttpRequest PrometheusClient::queryRangeRequest(const QString& promql, const QDateTime& start,
                                                     const QDateTime& end, int maxPoints, int minStepSeconds) const
{
    const PrometheusClientEndpoint::Params form{
        {QStringLiteral("query"), promql},
        {QStringLiteral("start"), unixSeconds(start)},
        {QStringLiteral("end"), unixSeconds(end)},
        {QStringLiteral("step"), QString::number(stepSecondsFor(start, end, maxPoints, minStepSeconds))}};
    return send(QStringLiteral("/api/v1/query_range"), form);
}

} // namespace lcl::metrics
