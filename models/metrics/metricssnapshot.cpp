#include "metrics/metricssnapshot.h"

#include <QLocale>

#include <cmath>

namespace lcl::metrics {

QString MetricValue::display(int precision) const
{
    switch (state) {
    case State::Missing:
        return missingSince.isValid()
                   ? tr("missing since %1").arg(QLocale().toString(missingSince.toLocalTime().time(), QLocale::LongFormat))
                   : tr("no data");
    case State::NotANumber:
        return tr("no traffic");
    case State::Value:
        break;
    }
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QLocale().toString(value, 'g', precision);
}

const QHash<QString, EntityMetrics>& MetricsSnapshot::entities(EntityKind kind) const
{
    switch (kind) {
    case EntityKind::Edge:
        return edges;
    case EntityKind::Route:
        return routes;
    case EntityKind::Service:
        break;
    }
    return services;
}

QHash<QString, EntityMetrics>& MetricsSnapshot::entities(EntityKind kind)
{
    return const_cast<QHash<QString, EntityMetrics>&>(std::as_const(*this).entities(kind));
}

MetricValue MetricsSnapshot::value(EntityKind kind, const QString& key, const QString& signal) const
{
    const auto& map = entities(kind);
    const auto it = map.constFind(key);
    return it == map.cend() ? MetricValue{} : it->value(signal);
}

int MetricsSnapshot::failedQueries() const
{
    int n = 0;
    for (const QueryOutcome& q : queries)
        n += q.ok ? 0 : 1;
    return n;
}

} // namespace lcl::metrics
