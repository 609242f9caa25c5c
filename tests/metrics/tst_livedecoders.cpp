#include "metrics/alertmanagerdecoder.h"
#include "metrics/promdecoder.h"
#include "net/httpclient.h"
#include "support/alertmanagerprocess.h"
#include "support/promprocess.h"
#include "support/testenv.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cmath>
#include <memory>

using namespace lcl::metrics;
using lcl::test::AlertmanagerProcess;
using lcl::test::PromProcess;

// The decoders fed with live answers of the real Prometheus and Alertmanager, fetched with the product's
// HttpClient. One Prometheus and one Alertmanager serve every test function.
class TestLiveDecoders final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void upVector();
    void specialValues_data();
    void specialValues();
    void rangeMatrix();
    void errorsFromTheServer_data();
    void errorsFromTheServer();
    void labelsAndMetadata();
    void shippedRulesLoad();
    void alertsTargetsBuildInfo();
    void alertArrivesAndIsSilenced();

private:
    lcl::Result<lcl::net::HttpResponse> get(const QString& base, const QString& path, const QUrlQuery& query = {});
    lcl::Result<PromQueryResult> query(const QString& promql);

    std::unique_ptr<lcl::net::HttpClient> m_http;
    std::unique_ptr<AlertmanagerProcess> m_am;
    std::unique_ptr<PromProcess> m_prom;
    QTemporaryDir m_dir;
};

lcl::Result<lcl::net::HttpResponse> TestLiveDecoders::get(const QString& base, const QString& path,
                                                          const QUrlQuery& query)
{
    lcl::net::HttpRequest req;
    QUrl url(base + path);
    url.setQuery(query);
    req.url = url;
    req.timeoutMs = 10000;
    return m_http->sendAndWait(req);
}

lcl::Result<PromQueryResult> TestLiveDecoders::query(const QString& promql)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(promql)));
    const auto r = get(m_prom->url(), QStringLiteral("/api/v1/query"), q);
    if (!r.ok())
        return r.error();
    return PromDecoder::decodeQuery(r->body, r->status);
}

void TestLiveDecoders::initTestCase()
{
    LCL_REQUIRE_PROGRAM(prometheus, "prometheus", "prometheus");
    LCL_REQUIRE_PROGRAM(alertmanager, "prometheus-alertmanager", "prometheus-alertmanager");
    QVERIFY(m_dir.isValid());
    m_http = std::make_unique<lcl::net::HttpClient>();

    m_am = std::make_unique<AlertmanagerProcess>();
    QVERIFY2(m_am->start(), qPrintable(m_am->errorString()));

    const QString testRules = m_dir.filePath(QStringLiteral("test-rules.yml"));
    QFile f(testRules);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("groups:\n  - name: test\n    rules:\n      - alert: LiveTestAlert\n        expr: vector(1)\n"
            "        labels: {severity: warning, service: search-api}\n"
            "        annotations: {summary: always firing, runbook_url: lclab://runbooks/api-errors-latency}\n");
    f.close();
    m_prom = std::make_unique<PromProcess>();
    m_prom->addSelfTarget();
    m_prom->addRuleFile(testRules);
    m_prom->addRuleFile(lcl::test::sourceDir() + QStringLiteral("/resources/alerts/localcloudlab-rules.yml"));
    m_prom->setAlertmanager(m_am->address());
    QVERIFY2(m_prom->start(), qPrintable(m_prom->errorString()));
}

void TestLiveDecoders::cleanupTestCase()
{
    m_prom.reset();
    m_am.reset();
    m_http.reset();
}

void TestLiveDecoders::upVector()
{
    // The first scrape lands within a second or two of start-up.
    QTRY_VERIFY_WITH_TIMEOUT(query(QStringLiteral("up")).ok() && !query(QStringLiteral("up"))->isEmpty(), 15000);
    const auto r = query(QStringLiteral("up"));
    QVERIFY(r.ok());
    QCOMPARE(r->type, PromQueryResult::Type::Vector);
    QCOMPARE(r->series.size(), 1);
    QCOMPARE(r->series.first().metric.value(QStringLiteral("job")), QStringLiteral("prometheus"));
    QCOMPARE(r->series.first().metric.value(QStringLiteral("__name__")), QStringLiteral("up"));
    QCOMPARE(r->series.first().samples.first().value, 1.0);
    QVERIFY(std::abs(r->series.first().samples.first().time - QDateTime::currentSecsSinceEpoch()) < 60);

    const auto empty = query(QStringLiteral("up{job=\"nothing-here\"}"));
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
}

void TestLiveDecoders::specialValues_data()
{
    QTest::addColumn<QString>("promql");
    QTest::addColumn<QString>("text");
    QTest::newRow("0/0") << QStringLiteral("vector(0) / 0") << QStringLiteral("NaN");
    QTest::newRow("1/0") << QStringLiteral("vector(1) / 0") << QStringLiteral("+Inf");
    QTest::newRow("-1/0") << QStringLiteral("vector(-1) / 0") << QStringLiteral("-Inf");
    QTest::newRow("scalar NaN") << QStringLiteral("scalar(vector(0)/0)") << QStringLiteral("NaN");
}

void TestLiveDecoders::specialValues()
{
    QFETCH(QString, promql);
    QFETCH(QString, text);
    const auto r = query(promql);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const PromSample s = r->type == PromQueryResult::Type::Scalar ? r->scalar : r->series.first().samples.first();
    QCOMPARE(s.text, text);
    QVERIFY(!s.isFinite());
    QVERIFY(s.display().startsWith(QStringLiteral("undefined")));
    if (text == QLatin1String("NaN"))
        QVERIFY(s.isNaN());
    else
        QCOMPARE(s.value > 0, text.startsWith(QLatin1Char('+')));
}

void TestLiveDecoders::rangeMatrix()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QStringLiteral("vector(2)"));
    q.addQueryItem(QStringLiteral("start"), QString::number(now - 8));
    q.addQueryItem(QStringLiteral("end"), QString::number(now));
    q.addQueryItem(QStringLiteral("step"), QStringLiteral("2"));
    const auto resp = get(m_prom->url(), QStringLiteral("/api/v1/query_range"), q);
    QVERIFY(resp.ok());
    const auto r = PromDecoder::decodeQuery(resp->body, resp->status);
    QVERIFY(r.ok());
    QCOMPARE(r->type, PromQueryResult::Type::Matrix);
    QCOMPARE(r->series.first().samples.size(), 5);
    QCOMPARE(r->series.first().samples.at(1).time - r->series.first().samples.at(0).time, 2.0);
    QCOMPARE(r->series.first().samples.last().value, 2.0);

    const auto s = query(QStringLiteral("\"hello\""));
    QVERIFY(s.ok());
    QCOMPARE(s->type, PromQueryResult::Type::String);
    QCOMPARE(s->scalar.text, QStringLiteral("hello"));
}

void TestLiveDecoders::errorsFromTheServer_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("hintPart");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    using K = lcl::Error::Kind;
    QTest::newRow("syntax error") << QStringLiteral("/api/v1/query") << QStringList{QStringLiteral("query"), QStringLiteral("sum(")}
                                  << 400 << int(K::Invalid) << QStringLiteral("PromQL");
    QTest::newRow("11,000 points")
        << QStringLiteral("/api/v1/query_range")
        << QStringList{QStringLiteral("query"), QStringLiteral("up"), QStringLiteral("start"), QString::number(now - 86400),
                       QStringLiteral("end"), QString::number(now), QStringLiteral("step"), QStringLiteral("1")}
        << 400 << int(K::Invalid) << QStringLiteral("Widen the step");
    QTest::newRow("zero step")
        << QStringLiteral("/api/v1/query_range")
        << QStringList{QStringLiteral("query"), QStringLiteral("up"), QStringLiteral("start"), QString::number(now - 60),
                       QStringLiteral("end"), QString::number(now), QStringLiteral("step"), QStringLiteral("0")}
        << 400 << int(K::Invalid) << QStringLiteral("PromQL");
    QTest::newRow("many-to-many execution error")
        << QStringLiteral("/api/v1/query")
        << QStringList{QStringLiteral("query"),
                       QStringLiteral("vector(1) + on() (label_replace(vector(1), \"a\", \"x\", \"\", \"\") or "
                                      "label_replace(vector(2), \"a\", \"y\", \"\", \"\"))")}
        << 422 << int(K::Invalid) << QStringLiteral("grouping");
}

void TestLiveDecoders::errorsFromTheServer()
{
    QFETCH(QString, path);
    QFETCH(QStringList, params);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QString, hintPart);
    QUrlQuery q;
    for (qsizetype i = 0; i + 1 < params.size(); i += 2)
        q.addQueryItem(params.at(i), QString::fromLatin1(QUrl::toPercentEncoding(params.at(i + 1))));
    const auto resp = get(m_prom->url(), path, q);
    QVERIFY(resp.ok());
    const auto r = PromDecoder::decodeQuery(resp->body, resp->status);
    QVERIFY2(!r.ok(), resp->body.constData());
    QCOMPARE(resp->status, status);
    QCOMPARE(int(r.error().kind), kind);
    QCOMPARE(r.error().httpStatus, status);
    QVERIFY2(r.error().hint.contains(hintPart), qPrintable(r.error().message + QStringLiteral(" / ") + r.error().hint));
}

void TestLiveDecoders::labelsAndMetadata()
{
    auto resp = get(m_prom->url(), QStringLiteral("/api/v1/labels"));
    QVERIFY(resp.ok());
    const auto labels = PromDecoder::decodeStringList(resp->body, resp->status);
    QVERIFY(labels.ok());
    QVERIFY(labels->contains(QStringLiteral("__name__")));
    QVERIFY(labels->contains(QStringLiteral("job")));

    resp = get(m_prom->url(), QStringLiteral("/api/v1/label/job/values"));
    QVERIFY(resp.ok());
    QCOMPARE(PromDecoder::decodeStringList(resp->body, resp->status).value(), QStringList{QStringLiteral("prometheus")});

    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto r = get(m_prom->url(), QStringLiteral("/api/v1/metadata"));
            return r.ok() && PromDecoder::decodeMetadata(r->body, r->status).ok() &&
                   !PromDecoder::decodeMetadata(r->body, r->status)->isEmpty();
        }(),
        15000);
    resp = get(m_prom->url(), QStringLiteral("/api/v1/metadata"));
    const auto meta = PromDecoder::decodeMetadata(resp->body, resp->status);
    QVERIFY(meta.ok());
    QCOMPARE(meta->value(QStringLiteral("prometheus_build_info")).value(0).type, QStringLiteral("gauge"));
}

// The real Prometheus loads the shipped rules and evaluates every rule without error.
void TestLiveDecoders::shippedRulesLoad()
{
    const auto rules = [&]() -> lcl::Result<QList<PromRuleGroup>> {
        const auto r = get(m_prom->url(), QStringLiteral("/api/v1/rules"));
        if (!r.ok())
            return r.error();
        return PromDecoder::decodeRules(r->body, r->status);
    };
    const auto allEvaluated = [&] {
        const auto groups = rules();
        if (!groups.ok() || groups->isEmpty())
            return false;
        for (const PromRuleGroup& g : groups.value()) {
            for (const PromRule& r : g.rules) {
                if (!r.lastEvaluation.isValid())
                    return false;
            }
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allEvaluated(), 15000);
    const auto groups = rules();
    QVERIFY(groups.ok());
    QStringList names;
    for (const PromRuleGroup& g : groups.value()) {
        QCOMPARE(g.intervalSeconds, 1.0);
        for (const PromRule& r : g.rules) {
            names.append(r.name);
            QVERIFY2(r.health == PromRule::Health::Ok, qPrintable(r.name + QStringLiteral(": ") + r.lastError));
            QCOMPARE(r.type, PromRule::Type::Alerting);
            QVERIFY(!r.query.isEmpty());
            QVERIFY2(r.annotations.value(QStringLiteral("runbook_url")).startsWith(QStringLiteral("lclab://runbooks/")),
                     qPrintable(r.name));
        }
    }
    for (const char* alert : {"ApiHighErrorRate", "ApiHighLatency", "RedisDown", "DatabaseDown", "PodRestartsHigh",
                              "BackupJobFailed"})
        QVERIFY2(names.contains(QLatin1String(alert)), alert);
}

void TestLiveDecoders::alertsTargetsBuildInfo()
{
    const auto alerts = [&]() -> lcl::Result<QList<PromAlert>> {
        const auto r = get(m_prom->url(), QStringLiteral("/api/v1/alerts"));
        if (!r.ok())
            return r.error();
        return PromDecoder::decodeAlerts(r->body, r->status);
    };
    QTRY_VERIFY_WITH_TIMEOUT(alerts().ok() && !alerts()->isEmpty() &&
                                 alerts()->first().state == PromAlert::State::Firing,
                             15000);
    const PromAlert a = alerts()->first();
    QCOMPARE(a.name(), QStringLiteral("LiveTestAlert"));
    QVERIFY(a.activeAt.isValid());
    QCOMPARE(a.annotations.value(QStringLiteral("summary")), QStringLiteral("always firing"));

    auto r = get(m_prom->url(), QStringLiteral("/api/v1/targets"));
    QVERIFY(r.ok());
    const auto targets = PromDecoder::decodeTargets(r->body, r->status);
    QVERIFY(targets.ok());
    QCOMPARE(targets->size(), 1);
    QCOMPARE(targets->first().scrapePool, QStringLiteral("prometheus"));
    QCOMPARE(targets->first().health, PromTarget::Health::Up);
    QVERIFY(targets->first().lastScrape.isValid());
    QVERIFY(targets->first().scrapeUrl.startsWith(m_prom->url()));

    r = get(m_prom->url(), QStringLiteral("/api/v1/status/buildinfo"));
    QVERIFY(r.ok());
    const auto info = PromDecoder::decodeBuildInfo(r->body, r->status);
    QVERIFY(info.ok());
    QVERIFY2(info->version.startsWith(QStringLiteral("2.")), qPrintable(info->version));
    QVERIFY(!info->goVersion.isEmpty());
}

void TestLiveDecoders::alertArrivesAndIsSilenced()
{
    const auto alerts = [&]() -> lcl::Result<QList<AmAlert>> {
        const auto r = get(m_am->url(), QStringLiteral("/api/v2/alerts"));
        if (!r.ok())
            return r.error();
        return AlertmanagerDecoder::decodeAlerts(r->body);
    };
    const auto find = [&](const QList<AmAlert>& list) -> std::optional<AmAlert> {
        for (const AmAlert& a : list) {
            if (a.name() == QLatin1String("LiveTestAlert"))
                return a;
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(alerts().ok() && find(alerts().value()).has_value(), 30000);
    const AmAlert firing = *find(alerts().value());
    QCOMPARE(firing.state, AmAlert::State::Active);
    QCOMPARE(firing.severity(), QStringLiteral("warning"));
    QCOMPARE(firing.annotations.value(QStringLiteral("runbook_url")), QStringLiteral("lclab://runbooks/api-errors-latency"));
    QCOMPARE(firing.receivers, QStringList{QStringLiteral("test")});
    QVERIFY(!firing.fingerprint.isEmpty());
    QVERIFY(firing.startsAt.isValid());
    QVERIFY(firing.endsAt > QDateTime::currentDateTimeUtc()); // a validity horizon, not "resolved"
    QVERIFY(firing.generatorUrl.startsWith(m_prom->url()));

    const auto groups = get(m_am->url(), QStringLiteral("/api/v2/alerts/groups"));
    QVERIFY(groups.ok());
    const auto decodedGroups = AlertmanagerDecoder::decodeAlertGroups(groups->body);
    QVERIFY(decodedGroups.ok());
    bool grouped = false;
    for (const AmAlertGroup& g : decodedGroups.value())
        grouped |= g.labels.value(QStringLiteral("alertname")) == QLatin1String("LiveTestAlert") &&
                   g.receiver == QLatin1String("test") && !g.alerts.isEmpty();
    QVERIFY(grouped);

    AmSilenceRequest silence;
    silence.matchers = {{QStringLiteral("alertname"), QStringLiteral("LiveTestAlert"), false, true},
                        {QStringLiteral("service"), QStringLiteral("search-.*"), true, true}};
    silence.startsAt = QDateTime::currentDateTimeUtc();
    silence.endsAt = silence.startsAt.addSecs(3600);
    silence.createdBy = QStringLiteral("lclab-test");
    silence.comment = QStringLiteral("live decoder test");
    const auto body = AlertmanagerDecoder::encodeSilence(silence);
    QVERIFY(body.ok());
    lcl::net::HttpRequest post;
    post.method = "POST";
    post.url = QUrl(m_am->url() + QStringLiteral("/api/v2/silences"));
    post.headers = {{"Content-Type", "application/json"}};
    post.body = body.value();
    const auto created = m_http->sendAndWait(post);
    QVERIFY(created.ok());
    QVERIFY2(created->status == 200, created->body.constData());
    const auto id = AlertmanagerDecoder::decodeSilenceId(created->body);
    QVERIFY(id.ok());

    QTRY_VERIFY_WITH_TIMEOUT(alerts().ok() && find(alerts().value()) &&
                                 find(alerts().value())->state == AmAlert::State::Suppressed,
                             15000);
    QCOMPARE(find(alerts().value())->silencedBy, QStringList{id.value()});

    const auto listed = get(m_am->url(), QStringLiteral("/api/v2/silences"));
    QVERIFY(listed.ok());
    const auto silences = AlertmanagerDecoder::decodeSilences(listed->body);
    QVERIFY(silences.ok());
    QCOMPARE(silences->size(), 1);
    QCOMPARE(silences->first().id, id.value());
    QCOMPARE(silences->first().state, AmSilence::State::Active);
    QCOMPARE(silences->first().matchers, silence.matchers);
    QCOMPARE(silences->first().createdBy, QStringLiteral("lclab-test"));

    // Expiring keeps the silence listed as expired, and the alert is active again.
    lcl::net::HttpRequest del;
    del.method = "DELETE";
    del.url = QUrl(m_am->url() + QStringLiteral("/api/v2/silence/") + id.value());
    const auto deleted = m_http->sendAndWait(del);
    QVERIFY(deleted.ok());
    QCOMPARE(deleted->status, 200);
    const auto one = get(m_am->url(), QStringLiteral("/api/v2/silence/") + id.value());
    QVERIFY(one.ok());
    const auto expired = AlertmanagerDecoder::decodeSilence(one->body);
    QVERIFY(expired.ok());
    QCOMPARE(expired->state, AmSilence::State::Expired);
    QTRY_VERIFY_WITH_TIMEOUT(alerts().ok() && find(alerts().value()) &&
                                 find(alerts().value())->state == AmAlert::State::Active,
                             15000);
}

QTEST_GUILESS_MAIN(TestLiveDecoders)
#include "tst_livedecoders.moc"
