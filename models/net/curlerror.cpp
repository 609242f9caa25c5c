#include "net/curlerror.h"

namespace lcl::net {

QString CurlError::hostPort(const QUrl& url)
{
    const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return host + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

bool CurlError::isRetryable(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return true;
    default:
        return false;
    }
}

Error CurlError::toError(CURLcode code, const QString& detail, const QUrl& url, int timeoutMs, bool stream,
                         bool closedAfterHandshake)
{
    const QString where = hostPort(url);
    const QString full = QStringLiteral("curl %1 (%2): %3")
                             .arg(int(code))
                             .arg(QString::fromUtf8(curl_easy_strerror(code)), detail);
    // TLS 1.3 reports a refused client certificate as a read error after the handshake; the text tells.
    const bool tlsText = closedAfterHandshake || detail.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
                         || detail.contains(QLatin1String("certificate"), Qt::CaseInsensitive);
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        return Error::make(Error::Kind::Network, tr("Could not connect to %1").arg(where),
                           tr("Is the cluster running? Check the server address in the kubeconfig and that nothing "
                              "blocks the port."),
                           full);
    case CURLE_COULDNT_RESOLVE_HOST:
        return Error::make(Error::Kind::Network, tr("Could not resolve the host name %1").arg(url.host()),
                           tr("Check the server address in the kubeconfig and your DNS settings."), full);
    case CURLE_COULDNT_RESOLVE_PROXY:
        return Error::make(Error::Kind::Network, tr("Could not resolve the proxy host"),
                           tr("Check proxy-url in the kubeconfig or the http(s)_proxy variables."), full);
    case CURLE_OPERATION_TIMEDOUT:
        if (stream)
            return Error::make(Error::Kind::Timeout,
                               tr("%1 sent nothing for %2 s").arg(where).arg(qMax(1, timeoutMs / 1000)),
                               tr("The connection may have stalled; it will be opened again."), full);
        return Error::make(Error::Kind::Timeout, tr("%1 did not answer within %2 s").arg(where).arg(timeoutMs / 1000.0),
                           tr("The server may be overloaded or unreachable. Try again, or raise the timeout."), full);
    case CURLE_PEER_FAILED_VERIFICATION:
        return Error::make(Error::Kind::Tls, tr("The server certificate of %1 could not be verified").arg(where),
                           tr("Check certificate-authority(-data) and tls-server-name in the kubeconfig; the CA must "
                              "be the one that signed the cluster's serving certificate."),
                           full);
    case CURLE_SSL_CACERT_BADFILE:
        return Error::make(Error::Kind::Tls, tr("The certificate authority for %1 could not be loaded").arg(where),
                           tr("certificate-authority-data must hold PEM certificates."), full);
    case CURLE_SSL_CERTPROBLEM:
        return Error::make(Error::Kind::Tls, tr("The client certificate for %1 could not be used").arg(where),
                           tr("Check client-certificate(-data) in the kubeconfig: it must be PEM."), full);
    case CURLE_SSL_CONNECT_ERROR:
        if (detail.contains(QLatin1String("reset by peer")) || detail.contains(QLatin1String("Connection refused")))
            return Error::make(Error::Kind::Network, tr("The connection to %1 was closed unexpectedly").arg(where),
                               tr("The server closed the connection before TLS was set up; it may have crashed or "
                                  "be restarting. Try again."),
                               full);
        [[fallthrough]];
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
        return Error::make(Error::Kind::Tls, tr("The TLS handshake with %1 failed").arg(where),
                           tr("The server may require a client certificate, or the client key may not match its "
                              "certificate. Check client-certificate and client-key in the kubeconfig."),
                           full);
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return Error::make(Error::Kind::Config, tr("The address %1 is not a valid https URL").arg(url.toString()),
                           tr("Check the server field in the kubeconfig."), full);
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        if (tlsText)
            return Error::make(Error::Kind::Tls, tr("%1 ended the TLS connection").arg(where),
                               tr("The server may require a client certificate that it accepts. Check "
                                  "client-certificate and client-key in the kubeconfig."),
                               full);
        [[fallthrough]];
    case CURLE_GOT_NOTHING:
        if (closedAfterHandshake)
            return Error::make(Error::Kind::Tls, tr("%1 ended the TLS connection").arg(where),
                               tr("The server may require a client certificate that it accepts. Check "
                                  "client-certificate and client-key in the kubeconfig."),
                               full);
        [[fallthrough]];
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return Error::make(Error::Kind::Network, tr("The connection to %1 was closed unexpectedly").arg(where),
                           tr("The server or a proxy in between dropped the connection. Try again."), full);
    case CURLE_PROXY:
        return Error::make(Error::Kind::Network, tr("The proxy refused the connection to %1").arg(where),
                           tr("Check proxy-url in the kubeconfig or the http(s)_proxy variables."), full);
    default:
        break;
    }
    return Error::make(tlsText ? Error::Kind::Tls : Error::Kind::Network,
                       tr("The request to %1 failed: %2").arg(where, QString::fromUtf8(curl_easy_strerror(code))),
                       tr("Check the network connection to the cluster."), full);
}

} // namespace lcl::net
