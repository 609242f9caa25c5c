#include "metrics/prometheusclienterror.h"

#include <nlohmann/json.hpp>

namespace lcl::metrics {

namespace {

QString serverName(PrometheusClientError::Server s)
{
    return s == PrometheusClientError::Server::Prometheus ? QStringLiteral("Prometheus") : QStringLiteral("Alertmanager");
}

QString str(const nlohmann::json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

std::optional<Error> PrometheusClientError::check(const Result<net::HttpResponse>& response, Server server,
                                                  const QString& where)
{
    if (!response) {
        Error e = response.error();
        const QString name = serverName(server);
        switch (e.kind) {
        case Error::Kind::Network:
            e.detail = e.message + QStringLiteral(" / ") + e.detail;
            e.message = tr("%1 at %2 cannot be reached").arg(name, where);
            e.hint = tr("Check that %1 is running and that the address is right; the console retries on the next "
                        "refresh.").arg(name);
            break;
        case Error::Kind::Timeout:
            e.detail = e.message + QStringLiteral(" / ") + e.detail;
            e.message = tr("%1 at %2 did not answer in time").arg(name, where);
            e.hint = tr("%1 may be overloaded; try a shorter time range or a longer refresh interval.").arg(name);
            break;
        default:
            break;
        }
        return e;
    }
    const int status = response->status;
    if (status >= 200 && status < 300)
        return std::nullopt;
    return fromHttpStatus(status, response->body, server, where);
}

Error PrometheusClientError::fromHttpStatus(int status, const QByteArray& body, Server server, const QString& where)
{
    const QString name = serverName(server);
    const nlohmann::json j = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    const QString snippet = QString::fromUtf8(body.left(512));
    if (j.is_object() && j.contains("errorType"))
        return fromEnvelope(status, str(j, "errorType"), str(j, "error"), where);
    if (j.is_object() && str(j, "kind") == QLatin1String("Status")) {
        // The API server's own answer: the proxy could not reach the service, or RBAC said no.
        const QString message = str(j, "message");
        if (status == 401)
            return Error::make(Error::Kind::Auth, tr("The API server did not accept the credentials"),
                               tr("Log in again or refresh the kubeconfig."), message, status);
        if (status == 403)
            return Error::make(Error::Kind::Forbidden, tr("Not allowed to reach %1 through the API server").arg(where),
                               tr("Reading through the service proxy needs get (and, for POST, create) on "
                                  "services/proxy."),
                               message, status);
        if (status == 404)
            return Error::make(Error::Kind::NotFound, tr("The service %1 does not exist").arg(where),
                               tr("Check the namespace, service name and port."), message, status);
        return Error::make(Error::kindForHttpStatus(status), tr("The API server could not reach %1").arg(where),
                           tr("The service may have no ready pods (no endpoints); check its pods."), message, status);
    }
    if (j.is_string() && QString::fromStdString(j.get<std::string>()).contains(QLatin1String("not found")))
        // Alertmanager 0.25 answers an unknown silence id with 500 "silence not found".
        return Error::make(Error::Kind::NotFound,
                           tr("%1 does not know it: %2").arg(name, QString::fromStdString(j.get<std::string>())),
                           tr("It may have expired and been removed already; refresh the list."), snippet, status);
    if (j.is_string()) // Alertmanager writes errors as a bare JSON string.
        return Error::make(Error::kindForHttpStatus(status),
                           tr("%1 rejected the request: %2").arg(name, QString::fromStdString(j.get<std::string>())),
                           tr("Check the values entered."), snippet, status);
    if (status == 404)
        return Error::make(Error::Kind::NotFound, tr("%1 at %2 has no such API").arg(name, where),
                           tr("Check that the address points at %1 and not at another server.").arg(name), snippet,
                           status);
    if (status == 401 || status == 403)
        return Error::make(Error::kindForHttpStatus(status), tr("%1 at %2 refused access").arg(name, where),
                           tr("Check the credentials for this endpoint."), snippet, status);
    return Error::make(Error::kindForHttpStatus(status), tr("%1 at %2 answered HTTP %3").arg(name, where).arg(status),
                       tr("Look at %1's log for the cause.").arg(name), snippet, status);
}

Error PrometheusClientError::fromEnvelope(int status, const QString& type, const QString& message, const QString& where)
{
    const QString detail = type + QStringLiteral(": ") + message;
    if (message.contains(QLatin1String("exceeded maximum resolution")))
        return Error::make(Error::Kind::Invalid, tr("The time range has too many points for Prometheus"),
                           tr("Choose a shorter range or a coarser step (at most 11,000 points per series)."), detail,
                           status);
    if (type == QLatin1String("bad_data"))
        return Error::make(Error::Kind::Invalid, tr("Prometheus rejected the query: %1").arg(message),
                           tr("Check the PromQL of this signal (in the lab profile, if it comes from there)."), detail,
                           status);
    if (type == QLatin1String("execution"))
        return Error::make(Error::Kind::Invalid, tr("Prometheus could not evaluate the query: %1").arg(message),
                           tr("The query is valid but failed on the data, e.g. duplicate series on one side of a "
                              "division; check the labels the profile groups by."),
                           detail, status);
    if (type == QLatin1String("timeout"))
        return Error::make(Error::Kind::Timeout, tr("Prometheus at %1 gave up on the query in time").arg(where),
                           tr("Try a shorter time range, or raise Prometheus' --query.timeout."), detail, status);
    if (type == QLatin1String("canceled"))
        return Error::make(Error::Kind::Cancelled, tr("Prometheus cancelled the query"), {}, detail, status);
    if (type == QLatin1String("unavailable"))
        return Error::make(Error::Kind::Unavailable, tr("Prometheus at %1 is not ready").arg(where),
                           tr("It may still be starting or replaying its write-ahead log; wait a moment."), detail,
                           status);
    if (type == QLatin1String("not_found"))
        return Error::make(Error::Kind::NotFound, tr("Prometheus at %1 does not know this API").arg(where),
                           tr("The server may be an older or a partial Prometheus-compatible API."), detail, status);
    return Error::make(status >= 500 || status == 0 ? Error::Kind::Server : Error::kindForHttpStatus(status),
                       tr("Prometheus at %1 failed: %2").arg(where, message),
                       tr("Look at Prometheus' log for the cause."), detail, status);
}

} // namespace lcl::metrics
