#pragma once

#include "core/result.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QList>
#include <QPair>

#include <memory>

namespace lcl::kube {
class CredentialProvider;
struct ClusterConnection;
} // namespace lcl::kube

namespace lcl::metrics {

// Where a Prometheus-compatible API (or an Alertmanager) answers: directly, or through the Kubernetes API
// server's service proxy with the cluster's TLS and credentials.
struct PrometheusClientEndpoint {
    Q_DECLARE_TR_FUNCTIONS(lcl::metrics::PrometheusClientEndpoint)

public:
    QUrl baseUrl;            // http://127.0.0.1:9090, or https://api:6443/api/v1/namespaces/ns/services/svc:9090/proxy
    net::TlsConfig tls;
    std::shared_ptr<kube::CredentialProvider> credentials; // the API server's, for the service proxy; may be null
    QString proxyUrl;
    bool viaServiceProxy = false; // the proxy maps POST to `create services/proxy`: prefer GET then
    QString displayName;          // translated, shown in "why no data" and discovery steps
    int timeoutMs = 15000;

    bool isValid() const { return baseUrl.isValid() && !baseUrl.host().isEmpty(); }

    using Params = QList<QPair<QString, QString>>;

    // A request to `path` ("/api/v1/query") under the base URL; Authorization is filled on the net thread.
    net::HttpRequest request(const QByteArray& method, const QString& path, const Params& query = {}) const;
    // The same with `form` as an application/x-www-form-urlencoded body.
    net::HttpRequest postForm(const QString& path, const Params& form) const;
    // Every byte but the unreserved ones percent-encoded: '+' in PromQL must not turn into a space.
    static QByteArray formEncode(const Params& params);

    // An http(s) URL typed by the user ("prometheus.lab:9090" gets http:// added).
    static Result<PrometheusClientEndpoint> fromUrl(const QString& text);
    // "namespace/service:port" (Headlamp and Lens write it so) through the API server of `cluster`.
    static Result<PrometheusClientEndpoint> fromServiceAddress(const kube::ClusterConnection& cluster,
                                                               const QString& address);
    static PrometheusClientEndpoint serviceProxy(const kube::ClusterConnection& cluster, const QString& ns,
                                                 const QString& service, const QString& port);
};

} // namespace lcl::metrics
