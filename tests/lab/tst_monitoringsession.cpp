#include "fakehttpserver.h"
#include "lab/monitoringsession.h"

#include <QSignalSpy>
#include <QTest>

using lcl::ConnectionState;
using lcl::lab::AlertEntry;
using lcl::lab::MonitoringSession;
using lcl::metrics::EntityKind;
using lcl::metrics::MetricValue;
using lcl::metrics::QueryBatch;
using lcl::metrics::SignalQuery;
using lcl::test::FakeHttpServer;
using Phase = ConnectionState::Phase;

namespace {

const QByteArray kVector = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                           "{\"metric\":{\"service\":\"search-api\"},\"value\":[1787392800,\"12.5\"]}]}}";

QueryBatch smallBatch()
{
    QueryBatch b;
    b.queries << SignalQuery{QStringLiteral("requestRate"), EntityKind::Service, QStringLiteral("sum by (service) (x)"),
                             {QStringLiteral("service")}, lcl::metrics::Combine::Sum};
    b.queries << SignalQuery{QStringLiteral("errorRatio"), EntityKind::Service, QStringLiteral("sum by (service) (y)"),
                             {QStringLiteral("service")}, lcl::metrics::Combine::Max};
    b.expectedServices << QStringLiteral("search-api");
    return b;
}

FakeHttpServer::Response healthyPrometheus(const FakeHttpServer::Request& r)
{
    if (r.path.startsWith("/api/v1/alerts"))
        return {200, "{\"status\":\"success\",\"data\":{\"alerts\":[{\"labels\":{\"alertname\":\"ApiHighErrorRate\","
                     "\"severity\":\"critical\",\"service\":\"checkin-api\"},\"annotations\":{\"summary\":\"errors\"},"
                     "\"state\":\"pending\",\"activeAt\":\"2026-11-26T10:00:00Z\",\"value\":\"1e-01\"}]}}"};
    return {200, kVector};
}

MonitoringSession::Options fastOptions()
{
    MonitoringSession::Options o;
    o.metricsIntervalMs = 200;
    o.alertsIntervalMs = 200;
    o.requestTimeoutMs = 1000;
    o.maxBackoffMs = 2000;
    o.startGraceMs = 0;
    return o;
}

MetricValue rate(const MonitoringSession& s)
{
    return s.snapshot().value(EntityKind::Service, QStringLiteral("search-api"), QStringLiteral("requestRate"));
}

} // namespace

class TestMonitoringSession final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void connectsAndDelivers()
    {
        FakeHttpServer prometheus(healthyPrometheus);
        QVERIFY(prometheus.listen());
        MonitoringSession session(fastOptions());
        session.setQueryBatch(smallBatch());
        QSignalSpy states(&session, &MonitoringSession::prometheusStateChanged);
        QSignalSpy alerts(&session, &MonitoringSession::alertsChanged);
        session.start(prometheus.url(), {});
        QCOMPARE(session.prometheusState().phase, Phase::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(session.prometheusState().phase, Phase::Connected, 5000);
        QCOMPARE(rate(session).state, MetricValue::State::Value);
        QCOMPARE(rate(session).value, 12.5);
        QCOMPARE(session.prometheusState().endpoint, prometheus.url());
        // Without Alertmanager, Prometheus' own alerts (here a pending one) still reach the console.
        QTRY_VERIFY_WITH_TIMEOUT(!session.alerts().isEmpty(), 5000);
        QCOMPARE(session.alerts().first().state, AlertEntry::State::Pending);
        QCOMPARE(session.alertmanagerState().phase, Phase::NotConfigured);
        QVERIFY(alerts.count() >= 1);
    }

    // Prometheus goes bad in the middle of a session: the indicator turns to failed with a reason, and the value
    // it had turns missing (since when it went), never zero.
    void badAnswersMidSession_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("hang");
        QTest::addColumn<bool>("down");
        QTest::addColumn<QString>("reason");
        QTest::newRow("down") << 0 << QByteArray() << false << true << QString();
        QTest::newRow("slow") << 0 << QByteArray() << true << false << QString();
        QTest::newRow("503 envelope") << 503
                                      << QByteArray("{\"status\":\"error\",\"errorType\":\"unavailable\",\"error\":\"overloaded\"}")
                                      << false << false << QStringLiteral("not ready");
        QTest::newRow("422 execution") << 422
                                       << QByteArray("{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"query processing would load too many samples into memory\"}")
                                       << false << false << QStringLiteral("too many samples");
        QTest::newRow("400 bad_data") << 400
                                      << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"exceeded maximum resolution of 11,000 points per timeseries\"}")
                                      << false << false << QStringLiteral("11,000");
        QTest::newRow("not json") << 200 << QByteArray("<html>proxy error</html>") << false << false << QString();
    }
    void badAnswersMidSession()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, hang);
        QFETCH(bool, down);
        QFETCH(QString, reason);
        FakeHttpServer prometheus(healthyPrometheus);
        QVERIFY(prometheus.listen());
        prometheus.rememberPort();
        MonitoringSession session(fastOptions());
        session.setQueryBatch(smallBatch());
        session.start(prometheus.url(), {});
        QTRY_COMPARE_WITH_TIMEOUT(session.prometheusState().phase, Phase::Connected, 5000);
        QCOMPARE(rate(session).value, 12.5);

        const QDateTime wentBad = QDateTime::currentDateTimeUtc().addSecs(-1);
        if (down)
            prometheus.close();
        else if (hang)
            prometheus.setHang(true);
        else
            prometheus.setHandler([&](const FakeHttpServer::Request&) { return FakeHttpServer::Response{status, body}; });

        QTRY_COMPARE_WITH_TIMEOUT(session.prometheusState().phase, Phase::Failed, 8000);
        QVERIFY(!session.prometheusState().summary.isEmpty());
        if (!reason.isEmpty())
            QVERIFY2(session.prometheusState().summary.contains(reason), qPrintable(session.prometheusState().summary));
        const MetricValue v = rate(session);
        QCOMPARE(v.state, MetricValue::State::Missing);
        QVERIFY(v.missingSince.isValid());
        QVERIFY(v.missingSince >= wentBad);
        QVERIFY2(v.display().startsWith(QLatin1String("missing since")), qPrintable(v.display()));

        // Back to normal: connected again after the backoff, values again.
        if (down) {
            QVERIFY(prometheus.listen(prometheus.url().section(QLatin1Char(':'), -1).toUShort()));
        }
        prometheus.setHang(false);
        prometheus.setHandler(healthyPrometheus);
        QTRY_COMPARE_WITH_TIMEOUT(session.prometheusState().phase, Phase::Connected, 10000);
        QCOMPARE(rate(session).state, MetricValue::State::Value);
    }

    // While Prometheus keeps failing the session asks ever more slowly, not every interval.
    void failuresBackOff()
    {
        FakeHttpServer prometheus([](const FakeHttpServer::Request& r) {
            if (r.path.startsWith("/api/v1/alerts"))
                return FakeHttpServer::Response{200, "{\"status\":\"success\",\"data\":{\"alerts\":[]}}"};
            return FakeHttpServer::Response{503, "{\"status\":\"error\",\"errorType\":\"unavailable\",\"error\":\"down\"}"};
        });
        QVERIFY(prometheus.listen());
        MonitoringSession::Options o = fastOptions();
        o.maxBackoffMs = 60000;
        MonitoringSession session(o);
        session.setQueryBatch(smallBatch());
        QSignalSpy states(&session, &MonitoringSession::prometheusStateChanged);
        session.start(prometheus.url(), {});
        QTRY_COMPARE_WITH_TIMEOUT(session.prometheusState().phase, Phase::Failed, 5000);
        QTest::qWait(3500); // a test of pacing: the time is the thing measured
        const auto queries = [&] {
            int n = 0;
            for (const auto& r : prometheus.requests())
                n += r.path.startsWith("/api/v1/query") ? 1 : 0;
            return n;
        };
        // At the 200 ms interval ~18 refreshes would have gone out; with 1 s, 2 s backoff at most 4.
        QVERIFY2(queries() <= 4 * 2, qPrintable(QString::number(queries())));
        QVERIFY(queries() >= 2 * 2);
        int failedTransitions = 0;
        for (const auto& args : states)
            failedTransitions += args.at(0).value<ConnectionState>().phase == Phase::Failed ? 1 : 0;
        QVERIFY(failedTransitions >= 1);
    }

    // Right after start an endpoint that does not answer yet is still "connecting" (the demo's Prometheus is
    // getting ready), and turns "failed" only when the grace is over.
    void notReadyAtStartIsConnectingFirst()
    {
        FakeHttpServer prometheus([](const FakeHttpServer::Request&) {
            return FakeHttpServer::Response{503, "Service Unavailable"};
        });
        QVERIFY(prometheus.listen());
        MonitoringSession::Options o = fastOptions();
        o.startGraceMs = 2500;
        MonitoringSession session(o);
        session.setQueryBatch(smallBatch());
        QSignalSpy states(&session, &MonitoringSession::prometheusStateChanged);
        session.start(prometheus.url(), {});
        QTRY_COMPARE_WITH_TIMEOUT(session.prometheusState().phase, Phase::Failed, 8000);
        // The server counting requests says nothing about whether their answers were read yet (the alerts poll is
        // a request too), so the check is on the states the session went through: the first refused answer reads
        // "waiting", still connecting, and "failed" comes only after it.
        int firstWaiting = -1;
        int firstFailed = -1;
        for (int i = 0; i < states.size(); ++i) {
            const auto state = states.at(i).at(0).value<ConnectionState>();
            if (firstWaiting < 0 && state.phase == Phase::Connecting
                && state.summary.startsWith(QLatin1String("waiting for Prometheus")))
                firstWaiting = i;
            if (firstFailed < 0 && state.phase == Phase::Failed)
                firstFailed = i;
        }
        QVERIFY2(firstWaiting >= 0, "no 'waiting for Prometheus' state while connecting");
        QVERIFY(firstFailed > firstWaiting);
        QVERIFY(session.prometheusState().summary.contains(QLatin1String("trying again")));
    }

    void alertsAndSilences()
    {
        FakeHttpServer alertmanager([](const FakeHttpServer::Request& r) -> FakeHttpServer::Response {
            if (r.method == "POST" && r.path.startsWith("/api/v2/silences"))
                return {200, "{\"silenceID\":\"sil-1\"}"};
            if (r.path.startsWith("/api/v2/silences"))
                return {200, "[]"};
            if (r.path.startsWith("/api/v2/alerts"))
                return {200, "[{\"labels\":{\"alertname\":\"RedisDown\",\"severity\":\"critical\",\"service\":\"redis-metrics\"},"
                             "\"annotations\":{\"summary\":\"Redis is down\"},\"startsAt\":\"2026-11-26T10:00:00.000Z\","
                             "\"endsAt\":\"2026-11-26T11:00:00.000Z\",\"updatedAt\":\"2026-11-26T10:00:00.000Z\","
                             "\"fingerprint\":\"f00d\",\"receivers\":[{\"name\":\"null\"}],"
                             "\"status\":{\"state\":\"active\",\"silencedBy\":[],\"inhibitedBy\":[],\"mutedBy\":[]},"
                             "\"generatorURL\":\"http://prometheus/graph\"}]"};
            return {404, "{}"};
        });
        QVERIFY(alertmanager.listen());
        MonitoringSession session(fastOptions());
        QSignalSpy changed(&session, &MonitoringSession::alertsChanged);
        session.start({}, alertmanager.url());
        QCOMPARE(session.alertsSource(), QStringLiteral("Alertmanager"));
        QTRY_COMPARE_WITH_TIMEOUT(session.alertmanagerState().phase, Phase::Connected, 5000);
        QCOMPARE(session.alerts().size(), 1);
        const AlertEntry alert = session.alerts().first();
        QCOMPARE(alert.name(), QStringLiteral("RedisDown"));
        // The identity comes from the labels, so an alert keeps it when it moves from Prometheus to Alertmanager.
        QCOMPARE(alert.fingerprint, AlertEntry::fingerprintOf(alert.labels));
        QCOMPARE(alert.state, AlertEntry::State::Firing);
        QCOMPARE(session.prometheusState().phase, Phase::NotConfigured);
        const int changes = changed.count();
        QTest::qWait(600); // the same answer again must not signal a change
        QCOMPARE(changed.count(), changes);

        std::optional<lcl::Result<QString>> result;
        session.silenceAlert(alert, 3600, QStringLiteral("drill"), QStringLiteral("tester"),
                             [&](const lcl::Result<QString>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().toString()));
        QCOMPARE(result->value(), QStringLiteral("sil-1"));
        QByteArray posted;
        for (const auto& r : alertmanager.requests())
            if (r.method == "POST")
                posted = r.body;
        for (const char* part : {"\"name\":\"alertname\"", "\"value\":\"RedisDown\"", "\"name\":\"service\"",
                                 "\"createdBy\":\"tester\"", "\"comment\":\"drill\""})
            QVERIFY2(posted.contains(part), posted.constData());

        // Alertmanager goes away: failed with a reason, the last alerts stay on screen, said to be stale.
        QVERIFY(session.alertsStaleReason().isEmpty());
        QSignalSpy stale(&session, &MonitoringSession::alertsStaleChanged);
        alertmanager.close();
        QTRY_COMPARE_WITH_TIMEOUT(session.alertmanagerState().phase, Phase::Failed, 8000);
        QVERIFY(!session.alertmanagerState().summary.isEmpty());
        QCOMPARE(session.alerts().size(), 1);
        QVERIFY2(session.alertsStaleReason().startsWith(QLatin1String("Alertmanager is not answering")),
                 qPrintable(session.alertsStaleReason()));
        QCOMPARE(stale.count(), 1);
    }

    // Prometheus alone tells the alerts. When it does not answer, its last alerts stay and are said to be stale;
    // when it never answered they stay unknown. Never an empty list that would read "all quiet".
    void prometheusAloneNotAnsweringIsNeverAllQuiet()
    {
        FakeHttpServer prometheus(healthyPrometheus);
        QVERIFY(prometheus.listen());
        prometheus.rememberPort();
        const quint16 port = prometheus.port();
        MonitoringSession session(fastOptions());
        session.setQueryBatch(smallBatch());
        QSignalSpy changed(&session, &MonitoringSession::alertsChanged);
        QSignalSpy stale(&session, &MonitoringSession::alertsStaleChanged);
        session.start(prometheus.url(), {});
        QCOMPARE(session.alertsSource(), QStringLiteral("Prometheus"));
        QTRY_VERIFY_WITH_TIMEOUT(session.alertsKnown(), 5000);
        QCOMPARE(session.alerts().size(), 1);
        const int changes = changed.count();

        prometheus.close();
        QTRY_VERIFY_WITH_TIMEOUT(!session.alertsStaleReason().isEmpty(), 5000);
        QVERIFY2(session.alertsStaleReason().startsWith(QLatin1String("Prometheus is not answering")),
                 qPrintable(session.alertsStaleReason()));
        QTest::qWait(500); // more failed polls
        QCOMPARE(session.alerts().size(), 1);
        QCOMPARE(changed.count(), changes);

        // Back: current again, with one signal each way.
        QVERIFY(prometheus.listen(port));
        QTRY_VERIFY_WITH_TIMEOUT(session.alertsStaleReason().isEmpty(), 5000);
        QCOMPARE(stale.count(), 2);
        QCOMPARE(session.alerts().size(), 1);

        // A restart against a Prometheus that never answers: unknown, not "none" — one signal at the start
        // that forgets the old alerts (alertsKnown() false with it), none from the failed polls.
        prometheus.close();
        changed.clear();
        session.start(prometheus.url(), {});
        QTest::qWait(800);
        QVERIFY(!session.alertsKnown());
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().first().value<QList<AlertEntry>>().isEmpty());
        session.stop();
        QVERIFY(session.alertsSource().isEmpty());
    }

    // With Alertmanager answering, Prometheus' pending alerts stay while only Prometheus fails, and the firing
    // count (Alertmanager's) is current.
    void pendingAlertsStayWhilePrometheusFails()
    {
        FakeHttpServer alertmanager([](const FakeHttpServer::Request& r) -> FakeHttpServer::Response {
            if (r.path.startsWith("/api/v2/alerts") || r.path.startsWith("/api/v2/silences"))
                return {200, "[]"};
            return {404, "{}"};
        });
        FakeHttpServer prometheus(healthyPrometheus);
        QVERIFY(alertmanager.listen());
        QVERIFY(prometheus.listen());
        MonitoringSession session(fastOptions());
        session.setQueryBatch(smallBatch());
        session.start(prometheus.url(), alertmanager.url());
        QTRY_COMPARE_WITH_TIMEOUT(session.alerts().size(), 1, 5000);
        QCOMPARE(session.alerts().first().state, AlertEntry::State::Pending);
        const int before = alertmanager.requestCount();
        prometheus.setHandler([](const FakeHttpServer::Request&) {
            return FakeHttpServer::Response{500, "{\"status\":\"error\",\"errorType\":\"internal\",\"error\":\"boom\"}"};
        });
        QTRY_VERIFY_WITH_TIMEOUT(alertmanager.requestCount() >= before + 6, 5000); // three more polls
        QCOMPARE(session.alerts().size(), 1);
        QVERIFY(session.alertsStaleReason().isEmpty());
    }

    // No alerts at all is an answer too: the first one is signalled (the overview's count goes from unknown to
    // 0), the same again is not, and a new start tells it again.
    void noAlertsIsSignalledOnce()
    {
        FakeHttpServer alertmanager([](const FakeHttpServer::Request& r) -> FakeHttpServer::Response {
            if (r.path.startsWith("/api/v2/alerts") || r.path.startsWith("/api/v2/silences"))
                return {200, "[]"};
            return {404, "{}"};
        });
        QVERIFY(alertmanager.listen());
        MonitoringSession session(fastOptions());
        QSignalSpy changed(&session, &MonitoringSession::alertsChanged);
        session.start({}, alertmanager.url());
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QVERIFY(changed.first().first().value<QList<AlertEntry>>().isEmpty());
        QCOMPARE(session.alertmanagerState().phase, Phase::Connected);
        QTest::qWait(600); // several more polls with the same answer
        QCOMPARE(changed.count(), 1);
        // A new start forgets the answer at once (the count is unknown again), then tells the new one.
        session.start({}, alertmanager.url());
        QCOMPARE(changed.count(), 2);
        QVERIFY(!session.alertsKnown());
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, 5000);
        QVERIFY(session.alertsKnown());
    }

    // Started again against other servers (another cluster's, say), the session does not keep the first ones'
    // alerts as "last known": they are gone and unknown until the new servers answer, not stale.
    void restartForgetsTheOldServersAlerts()
    {
        FakeHttpServer first([](const FakeHttpServer::Request& r) -> FakeHttpServer::Response {
            if (r.path.startsWith("/api/v2/alerts"))
                return {200, "[{\"labels\":{\"alertname\":\"RedisDown\"},\"annotations\":{},"
                             "\"startsAt\":\"2026-11-26T10:00:00.000Z\",\"endsAt\":\"2026-11-26T11:00:00.000Z\","
                             "\"updatedAt\":\"2026-11-26T10:00:00.000Z\",\"fingerprint\":\"f00d\",\"receivers\":[],"
                             "\"status\":{\"state\":\"active\",\"silencedBy\":[],\"inhibitedBy\":[]}}]"};
            if (r.path.startsWith("/api/v2/silences"))
                return {200, "[{\"id\":\"s1\",\"matchers\":[{\"name\":\"alertname\",\"value\":\"X\",\"isRegex\":false}],"
                             "\"startsAt\":\"2026-11-26T10:00:00.000Z\",\"endsAt\":\"2026-11-26T12:00:00.000Z\","
                             "\"createdBy\":\"me\",\"comment\":\"c\",\"status\":{\"state\":\"active\"}}]"};
            return {404, "{}"};
        });
        FakeHttpServer silent([](const FakeHttpServer::Request&) { return FakeHttpServer::Response{503, "down"}; });
        QVERIFY(first.listen());
        QVERIFY(silent.listen());
        MonitoringSession session(fastOptions());
        session.start({}, first.url());
        QTRY_COMPARE_WITH_TIMEOUT(session.alerts().size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(session.silences().size(), 1, 5000);
        QSignalSpy changed(&session, &MonitoringSession::alertsChanged);
        QSignalSpy silences(&session, &MonitoringSession::silencesChanged);
        session.start({}, silent.url());
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().first().value<QList<AlertEntry>>().isEmpty());
        QVERIFY(session.alerts().isEmpty());
        QVERIFY(!session.alertsKnown());
        QCOMPARE(silences.count(), 1);
        QVERIFY(session.silences().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(silent.requestCount() >= 2, 5000);
        QVERIFY(session.alerts().isEmpty());
        QVERIFY(!session.alertsKnown());
        // A stop alone keeps them: the person still sees the last known alerts of the same servers.
        session.start({}, first.url());
        QTRY_COMPARE_WITH_TIMEOUT(session.alerts().size(), 1, 5000);
        session.stop();
        QCOMPARE(session.alerts().size(), 1);
    }

    void silenceWithoutAlertmanagerSaysWhy()
    {
        MonitoringSession session(fastOptions());
        std::optional<lcl::Result<QString>> result;
        session.silenceAlert(AlertEntry{}, 600, QStringLiteral("c"), QStringLiteral("me"),
                             [&](const lcl::Result<QString>& r) { result = r; });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QVERIFY(!result->error().hint.isEmpty());
    }

    void badUrlFailsAtOnce()
    {
        MonitoringSession session(fastOptions());
        session.start(QStringLiteral("ftp://nope"), QStringLiteral("::::"));
        QCOMPARE(session.prometheusState().phase, Phase::Failed);
        QCOMPARE(session.alertmanagerState().phase, Phase::Failed);
    }
};

QTEST_GUILESS_MAIN(TestMonitoringSession)
#include "tst_monitoringsession.moc"
