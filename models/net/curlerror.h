#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QUrl>

#include <curl/curl.h>

namespace lcl::net {

// Turns a failed curl transfer into an lcl::Error with a translated message and a hint the user can act on.
class CurlError final {
    Q_DECLARE_TR_FUNCTIONS(lcl::net::CurlError)

public:
    // `detail` is curl's own error text (CURLOPT_ERRORBUFFER); it never holds request headers.
    // `closedAfterHandshake`: the connection died after a fresh TLS handshake and before any response, which is
    // how a server refusing the client certificate looks under TLS 1.3.
    static Error toError(CURLcode code, const QString& detail, const QUrl& url, int timeoutMs, bool stream,
                         bool closedAfterHandshake = false);

    // Transient failures worth another attempt (refused, reset, nothing received); not timeouts or TLS.
    static bool isRetryable(CURLcode code);

private:
    static QString hostPort(const QUrl& url);
};

} // namespace lcl::net
