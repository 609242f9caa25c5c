#pragma once

#include "labsim/traffichistogram.h"

#include <map>
#include <string>
#include <vector>

namespace lcl::sim {

// The traffic model's counters and gauges at one instant, in the shape the exporters need. Counters only grow.

// One OpenTelemetry .NET http.server.request.duration series group of an API.
struct HttpSeries {
    std::string route;
    std::string method;
    std::string status;
    TrafficHistogram seconds;
};

struct ApiState {
    std::string serviceId;
    std::string ns;
    std::string service; // telemetry service label
    std::vector<HttpSeries> series;
};

// One Envoy Gateway cluster: a route rule, "httproute/<ns>/<route>/rule/<i>".
struct ClusterState {
    std::string name;
    std::map<std::string, double> byCode; // "200" → requests; the _xx classes and _total derive from it
    TrafficHistogram milliseconds;
};

struct GatewayState {
    std::string serviceId;
    std::string ns;
    std::string service;
    std::string listenerPrefix; // envoy_http_conn_manager_prefix, "https-10443"
    bool live = true;
    std::vector<ClusterState> clusters;
    std::map<std::string, double> downstreamByClass; // "2" → requests
    TrafficHistogram downstreamMilliseconds;
};

// One Tempo service-graph edge.
struct EdgeState {
    std::string client;
    std::string server;
    std::string connectionType; // "", "database", "messaging_system"
    double total = 0;
    double failed = 0;
    TrafficHistogram serverSeconds;
    TrafficHistogram clientSeconds;
};

// The exporters of a backing service (postgres_exporter, redis_exporter, the RabbitMQ plugin).
struct DatastoreState {
    enum class Kind { Postgres, Redis, RabbitMq };
    Kind kind = Kind::Postgres;
    std::string serviceId;
    std::string ns;
    std::string service;
    bool up = true;
    double commandsTotal = 0;    // redis_commands_processed_total
    double keyspaceHits = 0;
    double keyspaceMisses = 0;
    double connections = 0;      // clients / connections
    double memoryBytes = 0;
    std::map<std::string, double> backends; // postgres datname → numbackends
    double ready = 0;            // rabbitmq messages ready
    double unacked = 0;
    double published = 0;        // rabbitmq_global_messages_received_total
    double delivered = 0;        // rabbitmq_global_messages_delivered_total
    double consumers = 0;
};

// Work a service does now and at its nominal (profile) rate, for pod CPU and the HPA.
struct ServiceLoad {
    double requestsPerSecond = 0;
    double nominalRequestsPerSecond = 0;
};

struct TrafficSnapshot {
    double seconds = 0; // simulated time since the model started
    std::vector<ApiState> apis;
    std::vector<GatewayState> gateways;
    std::vector<EdgeState> edges;
    std::vector<DatastoreState> datastores;
};

} // namespace lcl::sim
