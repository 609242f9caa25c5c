#pragma once

#include "metrics/prometheusclientdelivery.h"
#include "metrics/prometheusclientendpoint.h"
#include "metrics/prometheusclienterror.h"

#include <functional>
#include <memory>

namespace lcl::metrics {

// The request plumbing PrometheusClient and AlertmanagerClient share: build a request for the endpoint, send it
// on the net thread, turn failures into translated errors, decode off the GUI thread and hand the value back
// either on the net thread or, through PrometheusClientDelivery, on the owner's thread.
class PrometheusClientCore final {
public:
    template <typename T>
    using Decoder = std::function<Result<T>(const net::HttpResponse&)>;
    template <typename T>
    using Callback = std::function<void(const Result<T>&)>;

    PrometheusClientCore(net::HttpClient* http, PrometheusClientEndpoint endpoint, PrometheusClientError::Server server,
                         QObject* owner);
    ~PrometheusClientCore(); // cancels what is still running; nothing is delivered afterwards
    PrometheusClientCore(const PrometheusClientCore&) = delete;
    PrometheusClientCore& operator=(const PrometheusClientCore&) = delete;

    const PrometheusClientEndpoint& endpoint() const { return m_endpoint; }
    void setEndpoint(PrometheusClientEndpoint endpoint); // drops every answer still on its way
    void cancelAll();
    quint64 generation() const { return m_delivery.generation(); }

    // Decodes on the net thread; `done` runs on the owner's thread, or on the net thread with `onNetThread`.
    template <typename T>
    net::RequestId send(net::HttpRequest request, Decoder<T> decode, Callback<T> done, bool onNetThread = false)
    {
        const quint64 generation = m_delivery.generation();
        return sendRaw(std::move(request),
                       [generation, delivery = m_delivery, server = m_server, where = m_endpoint.displayName,
                        decode = std::move(decode), done = std::move(done),
                        onNetThread](const Result<net::HttpResponse>& response) {
                           Result<T> value = [&]() -> Result<T> {
                               if (std::optional<Error> e = PrometheusClientError::check(response, server, where))
                                   return *std::move(e);
                               return decode(*response);
                           }();
                           if (onNetThread)
                               done(value);
                           else
                               delivery.post(generation, [done, value = std::move(value)] { done(value); });
                       });
    }

private:
    net::RequestId sendRaw(net::HttpRequest request, std::function<void(const Result<net::HttpResponse>&)> onDone);

    struct InFlight;
    net::HttpClient* m_http;
    PrometheusClientEndpoint m_endpoint;
    PrometheusClientError::Server m_server;
    PrometheusClientDelivery m_delivery;
    std::shared_ptr<InFlight> m_inFlight;
};

} // namespace lcl::metrics
