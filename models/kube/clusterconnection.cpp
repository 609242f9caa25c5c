#include "kube/clusterconnection.h"

#include <QCoreApplication>

namespace lcl::kube {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::ClusterConnection)
};

} // namespace

QUrl ClusterConnection::url(const QString& pathAndQuery) const
{
    QByteArray base = server.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith('/'))
        base.chop(1);
    QByteArray tail = pathAndQuery.toUtf8();
    if (!tail.startsWith('/'))
        tail.prepend('/');
    return QUrl::fromEncoded(base + tail, QUrl::StrictMode);
}

Result<net::HttpRequest> ClusterConnection::request(const QByteArray& method, const QString& pathAndQuery) const
{
    net::HttpRequest r;
    r.method = method;
    r.url = url(pathAndQuery);
    if (!r.url.isValid())
        return Error::make(Error::Kind::Config,
                           Text::tr("Could not build a request for %1 on %2").arg(pathAndQuery, server.toString()),
                           {}, r.url.errorString());
    r.tls = tls;
    r.proxyUrl = proxyUrl;
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    r.headers.append(qMakePair(QByteArray("User-Agent"), QByteArray("lclab-console/" LCL_VERSION)));
    if (credentials) {
        std::shared_ptr<CredentialProvider> provider = credentials;
        r.prepare = [provider](net::HttpRequest& req) -> std::optional<Error> {
            auto header = provider->authorization();
            if (!header)
                return header.error();
            if (!header->isEmpty())
                req.headers.append(qMakePair(QByteArray("Authorization"), header.value()));
            const auto identity = provider->tlsIdentity();
            if (!identity.certPem.isEmpty()) {
                req.tls.clientCertPem = identity.certPem;
                req.tls.clientKeyPem = identity.keyPem;
            }
            return std::nullopt;
        };
    }
    return r;
}

} // namespace lcl::kube
