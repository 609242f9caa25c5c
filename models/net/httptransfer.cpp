#include "net/httptransfer.h"

#include "core/logging.h"
#include "net/curlerror.h"

#include <spdlog/spdlog.h>

namespace lcl::net {

namespace {

// Error bodies of streams are kept for decoding a Status; a runaway error page must not fill memory.
constexpr qsizetype kMaxStreamErrorBody = 1024 * 1024;

bool isRetryableStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

} // namespace

HttpTransfer::HttpTransfer(RequestId id, HttpRequest request, HttpClient::DoneCallback onDone,
                           HttpClient::ChunkCallback onChunk, CancelCheck cancelRequested)
    : m_id(id),
      m_original(std::move(request)),
      m_onDone(std::move(onDone)),
      m_onChunk(std::move(onChunk)),
      m_cancelRequested(std::move(cancelRequested))
{
}

HttpTransfer::~HttpTransfer()
{
    releaseEasy();
}

void HttpTransfer::releaseEasy()
{
    if (m_easy)
        curl_easy_cleanup(m_easy);
    m_easy = nullptr;
    curl_slist_free_all(m_headerList);
    m_headerList = nullptr;
    curl_slist_free_all(m_connectTo);
    m_connectTo = nullptr;
}

std::optional<Error> HttpTransfer::start()
{
    releaseEasy();
    ++m_attempt;
    m_response = {};
    m_sawHeaders = false;
    m_errorBuffer[0] = 0;
    m_effective = m_original;
    if (m_effective.prepare) {
        if (auto error = m_effective.prepare(m_effective))
            return error;
    }
    const HttpRequest& r = m_effective;
    if (!r.url.isValid() || (r.url.scheme() != QLatin1String("https") && r.url.scheme() != QLatin1String("http")))
        return CurlError::toError(CURLE_URL_MALFORMAT, {}, r.url, r.timeoutMs, r.stream);

    m_easy = curl_easy_init();
    if (!m_easy)
        return Error::make(Error::Kind::Network, CurlError::tr("Could not start a network request"));
    CURL* e = m_easy;
    QUrl url = r.url;
    applyTls(r.tls, &url);
    const QByteArray encodedUrl = url.toEncoded();
    curl_easy_setopt(e, CURLOPT_URL, encodedUrl.constData());
    curl_easy_setopt(e, CURLOPT_PRIVATE, this);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    // Over TLS, wait to learn whether the first connection speaks HTTP/2 and share it. Plain http never
    // multiplexes (h2 is only offered through TLS), and curl 7.88 would hold every later request on that host
    // until the first one ended: a watch or log stream never ends.
    if (url.scheme() == QLatin1String("https"))
        curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &HttpTransfer::writeCallback);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &HttpTransfer::headerCallback);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, this);
    if (!r.proxyUrl.isEmpty())
        curl_easy_setopt(e, CURLOPT_PROXY, r.proxyUrl.toUtf8().constData());

    if (r.stream) {
        // Streams live as long as the server keeps them; only silence ends them. curl's LOW_SPEED check
        // averages over several seconds, so the idle clock is kept here, checked from the progress callback.
        m_lastActivity = std::chrono::steady_clock::now();
        m_idleTimedOut = false;
        curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, &HttpTransfer::progressCallback);
        curl_easy_setopt(e, CURLOPT_XFERINFODATA, this);
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(qMax(1, r.timeoutMs)));
    } else if (r.timeoutMs > 0) {
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(r.timeoutMs));
    }

    const QByteArray method = r.method.toUpper();
    if (method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else {
        if (method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
        if (!r.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(r.body.size()));
            curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, r.body.constData());
        }
    }

    m_headerList = curl_slist_append(m_headerList, "Expect:");
    for (const auto& [name, value] : r.headers) {
        const QByteArray line = name + ": " + value;
        m_headerList = curl_slist_append(m_headerList, line.constData());
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, m_headerList);
    logging::logger("net")->debug("{} {}{}", method.constData(), url.toDisplayString(QUrl::RemoveUserInfo).toStdString(),
                                  m_attempt > 0 ? fmt::format(" (retry {})", m_attempt) : std::string());
    return std::nullopt;
}

void HttpTransfer::applyTls(const TlsConfig& tls, QUrl* url)
{
    CURL* e = m_easy;
    if (tls.insecureSkipVerify) {
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
    } else if (!tls.caPem.isEmpty()) {
        curl_blob blob{const_cast<char*>(tls.caPem.constData()), size_t(tls.caPem.size()), CURL_BLOB_COPY};
        curl_easy_setopt(e, CURLOPT_CAINFO_BLOB, &blob);
    } else if (!tls.caFile.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_CAINFO, tls.caFile.toLocal8Bit().constData());
    }
    if (!tls.clientCertPem.isEmpty()) {
        curl_blob cert{const_cast<char*>(tls.clientCertPem.constData()), size_t(tls.clientCertPem.size()),
                       CURL_BLOB_COPY};
        curl_easy_setopt(e, CURLOPT_SSLCERT_BLOB, &cert);
        curl_easy_setopt(e, CURLOPT_SSLCERTTYPE, "PEM");
    }
    if (!tls.clientKeyPem.isEmpty()) {
        curl_blob key{const_cast<char*>(tls.clientKeyPem.constData()), size_t(tls.clientKeyPem.size()),
                      CURL_BLOB_COPY};
        curl_easy_setopt(e, CURLOPT_SSLKEY_BLOB, &key);
        curl_easy_setopt(e, CURLOPT_SSLKEYTYPE, "PEM");
    }
    // tls-server-name: name the server in the URL (so SNI and verification use it) but connect to the
    // address the kubeconfig gave.
    if (!tls.serverName.isEmpty() && url->scheme() == QLatin1String("https")
        && tls.serverName.compare(url->host(), Qt::CaseInsensitive) != 0) {
        const int port = url->port(443);
        QString host = url->host();
        if (host.contains(QLatin1Char(':')))
            host = QLatin1Char('[') + host + QLatin1Char(']');
        const QByteArray rule = (tls.serverName + QLatin1Char(':') + QString::number(port) + QLatin1Char(':') + host
                                 + QLatin1Char(':') + QString::number(port))
                                    .toUtf8();
        m_connectTo = curl_slist_append(m_connectTo, rule.constData());
        curl_easy_setopt(e, CURLOPT_CONNECT_TO, m_connectTo);
        url->setHost(tls.serverName);
    }
}

int HttpTransfer::currentStatus()
{
    if (m_response.status == 0 && m_easy) {
        long code = 0;
        curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &code);
        m_response.status = int(code);
    }
    return m_response.status;
}

bool HttpTransfer::retryableStatus(int status) const
{
    return isRetryableStatus(status) && m_attempt < m_original.maxRetries;
}

size_t HttpTransfer::writeCallback(char* data, size_t size, size_t count, void* self)
{
    return static_cast<HttpTransfer*>(self)->onBody(data, size * count);
}

int HttpTransfer::progressCallback(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto* t = static_cast<HttpTransfer*>(self);
    const auto idle = std::chrono::steady_clock::now() - t->m_lastActivity;
    if (idle > std::chrono::milliseconds(qMax(1, t->m_original.timeoutMs))) {
        t->m_idleTimedOut = true;
        return 1;
    }
    return 0;
}

size_t HttpTransfer::onBody(const char* data, size_t length)
{
    m_lastActivity = std::chrono::steady_clock::now();
    if (m_cancelRequested && m_cancelRequested(m_id))
        return 0; // aborts the transfer; the worker reports Cancelled
    const int status = currentStatus();
    if (!m_original.stream || retryableStatus(status)) {
        m_response.body.append(data, qsizetype(length));
        return length;
    }
    if (status >= 300 && m_response.body.size() < kMaxStreamErrorBody)
        m_response.body.append(data, qMin(qsizetype(length), kMaxStreamErrorBody - m_response.body.size()));
    if (m_onChunk) {
        m_chunksDelivered = true;
        m_onChunk(status, QByteArray(data, qsizetype(length)));
    }
    return length;
}

size_t HttpTransfer::headerCallback(char* data, size_t size, size_t count, void* self)
{
    static_cast<HttpTransfer*>(self)->onHeaderLine(QByteArray(data, qsizetype(size * count)));
    return size * count;
}

void HttpTransfer::onHeaderLine(QByteArray line)
{
    m_lastActivity = std::chrono::steady_clock::now();
    line = line.trimmed();
    m_sawHeaders = true;
    if (line.startsWith("HTTP/")) {
        // A new response (after 100 Continue or a proxy CONNECT): start over.
        m_response.headers.clear();
        m_response.status = 0;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return;
    m_response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
}

std::chrono::milliseconds HttpTransfer::retryAfter() const
{
    bool ok = false;
    const int seconds = m_response.header("Retry-After").toInt(&ok);
    return ok ? std::chrono::milliseconds(qBound(0, seconds, 30) * 1000) : std::chrono::milliseconds(0);
}

bool HttpTransfer::finish(CURLcode code, std::optional<Result<HttpResponse>>* result)
{
    const bool canRetry = m_attempt < m_original.maxRetries && !m_chunksDelivered;
    if (code == CURLE_ABORTED_BY_CALLBACK && m_idleTimedOut)
        code = CURLE_OPERATION_TIMEDOUT;
    if (code != CURLE_OK) {
        if (canRetry && CurlError::isRetryable(code))
            return true;
        *result = CurlError::toError(code, QString::fromUtf8(m_errorBuffer), m_original.url, m_original.timeoutMs,
                                     m_original.stream, closedAfterHandshake());
        return false;
    }
    const int status = currentStatus();
    if (canRetry && isRetryableStatus(status))
        return true;
    long version = 0;
    curl_easy_getinfo(m_easy, CURLINFO_HTTP_VERSION, &version);
    switch (version) {
    case CURL_HTTP_VERSION_1_0:
        m_response.httpVersion = 10;
        break;
    case CURL_HTTP_VERSION_1_1:
        m_response.httpVersion = 11;
        break;
    case CURL_HTTP_VERSION_2_0:
        m_response.httpVersion = 20;
        break;
    case CURL_HTTP_VERSION_3:
        m_response.httpVersion = 30;
        break;
    default:
        break;
    }
    *result = std::move(m_response);
    return false;
}

bool HttpTransfer::closedAfterHandshake() const
{
    if (!m_easy || m_sawHeaders || m_original.url.scheme() != QLatin1String("https"))
        return false;
    curl_off_t handshakeDone = 0;
    long newConnections = 0;
    curl_easy_getinfo(m_easy, CURLINFO_APPCONNECT_TIME_T, &handshakeDone);
    curl_easy_getinfo(m_easy, CURLINFO_NUM_CONNECTS, &newConnections);
    return handshakeDone > 0 && newConnections > 0;
}

void HttpTransfer::complete(const Result<HttpResponse>& result)
{
    if (m_completed)
        return;
    m_completed = true;
    releaseEasy();
    if (m_onDone)
        m_onDone(result);
}

} // namespace lcl::net
