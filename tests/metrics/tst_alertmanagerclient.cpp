// AlertmanagerClient against a REAL Alertmanager fed by a REAL Prometheus with an always-firing rule: the alert
// arrives, a silence created through the client suppresses it, expiring the silence un-suppresses it. Also the
// client's checks and errors.

#include "metrics/alertmanagerclient.h"
#include "metrics/prometheusclient.h"
#include "net/httpclient.h"
#include "support/testenv.h"
#include "tst_metricspoller_exporter.h"
#include "tst_prometheusclient_process.h"

#include <QTest>

#include <optional>

using namespace lcl::metrics;

namespace {

const QByteArray alwaysFiring = "groups:\n"
                                "  - name: test\n"
                                "    rules:\n"
                                "      - alert: TestAlwaysFiring\n"
                                "        expr: vector(1)\n"
                                "        labels: {severity: warning, service: search-api}\n"
                                "        annotations: {summary: always, runbook_url: 'runbooks/api-errors-latency'}\n";

template <typename T>
std::optional<lcl::Result<T>> await(const std::function<void(AlertmanagerClient::Callback<T>)>& call)
{
    std::optional<lcl::Result<T>> out;
    call([&out](const lcl::Result<T>& r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 10000);
    return out;
}

} // namespace

class TestAlertmanagerClient final : public QObject {
    Q_OBJECT

    lcl::test::LabExporter m_exporter;
    lcl::test::MetricsLabProcesses m_lab;
    bool m_ready = false;

    std::optional<AmAlert> findAlert(AlertmanagerClient& client)
    {
        const auto r = await<QList<AmAlert>>(
            [&](auto done) { client.alerts({}, done); });
        if (!r || !r->ok())
            return std::nullopt;
        for (const AmAlert& a : r->value())
            if (a.name() == QLatin1String("TestAlwaysFiring"))
                return a;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LCL_REQUIRE_PROGRAM(prometheus, "prometheus", "prometheus");
        LCL_REQUIRE_PROGRAM(alertmanager, "prometheus-alertmanager", "prometheus-alertmanager");
        QVERIFY(m_exporter.start());
        QVERIFY2(m_lab.startAlertmanager(alertmanager), qPrintable(m_lab.error()));
        QVERIFY2(m_lab.startPrometheus(prometheus, m_exporter.scrapeConfigs(), alwaysFiring), qPrintable(m_lab.error()));
        m_ready = true;
    }

    void prometheusSeesTheAlert()
    {
        QVERIFY(m_ready);
        lcl::net::HttpClient http;
        PrometheusClient client(&http, *PrometheusClientEndpoint::fromUrl(m_lab.prometheusUrl()));
        bool firing = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                client.alerts([&firing](const lcl::Result<QList<PromAlert>>& r) {
                    if (r)
                        for (const PromAlert& a : *r)
                            firing = firing || (a.name() == QLatin1String("TestAlwaysFiring") && a.state == PromAlert::State::Firing);
                });
                QTest::qWait(300);
                return firing;
            }(),
            20000);
        std::optional<lcl::Result<QList<PromRuleGroup>>> rules;
        client.rules([&rules](const lcl::Result<QList<PromRuleGroup>>& r) { rules = r; }, QStringLiteral("alert"));
        QTRY_VERIFY_WITH_TIMEOUT(rules.has_value(), 10000);
        QVERIFY(rules->ok());
        QCOMPARE(rules->value().size(), 1);
        QCOMPARE(rules->value().first().rules.first().name, QStringLiteral("TestAlwaysFiring"));

        // Prometheus lists targets after its scrape manager's first sync (every 5 s).
        int targetCount = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                client.targets([&targetCount](const lcl::Result<QList<PromTarget>>& r) {
                    if (r)
                        targetCount = int(r->size());
                });
                QTest::qWait(300);
                return targetCount == 3;
            }(),
            20000);

        std::optional<lcl::Result<PromBuildInfo>> info;
        client.buildInfo([&info](const lcl::Result<PromBuildInfo>& r) { info = r; });
        QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), 10000);
        QVERIFY(info->ok());
        QVERIFY(!info->value().version.isEmpty());
    }

    void silenceSuppressesAndExpireRestores()
    {
        QVERIFY(m_ready);
        lcl::net::HttpClient http;
        AlertmanagerClient client(&http, *PrometheusClientEndpoint::fromUrl(m_lab.alertmanagerUrl()));

        // The always-firing alert reaches Alertmanager and is active.
        QTRY_VERIFY_WITH_TIMEOUT(findAlert(client).has_value(), 30000);
        QCOMPARE(findAlert(client)->state, AmAlert::State::Active);
        QCOMPARE(findAlert(client)->annotations.value(QStringLiteral("runbook_url")),
                 QStringLiteral("runbooks/api-errors-latency"));

        AmSilenceRequest silence;
        silence.matchers = {AmMatcher{QStringLiteral("alertname"), QStringLiteral("TestAlwaysFiring"), false, true}};
        silence.endsAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        silence.createdBy = QStringLiteral("lclab-console test");
        silence.comment = QStringLiteral("suppress in test");
        const auto created = await<QString>([&](auto done) { client.createSilence(silence, done); });
        QVERIFY(created && created->ok());
        const QString id = created->value();
        QVERIFY(!id.isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(findAlert(client) && findAlert(client)->state == AmAlert::State::Suppressed, 20000);
        QVERIFY(findAlert(client)->silencedBy.contains(id));

        // Filters: with silenced=false the alert is not listed.
        AlertmanagerClient::AlertFilter unsilenced;
        unsilenced.silenced = false;
        const auto visible = await<QList<AmAlert>>([&](auto done) { client.alerts(unsilenced, done); });
        QVERIFY(visible && visible->ok());
        for (const AmAlert& a : visible->value())
            QVERIFY(a.name() != QLatin1String("TestAlwaysFiring"));

        const auto listed = await<QList<AmSilence>>([&](auto done) { client.silences({}, done); });
        QVERIFY(listed && listed->ok());
        QVERIFY(std::any_of(listed->value().cbegin(), listed->value().cend(),
                            [&](const AmSilence& s) { return s.id == id && s.state == AmSilence::State::Active; }));

        const auto groups = await<QList<AmAlertGroup>>([&](auto done) { client.alertGroups({}, done); });
        QVERIFY(groups && groups->ok() && !groups->value().isEmpty());

        const auto expired = await<bool>([&](auto done) { client.expireSilence(id, done); });
        QVERIFY(expired && expired->ok());
        QTRY_VERIFY_WITH_TIMEOUT(findAlert(client) && findAlert(client)->state == AmAlert::State::Active, 20000);
        const auto one = await<AmSilence>([&](auto done) { client.silence(id, done); });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value().state, AmSilence::State::Expired);

        // Expiring an unknown silence: a translated NotFound.
        const auto unknown =
            await<bool>([&](auto done) { client.expireSilence(QStringLiteral("00000000-0000-0000-0000-000000000000"), done); });
        QVERIFY(unknown && !unknown->ok());
        QCOMPARE(unknown->error().kind, lcl::Error::Kind::NotFound);
    }

    void invalidSilenceIsRefusedBeforeSending_data()
    {
        QTest::addColumn<bool>("matchers");
        QTest::addColumn<int>("endsInSecs");
        QTest::addColumn<QString>("createdBy");
        QTest::addColumn<QString>("comment");
        QTest::newRow("no matcher") << false << 3600 << QStringLiteral("me") << QStringLiteral("why");
        QTest::newRow("ends before it starts") << true << -60 << QStringLiteral("me") << QStringLiteral("why");
        QTest::newRow("no author") << true << 3600 << QString() << QStringLiteral("why");
        QTest::newRow("no comment") << true << 3600 << QStringLiteral("me") << QString();
    }

    void invalidSilenceIsRefusedBeforeSending()
    {
        QFETCH(bool, matchers);
        QFETCH(int, endsInSecs);
        QFETCH(QString, createdBy);
        QFETCH(QString, comment);
        lcl::net::HttpClient http;
        // Nothing listens here: a request that went out would fail with a Network error instead.
        AlertmanagerClient client(&http, *PrometheusClientEndpoint::fromUrl(
                                             QStringLiteral("127.0.0.1:%1").arg(lcl::test::freeLoopbackPort())));
        AmSilenceRequest silence;
        if (matchers)
            silence.matchers = {AmMatcher{QStringLiteral("alertname"), QStringLiteral("X"), false, true}};
        silence.endsAt = QDateTime::currentDateTimeUtc().addSecs(endsInSecs);
        silence.createdBy = createdBy;
        silence.comment = comment;
        const auto r = await<QString>([&](auto done) { client.createSilence(silence, done); });
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QVERIFY(r->error().kind != lcl::Error::Kind::Network);
        QVERIFY(!r->error().message.isEmpty());
    }

    void alertmanagerDown()
    {
        lcl::net::HttpClient http;
        AlertmanagerClient client(&http, *PrometheusClientEndpoint::fromUrl(
                                             QStringLiteral("127.0.0.1:%1").arg(lcl::test::freeLoopbackPort())));
        const auto r = await<QList<AmAlert>>([&](auto done) { client.alerts({}, done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, lcl::Error::Kind::Network);
        QVERIFY(r->error().message.contains(QStringLiteral("Alertmanager")));
    }
};

QTEST_GUILESS_MAIN(TestAlertmanagerClient)
#include "tst_alertmanagerclient.moc"
