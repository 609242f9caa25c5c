#include "net/httpclientworker.h"

#include "core/logging.h"
#include "net/httptransfer.h"

#include <spdlog/spdlog.h>

namespace lcl::net {

namespace {

Error cancelledError()
{
    return Error::make(Error::Kind::Cancelled, HttpClient::tr("The request was cancelled"));
}

struct CurlGlobal {
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

} // namespace

HttpClient::Worker::Worker()
{
    static CurlGlobal global; // curl_global_init is not thread-safe on old curls: once, before any thread
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    m_thread = std::thread([this] { run(); });
}

HttpClient::Worker::~Worker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    curl_multi_wakeup(m_multi);
    m_thread.join();
    curl_multi_cleanup(m_multi);
}

RequestId HttpClient::Worker::enqueue(HttpRequest request, DoneCallback onDone, ChunkCallback onChunk)
{
    RequestId id = 0;
    bool stopped = false;
    {
        std::lock_guard lock(m_mutex);
        id = m_nextId++;
        stopped = m_stop;
        if (!stopped)
            m_incoming.push_back({id, std::move(request), std::move(onDone), std::move(onChunk)});
    }
    if (stopped) {
        if (onDone)
            onDone(cancelledError());
        return id;
    }
    curl_multi_wakeup(m_multi);
    return id;
}

void HttpClient::Worker::cancel(RequestId id)
{
    {
        std::lock_guard lock(m_mutex);
        m_cancels.insert(id);
    }
    curl_multi_wakeup(m_multi);
}

bool HttpClient::Worker::cancelRequested(RequestId id)
{
    std::lock_guard lock(m_mutex);
    return m_cancels.count(id) > 0;
}

void HttpClient::Worker::run()
{
    m_threadId = std::this_thread::get_id();
    while (takeInbox()) {
        startDueRetries();
        int running = 0;
        curl_multi_perform(m_multi, &running);
        drainFinished();
        curl_multi_poll(m_multi, nullptr, 0, pollTimeoutMs(), nullptr);
    }
    cancelEverything();
}

bool HttpClient::Worker::takeInbox()
{
    std::vector<Incoming> incoming;
    std::set<RequestId> cancels;
    {
        std::lock_guard lock(m_mutex);
        if (m_stop)
            return false;
        incoming.swap(m_incoming);
        cancels.swap(m_cancels);
    }
    for (auto& in : incoming) {
        auto check = [this](RequestId id) { return cancelRequested(id); };
        Slot& slot = m_slots[in.id];
        slot.transfer = std::make_unique<HttpTransfer>(in.id, std::move(in.request), std::move(in.onDone),
                                                       std::move(in.onChunk), check);
        if (cancels.count(in.id) == 0)
            startTransfer(slot);
    }
    for (RequestId id : cancels)
        cancelNow(id);
    return true;
}

void HttpClient::Worker::startTransfer(Slot& slot)
{
    HttpTransfer* t = slot.transfer.get();
    const RequestId id = t->id();
    if (auto error = t->start()) {
        t->complete(*error);
        m_slots.erase(id);
        return;
    }
    slot.running = true;
    curl_multi_add_handle(m_multi, t->easy());
}

void HttpClient::Worker::startDueRetries()
{
    const auto now = Clock::now();
    std::vector<RequestId> due;
    for (auto& [id, slot] : m_slots) {
        if (!slot.running && slot.retryAt <= now)
            due.push_back(id);
    }
    for (RequestId id : due) {
        auto it = m_slots.find(id);
        if (it != m_slots.end())
            startTransfer(it->second);
    }
}

void HttpClient::Worker::drainFinished()
{
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        HttpTransfer* t = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
        const CURLcode code = msg->data.result;
        curl_multi_remove_handle(m_multi, msg->easy_handle);
        auto it = m_slots.find(t->id());
        if (it == m_slots.end())
            continue;
        Slot& slot = it->second;
        slot.running = false;
        if (cancelRequested(t->id())) {
            continue; // the next takeInbox reports Cancelled
        }
        std::optional<Result<HttpResponse>> result;
        if (t->finish(code, &result)) {
            const auto wait = std::max(m_backoff.delay(t->attempt()), t->retryAfter());
            logging::logger("net")->info("retrying {} in {} ms", t->request().url.path().toStdString(), wait.count());
            slot.retryAt = Clock::now() + wait;
            continue;
        }
        std::unique_ptr<HttpTransfer> owned = std::move(slot.transfer);
        m_slots.erase(it);
        owned->complete(*result); // may enqueue or cancel: the inbox lock is not held here
    }
}

void HttpClient::Worker::cancelNow(RequestId id)
{
    auto it = m_slots.find(id);
    if (it == m_slots.end())
        return;
    std::unique_ptr<HttpTransfer> owned = std::move(it->second.transfer);
    if (it->second.running)
        curl_multi_remove_handle(m_multi, owned->easy());
    m_slots.erase(it);
    owned->complete(cancelledError());
}

void HttpClient::Worker::cancelEverything()
{
    std::vector<Incoming> incoming;
    {
        std::lock_guard lock(m_mutex);
        incoming.swap(m_incoming);
        m_cancels.clear();
    }
    for (auto& in : incoming) {
        if (in.onDone)
            in.onDone(cancelledError());
    }
    while (!m_slots.empty())
        cancelNow(m_slots.begin()->first);
}

int HttpClient::Worker::pollTimeoutMs() const
{
    int timeout = 1000;
    const auto now = Clock::now();
    for (const auto& [id, slot] : m_slots) {
        if (slot.running)
            continue;
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(slot.retryAt - now).count();
        timeout = std::min<int>(timeout, int(std::max<long long>(0, wait)));
    }
    return timeout;
}

} // namespace lcl::net
