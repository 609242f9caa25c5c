#include "labsim/faultbook.h"
#include "labsim/metricsapi.h"
#include "labsim/metricsexporter.h"
#include "labsim/objectstore.h"
#include "labsim/podusage.h"
#include "labsim/seed.h"
#include "labsim/trafficengine.h"
#include "lab/labprofile.h"
#include "support/promprocess.h"

#include <QTest>

using namespace lcl::sim;
using nlohmann::json;

// The /metrics endpoint of an in-process engine: served over HTTP on 127.0.0.1, kube-state-metrics series from
// the store's objects with KSM's label names, cAdvisor series per running container, OOM at the memory limit,
// and metrics.k8s.io (kubectl top) agreeing with cAdvisor.
class TestMetricsExport final : public QObject {
    Q_OBJECT

private:
    lcl::lab::LabProfile m_profile = lcl::lab::LabProfile::builtin();
    std::unique_ptr<ObjectStore> m_store;
    FaultBook m_faults;
    std::unique_ptr<TrafficEngine> m_engine;

private Q_SLOTS:
    void init()
    {
        m_engine.reset();
        m_store = std::make_unique<ObjectStore>();
        QVERIFY(Seed::seedLocalCloudLab(*m_store, 1));
        m_faults.clear();
        TrafficEngine::Config config;
        config.startEpochSeconds = 1'780'000'000;
        m_engine = std::make_unique<TrafficEngine>(*m_store, m_profile, m_faults, config);
        for (int i = 0; i < 5; ++i)
            m_engine->step(1.0);
    }

    void servesTheExpositionOverHttp()
    {
        const lcl::Result<quint16> port = m_engine->startMetrics(0);
        QVERIFY(port);
        const auto answer = lcl::test::PromProcess::request("GET", QStringLiteral("http://127.0.0.1:%1/metrics").arg(port.value()),
                                                            {}, {}, 10000);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("# TYPE http_server_request_duration_seconds histogram"));
        QVERIFY(answer.body.contains("envoy_cluster_upstream_rq_total{namespace=\"envoy-gateway\""));
        QVERIFY(answer.body.contains("envoy_cluster_name=\"httproute/search/search-api-route/rule/0\""));
        QVERIFY(answer.body.contains("traces_service_graph_request_total{client=\"public-gateway\",server=\"search-api\"}"));
        QVERIFY(answer.body.contains("pg_up{namespace=\"postgres\",service=\"postgresql-metrics\"} 1"));
        const auto missing = lcl::test::PromProcess::request("GET", QStringLiteral("http://127.0.0.1:%1/nothing").arg(port.value()),
                                                             {}, {}, 10000);
        QCOMPARE(missing.status, 404);
    }

    void kubeStateFollowsTheStore_data()
    {
        QTest::addColumn<QString>("series");
        QTest::newRow("deployment") << QStringLiteral("kube_deployment_spec_replicas{namespace=\"search\",deployment=\"search-api-v1\"} 2");
        QTest::newRow("statefulset") << QStringLiteral("kube_statefulset_replicas{namespace=\"postgres\",statefulset=\"postgresql\"} 1");
        QTest::newRow("hpa max") << QStringLiteral("kube_horizontalpodautoscaler_spec_max_replicas{namespace=\"checkin\",horizontalpodautoscaler=\"checkin-api\"} 5");
        QTest::newRow("cronjob") << QStringLiteral("kube_cronjob_info{namespace=\"postgres\",cronjob=\"postgres-backup\",schedule=\"0 2 * * *\"");
        QTest::newRow("pod phase") << QStringLiteral(",phase=\"Running\"} 1");
        QTest::newRow("requests") << QStringLiteral("resource=\"cpu\",unit=\"core\"} 0.2");
    }
    void kubeStateFollowsTheStore()
    {
        QFETCH(QString, series);
        const std::string text = m_engine->exporter().render();
        QVERIFY2(text.find(series.toStdString()) != std::string::npos, qPrintable(series));
    }

    void kubeStateIsCachedUntilTheStoreChanges()
    {
        const std::string before = m_engine->exporter().render();
        QVERIFY(m_store->setScale(m_store->resource("deployments.apps"), "checkin", "checkin-api", 3));
        const std::string after = m_engine->exporter().render();
        QVERIFY(after.find("kube_deployment_spec_replicas{namespace=\"checkin\",deployment=\"checkin-api\"} 3") != std::string::npos);
        QVERIFY(before.find("kube_deployment_spec_replicas{namespace=\"checkin\",deployment=\"checkin-api\"} 2") != std::string::npos);
    }

    void topAgreesWithCadvisor()
    {
        const MetricsApi::UsageLookup lookup = MetricsApi::usageFor(m_store.get());
        QVERIFY(lookup);
        int checked = 0;
        for (const ObjectPtr& pod : m_store->snapshot(m_store->resource("pods"), "search")) {
            if (pod->object["status"].value("phase", std::string()) != "Running")
                continue;
            const json top = MetricsApi::podMetrics(pod->object, lookup);
            for (const json& c : top["containers"]) {
                const auto row = m_engine->usage().find("search", pod->name, c["name"].get<std::string>());
                QVERIFY(row);
                QCOMPARE(MetricsApi::milliCpu(c["usage"]["cpu"].get<std::string>()), std::max(1.0, std::round(row->cpuCores * 1000)));
                QVERIFY(std::abs(MetricsApi::bytes(c["usage"]["memory"].get<std::string>()) - row->memoryBytes) <= 1024);
                ++checked;
            }
        }
        QVERIFY(checked >= 3);
    }

    void oomPutsMemoryAtTheLimit()
    {
        m_faults.add({0, FaultKind::OomKilled, "checkin-api", 0, {}});
        m_engine->step(1.0);
        int checked = 0;
        for (const ContainerUsage& row : m_engine->usage().rows()) {
            if (row.serviceId != "checkin-api")
                continue;
            QCOMPARE(row.memoryBytes, row.memoryLimitBytes);
            ++checked;
        }
        QVERIFY(checked >= 2);
        m_faults.clear();
        m_engine->step(1.0);
        for (const ContainerUsage& row : m_engine->usage().rows())
            if (row.serviceId == "checkin-api")
                QVERIFY(row.memoryBytes < row.memoryLimitBytes * 0.9);
    }

    void cpuCountersOnlyGrow()
    {
        std::map<std::string, double> before;
        for (const ContainerUsage& row : m_engine->usage().rows())
            before[row.ns + '/' + row.pod + '/' + row.container] = row.cpuSecondsTotal;
        m_engine->step(2.0);
        for (const ContainerUsage& row : m_engine->usage().rows()) {
            const auto it = before.find(row.ns + '/' + row.pod + '/' + row.container);
            QVERIFY(it != before.end());
            QCOMPARE(row.cpuSecondsTotal, it->second + row.cpuCores * 2.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsExport)
#include "tst_metricsexport.moc"
