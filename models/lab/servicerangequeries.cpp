#include "lab/servicerangequeries.h"

#include "core/duration.h"
#include "lab/labprofile.h"
#include "lab/profilequerybatch.h"

namespace lcl::lab {

namespace {

struct ChartSignal {
    QString profileSignal;
    QString signal;
    QString quantile; // empty: not a percentile
};

const QList<ChartSignal>& chartSignals()
{
    using namespace metrics;
    static const QList<ChartSignal> list{
        {QStringLiteral("requestRate"), SignalNames::requestRate, {}},
        {QStringLiteral("errorRatio"), SignalNames::errorRatio, {}},
        {QStringLiteral("latency"), SignalNames::latencyP50, QStringLiteral("0.5")},
        {QStringLiteral("latency"), SignalNames::latencyP95, QStringLiteral("0.95")},
        {QStringLiteral("latency"), SignalNames::latencyP99, QStringLiteral("0.99")},
    };
    return list;
}

} // namespace

QString ServiceRangeQueries::serviceIdOf(const LabProfile& profile, const QStringList& keys)
{
    for (const QString& key : keys)
        if (profile.service(key))
            return key;
    return {};
}

QString ServiceRangeQueries::windowFor(const LabProfile& profile, qint64 stepSeconds)
{
    const QString window = profile.defaultWindow();
    const std::optional<qint64> seconds = Duration::parseSeconds(window);
    if (seconds && *seconds >= stepSeconds)
        return window;
    return QString::number(stepSeconds) + QLatin1Char('s');
}

QList<metrics::SignalQuery> ServiceRangeQueries::build(const LabProfile& profile, const QString& serviceId,
                                                       qint64 stepSeconds)
{
    QList<metrics::SignalQuery> queries;
    const ServiceSpec* service = profile.service(serviceId);
    if (!service)
        return queries;
    RenderOptions options;
    options.window = windowFor(profile, stepSeconds);
    for (const ChartSignal& chart : chartSignals()) {
        if (!service->signalQueries.contains(chart.profileSignal))
            continue;
        options.quantile = chart.quantile;
        const Result<QString> promql = profile.serviceQuery(serviceId, chart.profileSignal, options);
        if (!promql)
            continue;
        metrics::SignalQuery query;
        query.signal = chart.signal;
        query.entity = metrics::EntityKind::Service;
        query.promql = promql.value();
        query.combine = ProfileQueryBatch::combineFor(chart.signal);
        queries.append(std::move(query));
    }
    return queries;
}

} // namespace lcl::lab
