#pragma once

#include <QString>
#include <QStringList>

namespace lcl::metrics {

// What a batched query is about: one answer series per service, per service-graph edge or per gateway route.
enum class EntityKind { Service, Edge, Route };

// How several answer series that land on the same entity (two canary variants of one service) are combined.
enum class Combine { Sum, Max, Min };

// One batched PromQL query of a refresh: it asks about every entity of its kind at once and its answer is split
// client-side by `keyLabels` ("namespace", "service" → key "search/search-api").
struct SignalQuery {
    QString signal;        // "requestRate", "errorRatio", "latencyP95", ... (SignalNames)
    EntityKind entity = EntityKind::Service;
    QString promql;
    QStringList keyLabels; // label values joined with '/' form the entity key
    Combine combine = Combine::Max;

    // A query for a PromQL text that groups with `by (...)` (a lab profile's rendered template): the key labels
    // are the first grouping's labels without `le`, so "sum by (namespace, service) (...)" splits per
    // namespace/service.
    static SignalQuery fromPromQl(QString signal, EntityKind entity, QString promql, Combine combine = Combine::Max);
    static QStringList groupingLabels(const QString& promql);

    // The entity key of a series with these label values, empty when a key label is missing or empty.
    template <typename LabelLookup>
    QString keyOf(LabelLookup&& label) const
    {
        QString key;
        for (const QString& name : keyLabels) {
            const QString value = label(name);
            if (value.isEmpty())
                return {};
            if (!key.isEmpty())
                key += QLatin1Char('/');
            key += value;
        }
        return key;
    }
};

// The signal names the default batch and the snapshot use; a lab profile may add its own.
namespace SignalNames {
inline const QString requestRate = QStringLiteral("requestRate");
inline const QString errorRatio = QStringLiteral("errorRatio");
inline const QString latencyP50 = QStringLiteral("latencyP50");
inline const QString latencyP95 = QStringLiteral("latencyP95");
inline const QString latencyP99 = QStringLiteral("latencyP99");
inline const QString cpu = QStringLiteral("cpu");       // usage / request
inline const QString memory = QStringLiteral("memory"); // working set / request
inline const QString restarts = QStringLiteral("restarts");
inline const QString up = QStringLiteral("up");
inline const QString datastoreUp = QStringLiteral("datastoreUp"); // pg_up / redis_up
inline const QString queueDepth = QStringLiteral("queueDepth");
} // namespace SignalNames

} // namespace lcl::metrics
