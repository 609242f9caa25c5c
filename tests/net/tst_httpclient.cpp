#include "net/httpclient.h"
#include "support/testenv.h"
#include "testhttpsserver.h"
#include "testpki.h"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <mutex>

using namespace lcl;
using namespace lcl::net;
using namespace std::chrono_literals;

// HttpClient against a real HTTPS server in this process: bodies, compression, statuses, streams, timeouts,
// cancellation, retries, concurrency and size.
class TestHttpClient final : public QObject {
    Q_OBJECT

private:
    test::TestPki m_pki;
    std::unique_ptr<test::TestHttpsServer> m_server;
    std::atomic<int> m_flakyHits{0};
    std::atomic<int> m_alwaysBusyHits{0};
    std::atomic<int> m_streamsServing{0};

    HttpRequest request(const QString& path) const
    {
        HttpRequest r;
        r.url = QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server->port()).arg(path));
        r.tls.caPem = m_pki.read(QStringLiteral("ca.crt"));
        r.timeoutMs = 10000;
        return r;
    }

    void routes()
    {
        auto& s = m_server->http();
        s.Get("/hello", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("hello world", "text/plain");
        });
        s.Post("/echo", [](const httplib::Request& req, httplib::Response& res) {
            res.set_header("X-Seen-Header", req.get_header_value("X-Test"));
            res.set_content(req.method + ":" + req.body, "text/plain");
        });
        s.Patch("/echo", [](const httplib::Request& req, httplib::Response& res) {
            res.set_content(req.method + ":" + req.get_header_value("Content-Type") + ":" + req.body, "text/plain");
        });
        s.Get("/json", [](const httplib::Request& req, httplib::Response& res) {
            res.set_header("X-Accept-Encoding", req.get_header_value("Accept-Encoding"));
            std::string body = "[";
            for (int i = 0; i < 5000; ++i)
                body += (i ? ",{\"n\":" : "{\"n\":") + std::to_string(i) + "}";
            res.set_content(body + "]", "application/json");
        });
        s.Get(R"(/status/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
            res.status = std::stoi(req.matches[1]);
            res.set_content("{\"kind\":\"Status\",\"code\":" + std::string(req.matches[1]) + "}", "application/json");
        });
        s.Get("/lines", [](const httplib::Request&, httplib::Response& res) {
            res.set_chunked_content_provider("application/json", [](size_t, httplib::DataSink& sink) {
                for (int i = 0; i < 200; ++i) {
                    const std::string line = "{\"line\":" + std::to_string(i) + "}\n";
                    if (!sink.write(line.data(), line.size()))
                        return false;
                }
                sink.done();
                return true;
            });
        });
        // Streams use a type this server does not compress: its compressor would hold the chunks back.
        s.Get("/stall", [this](const httplib::Request&, httplib::Response& res) {
            res.set_chunked_content_provider("application/x-ndjson", [this](size_t offset, httplib::DataSink& sink) {
                if (offset == 0) {
                    sink.write("{\"first\":true}\n", 15);
                    return true;
                }
                m_server->idle(20s); // then say nothing: the client's idle timeout must fire
                return false;
            });
        });
        s.Get("/forever", [this](const httplib::Request&, httplib::Response& res) {
            ++m_streamsServing;
            res.set_chunked_content_provider(
                "application/x-ndjson",
                [this](size_t, httplib::DataSink& sink) {
                    if (m_server->stopping() || !sink.write("{\"tick\":1}\n", 11))
                        return false;
                    m_server->idle(20ms);
                    return true;
                },
                [this](bool) { --m_streamsServing; });
        });
        s.Get("/slow", [this](const httplib::Request&, httplib::Response& res) {
            m_server->idle(5s);
            res.set_content("late", "text/plain");
        });
        s.Get("/flaky", [this](const httplib::Request&, httplib::Response& res) {
            if (++m_flakyHits <= 2) {
                res.status = 503;
                res.set_content("busy", "text/plain");
                return;
            }
            res.set_content("finally", "text/plain");
        });
        s.Get("/busy", [this](const httplib::Request&, httplib::Response& res) {
            ++m_alwaysBusyHits;
            res.status = 503;
            res.set_content("busy", "text/plain");
        });
        s.Get(R"(/item/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
            res.set_content("item " + std::string(req.matches[1]), "text/plain");
        });
        s.Get("/huge", [](const httplib::Request&, httplib::Response& res) {
            std::string body(50 * 1024 * 1024, 'x');
            body.back() = 'y';
            res.set_content(std::move(body), "application/octet-stream");
        });
        s.Get("/port", [](const httplib::Request& req, httplib::Response& res) {
            res.set_content(std::to_string(req.remote_port), "text/plain");
        });
        s.Get("/headers", [](const httplib::Request& req, httplib::Response& res) {
            res.set_content(req.get_header_value("Authorization"), "text/plain");
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        LCL_REQUIRE_PROGRAM(openssl, "openssl", "openssl");
        QVERIFY2(m_pki.generate(), qPrintable(m_pki.lastError));
        m_server = std::make_unique<test::TestHttpsServer>(m_pki.path(QStringLiteral("server.crt")),
                                                           m_pki.path(QStringLiteral("server.key")));
        QVERIFY(m_server->valid());
        routes();
        QVERIFY(m_server->start());
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    void plainGet()
    {
        HttpClient client;
        const auto result = client.sendAndWait(request(QStringLiteral("/hello")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->status, 200);
        QCOMPARE(result->body, QByteArray("hello world"));
        QCOMPARE(result->header("content-type"), QByteArray("text/plain"));
    }

    void connectionIsReused()
    {
        HttpClient client;
        const auto first = client.sendAndWait(request(QStringLiteral("/port")));
        const auto second = client.sendAndWait(request(QStringLiteral("/port")));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(!first->body.isEmpty());
        QCOMPARE(second->body, first->body); // same client port: the same TCP (and TLS) connection
    }

    void postAndPatchBodies_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("POST") << QByteArray("POST") << QByteArray("POST:{\"a\":1}");
        QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray("PATCH:application/merge-patch+json:{\"a\":1}");
    }

    void postAndPatchBodies()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, expected);
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/echo"));
        r.method = method;
        r.body = "{\"a\":1}";
        r.headers.append(qMakePair(QByteArray("X-Test"), QByteArray("passed")));
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/merge-patch+json")));
        const auto result = client.sendAndWait(r);
        QVERIFY(result.ok());
        QCOMPARE(result->status, 200);
        QCOMPARE(result->body, expected);
        if (method == "POST")
            QCOMPARE(result->header("X-Seen-Header"), QByteArray("passed"));
    }

    void compressionIsNegotiatedAndDecoded()
    {
        HttpClient client;
        const auto result = client.sendAndWait(request(QStringLiteral("/json")));
        QVERIFY(result.ok());
        QVERIFY(result->header("X-Accept-Encoding").contains("gzip"));
        // This server prefers brotli when offered; the apiserver uses gzip. Either must arrive decoded.
        const QByteArray encoding = result->header("Content-Encoding");
        QVERIFY2(encoding == "gzip" || encoding == "br", encoding.constData());
        QVERIFY(result->body.startsWith("[{\"n\":0},{\"n\":1}"));
        QVERIFY(result->body.endsWith("{\"n\":4999}]"));
    }

    void statusPassesThrough_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("404") << 404;
        QTest::newRow("403") << 403;
        QTest::newRow("410") << 410;
        QTest::newRow("500") << 500;
        QTest::newRow("503 without retries") << 503;
    }

    void statusPassesThrough()
    {
        QFETCH(int, status);
        HttpClient client;
        const auto result = client.sendAndWait(request(QStringLiteral("/status/%1").arg(status)));
        QVERIFY(result.ok());
        QCOMPARE(result->status, status);
        QCOMPARE(result->body, QByteArray("{\"kind\":\"Status\",\"code\":") + QByteArray::number(status) + '}');
    }

    void streamDeliversChunksInOrder()
    {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/lines"));
        r.stream = true;
        std::mutex mutex;
        QByteArray received;
        QList<int> statuses;
        std::atomic<bool> done{false};
        std::optional<Result<HttpResponse>> final;
        client.send(
            r,
            [&](const Result<HttpResponse>& result) {
                std::lock_guard lock(mutex);
                final = result;
                done = true;
            },
            [&](int status, const QByteArray& chunk) {
                std::lock_guard lock(mutex);
                statuses.append(status);
                received += chunk;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 10000);
        std::lock_guard lock(mutex);
        QVERIFY(final->ok());
        QCOMPARE(final->value().status, 200);
        QVERIFY(final->value().body.isEmpty());
        QVERIFY(!statuses.isEmpty());
        QVERIFY(std::all_of(statuses.begin(), statuses.end(), [](int s) { return s == 200; }));
        const QList<QByteArray> lines = received.split('\n');
        QCOMPARE(lines.size(), 201); // 200 lines and the empty rest after the last newline
        for (int i = 0; i < 200; ++i)
            QCOMPARE(lines.at(i), QByteArray("{\"line\":") + QByteArray::number(i) + '}');
    }

    void streamErrorBodyIsKept()
    {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/status/410"));
        r.stream = true;
        std::atomic<int> chunks{0};
        const auto result = [&] {
            std::promise<Result<HttpResponse>> p;
            auto f = p.get_future();
            client.send(r, [&](const Result<HttpResponse>& res) { p.set_value(res); },
                        [&](int status, const QByteArray&) {
                            if (status == 410)
                                ++chunks;
                        });
            return f.get();
        }();
        QVERIFY(result.ok());
        QCOMPARE(result->status, 410);
        QVERIFY(result->body.contains("\"code\":410"));
        QVERIFY(chunks > 0);
    }

    void wholeRequestTimeout()
    {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/slow"));
        r.timeoutMs = 700;
        QElapsedTimer timer;
        timer.start();
        const auto result = client.sendAndWait(r);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Timeout);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(result.error().message.contains(QLatin1String("127.0.0.1")));
    }

    void idleTimeoutEndsStalledStream()
    {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/stall"));
        r.stream = true;
        r.timeoutMs = 1000;
        std::atomic<int> chunks{0};
        std::promise<Result<HttpResponse>> p;
        auto f = p.get_future();
        QElapsedTimer timer;
        timer.start();
        client.send(r, [&](const Result<HttpResponse>& res) { p.set_value(res); },
                    [&](int, const QByteArray&) { ++chunks; });
        const auto result = f.get();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Timeout);
        QCOMPARE(chunks.load(), 1);
        QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    }

    void cancelMidStream()
    {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/forever"));
        r.stream = true;
        std::atomic<int> chunks{0};
        std::atomic<int> doneCalls{0};
        std::mutex mutex;
        std::optional<Error> error;
        const RequestId id = client.send(
            r,
            [&](const Result<HttpResponse>& res) {
                std::lock_guard lock(mutex);
                if (!res.ok())
                    error = res.error();
                ++doneCalls;
            },
            [&](int, const QByteArray&) { ++chunks; });
        QTRY_VERIFY_WITH_TIMEOUT(chunks >= 3, 10000);
        client.cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(doneCalls.load(), 1, 5000);
        {
            std::lock_guard lock(mutex);
            QVERIFY(error.has_value());
            QCOMPARE(error->kind, Error::Kind::Cancelled);
        }
        const int seen = chunks;
        QTRY_COMPARE_WITH_TIMEOUT(m_streamsServing.load(), 0, 5000); // the server saw the connection go
        QCOMPARE(chunks.load(), seen);
        QCOMPARE(doneCalls.load(), 1);
    }

    void retriesWithBackoffThenSucceeds()
    {
        m_flakyHits = 0;
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/flaky"));
        r.maxRetries = 4;
        QElapsedTimer timer;
        timer.start();
        const auto result = client.sendAndWait(r);
        QVERIFY(result.ok());
        QCOMPARE(result->status, 200);
        QCOMPARE(result->body, QByteArray("finally"));
        QCOMPARE(m_flakyHits.load(), 3);
        // Two waits: at least 0.5 * 200 ms + 0.5 * 400 ms with the jitter at its lowest.
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    }

    void retriesGiveUpWithLastStatus()
    {
        m_alwaysBusyHits = 0;
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/busy"));
        r.maxRetries = 2;
        const auto result = client.sendAndWait(r);
        QVERIFY(result.ok());
        QCOMPARE(result->status, 503);
        QCOMPARE(result->body, QByteArray("busy"));
        QCOMPARE(m_alwaysBusyHits.load(), 3);
    }

    void retriesAfterConnectionRefused()
    {
        // Nothing listens at first; a server comes up while the client backs off and retries.
        const quint16 port = test::freeLoopbackPort();
        test::TestHttpsServer late(m_pki.path(QStringLiteral("server.crt")), m_pki.path(QStringLiteral("server.key")));
        late.http().Get("/hello", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("late hello", "text/plain");
        });
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/hello"));
        r.url.setPort(port);
        r.maxRetries = 6;
        std::atomic<int> attempts{0};
        r.prepare = [&](HttpRequest&) -> std::optional<Error> {
            ++attempts; // runs before every attempt
            return std::nullopt;
        };
        std::atomic<bool> done{false};
        std::optional<Result<HttpResponse>> result;
        client.send(r, [&](const Result<HttpResponse>& res) {
            result = res;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(attempts >= 2, 10000); // the first attempt was refused
        QVERIFY(!done.load());
        QVERIFY(late.start(port));
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 20000);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
        QCOMPARE(result->value().body, QByteArray("late hello"));
    }

    void noRetryWithoutMaxRetries()
    {
        m_flakyHits = 0;
        HttpClient client;
        const auto result = client.sendAndWait(request(QStringLiteral("/flaky")));
        QVERIFY(result.ok());
        QCOMPARE(result->status, 503);
        QCOMPARE(m_flakyHits.load(), 1);
    }

    void connectionRefused()
    {
        const quint16 port = test::freeLoopbackPort();
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/hello"));
        r.url.setPort(port);
        const auto result = client.sendAndWait(r);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Network);
        QCOMPARE(result.error().message, QStringLiteral("Could not connect to 127.0.0.1:%1").arg(port));
        QVERIFY(result.error().hint.startsWith(QLatin1String("Is the cluster running?")));
    }

    void hundredConcurrentRequests()
    {
        HttpClient client;
        std::mutex mutex;
        QMap<int, QByteArray> bodies;
        std::atomic<int> done{0};
        for (int i = 0; i < 100; ++i) {
            client.send(request(QStringLiteral("/item/%1").arg(i)), [&, i](const Result<HttpResponse>& res) {
                std::lock_guard lock(mutex);
                bodies[i] = res.ok() && res->status == 200 ? res->body : QByteArray("failed");
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done.load(), 100, 60000);
        std::lock_guard lock(mutex);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(bodies.value(i), QByteArray("item ") + QByteArray::number(i));
    }

    void hugeResponse()
    {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/huge"));
        r.timeoutMs = 60000;
        const auto result = client.sendAndWait(r);
        QVERIFY(result.ok());
        QCOMPARE(result->body.size(), qsizetype(50 * 1024 * 1024));
        QCOMPARE(result->body.back(), 'y');
        QCOMPARE(result->body.count('x'), qsizetype(50 * 1024 * 1024 - 1));
    }

    void prepareRunsOnNetThreadAndAddsHeaders()
    {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/headers"));
        std::atomic<bool> onNetThread{false};
        r.prepare = [&](HttpRequest& req) -> std::optional<Error> {
            onNetThread = client.isNetThread();
            req.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer from-prepare")));
            return std::nullopt;
        };
        const auto result = client.sendAndWait(r);
        QVERIFY(result.ok());
        QCOMPARE(result->body, QByteArray("Bearer from-prepare"));
        QVERIFY(onNetThread.load());
        QVERIFY(!client.isNetThread());
    }

    void prepareErrorFailsTheRequest()
    {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/hello"));
        r.prepare = [](HttpRequest&) -> std::optional<Error> {
            return Error::make(Error::Kind::Auth, QStringLiteral("no credential"));
        };
        const auto result = client.sendAndWait(r);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Auth);
        QCOMPARE(result.error().message, QStringLiteral("no credential"));
    }

    void blockingCallOnNetThreadIsRefused()
    {
        HttpClient client;
        std::promise<Result<HttpResponse>> inner;
        auto f = inner.get_future();
        client.send(request(QStringLiteral("/hello")), [&](const Result<HttpResponse>&) {
            inner.set_value(client.sendAndWait(request(QStringLiteral("/hello"))));
        });
        const auto result = f.get();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Config);
    }

    void destructorCancelsRunningRequests()
    {
        std::atomic<int> cancelled{0};
        {
            HttpClient client;
            HttpRequest r = request(QStringLiteral("/forever"));
            r.stream = true;
            std::atomic<int> chunks{0};
            for (int i = 0; i < 3; ++i) {
                client.send(r, [&](const Result<HttpResponse>& res) {
                    if (!res.ok() && res.error().kind == Error::Kind::Cancelled)
                        ++cancelled;
                }, [&](int, const QByteArray&) { ++chunks; });
            }
            QTRY_VERIFY_WITH_TIMEOUT(chunks >= 3, 10000);
        }
        QCOMPARE(cancelled.load(), 3);
    }

    void invalidUrlIsAConfigError()
    {
        HttpClient client;
        HttpRequest r;
        r.url = QUrl(QStringLiteral("ftp://127.0.0.1/x"));
        const auto result = client.sendAndWait(r);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Config);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
