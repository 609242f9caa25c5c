#pragma once

#include "itemmodels/snapshothistory.h"
#include "lab/fakehttpserver.h"
#include "metrics/metricssnapshot.h"

#include <QDateTime>
#include <QUrlQuery>

#include <functional>

namespace lcl::test {

// A /api/v1/query_range answer for FakeHttpServer: `variants` series (canary variants of search-api) with a
// sample at every step of the asked [start, end], valued by `value(promql, variant, unixSeconds)`.
using RangeValue = std::function<double(const QString& promql, int variant, double time)>;

inline QString formValue(const QByteArray& body, const QString& name)
{
    return QUrlQuery(QString::fromUtf8(body)).queryItemValue(name, QUrl::FullyDecoded);
}

inline FakeHttpServer::Response rangeAnswer(const FakeHttpServer::Request& r, const RangeValue& value, int variants = 2)
{
    const QString promql = formValue(r.body, QStringLiteral("query"));
    const double start = formValue(r.body, QStringLiteral("start")).toDouble();
    const double end = formValue(r.body, QStringLiteral("end")).toDouble();
    const double step = formValue(r.body, QStringLiteral("step")).toDouble();
    if (promql.isEmpty() || step <= 0)
        return {400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"no query\"}"};
    QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
    for (int variant = 0; variant < variants; ++variant) {
        body += variant ? "," : "";
        body += "{\"metric\":{\"namespace\":\"search\",\"service\":\"search-api\",\"v\":\"" + QByteArray::number(variant)
                + "\"},\"values\":[";
        bool first = true;
        for (double t = start; t <= end + 1e-6; t += step) {
            body += first ? "" : ",";
            first = false;
            body += "[" + QByteArray::number(t, 'f', 3) + ",\"" + QByteArray::number(value(promql, variant, t), 'g', 10)
                    + "\"]";
        }
        body += "]}";
    }
    body += "]}}";
    return {200, body};
}

// One recorded refresh: search-api at `rate` requests a second.
inline metrics::MetricsSnapshot snapshotAt(const QDateTime& at, double rate)
{
    metrics::MetricsSnapshot snapshot;
    snapshot.at = at;
    metrics::EntityMetrics entity;
    entity.key = QStringLiteral("search-api");
    metrics::MetricValue value;
    value.state = metrics::MetricValue::State::Value;
    value.value = rate;
    entity.values.insert(metrics::SignalNames::requestRate, value);
    snapshot.services.insert(entity.key, entity);
    return snapshot;
}

// The console has been running for two minutes: four refreshes 30 s apart, rates base + 4 … base + 1.
inline void recordTwoMinutes(itemmodels::SnapshotHistory& history, double base)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 4; i >= 1; --i)
        history.record(snapshotAt(now.addSecs(-30 * i), base + i));
}

} // namespace lcl::test
