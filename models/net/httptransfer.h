#pragma once

#include "net/httpclient.h"

#include <curl/curl.h>

#include <chrono>
#include <functional>

namespace lcl::net {

// One request on its way: the curl easy handle, its header list, what has arrived so far. Lives on the net
// thread only. A retry builds a fresh easy handle from the original request.
class HttpTransfer final {
public:
    using CancelCheck = std::function<bool(RequestId)>;

    HttpTransfer(RequestId id, HttpRequest request, HttpClient::DoneCallback onDone,
                 HttpClient::ChunkCallback onChunk, CancelCheck cancelRequested);
    ~HttpTransfer();
    HttpTransfer(const HttpTransfer&) = delete;
    HttpTransfer& operator=(const HttpTransfer&) = delete;

    RequestId id() const { return m_id; }
    CURL* easy() const { return m_easy; }
    int attempt() const { return m_attempt; }
    const HttpRequest& request() const { return m_original; }

    // Runs request.prepare and sets up a new easy handle; an Error means the request cannot start.
    std::optional<Error> start();

    // The transfer ended with `code`. Fills `result`; true when it should be tried again instead.
    bool finish(CURLcode code, std::optional<Result<HttpResponse>>* result);

    // Extra delay the server asked for (Retry-After), zero when none.
    std::chrono::milliseconds retryAfter() const;

    void complete(const Result<HttpResponse>& result);

private:
    static size_t writeCallback(char* data, size_t size, size_t count, void* self);
    static size_t headerCallback(char* data, size_t size, size_t count, void* self);
    static int progressCallback(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
    size_t onBody(const char* data, size_t length);
    void onHeaderLine(QByteArray line);
    int currentStatus();
    bool retryableStatus(int status) const;
    void releaseEasy();
    bool closedAfterHandshake() const;
    void applyTls(const TlsConfig& tls, QUrl* url);

    RequestId m_id;
    HttpRequest m_original;
    HttpRequest m_effective;
    HttpClient::DoneCallback m_onDone;
    HttpClient::ChunkCallback m_onChunk;
    CancelCheck m_cancelRequested;
    CURL* m_easy = nullptr;
    curl_slist* m_headerList = nullptr;
    curl_slist* m_connectTo = nullptr;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
    HttpResponse m_response;
    int m_attempt = -1;
    bool m_chunksDelivered = false;
    bool m_completed = false;
    bool m_idleTimedOut = false;
    bool m_sawHeaders = false;
    std::chrono::steady_clock::time_point m_lastActivity;
};

} // namespace lcl::net
