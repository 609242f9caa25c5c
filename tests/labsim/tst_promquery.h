#pragma once

#include "support/promprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

namespace lcl::test {

// An instant query against a test Prometheus: each series' labels (as "k=v,k=v") → value; empty on any error.
inline QMap<QString, double> promQuery(const PromProcess& prom, const QString& query)
{
    const PromProcess::Answer answer =
        prom.get(QStringLiteral("/api/v1/query?query=") + QString::fromUtf8(QUrl::toPercentEncoding(query)));
    QMap<QString, double> out;
    if (answer.status != 200)
        return out;
    const QJsonArray result = QJsonDocument::fromJson(answer.body).object()[QLatin1String("data")].toObject()[QLatin1String("result")].toArray();
    for (const QJsonValue& item : result) {
        const QJsonObject o = item.toObject();
        QStringList labels;
        const QJsonObject metric = o[QLatin1String("metric")].toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            labels << it.key() + QLatin1Char('=') + it.value().toString();
        out.insert(labels.join(QLatin1Char(',')), o[QLatin1String("value")].toArray().at(1).toString().toDouble());
    }
    return out;
}

// The single value of a query, or `missing` when it has no (or several) series.
inline double promValue(const PromProcess& prom, const QString& query, double missing = -1)
{
    const QMap<QString, double> values = promQuery(prom, query);
    return values.size() == 1 ? values.first() : missing;
}

} // namespace lcl::test
