#pragma once

#include "core/error.h"
#include "metrics/signalquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace lcl::metrics {

// One signal of one entity. A value that did not come back is Missing (with since when), never zero; NaN
// (0/0: no traffic in the window) is kept apart from both.
struct MetricValue {
    Q_DECLARE_TR_FUNCTIONS(lcl::metrics::MetricValue)

public:
    enum class State { Missing, Value, NotANumber };

    State state = State::Missing;
    double value = 0;       // meaningful for Value (may be ±Inf: a quantile beyond the last bucket)
    QDateTime missingSince; // Missing: the first refresh without it (invalid: never seen)

    bool hasValue() const { return state == State::Value; }
    std::optional<double> optional() const { return hasValue() ? std::optional<double>(value) : std::nullopt; }

    // "missing since 10:42:05", "no traffic", or the number with the given precision.
    QString display(int precision = 3) const;
};

// Every signal of one entity, by signal name (SignalNames).
struct EntityMetrics {
    QString key;   // "search/search-api", "checkin-api/postgresql" (client/server), "httproute/search/search/rule/0"
    QHash<QString, MetricValue> values;

    MetricValue value(const QString& signal) const { return values.value(signal); }
};

// What happened to one query of a refresh, for "why no data" and the status bar.
struct QueryOutcome {
    SignalQuery query;
    bool ok = false;
    int seriesCount = 0;
    int nanCount = 0;
    std::optional<Error> error;
    qint64 elapsedMs = 0;
};

// One refresh of the MetricsPoller: every service, edge and route with every signal the batch asked for.
struct MetricsSnapshot {
    quint64 sequence = 0; // increases by one per delivered refresh
    QDateTime at;         // evaluation time of the queries
    QHash<QString, EntityMetrics> services;
    QHash<QString, EntityMetrics> edges;
    QHash<QString, EntityMetrics> routes;
    QList<QueryOutcome> queries;

    const QHash<QString, EntityMetrics>& entities(EntityKind kind) const;
    QHash<QString, EntityMetrics>& entities(EntityKind kind);
    // Missing (since never) when the entity or the signal is unknown.
    MetricValue value(EntityKind kind, const QString& key, const QString& signal) const;
    int failedQueries() const;
};

} // namespace lcl::metrics

Q_DECLARE_METATYPE(lcl::metrics::MetricsSnapshot)
