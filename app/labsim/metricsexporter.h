#pragma once

#include "core/result.h"

#include <prometheus/metric_family.h>

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Server;
}

namespace lcl::sim {

// Serves GET /metrics over plain HTTP on 127.0.0.1 (what Prometheus scrapes), built on every scrape from the
// registered collectors and serialized with prometheus-cpp's text serializer.
class MetricsExporter final {
    Q_DECLARE_TR_FUNCTIONS(lcl::sim::MetricsExporter)

public:
    using Collector = std::function<std::vector<prometheus::MetricFamily>()>;
    using TextCollector = std::function<std::string()>; // exposition text a collector caches itself

    MetricsExporter();
    ~MetricsExporter();
    MetricsExporter(const MetricsExporter&) = delete;
    MetricsExporter& operator=(const MetricsExporter&) = delete;

    // Before start().
    void addCollector(Collector collector);
    void addTextCollector(TextCollector collector);

    // Binds 127.0.0.1:port (0: a free port) and serves on a thread of its own. Returns the bound port.
    Result<quint16> start(quint16 port);
    void stop();

    // The exposition text the endpoint answers with now.
    std::string render() const;

private:
    std::vector<Collector> m_collectors;
    std::vector<TextCollector> m_textCollectors;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
};

} // namespace lcl::sim
