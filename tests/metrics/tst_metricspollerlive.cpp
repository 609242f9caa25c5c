// MetricsPoller against a REAL Prometheus (Debian package) scraping a /metrics endpoint served by this test:
// RED values per service, per service-graph edge and per Envoy Gateway route, saturation against requests,
// datastore health, and the zero-fill of the failed-edge counter.

#include "metrics/metricspoller.h"
#include "metrics/prometheusclient.h"
#include "net/httpclient.h"
#include "support/testenv.h"
#include "tst_metricspoller_exporter.h"
#include "tst_prometheusclient_process.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace lcl::metrics;

namespace {

bool near(const MetricValue& v, double expected, double tolerance)
{
    return v.hasValue() && std::abs(v.value - expected) <= tolerance;
}

} // namespace

class TestMetricsPollerLive final : public QObject {
    Q_OBJECT

    lcl::test::LabExporter m_exporter;
    lcl::test::MetricsLabProcesses m_lab;
    bool m_ready = false;

private Q_SLOTS:
    void initTestCase()
    {
        LCL_REQUIRE_PROGRAM(prometheus, "prometheus", "prometheus");
        qRegisterMetaType<MetricsSnapshot>();
        QVERIFY(m_exporter.start());
        QVERIFY2(m_lab.startPrometheus(prometheus, m_exporter.scrapeConfigs()), qPrintable(m_lab.error()));
        m_ready = true;
    }

    void redValuesFromRealPrometheus()
    {
        QVERIFY(m_ready);
        lcl::net::HttpClient http;
        PrometheusClient client(&http, *PrometheusClientEndpoint::fromUrl(m_lab.prometheusUrl()));
        MetricsPoller poller(&client);
        QueryBatch::Options options;
        options.window = QStringLiteral("5s"); // scraped every second: a full window after a few seconds
        QueryBatch batch = QueryBatch::defaults(options);
        batch.expectedServices = {QStringLiteral("search/search-api"), QStringLiteral("checkin/checkin-api"),
                                  QStringLiteral("search/not-deployed")};
        poller.setBatch(batch);
        QSignalSpy spy(&poller, &MetricsPoller::snapshotReady);
        poller.start(1000);

        const QString search = QStringLiteral("search/search-api");
        const QString checkin = QStringLiteral("checkin/checkin-api");
        const auto settled = [&] {
            const MetricsSnapshot& s = poller.lastSnapshot();
            return near(s.value(EntityKind::Service, search, SignalNames::requestRate), 10, 0.5)
                   && near(s.value(EntityKind::Service, checkin, SignalNames::requestRate), 4, 0.2)
                   && near(s.value(EntityKind::Edge, QStringLiteral("search-api/postgresql"), SignalNames::requestRate), 20, 1)
                   && s.value(EntityKind::Service, search, SignalNames::cpu).hasValue();
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 45000);
        const MetricsSnapshot s = poller.lastSnapshot();
        QCOMPARE(s.failedQueries(), 0);

        QVERIFY(near(s.value(EntityKind::Service, search, SignalNames::errorRatio), 0.1, 0.01));
        QVERIFY(near(s.value(EntityKind::Service, checkin, SignalNames::errorRatio), 0.0, 1e-9)); // zero-filled
        QVERIFY(near(s.value(EntityKind::Service, search, SignalNames::latencyP50), 0.05, 0.005));
        QVERIFY(near(s.value(EntityKind::Service, search, SignalNames::latencyP95), 0.095, 0.005));
        QVERIFY(near(s.value(EntityKind::Service, search, SignalNames::latencyP99), 0.099, 0.005));
        QVERIFY(near(s.value(EntityKind::Service, search, SignalNames::cpu), 0.5, 0.05));
        QVERIFY(near(s.value(EntityKind::Service, search, SignalNames::memory), 0.5, 1e-6));
        QVERIFY(near(s.value(EntityKind::Service, search, SignalNames::restarts), 0, 1e-9));
        QVERIFY(near(s.value(EntityKind::Service, search, SignalNames::up), 1, 0));
        QVERIFY(near(s.value(EntityKind::Service, QStringLiteral("postgres/postgresql"), SignalNames::datastoreUp), 1, 0));
        QVERIFY(near(s.value(EntityKind::Service, QStringLiteral("caching/redis-master"), SignalNames::datastoreUp), 0, 0));
        QVERIFY(near(s.value(EntityKind::Service, QStringLiteral("messaging/rabbitmq"), SignalNames::queueDepth), 42, 0));

        // A service nobody reports on is missing, with since when; never zero.
        const MetricValue absent = s.value(EntityKind::Service, QStringLiteral("search/not-deployed"), SignalNames::requestRate);
        QCOMPARE(absent.state, MetricValue::State::Missing);
        QVERIFY(absent.missingSince.isValid());
        QVERIFY(absent.missingSince <= s.at);

        const QString dbEdge = QStringLiteral("search-api/postgresql");
        const QString redisEdge = QStringLiteral("checkin-api/redis");
        QVERIFY(near(s.value(EntityKind::Edge, dbEdge, SignalNames::errorRatio), 0.1, 0.01));
        QVERIFY(near(s.value(EntityKind::Edge, redisEdge, SignalNames::requestRate), 5, 0.3));
        // No failed series at all for this edge: the `or … * 0` zero-fill still gives a ratio.
        QVERIFY(near(s.value(EntityKind::Edge, redisEdge, SignalNames::errorRatio), 0, 1e-9));
        QVERIFY(near(s.value(EntityKind::Edge, dbEdge, SignalNames::latencyP95), 0.0975, 0.005));
        // No server histogram for this edge: missing, not zero.
        QCOMPARE(s.value(EntityKind::Edge, redisEdge, SignalNames::latencyP95).state, MetricValue::State::Missing);

        const QString route = QStringLiteral("httproute/search/search-api-route/rule/0");
        QVERIFY(near(s.value(EntityKind::Route, route, SignalNames::requestRate), 10, 0.5));
        QVERIFY(near(s.value(EntityKind::Route, route, SignalNames::errorRatio), 0.1, 0.01));
        QVERIFY(near(s.value(EntityKind::Route, route, SignalNames::latencyP95), 0.0975, 0.005)); // ms → s
        QVERIFY(spy.count() >= 1);
        for (const QueryOutcome& q : s.queries)
            QVERIFY2(q.ok, qPrintable(q.query.signal + QStringLiteral(": ") + (q.error ? q.error->detail : QString())));
    }

    void typedQueryAndRange()
    {
        QVERIFY(m_ready);
        lcl::net::HttpClient http;
        PrometheusClient client(&http, *PrometheusClientEndpoint::fromUrl(m_lab.prometheusUrl()));
        std::optional<lcl::Result<PromQueryResult>> instant;
        client.query(QStringLiteral("up"), [&](const lcl::Result<PromQueryResult>& r) { instant = r; });
        QTRY_VERIFY_WITH_TIMEOUT(instant.has_value(), 10000);
        QVERIFY(instant->ok());
        QCOMPARE(instant->value().type, PromQueryResult::Type::Vector);
        QCOMPARE(instant->value().series.size(), 3); // search-api, checkin-api, infra

        std::optional<lcl::Result<PromQueryResult>> range;
        const QDateTime end = QDateTime::currentDateTimeUtc();
        client.queryRange(QStringLiteral("up"), end.addSecs(-3600), end,
                          [&](const lcl::Result<PromQueryResult>& r) { range = r; });
        QTRY_VERIFY_WITH_TIMEOUT(range.has_value(), 10000);
        QVERIFY(range->ok());
        QCOMPARE(range->value().type, PromQueryResult::Type::Matrix);
        for (const PromSeries& s : range->value().series)
            QVERIFY(s.samples.size() <= 300);

        std::optional<lcl::Result<PromQueryResult>> bad;
        client.query(QStringLiteral("sum(rate(up[5m])"), [&](const lcl::Result<PromQueryResult>& r) { bad = r; });
        QTRY_VERIFY_WITH_TIMEOUT(bad.has_value(), 10000);
        QVERIFY(!bad->ok());
        QCOMPARE(bad->error().kind, lcl::Error::Kind::Invalid);
        QCOMPARE(bad->error().httpStatus, 400);

        std::optional<lcl::Result<PromQueryResult>> empty;
        client.query(QStringLiteral("no_such_metric_anywhere"), [&](const lcl::Result<PromQueryResult>& r) { empty = r; });
        QTRY_VERIFY_WITH_TIMEOUT(empty.has_value(), 10000);
        QVERIFY(empty->ok()); // an empty result is not an error
        QVERIFY(empty->value().isEmpty());

        // 11,000 points: a one-second step over a day, asked without the client's step choice.
        std::optional<lcl::Result<QByteArray>> tooMany;
        lcl::net::HttpRequest request = client.endpoint().postForm(
            QStringLiteral("/api/v1/query_range"),
            {{QStringLiteral("query"), QStringLiteral("up")},
             {QStringLiteral("start"), QString::number(end.toSecsSinceEpoch() - 86400)},
             {QStringLiteral("end"), QString::number(end.toSecsSinceEpoch())},
             {QStringLiteral("step"), QStringLiteral("1")}});
        PrometheusClientCore core(&http, client.endpoint(), PrometheusClientError::Server::Prometheus, this);
        core.send<QByteArray>(request, PrometheusClient::body(), [&](const lcl::Result<QByteArray>& r) { tooMany = r; });
        QTRY_VERIFY_WITH_TIMEOUT(tooMany.has_value(), 10000);
        QVERIFY(!tooMany->ok());
        QVERIFY2(tooMany->error().message.contains(QStringLiteral("too many points")),
                 qPrintable(tooMany->error().message));
    }
};

QTEST_GUILESS_MAIN(TestMetricsPollerLive)
#include "tst_metricspollerlive.moc"
