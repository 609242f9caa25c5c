#include "metrics/querybatch.h"

namespace lcl::metrics {

namespace {

// Deployment pods are <workload>-<replicaset hash>-<5 chars>, StatefulSet pods <workload>-<ordinal>.
const QString workloadFromPod = QStringLiteral(
    R"(label_replace(%1, "workload", "$1$2", "pod", "(.+)-[a-z0-9]{5,10}-[a-z0-9]{5}|(.+)-[0-9]+"))");

QString byWorkload(const QString& ns, const QString& inner)
{
    return QStringLiteral("sum by (%1, workload) (%2)").arg(ns, workloadFromPod.arg(inner));
}

} // namespace

QueryBatch QueryBatch::defaults(const Options& o)
{
    QueryBatch b;
    const QString by = o.namespaceLabel + QStringLiteral(", ") + o.serviceLabel;
    const QStringList serviceKey{o.namespaceLabel, o.serviceLabel};
    const QStringList workloadKey{o.namespaceLabel, QStringLiteral("workload")};
    const QString w = o.window;
    auto add = [&b](const QString& signal, EntityKind entity, QString promql, QStringList key, Combine combine) {
        b.queries.append(SignalQuery{signal, entity, std::move(promql), std::move(key), combine});
    };

    const QString total = QStringLiteral("sum by (%1) (rate(http_server_request_duration_seconds_count[%2]))").arg(by, w);
    const QString errors = QStringLiteral(
        R"(sum by (%1) (rate(http_server_request_duration_seconds_count{http_response_status_code=~"5.."}[%2])))")
                               .arg(by, w);
    add(SignalNames::requestRate, EntityKind::Service, total, serviceKey, Combine::Sum);
    add(SignalNames::errorRatio, EntityKind::Service,
        QStringLiteral("(%1 or %2 * 0) / %2").arg(errors, total), serviceKey, Combine::Max);
    const auto quantile = [&](const char* q) {
        return QStringLiteral(
                   "histogram_quantile(%1, sum by (le, %2) (rate(http_server_request_duration_seconds_bucket[%3])))")
            .arg(QLatin1String(q), by, w);
    };
    add(SignalNames::latencyP50, EntityKind::Service, quantile("0.5"), serviceKey, Combine::Max);
    add(SignalNames::latencyP95, EntityKind::Service, quantile("0.95"), serviceKey, Combine::Max);
    add(SignalNames::latencyP99, EntityKind::Service, quantile("0.99"), serviceKey, Combine::Max);

    const QString ns = o.namespaceLabel;
    const QString cpuUse = QStringLiteral(R"(rate(container_cpu_usage_seconds_total{container!="", image!=""}[%1]))").arg(w);
    const QString memUse = QStringLiteral(R"(container_memory_working_set_bytes{container!="", image!=""})");
    const auto requests = [](const char* resource) {
        return QStringLiteral(R"(kube_pod_container_resource_requests{resource="%1"})").arg(QLatin1String(resource));
    };
    add(SignalNames::cpu, EntityKind::Service,
        byWorkload(ns, cpuUse) + QStringLiteral(" / ") + byWorkload(ns, requests("cpu")), workloadKey, Combine::Max);
    add(SignalNames::memory, EntityKind::Service,
        byWorkload(ns, memUse) + QStringLiteral(" / ") + byWorkload(ns, requests("memory")), workloadKey,
        Combine::Max);
    add(SignalNames::restarts, EntityKind::Service,
        byWorkload(ns, QStringLiteral("increase(kube_pod_container_status_restarts_total[15m])")), workloadKey,
        Combine::Sum);

    add(SignalNames::up, EntityKind::Service, QStringLiteral("min by (%1) (up)").arg(by), serviceKey, Combine::Min);
    add(SignalNames::datastoreUp, EntityKind::Service,
        QStringLiteral(R"(min by (%1) ({__name__=~"pg_up|redis_up"}))").arg(by), serviceKey, Combine::Min);
    add(SignalNames::queueDepth, EntityKind::Service,
        QStringLiteral("sum by (%1) (rabbitmq_queue_messages_ready)").arg(by), serviceKey, Combine::Sum);

    const QStringList edgeKey{QStringLiteral("client"), QStringLiteral("server")};
    const QString edgeTotal =
        QStringLiteral("sum by (client, server) (rate(traces_service_graph_request_total[%1]))").arg(w);
    const QString edgeFailed =
        QStringLiteral("sum by (client, server) (rate(traces_service_graph_request_failed_total[%1]))").arg(w);
    add(SignalNames::requestRate, EntityKind::Edge, edgeTotal, edgeKey, Combine::Sum);
    add(SignalNames::errorRatio, EntityKind::Edge, QStringLiteral("(%1 or %2 * 0) / %2").arg(edgeFailed, edgeTotal),
        edgeKey, Combine::Max);
    add(SignalNames::latencyP95, EntityKind::Edge,
        QStringLiteral("histogram_quantile(0.95, sum by (le, client, server) "
                       "(rate(traces_service_graph_request_server_seconds_bucket[%1])))")
            .arg(w),
        edgeKey, Combine::Max);

    const QStringList routeKey{QStringLiteral("envoy_cluster_name")};
    const QString sel = QStringLiteral(R"(envoy_cluster_name=~"[a-z]+route/.*")");
    const QString routeTotal =
        QStringLiteral("sum by (envoy_cluster_name) (rate(envoy_cluster_upstream_rq_total{%1}[%2]))").arg(sel, w);
    const QString routeErrors = QStringLiteral(R"(sum by (envoy_cluster_name) )"
                                               R"((rate(envoy_cluster_upstream_rq_xx{%1, envoy_response_code_class="5"}[%2])))")
                                    .arg(sel, w);
    add(SignalNames::requestRate, EntityKind::Route, routeTotal, routeKey, Combine::Sum);
    add(SignalNames::errorRatio, EntityKind::Route,
        QStringLiteral("(%1 or %2 * 0) / %2").arg(routeErrors, routeTotal), routeKey, Combine::Max);
    // Envoy measures in milliseconds; the snapshot holds seconds like every other latency.
    add(SignalNames::latencyP95, EntityKind::Route,
        QStringLiteral("histogram_quantile(0.95, sum by (le, envoy_cluster_name) "
                       "(rate(envoy_cluster_upstream_rq_time_bucket{%1}[%2]))) / 1000")
            .arg(sel, w),
        routeKey, Combine::Max);
    return b;
}

} // namespace lcl::metrics
