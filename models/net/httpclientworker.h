#pragma once

#include "net/httpclient.h"
#include "net/retrybackoff.h"

#include <curl/curl.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace lcl::net {

class HttpTransfer;

// The net thread: owns the curl multi handle and every transfer. Other threads talk to it only through the
// lock-protected inbox (new requests, cancellations, stop) and curl_multi_wakeup.
class HttpClient::Worker final {
public:
    Worker();
    ~Worker(); // cancels everything still running (callbacks see Cancelled) and joins

    RequestId enqueue(HttpRequest request, DoneCallback onDone, ChunkCallback onChunk);
    void cancel(RequestId id);
    bool isWorkerThread() const { return std::this_thread::get_id() == m_threadId.load(); }

private:
    using Clock = std::chrono::steady_clock;
    struct Incoming {
        RequestId id;
        HttpRequest request;
        DoneCallback onDone;
        ChunkCallback onChunk;
    };
    struct Slot {
        std::unique_ptr<HttpTransfer> transfer;
        bool running = false;
        Clock::time_point retryAt;
    };

    void run();
    bool takeInbox();
    void startTransfer(Slot& slot);
    void startDueRetries();
    void drainFinished();
    void cancelNow(RequestId id);
    void cancelEverything();
    int pollTimeoutMs() const;
    bool cancelRequested(RequestId id);

    CURLM* m_multi = nullptr;
    std::thread m_thread;
    std::atomic<std::thread::id> m_threadId;

    std::mutex m_mutex; // guards the inbox below
    std::vector<Incoming> m_incoming;
    std::set<RequestId> m_cancels;
    bool m_stop = false;
    RequestId m_nextId = 1;

    std::map<RequestId, Slot> m_slots; // net thread only
    RetryBackoff m_backoff;
};

} // namespace lcl::net
