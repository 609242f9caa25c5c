#pragma once

// A /metrics endpoint in the test process with values the test controls, in the Prometheus text format and under
// the names of the real stack: OpenTelemetry .NET HTTP server histograms, Tempo service-graph edges, Envoy
// Gateway per route rule, cAdvisor and kube-state-metrics, pg_up / redis_up / RabbitMQ. Counters grow linearly
// with time, so rate() gives the configured per-second figures.

#include "tst_prometheusclient_server.h"

#include <QByteArray>

#include <chrono>
#include <string>

namespace lcl::test {

class LabExporter final {
public:
    // search-api: 10 req/s, 10 % 5xx, p95 95 ms; checkin-api: 4 req/s, no 5xx, p95 95 ms;
    // edges search-api→postgresql 20/s with 10 % failed, checkin-api→redis 5/s with no failed series;
    // route httproute/search/search-api-route/rule/0 10/s, 10 % 5xx, p95 95 ms; pg_up 1, redis_up 0; 42 ready
    // messages; search-api pod at 50 % of its CPU and memory requests.
    bool start()
    {
        m_start = std::chrono::steady_clock::now();
        m_server.http().Get("/metrics/search-api", [this](const httplib::Request&, httplib::Response& res) {
            res.set_content(api("search", "search-api", 9, 1), "text/plain; version=0.0.4");
        });
        m_server.http().Get("/metrics/checkin-api", [this](const httplib::Request&, httplib::Response& res) {
            res.set_content(api("checkin", "checkin-api", 4, 0), "text/plain; version=0.0.4");
        });
        m_server.http().Get("/metrics/infra", [this](const httplib::Request&, httplib::Response& res) {
            res.set_content(infra(), "text/plain; version=0.0.4");
        });
        return m_server.start();
    }
    int port() const { return m_server.port(); }

    // The scrape_configs list for MetricsLabProcesses::startPrometheus: one job per API (its up{} carries the
    // service's labels, as a ServiceMonitor would add them) and one for everything else.
    QByteArray scrapeConfigs() const
    {
        const QByteArray target = "['127.0.0.1:" + QByteArray::number(port()) + "']";
        QByteArray out;
        for (const auto& [ns, svc] : {std::pair{"search", "search-api"}, std::pair{"checkin", "checkin-api"}}) {
            out += "  - job_name: " + QByteArray(svc) + "\n    honor_labels: true\n    metrics_path: /metrics/"
                   + QByteArray(svc) + "\n    static_configs: [{targets: " + target + ", labels: {namespace: " + ns
                   + ", service: " + svc + "}}]\n";
        }
        out += "  - job_name: infra\n    honor_labels: true\n    metrics_path: /metrics/infra\n"
               "    static_configs: [{targets: " + target + "}]\n";
        return out;
    }

private:
    double seconds() const
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count() + 1000;
    }
    static std::string num(double v) { return std::to_string(v); }

    // Half the requests within 50 ms, all within 100 ms: p95 interpolates to 95 ms.
    static std::string histogram(const std::string& name, const std::string& labels, double count, double le1,
                                 double le2, const char* s1, const char* s2)
    {
        std::string out;
        out += name + "_bucket{" + labels + ",le=\"" + s1 + "\"} " + num(count * le1) + "\n";
        out += name + "_bucket{" + labels + ",le=\"" + s2 + "\"} " + num(count * le2) + "\n";
        out += name + "_bucket{" + labels + ",le=\"+Inf\"} " + num(count) + "\n";
        out += name + "_count{" + labels + "} " + num(count) + "\n";
        out += name + "_sum{" + labels + "} " + num(count * 0.06) + "\n";
        return out;
    }

    std::string api(const char* ns, const char* svc, double okRate, double errorRate) const
    {
        const double t = seconds();
        const std::string base = std::string("namespace=\"") + ns + "\",service=\"" + svc
                                 + "\",http_request_method=\"GET\",http_route=\"api/items\"";
        std::string out = "# TYPE http_server_request_duration_seconds histogram\n";
        out += histogram("http_server_request_duration_seconds", base + ",http_response_status_code=\"200\"",
                         okRate * t, 0.5, 1.0, "0.05", "0.1");
        if (errorRate > 0)
            out += histogram("http_server_request_duration_seconds", base + ",http_response_status_code=\"500\"",
                             errorRate * t, 0.5, 1.0, "0.05", "0.1");
        return out;
    }

    std::string infra() const
    {
        const double t = seconds();
        std::string out;
        out += "# TYPE traces_service_graph_request_total counter\n";
        out += "traces_service_graph_request_total{client=\"search-api\",server=\"postgresql\"} " + num(20 * t) + "\n";
        out += "traces_service_graph_request_total{client=\"checkin-api\",server=\"redis\"} " + num(5 * t) + "\n";
        out += "# TYPE traces_service_graph_request_failed_total counter\n";
        out += "traces_service_graph_request_failed_total{client=\"search-api\",server=\"postgresql\"} " + num(2 * t)
               + "\n";
        out += "# TYPE traces_service_graph_request_server_seconds histogram\n";
        out += histogram("traces_service_graph_request_server_seconds", "client=\"search-api\",server=\"postgresql\"",
                         20 * t, 0.0, 1.0, "0.05", "0.1");
        const std::string route = "envoy_cluster_name=\"httproute/search/search-api-route/rule/0\"";
        out += "envoy_cluster_upstream_rq_total{" + route + "} " + num(10 * t) + "\n";
        out += "envoy_cluster_upstream_rq_xx{" + route + ",envoy_response_code_class=\"2\"} " + num(9 * t) + "\n";
        out += "envoy_cluster_upstream_rq_xx{" + route + ",envoy_response_code_class=\"5\"} " + num(1 * t) + "\n";
        out += histogram("envoy_cluster_upstream_rq_time", route, 10 * t, 0.0, 1.0, "50", "100");
        const std::string pod = "namespace=\"search\",pod=\"search-api-7d9f8b6c5d-x2x9q\",container=\"api\"";
        out += "container_cpu_usage_seconds_total{" + pod + ",image=\"search-api:1\"} " + num(0.1 * t) + "\n";
        out += "container_memory_working_set_bytes{" + pod + ",image=\"search-api:1\"} 134217728\n";
        out += "kube_pod_container_resource_requests{" + pod + ",resource=\"cpu\",unit=\"core\"} 0.2\n";
        out += "kube_pod_container_resource_requests{" + pod + ",resource=\"memory\",unit=\"byte\"} 268435456\n";
        out += "kube_pod_container_status_restarts_total{" + pod + "} 3\n";
        out += "pg_up{namespace=\"postgres\",service=\"postgresql\"} 1\n";
        out += "redis_up{namespace=\"caching\",service=\"redis-master\"} 0\n";
        out += "rabbitmq_queue_messages_ready{namespace=\"messaging\",service=\"rabbitmq\",queue=\"index\"} 42\n";
        return out;
    }

    LoopbackHttpServer m_server;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace lcl::test
