// "Why no data" against a REAL Prometheus scraping the test exporter (and one target that is down): data there,
// no traffic (NaN), query failed, target down, metric absent, labels that do not match (with the values the
// metric does have). Plus the metric-name extraction on the default queries.

#include "metrics/nodatadiagnosis.h"
#include "metrics/prometheusclient.h"
#include "metrics/querybatch.h"
#include "net/httpclient.h"
#include "support/testenv.h"
#include "tst_metricspoller_exporter.h"
#include "tst_prometheusclient_process.h"

#include <QSignalSpy>
#include <QTest>

using namespace lcl::metrics;
using Cause = NoDataDiagnosis::Cause;

class TestNoData final : public QObject {
    Q_OBJECT

    lcl::test::LabExporter m_exporter;
    lcl::test::MetricsLabProcesses m_lab;
    std::unique_ptr<lcl::net::HttpClient> m_http;
    std::unique_ptr<PrometheusClient> m_client;

    NoDataDiagnosis::Finding diagnose(const SignalQuery& query, const QString& entity)
    {
        NoDataDiagnosis diagnosis(m_client.get());
        QSignalSpy spy(&diagnosis, &NoDataDiagnosis::finished);
        diagnosis.diagnose(query, entity);
        if (!spy.wait(20000))
            return {};
        return spy.takeFirst().at(0).value<NoDataDiagnosis::Finding>();
    }

    static SignalQuery rateQuery(const QString& metric = QStringLiteral("http_server_request_duration_seconds_count"))
    {
        return SignalQuery{SignalNames::requestRate, EntityKind::Service,
                           QStringLiteral("sum by (namespace, service) (rate(%1[5s]))").arg(metric),
                           {QStringLiteral("namespace"), QStringLiteral("service")}, Combine::Sum};
    }

private Q_SLOTS:
    void metricNames_data()
    {
        QTest::addColumn<QString>("promql");
        QTest::addColumn<QStringList>("names");
        const QueryBatch d = QueryBatch::defaults();
        QTest::newRow("rate") << d.queries.at(0).promql
                              << QStringList{QStringLiteral("http_server_request_duration_seconds_count")};
        QTest::newRow("p95") << d.queries.at(3).promql
                             << QStringList{QStringLiteral("http_server_request_duration_seconds_bucket")};
        QTest::newRow("cpu vs requests") << d.queries.at(5).promql
                                         << QStringList{QStringLiteral("container_cpu_usage_seconds_total"),
                                                        QStringLiteral("kube_pod_container_resource_requests")};
        QTest::newRow("__name__ matcher") << d.queries.at(9).promql
                                          << QStringList{QStringLiteral("pg_up"), QStringLiteral("redis_up")};
        QTest::newRow("edge zero-fill") << d.queries.at(12).promql
                                        << QStringList{QStringLiteral("traces_service_graph_request_failed_total"),
                                                       QStringLiteral("traces_service_graph_request_total")};
        QTest::newRow("keywords and numbers")
            << QStringLiteral("a_total offset 5m > bool 1.5e3 and on (x) b unless c or vector(1)")
            << QStringList{QStringLiteral("a_total"), QStringLiteral("b"), QStringLiteral("c")};
    }

    void metricNames()
    {
        QFETCH(QString, promql);
        QFETCH(QStringList, names);
        QCOMPARE(NoDataDiagnosis::metricNames(promql), names);
    }

    void entityMatchers()
    {
        const QueryBatch d = QueryBatch::defaults();
        QCOMPARE(NoDataDiagnosis::entityMatchers(d.queries.at(0), QStringLiteral("search/search-api")),
                 QStringLiteral("namespace=\"search\", service=\"search-api\""));
        QCOMPARE(NoDataDiagnosis::entityMatchers(d.queries.at(16), QStringLiteral("httproute/a/b/rule/0")),
                 QStringLiteral("envoy_cluster_name=\"httproute/a/b/rule/0\""));
    }

    void initTestCase()
    {
        qRegisterMetaType<NoDataDiagnosis::Finding>();
    }

    void live_data()
    {
        QTest::addColumn<QString>("promql");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<int>("cause");
        QTest::addColumn<QString>("mention");
        const SignalQuery rate = rateQuery();
        QTest::newRow("data is there") << rate.promql << QStringLiteral("search/search-api") << int(Cause::HasData)
                                       << QStringLiteral("search/search-api");
        QTest::newRow("no traffic (NaN)") << QStringLiteral("sum by (namespace, service) (rate(http_server_request_duration_seconds_count[5s])) * 0 / 0")
                                          << QStringLiteral("search/search-api") << int(Cause::NoTraffic)
                                          << QStringLiteral("NaN");
        QTest::newRow("query failed") << QStringLiteral("sum by (namespace, service) (rate(x[5s])")
                                      << QStringLiteral("search/search-api") << int(Cause::QueryFailed)
                                      << QStringLiteral("rejected");
        QTest::newRow("target down") << rate.promql << QStringLiteral("search/ghost-api") << int(Cause::TargetDown)
                                     << QStringLiteral("ghost-api");
        QTest::newRow("metric absent") << rateQuery(QStringLiteral("http_requests_total")).promql
                                       << QStringLiteral("search/search-api") << int(Cause::MetricAbsent)
                                       << QStringLiteral("http_requests_total");
        QTest::newRow("labels do not match") << rate.promql << QStringLiteral("search/search") << int(Cause::LabelsDoNotMatch)
                                             << QStringLiteral("search/search-api");
    }

    void live()
    {
        QFETCH(QString, promql);
        QFETCH(QString, entity);
        QFETCH(int, cause);
        QFETCH(QString, mention);
        if (!m_client) {
            LCL_REQUIRE_PROGRAM(prometheus, "prometheus", "prometheus");
            QVERIFY(m_exporter.start());
            // A target that never answers, labelled like a ServiceMonitor would label ghost-api.
            const QByteArray ghost = "  - job_name: ghost-api\n    static_configs: [{targets: ['127.0.0.1:"
                                     + QByteArray::number(lcl::test::freeLoopbackPort())
                                     + "'], labels: {namespace: search, service: ghost-api}}]\n";
            QVERIFY2(m_lab.startPrometheus(prometheus, m_exporter.scrapeConfigs() + ghost), qPrintable(m_lab.error()));
            m_http = std::make_unique<lcl::net::HttpClient>();
            m_client = std::make_unique<PrometheusClient>(m_http.get(),
                                                          *PrometheusClientEndpoint::fromUrl(m_lab.prometheusUrl()));
            // Wait for two scrapes, so rates exist and the ghost's up is 0.
            std::optional<bool> ready;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    ready.reset();
                    m_client->query(QStringLiteral("count(rate(http_server_request_duration_seconds_count[5s])) >= 3 "
                                                   "and on () count(up == 0) > 0"),
                                    [&](const lcl::Result<PromQueryResult>& r) { ready = r && !r->isEmpty(); });
                    (void)QTest::qWaitFor([&] { return ready.has_value(); }, 5000);
                    return ready.value_or(false);
                }(),
                30000);
        }
        SignalQuery query = rateQuery();
        query.promql = promql;
        const NoDataDiagnosis::Finding f = diagnose(query, entity);
        QVERIFY2(int(f.cause) == cause, qPrintable(QStringLiteral("%1: %2 (answer: %3)").arg(NoDataDiagnosis::causeText(f.cause),
                                                                                 f.explanation, f.answer)));
        QCOMPARE(f.promql, promql);
        QVERIFY(!f.checks.isEmpty());
        QCOMPARE(f.checks.first().promql, promql);
        const QString all = f.explanation + QLatin1Char(' ') + f.answer + QLatin1Char(' ')
                            + f.otherKeys.join(QLatin1Char(' ')) + QLatin1Char(' ') + f.downTargets.join(QLatin1Char(' '));
        QVERIFY2(all.contains(mention), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestNoData)
#include "tst_nodata.moc"
