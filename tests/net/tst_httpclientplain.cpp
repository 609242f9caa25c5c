// HttpClient over plain http:// (kubectl proxy, a local Prometheus): several streams at once must each get
// their own connection. HTTP/2 is only tried over TLS, so there is nothing to wait for before connecting.
#include "net/httpclient.h"

#include <httplib.h>

#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace lcl;
using namespace lcl::net;

class TestHttpClientPlain final : public QObject {
    Q_OBJECT

private:
    httplib::Server m_server;
    std::thread m_thread;
    int m_port = 0;
    std::atomic<int> m_streams{0};
    std::atomic<bool> m_stopping{false};

private Q_SLOTS:
    void initTestCase()
    {
        m_server.new_task_queue = [] { return new httplib::ThreadPool(16); };
        m_server.Get("/forever", [this](const httplib::Request&, httplib::Response& res) {
            ++m_streams;
            res.set_chunked_content_provider(
                "application/x-ndjson",
                [this](size_t, httplib::DataSink& sink) {
                    if (m_stopping || !sink.write("{\"tick\":1}\n", 11))
                        return false;
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    return true;
                },
                [this](bool) { --m_streams; });
        });
        m_server.Get("/hello", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("hello", "text/plain");
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        QVERIFY(m_port > 0);
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
    }

    void cleanupTestCase()
    {
        m_stopping = true;
        m_server.stop();
        if (m_thread.joinable())
            m_thread.join();
    }

    // Five log streams of "all pods" at once: with curl waiting to learn whether the first connection can
    // multiplex, only the first reached the server.
    void concurrentStreamsEachConnect()
    {
        HttpClient client;
        std::atomic<int> chunks{0};
        for (int i = 0; i < 5; ++i) {
            HttpRequest r;
            r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/forever").arg(m_port));
            r.stream = true;
            r.timeoutMs = 30000;
            client.send(r, [](const Result<HttpResponse>&) {}, [&chunks](int, const QByteArray&) { ++chunks; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_streams.load(), 5, 5000);
        // And a plain request beside them still gets its answer.
        HttpRequest hello;
        hello.url = QUrl(QStringLiteral("http://127.0.0.1:%1/hello").arg(m_port));
        hello.timeoutMs = 5000;
        const auto answer = client.sendAndWait(hello);
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().toString()));
        QCOMPARE(answer->body, QByteArray("hello"));
    }
};

QTEST_GUILESS_MAIN(TestHttpClientPlain)
#include "tst_httpclientplain.moc"
