#include "tst_promquery.h"
#include "tst_serverclient.h"

#include "lab/labprofile.h"
#include "support/promprocess.h"
#include "support/simprocess.h"
#include "support/testenv.h"

#include <QTest>

using lcl::test::PromProcess;
using lcl::test::promQuery;

// A real Prometheus (1 s scrape) scraping a real lclab-sim's /metrics answers the console's own queries (the
// profile's rendered edge, route and service templates) with non-zero request rates for every edge, route rule
// and API, and kube-state-metrics and cAdvisor series with the labels the profile and the alert rules use.
class TestPrometheus final : public QObject {
    Q_OBJECT

private:
    lcl::test::SimProcess m_sim;
    PromProcess m_prom;
    quint16 m_metricsPort = 0;
    lcl::lab::LabProfile m_profile = lcl::lab::LabProfile::builtin();
    lcl::lab::RenderOptions m_render{QStringLiteral("10s"), QStringLiteral("0.95"), -1};

    double first(const QString& query)
    {
        const QMap<QString, double> values = promQuery(m_prom, query);
        return values.isEmpty() ? -1 : values.first();
    }
    double service(const QString& id, const QString& signal) { return first(m_profile.serviceQuery(id, signal, m_render).value()); }
    double route(const QString& name, const QString& signal)
    {
        lcl::lab::RenderOptions options = m_render;
        options.rule = 0;
        for (const lcl::lab::RouteSpec& r : m_profile.routes())
            if (r.name == name)
                return first(m_profile.routeQuery(r, signal, options).value());
        return -2;
    }
    void addFault(const QByteArray& json)
    {
        lcl::test::ServerClient client(m_sim);
        const auto reply = client.send("POST", QStringLiteral("/lclab/v1/faults"), json);
        QVERIFY2(reply.status == 201, reply.body.constData());
    }
    void clearFaults()
    {
        lcl::test::ServerClient client(m_sim);
        QCOMPARE(client.send("DELETE", QStringLiteral("/lclab/v1/faults")).status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PromProcess::program().isEmpty())
            QSKIP("prometheus is not installed (Debian package prometheus)");
        m_metricsPort = lcl::test::freeLoopbackPort();
        QVERIFY2(m_sim.start({QStringLiteral("--metrics-port"), QString::number(m_metricsPort), QStringLiteral("--hpa-sync"),
                              QStringLiteral("1"), QStringLiteral("--hpa-downscale-window"), QStringLiteral("5")}),
                 qPrintable(m_sim.errorString()));
        PromProcess::Target target;
        target.job = QStringLiteral("lclab-sim");
        target.address = QStringLiteral("127.0.0.1:%1").arg(m_metricsPort);
        m_prom.addTarget(target);
        m_prom.addRuleFile(lcl::test::sourceDir() + QStringLiteral("/resources/alerts/localcloudlab-rules.yml"));
        QVERIFY2(m_prom.start(), qPrintable(m_prom.errorString()));
    }

    void everyEdgeHasTraffic()
    {
        for (const lcl::lab::EdgeSpec& edge : m_profile.edges()) {
            const auto query = m_profile.edgeQuery(edge, QStringLiteral("requestRate"), m_render);
            QVERIFY2(query, qPrintable(edge.id()));
            QTRY_VERIFY2_WITH_TIMEOUT(!promQuery(m_prom, query.value()).isEmpty() && promQuery(m_prom, query.value()).first() > 0,
                                      qPrintable(edge.id() + QStringLiteral(": ") + query.value()), 15000);
        }
    }

    void everyRouteRuleHasTraffic()
    {
        for (const lcl::lab::RouteSpec& route : m_profile.routes()) {
            for (qsizetype rule = 0; rule < route.rules.size(); ++rule) {
                lcl::lab::RenderOptions options = m_render;
                options.rule = int(rule);
                const auto query = m_profile.routeQuery(route, QStringLiteral("requestRate"), options);
                QVERIFY(query);
                QTRY_VERIFY2_WITH_TIMEOUT(!promQuery(m_prom, query.value()).isEmpty() && promQuery(m_prom, query.value()).first() > 0,
                                          qPrintable(query.value()), 15000);
                const auto latency = m_profile.routeQuery(route, QStringLiteral("latency"), options);
                QTRY_VERIFY2_WITH_TIMEOUT(!promQuery(m_prom, latency.value()).isEmpty(), qPrintable(latency.value()), 15000);
            }
        }
    }

    void everyServiceSignalAnswers_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("signal");
        QTest::newRow("search-api rate") << QStringLiteral("search-api") << QStringLiteral("requestRate");
        QTest::newRow("search-api latency") << QStringLiteral("search-api") << QStringLiteral("latency");
        QTest::newRow("search-api errors") << QStringLiteral("search-api") << QStringLiteral("errorRatio");
        QTest::newRow("checkin-api rate") << QStringLiteral("checkin-api") << QStringLiteral("requestRate");
        QTest::newRow("gateway rate") << QStringLiteral("public-gateway") << QStringLiteral("requestRate");
        QTest::newRow("gateway latency") << QStringLiteral("public-gateway") << QStringLiteral("latency");
        QTest::newRow("gateway live") << QStringLiteral("public-gateway") << QStringLiteral("up");
        QTest::newRow("postgresql up") << QStringLiteral("postgresql") << QStringLiteral("up");
        QTest::newRow("postgresql connections") << QStringLiteral("postgresql") << QStringLiteral("connections");
        QTest::newRow("redis up") << QStringLiteral("redis") << QStringLiteral("up");
        QTest::newRow("redis rate") << QStringLiteral("redis") << QStringLiteral("requestRate");
        QTest::newRow("rabbitmq depth") << QStringLiteral("rabbitmq") << QStringLiteral("queueDepth");
        QTest::newRow("search-api cpu") << QStringLiteral("search-api") << QStringLiteral("cpu");
        QTest::newRow("search-api memory") << QStringLiteral("search-api") << QStringLiteral("memory");
        QTest::newRow("search-api ready") << QStringLiteral("search-api") << QStringLiteral("ready");
        QTest::newRow("search-api restarts") << QStringLiteral("search-api") << QStringLiteral("restarts");
    }
    void everyServiceSignalAnswers()
    {
        QFETCH(QString, service);
        QFETCH(QString, signal);
        const auto query = m_profile.serviceQuery(service, signal, m_render);
        QVERIFY2(query, query ? "" : qPrintable(query.error().message));
        QTRY_VERIFY2_WITH_TIMEOUT(!promQuery(m_prom, query.value()).isEmpty(), qPrintable(query.value()), 15000);
        const double value = promQuery(m_prom, query.value()).first();
        if (signal == QLatin1String("requestRate") || signal == QLatin1String("up") || signal == QLatin1String("cpu")
            || signal == QLatin1String("memory") || signal == QLatin1String("ready") || signal == QLatin1String("connections"))
            QVERIFY2(value > 0, qPrintable(query.value()));
        if (signal == QLatin1String("cpu"))
            QVERIFY2(value < 1.0, qPrintable(QString::number(value))); // below the HPA target at nominal load
    }

    void kubeStateSeriesCarryTheirLabels_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("deployment") << QStringLiteral("kube_deployment_spec_replicas{namespace=\"search\", deployment=\"search-api-v1\"}");
        QTest::newRow("available") << QStringLiteral("kube_deployment_status_replicas_available{namespace=\"checkin\", deployment=\"checkin-api\"}");
        QTest::newRow("statefulset") << QStringLiteral("kube_statefulset_status_replicas_ready{namespace=\"postgres\", statefulset=\"postgresql\"}");
        QTest::newRow("hpa") << QStringLiteral("kube_horizontalpodautoscaler_spec_max_replicas{namespace=\"search\", horizontalpodautoscaler=\"search-api-v1\"}");
        QTest::newRow("pod phase") << QStringLiteral("sum(kube_pod_status_phase{namespace=\"search\", phase=\"Running\"})");
        QTest::newRow("restarts") << QStringLiteral("sum(kube_pod_container_status_restarts_total{namespace=\"search\"}) + 1");
        QTest::newRow("requests") << QStringLiteral("sum(kube_pod_container_resource_requests{namespace=\"search\", resource=\"cpu\"})");
        QTest::newRow("cronjob") << QStringLiteral("count(kube_cronjob_info{namespace=\"postgres\"})");
        QTest::newRow("cadvisor") << QStringLiteral("sum(rate(container_cpu_usage_seconds_total{namespace=\"search\", container!=\"\", image!=\"\"}[10s]))");
        QTest::newRow("rule: pod memory") << QStringLiteral("count(sum by (namespace, pod, container) (container_memory_working_set_bytes{namespace=~\"search|checkin\", container!=\"\", image!=\"\"}) / sum by (namespace, pod, container) (kube_pod_container_resource_limits{namespace=~\"search|checkin\", resource=\"memory\"}))");
        QTest::newRow("rule: hpa") << QStringLiteral("count(kube_horizontalpodautoscaler_status_current_replicas >= 0)");
    }
    void kubeStateSeriesCarryTheirLabels()
    {
        QFETCH(QString, query);
        QTRY_VERIFY2_WITH_TIMEOUT(!promQuery(m_prom, query).isEmpty() && promQuery(m_prom, query).first() > 0, qPrintable(query), 15000);
    }

    void alertRulesEvaluate()
    {
        // Every shipped rule ran at least once without an evaluation error against the simulator's series.
        QTRY_VERIFY_WITH_TIMEOUT(m_prom.get(QStringLiteral("/api/v1/rules")).body.contains("\"lastEvaluation\":\"20"), 15000);
        const QJsonArray groups = QJsonDocument::fromJson(m_prom.get(QStringLiteral("/api/v1/rules")).body)
                                      .object()[QLatin1String("data")].toObject()[QLatin1String("groups")].toArray();
        QVERIFY(groups.size() >= 4);
        for (const QJsonValue& group : groups)
            for (const QJsonValue& rule : group.toObject()[QLatin1String("rules")].toArray())
                QVERIFY2(rule.toObject()[QLatin1String("health")].toString() != QLatin1String("err"),
                         qPrintable(rule.toObject()[QLatin1String("name")].toString() + QStringLiteral(": ")
                                    + rule.toObject()[QLatin1String("lastError")].toString()));
    }

    // Faults added through the admin endpoint change what Prometheus sees, and clearing them restores it.
    void errorBurstThroughTheAdminEndpoint()
    {
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("checkin-api"), QStringLiteral("errorRatio")) >= 0, 10000);
        QVERIFY(service(QStringLiteral("checkin-api"), QStringLiteral("errorRatio")) < 0.05);
        addFault(R"({"kind":"error-burst","target":"checkin-api","value":0.6})");
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("checkin-api"), QStringLiteral("errorRatio")) > 0.3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(route(QStringLiteral("checkin-api-route"), QStringLiteral("errorRatio")) > 0.3, 20000);
        clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("checkin-api"), QStringLiteral("errorRatio")) < 0.05, 25000);
        QTRY_VERIFY_WITH_TIMEOUT(route(QStringLiteral("checkin-api-route"), QStringLiteral("errorRatio")) < 0.05, 25000);
    }

    void dependencyDownThroughTheAdminEndpoint()
    {
        QCOMPARE(service(QStringLiteral("postgresql"), QStringLiteral("up")), 1.0);
        addFault(R"({"kind":"dependency-down","target":"postgresql"})");
        QTRY_COMPARE_WITH_TIMEOUT(service(QStringLiteral("postgresql"), QStringLiteral("up")), 0.0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("checkin-api"), QStringLiteral("errorRatio")) > 0.5, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(first(QStringLiteral("max(ALERTS{alertname=\"DatabaseDown\"})")) >= 1, 10000); // pending
        clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(service(QStringLiteral("postgresql"), QStringLiteral("up")), 1.0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("checkin-api"), QStringLiteral("errorRatio")) < 0.05, 25000);
    }

    // Sustained load above the CPU target scales the deployment out; when it drops the HPA scales back in.
    void trafficSurgeScalesOutAndBackIn()
    {
        const QString desired = QStringLiteral("kube_deployment_spec_replicas{namespace=\"checkin\", deployment=\"checkin-api\"}");
        QTRY_COMPARE_WITH_TIMEOUT(first(desired), 2.0, 10000);
        addFault(R"({"kind":"traffic-surge","target":"checkin-api","value":3})");
        QTRY_VERIFY_WITH_TIMEOUT(first(desired) > 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(first(QStringLiteral("kube_horizontalpodautoscaler_status_desired_replicas{horizontalpodautoscaler=\"checkin-api\"}")) > 2, 10000);
        clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(first(desired), 2.0, 30000);
    }

    void expositionPassesPromtool()
    {
        LCL_REQUIRE_PROGRAM(promtool, "promtool", "prometheus");
        const PromProcess::Answer answer = PromProcess::request("GET", QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_metricsPort),
                                                                {}, {}, 10000);
        QCOMPARE(answer.status, 200);
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(answer.body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        const QByteArray output = check.readAllStandardOutput() + check.readAllStandardError();
        // promtool's lint complains about names the real exporters use (Envoy counters without _total); it must
        // not find a format error.
        QVERIFY2(!output.contains("error while linting") && !output.contains("text format parsing error"), output.left(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
