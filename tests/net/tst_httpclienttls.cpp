#include "net/httpclient.h"
#include "support/testenv.h"
#include "testhttpsserver.h"
#include "testpki.h"

#include <QtTest>

using namespace lcl;
using namespace lcl::net;

// HttpClient's TLS settings against real TLS servers: CA in memory and on disk, a wrong CA, client
// certificates with RSA and EC (SEC1, as k3s writes them) keys, tls-server-name and insecure-skip-tls-verify.
class TestHttpClientTls final : public QObject {
    Q_OBJECT

private:
    test::TestPki m_pki;
    std::unique_ptr<test::TestHttpsServer> m_plain;  // certificate for 127.0.0.1
    std::unique_ptr<test::TestHttpsServer> m_mutual; // requires a client certificate signed by the CA
    std::unique_ptr<test::TestHttpsServer> m_named;  // certificate for apiserver.internal only

    static void addHello(test::TestHttpsServer& server)
    {
        server.http().Get("/hello", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("hello", "text/plain");
        });
    }

    HttpRequest request(const test::TestHttpsServer& server) const
    {
        HttpRequest r;
        r.url = QUrl(QStringLiteral("https://127.0.0.1:%1/hello").arg(server.port()));
        r.tls.caPem = m_pki.read(QStringLiteral("ca.crt"));
        r.timeoutMs = 10000;
        return r;
    }

    static QString describe(const Result<HttpResponse>& r)
    {
        return r.ok() ? QStringLiteral("status %1").arg(r->status) : r.error().toString() + QLatin1Char(' ') + r.error().detail;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LCL_REQUIRE_PROGRAM(openssl, "openssl", "openssl");
        QVERIFY2(m_pki.generate(), qPrintable(m_pki.lastError));
        m_plain = std::make_unique<test::TestHttpsServer>(m_pki.path(QStringLiteral("server.crt")),
                                                          m_pki.path(QStringLiteral("server.key")));
        m_mutual = std::make_unique<test::TestHttpsServer>(m_pki.path(QStringLiteral("server.crt")),
                                                           m_pki.path(QStringLiteral("server.key")),
                                                           m_pki.path(QStringLiteral("ca.crt")));
        m_named = std::make_unique<test::TestHttpsServer>(m_pki.path(QStringLiteral("named.crt")),
                                                          m_pki.path(QStringLiteral("named.key")));
        for (auto* server : {m_plain.get(), m_mutual.get(), m_named.get()}) {
            QVERIFY(server->valid());
            addHello(*server);
            QVERIFY(server->start());
        }
    }

    void cleanupTestCase()
    {
        for (auto* server : {m_plain.get(), m_mutual.get(), m_named.get()}) {
            if (server)
                server->stop();
        }
    }

    void caFromMemoryAndFile()
    {
        HttpClient client;
        auto result = client.sendAndWait(request(*m_plain));
        QVERIFY2(result.ok() && result->status == 200, qPrintable(describe(result)));
        HttpRequest fromFile = request(*m_plain);
        fromFile.tls.caPem.clear();
        fromFile.tls.caFile = m_pki.path(QStringLiteral("ca.crt"));
        result = client.sendAndWait(fromFile);
        QVERIFY2(result.ok() && result->status == 200, qPrintable(describe(result)));
    }

    void wrongCaIsATlsError()
    {
        HttpClient client;
        HttpRequest r = request(*m_plain);
        r.tls.caPem = m_pki.read(QStringLiteral("otherca.crt"));
        const auto result = client.sendAndWait(r);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Tls);
        QVERIFY(result.error().message.contains(QLatin1String("could not be verified")));
        QVERIFY(!result.error().hint.isEmpty());
    }

    void insecureSkipVerifyAcceptsAnyCertificate()
    {
        HttpClient client;
        HttpRequest r = request(*m_plain);
        r.tls.caPem = m_pki.read(QStringLiteral("otherca.crt"));
        r.tls.insecureSkipVerify = true;
        const auto result = client.sendAndWait(r);
        QVERIFY2(result.ok() && result->status == 200, qPrintable(describe(result)));
    }

    void clientCertificate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("RSA key") << QStringLiteral("client-rsa");
        QTest::newRow("EC key (SEC1, as k3s)") << QStringLiteral("client-ec");
    }

    void clientCertificate()
    {
        QFETCH(QString, name);
        QVERIFY(m_pki.read(name + QStringLiteral(".key")).contains(name == QLatin1String("client-ec")
                                                                         ? QByteArray("BEGIN EC PRIVATE KEY")
                                                                         : QByteArray("BEGIN RSA PRIVATE KEY")));
        HttpClient client;
        HttpRequest r = request(*m_mutual);
        r.tls.clientCertPem = m_pki.read(name + QStringLiteral(".crt"));
        r.tls.clientKeyPem = m_pki.read(name + QStringLiteral(".key"));
        const auto result = client.sendAndWait(r);
        QVERIFY2(result.ok() && result->status == 200, qPrintable(describe(result)));
        QCOMPARE(result->body, QByteArray("hello"));
    }

    void missingClientCertificateIsRefused()
    {
        HttpClient client;
        const auto result = client.sendAndWait(request(*m_mutual));
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QVERIFY2(result.error().kind == Error::Kind::Tls, qPrintable(describe(result)));
    }

    void mismatchedClientKeyIsATlsError()
    {
        HttpClient client;
        HttpRequest r = request(*m_mutual);
        r.tls.clientCertPem = m_pki.read(QStringLiteral("client-rsa.crt"));
        r.tls.clientKeyPem = m_pki.read(QStringLiteral("client-ec.key"));
        const auto result = client.sendAndWait(r);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Tls);
    }

    void tlsServerName()
    {
        HttpClient client;
        HttpRequest r = request(*m_named);
        auto result = client.sendAndWait(r);
        QVERIFY2(!result.ok(), "the certificate does not name 127.0.0.1");
        QCOMPARE(result.error().kind, Error::Kind::Tls);

        r.tls.serverName = QStringLiteral("apiserver.internal");
        result = client.sendAndWait(r);
        QVERIFY2(result.ok() && result->status == 200, qPrintable(describe(result)));

        r.tls.serverName = QStringLiteral("someone-else.internal");
        result = client.sendAndWait(r);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Tls);
    }
};

QTEST_GUILESS_MAIN(TestHttpClientTls)
#include "tst_httpclienttls.moc"
