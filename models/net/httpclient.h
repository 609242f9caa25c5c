#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace lcl::net {

// TLS material for one endpoint. PEM data wins over files when both are set.
struct TlsConfig {
    QByteArray caPem;          // certificate authority bundle (PEM); empty: the system's store
    QString caFile;
    QByteArray clientCertPem;  // client certificate (PEM), RSA or EC
    QByteArray clientKeyPem;   // its private key (PEM); never logged
    QString serverName;        // SNI and verification name (kubeconfig tls-server-name); empty: the URL's host
    bool insecureSkipVerify = false;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    Headers headers;           // Authorization values are never logged
    QByteArray body;
    int timeoutMs = 30000;     // whole request; for streams, the time allowed without any byte (idle timeout)
    bool stream = false;       // deliver the body in chunks to onChunk as it arrives (watches, log follows)
    int maxRetries = 0;        // retries with jittered backoff on network errors and 502/503/504; idempotent only
    TlsConfig tls;
    QString proxyUrl;          // http, https or socks5 proxy; empty: the http(s)_proxy environment variables

    // Runs on the net thread just before the request starts (and again before each retry) on a fresh copy of
    // the request: fills in credentials that may take time to get (exec credential plugins). An Error fails
    // the request with that error.
    std::function<std::optional<Error>(HttpRequest&)> prepare;
};

struct HttpResponse {
    int status = 0;
    int httpVersion = 0;       // 10, 11, 20 or 30: the protocol the answer came over (20 = HTTP/2 was negotiated)
    Headers headers;
    QByteArray body;           // streamed requests: empty for 2xx (the chunks went to onChunk); for other statuses the
                               // chunks go to onChunk AND the body (first MiB) is kept here for error decoding
    QByteArray header(const QByteArray& name) const; // case-insensitive, first match
};

using RequestId = quint64;

// One worker thread driving a curl multi handle: connection reuse, HTTP/2 where the server offers it, gzip,
// streaming bodies, per-request timeouts, cancellation, retries with jittered backoff. Callbacks run on the
// worker thread: they must not touch GUI-thread objects (post values across with a queued call instead).
class HttpClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using DoneCallback = std::function<void(const Result<HttpResponse>&)>;
    // Called for each piece of a streamed body, in order, after the status and headers are known.
    using ChunkCallback = std::function<void(int status, const QByteArray& chunk)>;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override; // cancels everything still running and joins the worker

    // Starts a request; `onDone` is called exactly once (also on cancel, with Error::Kind::Cancelled).
    RequestId send(HttpRequest request, DoneCallback onDone, ChunkCallback onChunk = {});
    void cancel(RequestId id);

    // True on the worker thread (inside callbacks and `prepare`).
    bool isNetThread() const;

    // Convenience for callers without an event loop of their own (command-line report, tests): blocks the
    // calling thread until the request ends. Never call it on the GUI thread of a window. Called on the net
    // thread itself it fails at once with a Config error instead of deadlocking.
    Result<HttpResponse> sendAndWait(HttpRequest request);

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace lcl::net
