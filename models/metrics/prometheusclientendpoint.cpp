#include "metrics/prometheusclientendpoint.h"

#include "kube/clusterconnection.h"

#include <QRegularExpression>

namespace lcl::metrics {

QByteArray PrometheusClientEndpoint::formEncode(const Params& params)
{
    QByteArray out;
    for (const auto& [key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

net::HttpRequest PrometheusClientEndpoint::postForm(const QString& path, const Params& form) const
{
    net::HttpRequest r = request("POST", path);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    r.body = formEncode(form);
    return r;
}

net::HttpRequest PrometheusClientEndpoint::request(const QByteArray& method, const QString& path,
                                                   const Params& query) const
{
    net::HttpRequest r;
    r.method = method;
    QUrl url = baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(formEncode(query)), QUrl::StrictMode);
    r.url = url;
    r.tls = tls;
    r.proxyUrl = proxyUrl;
    r.timeoutMs = timeoutMs;
    r.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (credentials) {
        r.prepare = [creds = credentials](net::HttpRequest& req) -> std::optional<Error> {
            Result<QByteArray> auth = creds->authorization();
            if (!auth)
                return auth.error();
            if (!auth->isEmpty())
                req.headers.append({QByteArrayLiteral("Authorization"), *auth});
            return std::nullopt;
        };
    }
    return r;
}

Result<PrometheusClientEndpoint> PrometheusClientEndpoint::fromUrl(const QString& text)
{
    QString t = text.trimmed();
    if (!t.contains(QStringLiteral("://")))
        t.prepend(QStringLiteral("http://"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return Error::make(Error::Kind::Config, tr("“%1” is not an http or https address").arg(text),
                           tr("Write it like http://prometheus.example:9090"));
    }
    PrometheusClientEndpoint e;
    e.baseUrl = url;
    e.displayName = url.toDisplayString(QUrl::RemoveUserInfo);
    return e;
}

Result<PrometheusClientEndpoint> PrometheusClientEndpoint::fromServiceAddress(const kube::ClusterConnection& cluster,
                                                                              const QString& address)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([a-z0-9]([-a-z0-9]*[a-z0-9])?)/((https?:)?[a-z0-9]([-a-z0-9]*[a-z0-9])?)(:([A-Za-z0-9-]+))?\s*$)"));
    const QRegularExpressionMatch m = re.match(address);
    if (!m.hasMatch()) {
        return Error::make(Error::Kind::Config, tr("“%1” is not a service address").arg(address),
                           tr("Write it as namespace/service:port, for example monitoring/prometheus:9090"));
    }
    if (!cluster.server.isValid()) {
        return Error::make(Error::Kind::Config, tr("No cluster is connected to reach %1 through").arg(address),
                           tr("Connect to a cluster first, or give Prometheus' URL instead"));
    }
    return serviceProxy(cluster, m.captured(1), m.captured(3), m.captured(7));
}

PrometheusClientEndpoint PrometheusClientEndpoint::serviceProxy(const kube::ClusterConnection& cluster,
                                                                const QString& ns, const QString& service,
                                                                const QString& port)
{
    PrometheusClientEndpoint e;
    QUrl url = cluster.server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString target = port.isEmpty() ? service : service + QLatin1Char(':') + port;
    url.setPath(base + QStringLiteral("/api/v1/namespaces/%1/services/%2/proxy").arg(ns, target));
    e.baseUrl = url;
    e.tls = cluster.tls;
    e.credentials = cluster.credentials;
    e.proxyUrl = cluster.proxyUrl;
    e.viaServiceProxy = true;
    e.displayName = tr("%1/%2 through the API server of %3")
                        .arg(ns, target, cluster.contextName.isEmpty() ? cluster.server.host() : cluster.contextName);
    return e;
}

} // namespace lcl::metrics
