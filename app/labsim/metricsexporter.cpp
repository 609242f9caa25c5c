#include "labsim/metricsexporter.h"

#include "labsim/listenbacklog.h"
#include "labsim/metricfamilies.h"

#include <httplib.h>

namespace lcl::sim {

MetricsExporter::MetricsExporter() = default;

MetricsExporter::~MetricsExporter()
{
    stop();
}

void MetricsExporter::addCollector(Collector collector)
{
    m_collectors.push_back(std::move(collector));
}

void MetricsExporter::addTextCollector(TextCollector collector)
{
    m_textCollectors.push_back(std::move(collector));
}

std::string MetricsExporter::render() const
{
    std::vector<prometheus::MetricFamily> families;
    for (const Collector& collector : m_collectors) {
        std::vector<prometheus::MetricFamily> part = collector();
        std::move(part.begin(), part.end(), std::back_inserter(families));
    }
    std::string text = MetricFamilies::serialize(families);
    for (const TextCollector& collector : m_textCollectors)
        text += collector();
    return text;
}

Result<quint16> MetricsExporter::start(quint16 port)
{
    m_server = std::make_unique<httplib::Server>();
    m_server->new_task_queue = [] { return new httplib::ThreadPool(2); };
    m_server->Get("/metrics", [this](const httplib::Request&, httplib::Response& response) {
        response.set_content(render(), "text/plain; version=0.0.4; charset=utf-8");
    });
    int bound = port;
    const ListenBacklog backlog(*m_server);
    if (port == 0)
        bound = m_server->bind_to_any_port("127.0.0.1");
    else if (!m_server->bind_to_port("127.0.0.1", port))
        bound = -1;
    if (bound <= 0) {
        m_server.reset();
        return Error::make(Error::Kind::Network, tr("cannot listen for /metrics on 127.0.0.1:%1").arg(port));
    }
    backlog.widen();
    m_thread = std::thread([server = m_server.get()] { server->listen_after_bind(); });
    return static_cast<quint16>(bound);
}

void MetricsExporter::stop()
{
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
}

} // namespace lcl::sim
