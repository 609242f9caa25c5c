#include "net/httpclient.h"
#include "support/testenv.h"
#include "testhttpsserver.h"
#include "testpki.h"

#include <QProcess>
#include <QtTest>

#include <atomic>
#include <mutex>

using namespace lcl;
using namespace lcl::net;

// HTTP/2 where the server offers it (ALPN h2, as kube-apiserver does), against nghttpd; HTTP/1.1 otherwise.
class TestHttpClientHttp2 final : public QObject {
    Q_OBJECT

private:
    test::TestPki m_pki;
    QTemporaryDir m_docs;
    QProcess m_nghttpd;
    quint16 m_port = 0;

    HttpRequest request(const QString& path) const
    {
        HttpRequest r;
        r.url = QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path));
        r.tls.caPem = m_pki.read(QStringLiteral("ca.crt"));
        r.timeoutMs = 10000;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LCL_REQUIRE_PROGRAM(openssl, "openssl", "openssl");
        LCL_REQUIRE_PROGRAM(nghttpd, "nghttpd", "nghttp2-server");
        QVERIFY2(m_pki.generate(), qPrintable(m_pki.lastError));
        for (int i = 0; i < 20; ++i) {
            QFile f(m_docs.filePath(QStringLiteral("item%1.txt").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("item " + QByteArray::number(i));
        }
        m_port = test::freeLoopbackPort();
        m_nghttpd.start(nghttpd, {QStringLiteral("--address=127.0.0.1"), QStringLiteral("--htdocs=") + m_docs.path(),
                                  QString::number(m_port), m_pki.path(QStringLiteral("server.key")),
                                  m_pki.path(QStringLiteral("server.crt"))});
        QVERIFY(m_nghttpd.waitForStarted());
        // Ready when it answers.
        HttpClient probe;
        QTRY_VERIFY_WITH_TIMEOUT(probe.sendAndWait(request(QStringLiteral("/item0.txt"))).ok(), 10000);
    }

    void cleanupTestCase()
    {
        m_nghttpd.kill();
        m_nghttpd.waitForFinished();
    }

    void negotiatesHttp2()
    {
        HttpClient client;
        const auto result = client.sendAndWait(request(QStringLiteral("/item3.txt")));
        QVERIFY(result.ok());
        QCOMPARE(result->status, 200);
        QCOMPARE(result->httpVersion, 20);
        QCOMPARE(result->body, QByteArray("item 3"));
    }

    void concurrentStreamsOverHttp2()
    {
        HttpClient client;
        std::mutex mutex;
        QMap<int, QPair<int, QByteArray>> answers;
        std::atomic<int> done{0};
        for (int i = 0; i < 20; ++i) {
            client.send(request(QStringLiteral("/item%1.txt").arg(i)), [&, i](const Result<HttpResponse>& r) {
                std::lock_guard lock(mutex);
                answers[i] = r.ok() ? qMakePair(r->httpVersion, r->body) : qMakePair(0, QByteArray("failed"));
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done.load(), 20, 20000);
        std::lock_guard lock(mutex);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(answers.value(i).second, QByteArray("item ") + QByteArray::number(i));
            QCOMPARE(answers.value(i).first, 20);
        }
    }

    void http11WhenHttp2IsNotOffered()
    {
        test::TestHttpsServer server(m_pki.path(QStringLiteral("server.crt")), m_pki.path(QStringLiteral("server.key")));
        server.http().Get("/x", [](const httplib::Request&, httplib::Response& res) { res.set_content("x", "text/plain"); });
        QVERIFY(server.start());
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/x"));
        r.url.setPort(server.port());
        const auto result = client.sendAndWait(r);
        QVERIFY(result.ok());
        QCOMPARE(result->httpVersion, 11);
    }
};

QTEST_GUILESS_MAIN(TestHttpClientHttp2)
#include "tst_httpclienthttp2.moc"
