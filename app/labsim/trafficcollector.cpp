#include "labsim/trafficcollector.h"

#include "labsim/metricfamilies.h"
#include "labsim/trafficstate.h"

#include <cmath>
#include <map>

namespace lcl::sim {
namespace {

using F = MetricFamilies;

void collectApis(const TrafficSnapshot& snapshot, std::vector<prometheus::MetricFamily>& out)
{
    auto duration = F::histogram("http_server_request_duration_seconds", "Duration of HTTP server requests.");
    for (const ApiState& api : snapshot.apis)
        for (const HttpSeries& s : api.series)
            F::addHistogram(duration,
                            {{"namespace", api.ns}, {"service", api.service}, {"http_route", s.route},
                             {"http_request_method", s.method}, {"http_response_status_code", s.status},
                             {"url_scheme", "http"}, {"network_protocol_version", "1.1"},
                             {"otel_scope_name", "Microsoft.AspNetCore.Hosting"}},
                            s.seconds);
    out.push_back(std::move(duration));
}

void collectGateways(const TrafficSnapshot& snapshot, std::vector<prometheus::MetricFamily>& out)
{
    auto total = F::counter("envoy_cluster_upstream_rq_total", "Total upstream requests.");
    auto byClass = F::counter("envoy_cluster_upstream_rq_xx", "Upstream requests by response code class.");
    auto byCode = F::counter("envoy_cluster_upstream_rq", "Upstream requests by response code.");
    auto time = F::histogram("envoy_cluster_upstream_rq_time", "Upstream request time in milliseconds.");
    auto downTotal = F::counter("envoy_http_downstream_rq_total", "Total downstream requests.");
    auto downClass = F::counter("envoy_http_downstream_rq_xx", "Downstream requests by response code class.");
    auto downTime = F::histogram("envoy_http_downstream_rq_time", "Downstream request time in milliseconds.");
    auto live = F::gauge("envoy_server_live", "1 when the server is live.");
    for (const GatewayState& g : snapshot.gateways) {
        const F::Labels base{{"namespace", g.ns}, {"service", g.service}};
        for (const ClusterState& c : g.clusters) {
            F::Labels labels = base;
            labels.emplace_back("envoy_cluster_name", c.name);
            std::map<std::string, double> classes{{"2", 0.0}, {"4", 0.0}, {"5", 0.0}};
            double all = 0;
            for (const auto& [code, n] : c.byCode) {
                F::Labels l = labels;
                l.emplace_back("envoy_response_code", code);
                F::add(byCode, l, n);
                classes[code.substr(0, 1)] += std::floor(n);
                all += std::floor(n);
            }
            for (const auto& [cls, n] : classes) {
                F::Labels l = labels;
                l.emplace_back("envoy_response_code_class", cls);
                F::add(byClass, l, n);
            }
            F::add(total, labels, all);
            F::addHistogram(time, labels, c.milliseconds);
        }
        F::Labels listener = base;
        listener.emplace_back("envoy_http_conn_manager_prefix", g.listenerPrefix);
        double all = 0;
        for (const auto& [cls, n] : g.downstreamByClass) {
            F::Labels l = listener;
            l.emplace_back("envoy_response_code_class", cls);
            F::add(downClass, l, n);
            all += std::floor(n);
        }
        F::add(downTotal, listener, all);
        F::addHistogram(downTime, listener, g.downstreamMilliseconds);
        F::add(live, base, g.live ? 1 : 0);
    }
    for (auto* f : {&total, &byClass, &byCode, &time, &downTotal, &downClass, &downTime, &live})
        out.push_back(std::move(*f));
}

void collectEdges(const TrafficSnapshot& snapshot, std::vector<prometheus::MetricFamily>& out)
{
    auto total = F::counter("traces_service_graph_request_total", "Requests between two nodes.");
    auto failed = F::counter("traces_service_graph_request_failed_total", "Failed requests between two nodes.");
    auto server = F::histogram("traces_service_graph_request_server_seconds", "Time of requests as seen by the server.");
    auto client = F::histogram("traces_service_graph_request_client_seconds", "Time of requests as seen by the client.");
    for (const EdgeState& e : snapshot.edges) {
        F::Labels labels{{"client", e.client}, {"server", e.server}};
        if (!e.connectionType.empty())
            labels.emplace_back("connection_type", e.connectionType);
        F::add(total, labels, e.total);
        F::add(failed, labels, e.failed);
        F::addHistogram(server, labels, e.serverSeconds);
        F::addHistogram(client, labels, e.clientSeconds);
    }
    for (auto* f : {&total, &failed, &server, &client})
        out.push_back(std::move(*f));
}

void collectDatastores(const TrafficSnapshot& snapshot, std::vector<prometheus::MetricFamily>& out)
{
    auto pgUp = F::gauge("pg_up", "Whether the last scrape could connect to PostgreSQL.");
    auto pgBackends = F::gauge("pg_stat_database_numbackends", "Backends connected to this database.");
    auto pgMax = F::gauge("pg_settings_max_connections", "Server setting max_connections.");
    auto redisUp = F::gauge("redis_up", "Whether Redis answered the exporter.");
    auto redisClients = F::gauge("redis_connected_clients", "Connected clients.");
    auto redisCommands = F::counter("redis_commands_processed_total", "Commands processed.");
    auto redisHits = F::counter("redis_keyspace_hits_total", "Keyspace hits.");
    auto redisMisses = F::counter("redis_keyspace_misses_total", "Keyspace misses.");
    auto redisMemory = F::gauge("redis_memory_used_bytes", "Memory used.");
    auto ready = F::gauge("rabbitmq_queue_messages_ready", "Messages ready to be delivered to consumers.");
    auto unacked = F::gauge("rabbitmq_queue_messages_unacked", "Messages delivered but not yet acknowledged.");
    auto connections = F::gauge("rabbitmq_connections", "Connections currently open.");
    auto consumers = F::gauge("rabbitmq_consumers", "Consumers currently connected.");
    auto received = F::counter("rabbitmq_global_messages_received_total", "Messages received from publishers.");
    auto delivered = F::counter("rabbitmq_global_messages_delivered_total", "Messages delivered to consumers.");
    for (const DatastoreState& d : snapshot.datastores) {
        const F::Labels base{{"namespace", d.ns}, {"service", d.service}};
        switch (d.kind) {
        case DatastoreState::Kind::Postgres:
            F::add(pgUp, base, d.up ? 1 : 0);
            if (!d.up)
                break;
            F::add(pgMax, base, 100);
            for (const auto& [db, n] : d.backends) {
                F::Labels l = base;
                l.emplace_back("datname", db);
                F::add(pgBackends, l, n);
            }
            break;
        case DatastoreState::Kind::Redis:
            F::add(redisUp, base, d.up ? 1 : 0);
            if (!d.up)
                break;
            F::add(redisClients, base, d.connections);
            F::add(redisCommands, base, d.commandsTotal);
            F::add(redisHits, base, d.keyspaceHits);
            F::add(redisMisses, base, d.keyspaceMisses);
            F::add(redisMemory, base, std::round(d.memoryBytes));
            break;
        case DatastoreState::Kind::RabbitMq:
            if (!d.up)
                break; // the plugin lives in the broker: a down broker has no /metrics at all
            F::add(ready, base, std::round(d.ready));
            F::add(unacked, base, std::round(d.unacked));
            F::add(connections, base, d.connections);
            F::add(consumers, base, d.consumers);
            F::add(received, base, d.published);
            F::add(delivered, base, d.delivered);
            break;
        }
    }
    for (auto* f : {&pgUp, &pgBackends, &pgMax, &redisUp, &redisClients, &redisCommands, &redisHits, &redisMisses,
                    &redisMemory, &ready, &unacked, &connections, &consumers, &received, &delivered})
        if (!f->metric.empty())
            out.push_back(std::move(*f));
}

} // namespace

std::vector<prometheus::MetricFamily> TrafficCollector::collect(const TrafficSnapshot& snapshot)
{
    std::vector<prometheus::MetricFamily> out;
    collectApis(snapshot, out);
    collectGateways(snapshot, out);
    collectEdges(snapshot, out);
    collectDatastores(snapshot, out);
    return out;
}

} // namespace lcl::sim
