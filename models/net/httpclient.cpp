#include "net/httpclient.h"

#include "net/httpclientworker.h"

#include <future>

namespace lcl::net {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(QObject* parent) : QObject(parent), m_worker(std::make_unique<Worker>()) {}

HttpClient::~HttpClient() = default;

RequestId HttpClient::send(HttpRequest request, DoneCallback onDone, ChunkCallback onChunk)
{
    return m_worker->enqueue(std::move(request), std::move(onDone), std::move(onChunk));
}

void HttpClient::cancel(RequestId id)
{
    m_worker->cancel(id);
}

bool HttpClient::isNetThread() const
{
    return m_worker->isWorkerThread();
}

Result<HttpResponse> HttpClient::sendAndWait(HttpRequest request)
{
    if (isNetThread())
        return Error::make(Error::Kind::Config, tr("A blocking request was made on the network thread"), {},
                           QStringLiteral("HttpClient::sendAndWait called from a net-thread callback"));
    auto promise = std::make_shared<std::promise<Result<HttpResponse>>>();
    auto future = promise->get_future();
    send(std::move(request), [promise](const Result<HttpResponse>& result) { promise->set_value(result); });
    return future.get();
}

} // namespace lcl::net
