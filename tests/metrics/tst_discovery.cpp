// PrometheusDiscovery: explicit URL, `namespace/service:port` through the API server's service proxy, and the
// label search, against a fake API server and fake Prometheus answers in the test process. Every step is
// reported; a candidate without endpoints fails its `up` check and the next one is tried.

#include "kube/clusterconnection.h"
#include "metrics/prometheusdiscovery.h"
#include "net/httpclient.h"
#include "support/testenv.h"
#include "tst_prometheusclient_server.h"

#include <QSignalSpy>
#include <QTest>

using namespace lcl::metrics;
using Status = PrometheusDiscovery::Step::Status;

namespace {

const char* upVector = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                       "{\"metric\":{\"__name__\":\"up\",\"job\":\"a\"},\"value\":[1700000000,\"1\"]},"
                       "{\"metric\":{\"__name__\":\"up\",\"job\":\"b\"},\"value\":[1700000000,\"0\"]}]}}";

std::string serviceList(const std::string& items)
{
    return "{\"kind\":\"ServiceList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[" + items
           + "]}";
}

std::string service(const std::string& ns, const std::string& name, const std::string& ports)
{
    return "{\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + ns + "\"},\"spec\":{\"ports\":[" + ports + "]}}";
}

} // namespace

class TestDiscovery final : public QObject {
    Q_OBJECT

    lcl::test::LoopbackHttpServer m_api; // plays the API server and, behind its proxy paths, Prometheus
    std::atomic<int> m_listCalls{0};

    lcl::kube::ClusterConnection cluster() const
    {
        lcl::kube::ClusterConnection c;
        c.contextName = QStringLiteral("test");
        c.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_api.port()));
        return c;
    }

    PrometheusDiscovery::Outcome run(PrometheusDiscovery::Request request)
    {
        lcl::net::HttpClient http;
        PrometheusDiscovery discovery(&http);
        QSignalSpy finished(&discovery, &PrometheusDiscovery::finished);
        QSignalSpy steps(&discovery, &PrometheusDiscovery::stepAdded);
        request.checkTimeoutMs = 2000;
        discovery.start(std::move(request));
        if (!finished.wait(20000))
            return {};
        const auto outcome = finished.takeFirst().at(0).value<PrometheusDiscovery::Outcome>();
        if (steps.count() != outcome.steps.size())
            qWarning("stepAdded was emitted %d times for %d steps", int(steps.count()), int(outcome.steps.size()));
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PrometheusDiscovery::Outcome>();
        qRegisterMetaType<PrometheusDiscovery::Step>();
        m_api.http().Get("/api/v1/services", [this](const httplib::Request& req, httplib::Response& res) {
            ++m_listCalls;
            const std::string selector = req.get_param_value("labelSelector");
            if (selector == "app.kubernetes.io/name=prometheus")
                res.set_content(serviceList(service("monitoring", "prometheus-operated",
                                                    "{\"name\":\"web\",\"port\":9090}")),
                                "application/json");
            else if (selector == "app=prometheus")
                res.set_content(serviceList(service("lab", "prometheus", "{\"name\":\"metrics\",\"port\":8080},{\"name\":\"http\",\"port\":9091}")),
                                "application/json");
            else
                res.set_content(serviceList(""), "application/json");
        });
        // The first candidate has no ready pods: the API server says so with a Status.
        m_api.http().Get("/api/v1/namespaces/monitoring/services/prometheus-operated:9090/proxy/api/v1/query",
                         [](const httplib::Request&, httplib::Response& res) {
                             res.status = 503;
                             res.set_content("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"no endpoints available for service \\\"prometheus-operated\\\"\",\"reason\":\"ServiceUnavailable\",\"code\":503}",
                                             "application/json");
                         });
        m_api.http().Get("/api/v1/namespaces/lab/services/prometheus:9091/proxy/api/v1/query",
                         [](const httplib::Request& req, httplib::Response& res) {
                             res.status = req.get_param_value("query") == "up" ? 200 : 400;
                             res.set_content(upVector, "application/json");
                         });
        m_api.http().Post("/direct/api/v1/query", [](const httplib::Request&, httplib::Response& res) {
            res.set_content(upVector, "application/json");
        });
        QVERIFY(m_api.start());
    }

    void explicitUrl()
    {
        PrometheusDiscovery::Request r;
        r.url = QStringLiteral("http://127.0.0.1:%1/direct").arg(m_api.port());
        const auto outcome = run(r);
        QVERIFY(outcome.endpoint.has_value());
        QCOMPARE(outcome.endpoint->baseUrl.path(), QStringLiteral("/direct"));
        QCOMPARE(outcome.steps.size(), 2); // the label search is skipped: no cluster
        QCOMPARE(outcome.steps.at(0).status, Status::Skipped);
        QCOMPARE(outcome.steps.at(1).status, Status::Ok);
        QVERIFY2(outcome.steps.at(1).result.contains(QStringLiteral("2 target")), qPrintable(outcome.steps.at(1).result));
        QVERIFY(outcome.summary.contains(QStringLiteral("Using Prometheus")));
    }

    void explicitUrlDownAndNothingElse()
    {
        PrometheusDiscovery::Request r;
        r.url = QStringLiteral("http://127.0.0.1:%1").arg(lcl::test::freeLoopbackPort());
        r.labelSearch = false;
        const auto outcome = run(r);
        QVERIFY(!outcome.endpoint.has_value());
        QCOMPARE(outcome.steps.size(), 1);
        QCOMPARE(outcome.steps.at(0).status, Status::Failed);
        QVERIFY2(outcome.steps.at(0).result.contains(QStringLiteral("cannot be reached")),
                 qPrintable(outcome.steps.at(0).result));
        QVERIFY(outcome.summary.contains(QStringLiteral("No Prometheus found")));
    }

    void badAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("service");
        QTest::newRow("ftp url") << QStringLiteral("ftp://x") << QString();
        QTest::newRow("service without namespace") << QString() << QStringLiteral("prometheus:9090");
        QTest::newRow("service with spaces") << QString() << QStringLiteral("mon itoring/prom:9090");
    }

    void badAddresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, service);
        PrometheusDiscovery::Request r;
        r.url = url;
        r.serviceAddress = service;
        r.cluster = cluster();
        r.labelSearch = false;
        const auto outcome = run(r);
        QVERIFY(!outcome.endpoint.has_value());
        QCOMPARE(outcome.steps.size(), 1);
        QCOMPARE(outcome.steps.at(0).status, Status::Failed);
    }

    void serviceAddressThroughProxy()
    {
        PrometheusDiscovery::Request r;
        r.serviceAddress = QStringLiteral("lab/prometheus:9091");
        r.cluster = cluster();
        r.labelSearch = false;
        const auto outcome = run(r);
        QVERIFY(outcome.endpoint.has_value());
        QVERIFY(outcome.endpoint->viaServiceProxy);
        QCOMPARE(outcome.endpoint->baseUrl.path(), QStringLiteral("/api/v1/namespaces/lab/services/prometheus:9091/proxy"));
        QCOMPARE(outcome.steps.last().status, Status::Ok);
    }

    void labelSearchTriesEachCandidate()
    {
        m_listCalls = 0;
        PrometheusDiscovery::Request r;
        r.cluster = cluster();
        const auto outcome = run(r);
        QVERIFY(outcome.endpoint.has_value());
        QCOMPARE(outcome.endpoint->baseUrl.path(), QStringLiteral("/api/v1/namespaces/lab/services/prometheus:9091/proxy"));
        QCOMPARE(m_listCalls.load(), 2);
        // search 1 (found), up on candidate 1 (no endpoints), search 2 (found), up on candidate 2 (ok).
        QCOMPARE(outcome.steps.size(), 4);
        QCOMPARE(outcome.steps.at(0).status, Status::Ok);
        QVERIFY(outcome.steps.at(0).result.contains(QStringLiteral("monitoring/prometheus-operated:9090")));
        QCOMPARE(outcome.steps.at(1).status, Status::Failed);
        QVERIFY2(outcome.steps.at(1).result.contains(QStringLiteral("no ready pods")), qPrintable(outcome.steps.at(1).result));
        QCOMPARE(outcome.steps.at(2).status, Status::Ok);
        QCOMPARE(outcome.steps.at(3).status, Status::Ok);
    }

    void choosePort_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<int>>("ports");
        QTest::addColumn<int>("chosen");
        QTest::newRow("web wins") << QStringList{QStringLiteral("reloader"), QStringLiteral("web")} << QList<int>{8080, 9090} << 9090;
        QTest::newRow("http-web") << QStringList{QStringLiteral("x"), QStringLiteral("http-web")} << QList<int>{1, 9091} << 9091;
        QTest::newRow("9090 by number") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QList<int>{80, 9090} << 9090;
        QTest::newRow("first otherwise") << QStringList{QStringLiteral("a")} << QList<int>{7000} << 7000;
        QTest::newRow("none") << QStringList{} << QList<int>{} << 0;
    }

    void choosePort()
    {
        QFETCH(QStringList, names);
        QFETCH(QList<int>, ports);
        QFETCH(int, chosen);
        QList<PrometheusDiscovery::ServicePort> list;
        for (qsizetype i = 0; i < names.size(); ++i)
            list.append({names[i], ports[i]});
        QCOMPARE(PrometheusDiscovery::choosePort(list), chosen);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
