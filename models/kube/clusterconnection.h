#pragma once

#include "core/result.h"
#include "net/httpclient.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace lcl::kube {

// Supplies the Authorization header for a cluster: a static token, a token file re-read when it changes, or
// an exec credential plugin with its cache. Thread-safe: informers call it from the net thread.
class CredentialProvider {
public:
    virtual ~CredentialProvider() = default;
    // The header value ("Bearer ..."), or empty when the user authenticates with a client certificate only.
    virtual Result<QByteArray> authorization() = 0;
    // The server answered 401: forget cached credentials so that the next authorization() fetches new ones.
    virtual void invalidate() {}

    // A client certificate and key (PEM) that came with the last authorization() (exec plugins may return
    // them instead of a token); empty when there is none.
    struct TlsIdentity {
        QByteArray certPem;
        QByteArray keyPem;
    };
    virtual TlsIdentity tlsIdentity() { return {}; }
};

// Everything needed to talk to one cluster, resolved from a kubeconfig context.
struct ClusterConnection {
    QString contextName;
    QString clusterName;
    QString userName;
    QString defaultNamespace;      // the context's namespace, or "default"
    QUrl server;                   // https://127.0.0.1:6443
    net::TlsConfig tls;            // CA, client certificate and key, tls-server-name, insecure-skip-tls-verify
    std::shared_ptr<CredentialProvider> credentials; // may be null (client certificate only)
    QString proxyUrl;
    QStringList warnings;          // translated, e.g. "TLS verification is off for cluster X"

    // A request to `path` (with query) on this cluster, TLS and Authorization filled in. The credentials are
    // fetched on the net thread when the request starts (HttpRequest::prepare), never on the caller's thread,
    // because an exec plugin may take seconds.
    Result<net::HttpRequest> request(const QByteArray& method, const QString& pathAndQuery) const;

    // The server URL for `pathAndQuery` (the server's own path prefix kept), invalid when it does not parse.
    QUrl url(const QString& pathAndQuery) const;
};

} // namespace lcl::kube
