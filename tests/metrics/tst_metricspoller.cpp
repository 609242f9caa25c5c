// MetricsPoller against a fake Prometheus in the test process: a constant number of queries per refresh, values
// split per service, missing values kept as missing with since when, NaN and ±Inf, a failing query.

#include "metrics/metricspoller.h"
#include "metrics/metricspolleranswer.h"
#include "metrics/metricspollerdecoder.h"
#include "metrics/prometheusclient.h"
#include "net/httpclient.h"
#include "tst_prometheusclient_server.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <functional>
#include <mutex>

using namespace lcl::metrics;

namespace {

// Every answer carries every key label, so each query of the default batch finds its entities in it.
std::string vectorOf(int services, const std::function<std::string(int)>& value)
{
    std::string out = R"({"status":"success","data":{"resultType":"vector","result":[)";
    for (int i = 0; i < services; ++i) {
        const std::string s = "svc-" + std::to_string(i);
        if (i)
            out += ',';
        out += R"({"metric":{"namespace":"lab","service":")" + s + R"(","workload":")" + s + R"(","client":")" + s
               + R"(","server":"db","envoy_cluster_name":"httproute/lab/)" + s + R"(/rule/0"},"value":[1700000000.5,")"
               + value(i) + "\"]}";
    }
    return out + "]}}";
}

} // namespace

class TestMetricsPoller final : public QObject {
    Q_OBJECT

    lcl::test::LoopbackHttpServer m_server;
    std::atomic<int> m_queries{0};
    std::mutex m_mutex;
    std::function<void(const std::string& query, httplib::Response&)> m_answer;

    void answerWith(std::function<void(const std::string&, httplib::Response&)> fn)
    {
        const std::lock_guard lock(m_mutex);
        m_answer = std::move(fn);
    }

    MetricsSnapshot refreshOnce(MetricsPoller& poller)
    {
        QSignalSpy spy(&poller, &MetricsPoller::snapshotReady);
        poller.refreshNow();
        if (!spy.wait(10000))
            return {};
        return spy.takeFirst().at(0).value<MetricsSnapshot>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<MetricsSnapshot>();
        m_server.http().Post("/api/v1/query", [this](const httplib::Request& req, httplib::Response& res) {
            ++m_queries;
            const std::lock_guard lock(m_mutex);
            m_answer(req.get_param_value("query"), res);
        });
        QVERIFY(m_server.start());
    }

    void constantQueriesPerRefresh_data()
    {
        QTest::addColumn<int>("services");
        QTest::newRow("5 services") << 5;
        QTest::newRow("200 services") << 200;
    }

    void constantQueriesPerRefresh()
    {
        QFETCH(int, services);
        answerWith([services](const std::string&, httplib::Response& res) {
            res.set_content(vectorOf(services, [](int i) { return std::to_string(i + 1) + ".5"; }), "application/json");
        });
        lcl::net::HttpClient http;
        PrometheusClient client(&http, *PrometheusClientEndpoint::fromUrl(
                                           QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())));
        MetricsPoller poller(&client);
        m_queries = 0;
        const MetricsSnapshot snap = refreshOnce(poller);
        QCOMPARE(snap.sequence, 1u);
        // The figure that must not grow with the number of services.
        QCOMPARE(m_queries.load(), QueryBatch::defaults().size());
        QCOMPARE(m_queries.load(), 17);
        QCOMPARE(snap.failedQueries(), 0);
        QCOMPARE(snap.services.size(), services);
        QCOMPARE(snap.edges.size(), services);
        QCOMPARE(snap.routes.size(), services);
        const MetricValue rate = snap.value(EntityKind::Service, QStringLiteral("lab/svc-3"), SignalNames::requestRate);
        QVERIFY(rate.hasValue());
        QCOMPARE(rate.value, 4.5);
        QCOMPARE(snap.value(EntityKind::Edge, QStringLiteral("svc-3/db"), SignalNames::errorRatio).value, 4.5);
        QCOMPARE(snap.value(EntityKind::Route, QStringLiteral("httproute/lab/svc-3/rule/0"), SignalNames::latencyP95).value,
                 4.5);
    }

    void missingIsNeverZero()
    {
        std::atomic<int> present{2};
        answerWith([&present](const std::string&, httplib::Response& res) {
            res.set_content(vectorOf(present, [](int) { return std::string("7"); }), "application/json");
        });
        lcl::net::HttpClient http;
        PrometheusClient client(&http, *PrometheusClientEndpoint::fromUrl(
                                           QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())));
        MetricsPoller poller(&client);
        QueryBatch batch = QueryBatch::defaults();
        batch.expectedServices = {QStringLiteral("lab/never-seen")};
        poller.setBatch(batch);

        const MetricsSnapshot first = refreshOnce(poller);
        const QString b = QStringLiteral("lab/svc-1");
        QCOMPARE(first.value(EntityKind::Service, b, SignalNames::requestRate).value, 7.0);
        const MetricValue never = first.value(EntityKind::Service, QStringLiteral("lab/never-seen"), SignalNames::up);
        QCOMPARE(never.state, MetricValue::State::Missing);
        QCOMPARE(never.missingSince, first.at);

        present = 1;
        QTest::qWait(5); // distinct refresh times
        const MetricsSnapshot second = refreshOnce(poller);
        const MetricValue gone = second.value(EntityKind::Service, b, SignalNames::requestRate);
        QCOMPARE(gone.state, MetricValue::State::Missing);
        QVERIFY(!gone.optional().has_value());
        QCOMPARE(gone.missingSince, second.at);
        QVERIFY(gone.display().contains(QStringLiteral("missing since")));

        QTest::qWait(5);
        const MetricsSnapshot third = refreshOnce(poller);
        QCOMPARE(third.value(EntityKind::Service, b, SignalNames::requestRate).missingSince, second.at);
        QCOMPARE(third.value(EntityKind::Service, QStringLiteral("lab/never-seen"), SignalNames::up).missingSince,
                 first.at);
        QCOMPARE(third.sequence, 3u);
    }

    void specialValues_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("state");
        QTest::addColumn<double>("value");
        QTest::newRow("NaN") << QStringLiteral("NaN") << int(MetricValue::State::NotANumber) << 0.0;
        QTest::newRow("+Inf") << QStringLiteral("+Inf") << int(MetricValue::State::Value) << qInf();
        QTest::newRow("-Inf") << QStringLiteral("-Inf") << int(MetricValue::State::Value) << -qInf();
        QTest::newRow("exponent") << QStringLiteral("1.5e-3") << int(MetricValue::State::Value) << 0.0015;
    }

    void specialValues()
    {
        QFETCH(QString, sample);
        QFETCH(int, state);
        QFETCH(double, value);
        const std::string text = sample.toStdString();
        answerWith([text](const std::string&, httplib::Response& res) {
            res.set_content(vectorOf(1, [&](int) { return text; }), "application/json");
        });
        lcl::net::HttpClient http;
        PrometheusClient client(&http, *PrometheusClientEndpoint::fromUrl(
                                           QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())));
        MetricsPoller poller(&client);
        const MetricsSnapshot snap = refreshOnce(poller);
        const MetricValue v = snap.value(EntityKind::Service, QStringLiteral("lab/svc-0"), SignalNames::latencyP95);
        QCOMPARE(int(v.state), state);
        if (v.state == MetricValue::State::Value)
            QCOMPARE(v.value, value);
        QCOMPARE(snap.queries.first().nanCount, std::isnan(MetricsPollerDecoder::parseSample(text)) ? 1 : 0);
    }

    void oneQueryFails()
    {
        answerWith([](const std::string& query, httplib::Response& res) {
            if (query.find("histogram_quantile") != std::string::npos) {
                res.status = 422;
                res.set_content(R"({"status":"error","errorType":"execution","error":"found duplicate series"})",
                                "application/json");
                return;
            }
            res.set_content(vectorOf(3, [](int) { return std::string("1"); }), "application/json");
        });
        lcl::net::HttpClient http;
        PrometheusClient client(&http, *PrometheusClientEndpoint::fromUrl(
                                           QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())));
        MetricsPoller poller(&client);
        const MetricsSnapshot snap = refreshOnce(poller);
        QCOMPARE(snap.failedQueries(), 5); // p50/p95/p99 per service, p95 per edge and per route
        for (const QueryOutcome& q : snap.queries) {
            if (!q.ok) {
                QVERIFY(q.error.has_value());
                QCOMPARE(q.error->kind, lcl::Error::Kind::Invalid);
                QVERIFY(q.error->message.contains(QStringLiteral("found duplicate series")));
            }
        }
        QCOMPARE(snap.value(EntityKind::Service, QStringLiteral("lab/svc-0"), SignalNames::latencyP95).state,
                 MetricValue::State::Missing);
        QCOMPARE(snap.value(EntityKind::Service, QStringLiteral("lab/svc-0"), SignalNames::requestRate).value, 1.0);
    }

    // A profile's batch: variant workloads alias onto their service and merge by the query's Combine.
    void aliasesMergeVariants()
    {
        QueryBatch batch;
        batch.queries = {SignalQuery{SignalNames::requestRate, EntityKind::Service, QStringLiteral("q1"),
                                     {QStringLiteral("namespace"), QStringLiteral("workload")}, Combine::Sum},
                         SignalQuery{SignalNames::latencyP95, EntityKind::Service, QStringLiteral("q2"),
                                     {QStringLiteral("namespace"), QStringLiteral("workload")}, Combine::Max}};
        batch.aliases = {{QStringLiteral("search/search-api-v1"), QStringLiteral("search-api")},
                         {QStringLiteral("search/search-api-v2"), QStringLiteral("search-api")}};
        const QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                                "{\"metric\":{\"namespace\":\"search\",\"workload\":\"search-api-v1\"},\"value\":[1,\"9\"]},"
                                "{\"metric\":{\"namespace\":\"search\",\"workload\":\"search-api-v2\"},\"value\":[1,\"1\"]},"
                                "{\"metric\":{\"namespace\":\"search\"},\"value\":[1,\"5\"]}]}}";
        MetricsPollerDecoder decoder;
        QList<MetricsPoller::Answer> answers(2);
        for (int i = 0; i < 2; ++i) {
            auto r = decoder.decode(body, batch.queries[i], batch);
            QVERIFY(r.ok());
            QCOMPARE(r->seriesCount, 3);
            QCOMPARE(r->unkeyedCount, 1);
            answers[i].values = *r;
        }
        const MetricsSnapshot s = MetricsPoller::merge(batch, answers, {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(s.services.size(), 1);
        QCOMPARE(s.value(EntityKind::Service, QStringLiteral("search-api"), SignalNames::requestRate).value, 10.0);
        QCOMPARE(s.value(EntityKind::Service, QStringLiteral("search-api"), SignalNames::latencyP95).value, 9.0);
    }

    void undecodableAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("not JSON") << QByteArray("<html>") << int(lcl::Error::Kind::Parse);
        QTest::newRow("matrix") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}")
                                << int(lcl::Error::Kind::Parse);
        QTest::newRow("error envelope in 200") << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"x\"}")
                                               << int(lcl::Error::Kind::Invalid);
        QTest::newRow("value not a number")
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                          "{\"metric\":{},\"value\":[1,\"abc\"]}]}}")
            << int(lcl::Error::Kind::Parse);
    }

    void undecodableAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        MetricsPollerDecoder decoder;
        const QueryBatch batch = QueryBatch::defaults();
        const auto r = decoder.decode(body, batch.queries.first(), batch);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
    }

    void emptyResultIsMissingNotZero()
    {
        MetricsPollerDecoder decoder;
        QueryBatch batch = QueryBatch::defaults();
        batch.expectedServices = {QStringLiteral("lab/a")};
        auto r = decoder.decode("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}",
                                batch.queries.first(), batch);
        QVERIFY(r.ok());
        QCOMPARE(r->seriesCount, 0);
        QList<MetricsPoller::Answer> answers(batch.queries.size());
        answers[0].values = *r;
        const MetricsSnapshot s = MetricsPoller::merge(batch, answers, {}, QDateTime::currentDateTimeUtc());
        const MetricValue v = s.value(EntityKind::Service, QStringLiteral("lab/a"), SignalNames::requestRate);
        QCOMPARE(v.state, MetricValue::State::Missing);
        QVERIFY(!v.optional().has_value());
        QVERIFY(v.missingSince.isValid());
    }

    void keyLabelsFromTemplates_data()
    {
        QTest::addColumn<QString>("promql");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("rate") << QStringLiteral("sum by (namespace, service) (rate(x[5m]))")
                              << QStringList{QStringLiteral("namespace"), QStringLiteral("service")};
        QTest::newRow("quantile drops le")
            << QStringLiteral("histogram_quantile(0.95, sum by (le, namespace, service) (rate(x_bucket[5m])))")
            << QStringList{QStringLiteral("namespace"), QStringLiteral("service")};
        QTest::newRow("edges") << QStringLiteral("sum by(client,server)(rate(y[5m]))")
                               << QStringList{QStringLiteral("client"), QStringLiteral("server")};
        QTest::newRow("no grouping") << QStringLiteral("sum(rate(z[5m]))") << QStringList{};
    }

    void keyLabelsFromTemplates()
    {
        QFETCH(QString, promql);
        QFETCH(QStringList, labels);
        QCOMPARE(SignalQuery::fromPromQl(SignalNames::requestRate, EntityKind::Service, promql).keyLabels, labels);
    }

    void staleRefreshIsDropped()
    {
        answerWith([this](const std::string&, httplib::Response& res) {
            m_server.idle(std::chrono::milliseconds(300));
            res.set_content(vectorOf(1, [](int) { return std::string("1"); }), "application/json");
        });
        lcl::net::HttpClient http;
        PrometheusClient client(&http, *PrometheusClientEndpoint::fromUrl(
                                           QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())));
        MetricsPoller poller(&client);
        QSignalSpy spy(&poller, &MetricsPoller::snapshotReady);
        poller.refreshNow();
        poller.stop(); // the answers still come back, but belong to a dropped generation
        QTest::qWait(1500);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(poller.lastSnapshot().sequence, 0u);
    }
};

QTEST_GUILESS_MAIN(TestMetricsPoller)
#include "tst_metricspoller.moc"
