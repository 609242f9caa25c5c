#pragma once

#include "metrics/signalquery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lcl::metrics {

// The fixed set of batched queries a MetricsPoller asks on every refresh. Its size depends on the signals, never
// on the number of services, edges or routes.
struct QueryBatch {
    // Label conventions for the default queries (without a lab profile).
    struct Options {
        QString window = QStringLiteral("5m");
        QString serviceLabel = QStringLiteral("service"); // what a ServiceMonitor adds; OTel pushes "service_name"
        QString namespaceLabel = QStringLiteral("namespace");
    };

    QList<SignalQuery> queries;
    // Entity keys that must appear in every snapshot even before any answer mentions them (the profile's
    // services), so that a service that never reported is shown as missing rather than absent.
    QStringList expectedServices;
    QStringList expectedEdges;
    // Answer keys that belong to another entity key: a variant workload "search/search-api-v1" → the service
    // "search/search-api". Series mapping onto one key are merged with the query's Combine.
    QHash<QString, QString> aliases;

    int size() const { return int(queries.size()); }
    QString resolve(const QString& key) const { return aliases.value(key, key); }

    // The defaults of ARCHITECTURE.md §3: OpenTelemetry .NET HTTP server metrics per service, cAdvisor and
    // kube-state-metrics against requests per workload, pg_up/redis_up/RabbitMQ, Tempo service-graph edges,
    // Envoy Gateway per route rule.
    static QueryBatch defaults(const Options& options);
    static QueryBatch defaults() { return defaults(Options{}); }
};

} // namespace lcl::metrics
