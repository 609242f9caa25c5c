#include "metrics/prometheusclientcore.h"

#include <QSet>

#include <mutex>

namespace lcl::metrics {

struct PrometheusClientCore::InFlight {
    // Recursive: HttpClient may report an immediate failure from inside send(), on this thread.
    std::recursive_mutex mutex;
    QSet<net::RequestId> ids;
};

PrometheusClientCore::PrometheusClientCore(net::HttpClient* http, PrometheusClientEndpoint endpoint,
                                           PrometheusClientError::Server server, QObject* owner)
    : m_http(http), m_endpoint(std::move(endpoint)), m_server(server), m_delivery(owner),
      m_inFlight(std::make_shared<InFlight>())
{
}

PrometheusClientCore::~PrometheusClientCore()
{
    m_delivery.close();
    cancelAll();
}

void PrometheusClientCore::setEndpoint(PrometheusClientEndpoint endpoint)
{
    cancelAll();
    m_endpoint = std::move(endpoint);
}

void PrometheusClientCore::cancelAll()
{
    m_delivery.bump();
    QSet<net::RequestId> ids;
    {
        const std::lock_guard lock(m_inFlight->mutex);
        ids.swap(m_inFlight->ids);
    }
    for (net::RequestId id : std::as_const(ids))
        m_http->cancel(id);
}

net::RequestId PrometheusClientCore::sendRaw(net::HttpRequest request,
                                             std::function<void(const Result<net::HttpResponse>&)> onDone)
{
    struct Entry {
        net::RequestId id = 0;
        bool done = false;
    };
    auto entry = std::make_shared<Entry>();
    auto inFlight = m_inFlight;
    // Held across send() so that a callback on the net thread sees the id filled in.
    const std::lock_guard lock(m_inFlight->mutex);
    entry->id = m_http->send(
        std::move(request), [inFlight, entry, onDone = std::move(onDone)](const Result<net::HttpResponse>& response) {
            {
                const std::lock_guard lock(inFlight->mutex);
                entry->done = true;
                inFlight->ids.remove(entry->id);
            }
            onDone(response);
        });
    if (!entry->done)
        m_inFlight->ids.insert(entry->id);
    return entry->id;
}

} // namespace lcl::metrics
