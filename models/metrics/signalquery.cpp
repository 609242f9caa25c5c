#include "metrics/signalquery.h"

#include <QRegularExpression>

namespace lcl::metrics {

QStringList SignalQuery::groupingLabels(const QString& promql)
{
    static const QRegularExpression by(QStringLiteral(R"re(\bby\s*\(([^)]*)\))re"));
    const QRegularExpressionMatch m = by.match(promql);
    QStringList labels;
    if (!m.hasMatch())
        return labels;
    for (const QString& part : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString label = part.trimmed();
        if (!label.isEmpty() && label != QLatin1String("le"))
            labels.append(label);
    }
    return labels;
}

SignalQuery SignalQuery::fromPromQl(QString signal, EntityKind entity, QString promql, Combine combine)
{
    SignalQuery q;
    q.signal = std::move(signal);
    q.entity = entity;
    q.keyLabels = groupingLabels(promql);
    q.promql = std::move(promql);
    q.combine = combine;
    return q;
}

} // namespace lcl::metrics
