#include "itemmodels/fakerangeprometheus.h"
#include "itemmodels/prometheusrangesource.h"
#include "itemmodels/snapshothistory.h"
#include "lab/labprofile.h"
#include "metrics/prometheusclient.h"
#include "net/httpclient.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace lcl;
using itemmodels::PrometheusRangeSource;
using itemmodels::RangeStatus;
using itemmodels::SeriesPoint;
namespace SignalNames = lcl::metrics::SignalNames;
using test::FakeHttpServer;
using test::formValue;
using State = RangeStatus::State;

namespace {

const QStringList kSearchApi{QStringLiteral("search-api"), QStringLiteral("search/search-api")};

// The value a fake answer carries per series, by the signal the query asks for; two series (two canary
// variants) per answer, so the source must combine them: rates add up, ratios and percentiles take the max.
double seriesValue(const QString& promql, int variant)
{
    if (promql.contains(QLatin1String("histogram_quantile(0.5,")))
        return 0.010 * (variant + 1);
    if (promql.contains(QLatin1String("histogram_quantile(0.95,")))
        return 0.050 * (variant + 1);
    if (promql.contains(QLatin1String("histogram_quantile(0.99,")))
        return 0.090 * (variant + 1);
    if (promql.contains(QLatin1String("5..")))
        return 0.01 * (variant + 1);
    return 3;
}

// A Prometheus that answers every query_range with two series covering [start, end] at the asked step.
FakeHttpServer::Response matrix(const FakeHttpServer::Request& r)
{
    return test::rangeAnswer(r, [](const QString& promql, int variant, double) { return seriesValue(promql, variant); });
}

} // namespace

class TestPrometheusRangeSource final : public QObject {
    Q_OBJECT

private:
    lab::LabProfile m_profile = lab::LabProfile::builtin();
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<metrics::PrometheusClient> m_client;
    std::unique_ptr<itemmodels::SnapshotHistory> m_history;

    PrometheusRangeSource::Options fastOptions() const
    {
        PrometheusRangeSource::Options o;
        o.retryMs = 300;
        o.networkRetryMs = 300;
        o.freshMs = 60000;
        o.inFlightMs = 3000;
        return o;
    }

    std::unique_ptr<PrometheusRangeSource> makeSource(const QString& url)
    {
        auto endpoint = metrics::PrometheusClientEndpoint::fromUrl(url);
        endpoint.value().timeoutMs = 1500;
        m_client = std::make_unique<metrics::PrometheusClient>(m_http.get(), endpoint.value());
        metrics::PrometheusClient* client = m_client.get();
        return std::make_unique<PrometheusRangeSource>(&m_profile, m_history.get(), [client] { return client; },
                                                       fastOptions());
    }

private Q_SLOTS:
    void init()
    {
        m_http = std::make_unique<net::HttpClient>();
        m_history = std::make_unique<itemmodels::SnapshotHistory>();
        test::recordTwoMinutes(*m_history, 100);
    }
    void cleanup()
    {
        m_client.reset();
        m_http.reset();
        m_history.reset();
    }

    // While Prometheus answers, the recorded samples are shown and the state is Loading; then the whole range
    // comes from Prometheus at ~250 points, variants combined, and samples recorded later extend it.
    void loadsTheWholeRange()
    {
        FakeHttpServer prometheus(matrix);
        QVERIFY(prometheus.listen());
        auto source = makeSource(prometheus.url());
        QSignalSpy changed(source.get(), &itemmodels::MetricsRangeSource::changed);
        const QDateTime to = QDateTime::currentDateTimeUtc();
        const QDateTime from = to.addSecs(-15 * 60);
        source->request(kSearchApi, from, to);
        RangeStatus status = source->status(kSearchApi, from, to);
        QCOMPARE(status.state, State::Loading);
        QVERIFY(status.recordedSinceMs > from.toMSecsSinceEpoch());
        QCOMPARE(source->series(kSearchApi, SignalNames::requestRate, from, to).size(), 4);
        QCOMPARE(status.signalNames, (QStringList{SignalNames::requestRate, SignalNames::errorRatio, SignalNames::latencyP50,
                                                  SignalNames::latencyP95, SignalNames::latencyP99}));

        QTRY_COMPARE_WITH_TIMEOUT(source->status(kSearchApi, from, to).state, State::Prometheus, 5000);
        QCOMPARE(prometheus.requestCount(), 5); // one query per signal
        QVERIFY(changed.count() >= 1);
        status = source->status(kSearchApi, from, to);
        QCOMPARE(status.stepSeconds, source->stepFor(15 * 60));
        QCOMPARE(status.stepSeconds, 4);
        const QList<SeriesPoint> rate = source->series(kSearchApi, SignalNames::requestRate, from, to);
        QVERIFY2(rate.size() >= 200 && rate.size() <= 300, qPrintable(QString::number(rate.size())));
        for (const SeriesPoint& p : rate) {
            QVERIFY(p.atMs >= from.toMSecsSinceEpoch() && p.atMs <= to.toMSecsSinceEpoch());
            QCOMPARE(p.value, 6.0); // 3 + 3
        }
        QCOMPARE(source->series(kSearchApi, SignalNames::errorRatio, from, to).first().value, 0.02);
        QCOMPARE(source->series(kSearchApi, SignalNames::latencyP99, from, to).first().value, 0.18);

        // A refresh recorded after the answer extends the Prometheus line.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(1);
        m_history->record(test::snapshotAt(later, 42));
        const QList<SeriesPoint> extended =
            source->series(kSearchApi, SignalNames::requestRate, later.addSecs(-15 * 60), later);
        QCOMPARE(extended.last().value, 42.0);
        QCOMPARE(extended.last().atMs, later.toMSecsSinceEpoch());
    }

    // Another range asks again with a longer step; the range asked before comes from the cache.
    void switchingRangeRequeriesWithLargerStep()
    {
        FakeHttpServer prometheus(matrix);
        QVERIFY(prometheus.listen());
        auto source = makeSource(prometheus.url());
        const QDateTime to = QDateTime::currentDateTimeUtc();
        QList<int> steps;
        for (int range : {15 * 60, 3600, 6 * 3600, 24 * 3600}) {
            const QDateTime from = to.addSecs(-range);
            const int before = prometheus.requestCount();
            source->request(kSearchApi, from, to);
            QTRY_COMPARE_WITH_TIMEOUT(source->status(kSearchApi, from, to).state, State::Prometheus, 5000);
            QCOMPARE(prometheus.requestCount(), before + 5);
            const int step = formValue(prometheus.requests().last().body, QStringLiteral("step")).toInt();
            QCOMPARE(step, source->status(kSearchApi, from, to).stepSeconds);
            const auto points = source->series(kSearchApi, SignalNames::latencyP95, from, to);
            QVERIFY2(points.size() >= 200 && points.size() <= 300, qPrintable(QString::number(points.size())));
            QCOMPARE(points.at(1).atMs - points.at(0).atMs, qint64(step) * 1000);
            steps << step;
        }
        QCOMPARE(steps, (QList<int>{4, 15, 87, 346}));
        QCOMPARE(source->fetchCount(), 4);

        const int asked = prometheus.requestCount();
        source->request(kSearchApi, to.addSecs(-15 * 60), to);
        source->request(kSearchApi, to.addSecs(-3600), to);
        QTest::qWait(100);
        QCOMPARE(prometheus.requestCount(), asked);
        QCOMPARE(source->fetchCount(), 4);
    }

    void prometheusFails_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("down");
        QTest::addColumn<bool>("hang");
        QTest::newRow("down") << 0 << QByteArray() << true << false;
        QTest::newRow("HTTP 500") << 500 << QByteArray("internal error") << false << false;
        QTest::newRow("500 envelope") << 500
                                      << QByteArray("{\"status\":\"error\",\"errorType\":\"internal\",\"error\":\"boom\"}")
                                      << false << false;
        QTest::newRow("malformed JSON") << 200 << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"matr")
                                        << false << false;
        QTest::newRow("not JSON") << 200 << QByteArray("<html>proxy error</html>") << false << false;
        QTest::newRow("no answer") << 0 << QByteArray() << false << true;
    }
    // Each failure becomes a Failed state with a reason while the recorded samples stay on the chart; once
    // Prometheus answers again, the next request after the retry delay brings the whole range.
    void prometheusFails()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, down);
        QFETCH(bool, hang);
        FakeHttpServer prometheus([&](const FakeHttpServer::Request&) { return FakeHttpServer::Response{status, body}; });
        QVERIFY(prometheus.listen());
        prometheus.rememberPort();
        const quint16 port = prometheus.port();
        if (down)
            prometheus.close();
        prometheus.setHang(hang);
        auto source = makeSource(prometheus.url());
        const QDateTime to = QDateTime::currentDateTimeUtc();
        const QDateTime from = to.addSecs(-3600);
        source->request(kSearchApi, from, to);
        QTRY_COMPARE_WITH_TIMEOUT(source->status(kSearchApi, from, to).state, State::Failed, 8000);
        const RangeStatus failed = source->status(kSearchApi, from, to);
        QVERIFY(!failed.reason.isEmpty());
        QVERIFY(failed.recordedSinceMs > 0);
        const QList<SeriesPoint> shown = source->series(kSearchApi, SignalNames::requestRate, from, to);
        QCOMPARE(shown.size(), 4);
        QCOMPARE(shown.first().value, 104.0);

        // Within the retry delay nothing is asked again.
        const int fetches = source->fetchCount();
        source->request(kSearchApi, from, to);
        QCOMPARE(source->fetchCount(), fetches);

        prometheus.setHang(false);
        if (down)
            QVERIFY(prometheus.listen(port));
        prometheus.setHandler(matrix);
        QTest::qWait(350);
        source->request(kSearchApi, from, to);
        QCOMPARE(source->fetchCount(), fetches + 1);
        QTRY_COMPARE_WITH_TIMEOUT(source->status(kSearchApi, from, to).state, State::Prometheus, 5000);
        QVERIFY(source->series(kSearchApi, SignalNames::requestRate, from, to).size() >= 200);
    }

    // Nobody listening (Prometheus still starting) is asked again soon; a server that answered badly much later.
    void refusedConnectionsRetrySooner()
    {
        FakeHttpServer prometheus([](const FakeHttpServer::Request&) { return FakeHttpServer::Response{500, "x"}; });
        QVERIFY(prometheus.listen());
        auto endpoint = metrics::PrometheusClientEndpoint::fromUrl(prometheus.url()).value();
        FakeHttpServer down(matrix);
        QVERIFY(down.listen());
        down.rememberPort();
        down.close();
        auto refused = metrics::PrometheusClientEndpoint::fromUrl(down.url()).value();
        metrics::PrometheusClient failing(m_http.get(), endpoint);
        metrics::PrometheusClient nobody(m_http.get(), refused);
        PrometheusRangeSource::Options options;
        options.retryMs = 60000;
        options.networkRetryMs = 200;
        PrometheusRangeSource serverError(&m_profile, m_history.get(), [&failing] { return &failing; }, options);
        PrometheusRangeSource notListening(&m_profile, m_history.get(), [&nobody] { return &nobody; }, options);
        const QDateTime to = QDateTime::currentDateTimeUtc();
        const QDateTime from = to.addSecs(-900);
        serverError.request(kSearchApi, from, to);
        notListening.request(kSearchApi, from, to);
        QTRY_COMPARE_WITH_TIMEOUT(serverError.status(kSearchApi, from, to).state, State::Failed, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(notListening.status(kSearchApi, from, to).state, State::Failed, 5000);
        QTest::qWait(250);
        serverError.request(kSearchApi, from, to);
        notListening.request(kSearchApi, from, to);
        QCOMPARE(serverError.fetchCount(), 1);
        QCOMPARE(notListening.fetchCount(), 2);
    }

    void withoutPrometheusShowsTheRecordedSamples()
    {
        PrometheusRangeSource source(&m_profile, m_history.get(), [] { return nullptr; });
        const QDateTime to = QDateTime::currentDateTimeUtc();
        const QDateTime from = to.addSecs(-900);
        source.request(kSearchApi, from, to);
        const RangeStatus status = source.status(kSearchApi, from, to);
        QCOMPARE(status.state, State::Recorded);
        QVERIFY(status.reason.contains(QLatin1String("not connected")));
        QVERIFY(!status.hint.isEmpty());
        QCOMPARE(source.series(kSearchApi, SignalNames::requestRate, from, to).size(), 4);
        QCOMPARE(source.fetchCount(), 0);
    }

    // Only the charts the profile has templates for: a cache has a rate only, a database none.
    void signalsFollowTheProfile()
    {
        FakeHttpServer prometheus(matrix);
        QVERIFY(prometheus.listen());
        auto source = makeSource(prometheus.url());
        const QDateTime to = QDateTime::currentDateTimeUtc();
        const QDateTime from = to.addSecs(-900);
        QCOMPARE(source->status({QStringLiteral("redis")}, from, to).signalNames, QStringList{SignalNames::requestRate});
        const RangeStatus database = source->status({QStringLiteral("postgresql")}, from, to);
        QVERIFY(database.signalNames.isEmpty());
        QCOMPARE(database.state, State::Recorded);
        QVERIFY(!database.reason.isEmpty());
        source->request({QStringLiteral("postgresql")}, from, to);
        QCOMPARE(source->fetchCount(), 0);
        const RangeStatus unknown = source->status({QStringLiteral("search/not-in-profile")}, from, to);
        QCOMPARE(unknown.state, State::Recorded);
        QVERIFY(!unknown.reason.isEmpty());
    }

    // A fetch the replaced client will never answer is asked again through the new client.
    void newClientAsksAgain()
    {
        FakeHttpServer silent([](const FakeHttpServer::Request&) { return FakeHttpServer::Response{}; });
        silent.setHang(true);
        QVERIFY(silent.listen());
        FakeHttpServer healthy(matrix);
        QVERIFY(healthy.listen());
        auto first = std::make_unique<metrics::PrometheusClient>(
            m_http.get(), metrics::PrometheusClientEndpoint::fromUrl(silent.url()).value());
        auto second = std::make_unique<metrics::PrometheusClient>(
            m_http.get(), metrics::PrometheusClientEndpoint::fromUrl(healthy.url()).value());
        metrics::PrometheusClient* current = first.get();
        PrometheusRangeSource source(&m_profile, m_history.get(), [&current] { return current; }, fastOptions());
        const QDateTime to = QDateTime::currentDateTimeUtc();
        const QDateTime from = to.addSecs(-900);
        source.request(kSearchApi, from, to);
        QTRY_VERIFY_WITH_TIMEOUT(silent.requestCount() >= 1, 3000);
        current = second.get();
        first.reset();
        source.request(kSearchApi, from, to);
        QTRY_COMPARE_WITH_TIMEOUT(source.status(kSearchApi, from, to).state, State::Prometheus, 5000);
        QCOMPARE(source.fetchCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusRangeSource)
#include "tst_prometheusrangesource.moc"
