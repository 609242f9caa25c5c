// PrometheusClient: bad answers from a fake Prometheus in the test process (down, slow, every error envelope,
// the 11,000-points error, a Kubernetes Status from the service proxy), requests and steps, stale answers.

#include "metrics/prometheusclient.h"
#include "net/httpclient.h"
#include "support/testenv.h"
#include "tst_prometheusclient_server.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace lcl::metrics;
using lcl::Error;

namespace {

struct Outcome {
    std::optional<lcl::Result<QByteArray>> result;
};

} // namespace

class TestPrometheusClient final : public QObject {
    Q_OBJECT

    lcl::test::LoopbackHttpServer m_server;
    std::atomic<int> m_status{200};
    std::mutex m_mutex;
    std::string m_body;
    std::string m_lastQuery;
    std::string m_lastMethod;

    PrometheusClientEndpoint endpoint(int port, int timeoutMs = 15000) const
    {
        PrometheusClientEndpoint e = *PrometheusClientEndpoint::fromUrl(QStringLiteral("127.0.0.1:%1").arg(port));
        e.timeoutMs = timeoutMs;
        return e;
    }

    // Runs one instant query and waits for its answer on this thread.
    lcl::Result<QByteArray> runQuery(PrometheusClient& client, const QString& promql)
    {
        std::optional<lcl::Result<QByteArray>> out;
        client.queryWith<QByteArray>(promql, {}, PrometheusClient::body(),
                                 [&out](const lcl::Result<QByteArray>& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            return Error::make(Error::Kind::Cancelled, QStringLiteral("test: no answer within 20 s"));
        return *out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto handler = [this](const httplib::Request& req, httplib::Response& res) {
            const std::lock_guard lock(m_mutex);
            m_lastQuery = req.get_param_value("query");
            m_lastMethod = req.method;
            if (req.get_param_value("query") == "slow")
                m_server.idle(std::chrono::milliseconds(3000));
            res.status = m_status;
            res.set_content(m_body, "application/json");
        };
        m_server.http().Post("/api/v1/query", handler);
        m_server.http().Get("/api/v1/query", handler);
        QVERIFY(m_server.start());
    }

    void errorAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("400 bad_data") << 400
                                      << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:5: parse error: unexpected \\\")\\\"\"}")
                                      << int(Error::Kind::Invalid) << QStringLiteral("rejected the query");
        QTest::newRow("400 11,000 points")
            << 400
            << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)\"}")
            << int(Error::Kind::Invalid) << QStringLiteral("too many points");
        QTest::newRow("422 execution")
            << 422
            << QByteArray("{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"vector cannot contain metrics with the same labelset\"}")
            << int(Error::Kind::Invalid) << QStringLiteral("could not evaluate");
        QTest::newRow("503 timeout")
            << 503 << QByteArray("{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out in expression evaluation\"}")
            << int(Error::Kind::Timeout) << QStringLiteral("gave up");
        QTest::newRow("503 unavailable")
            << 503 << QByteArray("{\"status\":\"error\",\"errorType\":\"unavailable\",\"error\":\"TSDB not ready\"}")
            << int(Error::Kind::Unavailable) << QStringLiteral("not ready");
        QTest::newRow("500 internal")
            << 500 << QByteArray("{\"status\":\"error\",\"errorType\":\"internal\",\"error\":\"boom\"}") << int(Error::Kind::Server)
            << QStringLiteral("boom");
        QTest::newRow("503 k8s Status (no endpoints)")
            << 503
            << QByteArray("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"no endpoints available for service \\\"prometheus\\\"\",\"reason\":\"ServiceUnavailable\",\"code\":503}")
            << int(Error::Kind::Unavailable) << QStringLiteral("could not reach");
        QTest::newRow("403 k8s Status")
            << 403
            << QByteArray("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"services \\\"prometheus\\\" is forbidden\",\"reason\":\"Forbidden\",\"code\":403}")
            << int(Error::Kind::Forbidden) << QStringLiteral("Not allowed");
        QTest::newRow("404 not Prometheus") << 404 << QByteArray("404 page not found") << int(Error::Kind::NotFound)
                                            << QStringLiteral("no such API");
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << int(Error::Kind::Unavailable)
                                  << QStringLiteral("HTTP 502");
    }

    void errorAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        m_status = status;
        {
            const std::lock_guard lock(m_mutex);
            m_body = body.toStdString();
        }
        lcl::net::HttpClient http;
        PrometheusClient client(&http, endpoint(m_server.port()));
        const auto r = runQuery(client, QStringLiteral("up"));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(r.error().httpStatus, status);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        QVERIFY(!r.error().hint.isEmpty());
        m_status = 200;
    }

    void prometheusDown()
    {
        lcl::net::HttpClient http;
        PrometheusClient client(&http, endpoint(lcl::test::freeLoopbackPort()));
        const auto r = runQuery(client, QStringLiteral("up"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY2(r.error().message.contains(QStringLiteral("cannot be reached")), qPrintable(r.error().message));
    }

    void prometheusSlow()
    {
        lcl::net::HttpClient http;
        PrometheusClient client(&http, endpoint(m_server.port(), 500));
        const auto r = runQuery(client, QStringLiteral("slow"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Timeout);
        QVERIFY2(r.error().message.contains(QStringLiteral("did not answer in time")), qPrintable(r.error().message));
    }

    void postFormKeepsPlusSigns()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_body = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}";
        }
        lcl::net::HttpClient http;
        PrometheusClient client(&http, endpoint(m_server.port()));
        const QString promql = QStringLiteral("sum(rate(x{a=~\"b|c\"}[5m])) + 1 & 2");
        const auto r = runQuery(client, promql);
        QVERIFY(r.ok());
        const std::lock_guard lock(m_mutex);
        QCOMPARE(QString::fromStdString(m_lastQuery), promql);
        QCOMPARE(QString::fromStdString(m_lastMethod), QStringLiteral("POST"));
    }

    void serviceProxyUsesGet()
    {
        PrometheusClientEndpoint e = endpoint(m_server.port());
        e.viaServiceProxy = true; // RBAC: POST through the proxy needs `create services/proxy`
        lcl::net::HttpClient http;
        PrometheusClient client(&http, e);
        QVERIFY(runQuery(client, QStringLiteral("up + 1")).ok());
        const std::lock_guard lock(m_mutex);
        QCOMPARE(QString::fromStdString(m_lastMethod), QStringLiteral("GET"));
        QCOMPARE(QString::fromStdString(m_lastQuery), QStringLiteral("up + 1"));
    }

    void staleAnswersAreDropped()
    {
        lcl::net::HttpClient http;
        PrometheusClient client(&http, endpoint(m_server.port()));
        bool called = false;
        client.queryWith<QByteArray>(QStringLiteral("up"), {}, PrometheusClient::body(),
                                 [&called](const lcl::Result<QByteArray>&) { called = true; });
        client.setEndpoint(endpoint(m_server.port())); // bumps the generation
        QTest::qWait(500);
        QVERIFY(!called);
        QVERIFY(runQuery(client, QStringLiteral("up")).ok()); // the new generation still works
    }

    void stepKeepsPointsBounded_data()
    {
        QTest::addColumn<int>("rangeSeconds");
        QTest::addColumn<int>("maxPoints");
        QTest::newRow("1 h / 300") << 3600 << 300;
        QTest::newRow("7 d / 300") << 7 * 86400 << 300;
        QTest::newRow("5 min / 300") << 300 << 300;
        QTest::newRow("10 s / 300") << 10 << 300;
        QTest::newRow("30 d / 11000") << 30 * 86400 << 11000;
    }

    void stepKeepsPointsBounded()
    {
        QFETCH(int, rangeSeconds);
        QFETCH(int, maxPoints);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const QDateTime end = start.addSecs(rangeSeconds);
        const qint64 step = PrometheusClient::stepSecondsFor(start, end, maxPoints);
        QVERIFY(step >= 1);
        const qint64 points = rangeSeconds / step + 1; // Prometheus: start and end inclusive
        QVERIFY2(points <= maxPoints, qPrintable(QStringLiteral("%1 points").arg(points)));
        QVERIFY(step == 1 || rangeSeconds / (step - 1) + 1 > maxPoints); // and not coarser than needed
    }

    void rangeRequestCarriesStep()
    {
        lcl::net::HttpClient http;
        PrometheusClient client(&http, endpoint(m_server.port()));
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const auto r = client.queryRangeRequest(QStringLiteral("up"), start, start.addSecs(3600));
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(r.body.contains("step=13"));
        QVERIFY(r.body.contains("start=1700000000.000"));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
