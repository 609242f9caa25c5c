#pragma once

#include "core/result.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QString>

namespace lcl::metrics {

// Turns a failed or non-2xx answer of Prometheus or Alertmanager (direct or through the API server's service
// proxy) into an lcl::Error whose message and hint say what to do.
class PrometheusClientError final {
    Q_DECLARE_TR_FUNCTIONS(lcl::metrics::PrometheusClientError)

public:
    enum class Server { Prometheus, Alertmanager };

    // nullopt when `response` is a 2xx answer. `where` names the endpoint for the user.
    static std::optional<Error> check(const Result<net::HttpResponse>& response, Server server, const QString& where);

    // The {"status":"error","errorType":…,"error":…} envelope, or a Kubernetes Status, or a plain JSON string.
    static Error fromHttpStatus(int status, const QByteArray& body, Server server, const QString& where);
    // A Prometheus envelope with status "error" inside a 2xx answer.
    static Error fromEnvelope(int status, const QString& errorType, const QString& message, const QString& where);
};

} // namespace lcl::metrics
