#include "metrics/alertmanagerdecoder.h"
#include "support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace lcl::metrics;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAlertmanagerDecoder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realAlertGroups();
    void realSilences();
    void silencesMatchSuppressedAlerts();
    void alertsList();
    void mutedByIsOptional();
    void badAnswers_data();
    void badAnswers();
    void encodeSilence();
    void encodeSilenceRejects_data();
    void encodeSilenceRejects();
    void silenceId();
    void matcherText();
};

void TestAlertmanagerDecoder::realAlertGroups()
{
    LCL_REQUIRE_SHARED_FIXTURE(path, "karma-0.27.0-api-v2-alerts-groups.json");
    const auto r = AlertmanagerDecoder::decodeAlertGroups(readAll(path));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->size(), 10);
    int alerts = 0, active = 0, suppressed = 0;
    for (const AmAlertGroup& g : r.value()) {
        QVERIFY(!g.receiver.isEmpty());
        for (const AmAlert& a : g.alerts) {
            ++alerts;
            active += a.state == AmAlert::State::Active;
            suppressed += a.state == AmAlert::State::Suppressed;
            QVERIFY(!a.fingerprint.isEmpty());
            QVERIFY(a.startsAt.isValid());
            QVERIFY(a.endsAt.isValid());
            QVERIFY(!a.name().isEmpty());
            QCOMPARE(a.state == AmAlert::State::Suppressed, a.isSilenced() || a.isInhibited());
        }
    }
    QCOMPARE(alerts, 24);
    QCOMPARE(active, 16);
    QCOMPARE(suppressed, 8);

    const AmAlertGroup& first = r->first();
    QCOMPARE(first.receiver, QStringLiteral("by-name"));
    QCOMPARE(first.labels.value(QStringLiteral("alertname")), QStringLiteral("Free_Disk_Space_Too_Low"));
    const AmAlert& a = first.alerts.first();
    QCOMPARE(a.fingerprint, QStringLiteral("aae7a1432b5d2f1b"));
    QCOMPARE(a.receivers, (QStringList{QStringLiteral("by-cluster-service"), QStringLiteral("by-name")}));
    QCOMPARE(a.annotations.value(QStringLiteral("alert")), QStringLiteral("Less than 10% disk space is free"));
    QCOMPARE(a.labels.value(QStringLiteral("instance")), QStringLiteral("server5"));
    QCOMPARE(a.startsAt, QDateTime(QDate(2024, 2, 29), QTime(9, 39, 52, 576), Qt::UTC));
    QCOMPARE(a.generatorUrl, QStringLiteral("http://localhost/prometheus"));
}

void TestAlertmanagerDecoder::realSilences()
{
    LCL_REQUIRE_SHARED_FIXTURE(path, "karma-0.27.0-api-v2-silences.json");
    const auto r = AlertmanagerDecoder::decodeSilences(readAll(path));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 3);
    const AmSilence& s = r->first();
    QCOMPARE(s.id, QStringLiteral("b6beb8fc-bcd7-4b56-a0be-d2c15633600c"));
    QCOMPARE(s.state, AmSilence::State::Active);
    QCOMPARE(s.createdBy, QStringLiteral("john@example.com"));
    QCOMPARE(s.comment, QStringLiteral("Silenced instance"));
    QCOMPARE(s.endsAt, QDateTime(QDate(2063, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(s.matchers.size(), 1);
    QCOMPARE(s.matchers.first().toString(), QStringLiteral("instance=\"web1\""));
    QCOMPARE(r->at(1).matchers.size(), 2);
}

// The silence ids the suppressed alerts name are the ones the silences list holds.
void TestAlertmanagerDecoder::silencesMatchSuppressedAlerts()
{
    LCL_REQUIRE_SHARED_FIXTURE(groupsPath, "karma-0.27.0-api-v2-alerts-groups.json");
    LCL_REQUIRE_SHARED_FIXTURE(silencesPath, "karma-0.27.0-api-v2-silences.json");
    const auto groups = AlertmanagerDecoder::decodeAlertGroups(readAll(groupsPath));
    const auto silences = AlertmanagerDecoder::decodeSilences(readAll(silencesPath));
    QVERIFY(groups.ok() && silences.ok());
    QSet<QString> ids;
    for (const AmSilence& s : silences.value())
        ids.insert(s.id);
    int checked = 0;
    for (const AmAlertGroup& g : groups.value()) {
        for (const AmAlert& a : g.alerts) {
            for (const QString& id : a.silencedBy) {
                QVERIFY2(ids.contains(id), qPrintable(id));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 0);
}

void TestAlertmanagerDecoder::alertsList()
{
    const QByteArray body = R"([{"labels":{"alertname":"RedisDown","namespace":"caching","severity":"critical"},
        "annotations":{"summary":"Redis is down","runbook_url":"lclab://runbooks/redis-down"},
        "startsAt":"2026-08-22T09:45:00.123456789Z","updatedAt":"2026-08-22T10:00:30.120Z",
        "endsAt":"2026-08-22T10:04:30.120+02:00","fingerprint":"3b1f0c2d9e8a7f65",
        "receivers":[{"name":"console"}],
        "status":{"state":"unprocessed","silencedBy":[],"inhibitedBy":[],"mutedBy":[]},
        "generatorURL":"http://127.0.0.1:9090/graph"}])";
    const auto r = AlertmanagerDecoder::decodeAlerts(body);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 1);
    const AmAlert& a = r->first();
    QCOMPARE(a.name(), QStringLiteral("RedisDown"));
    QCOMPARE(a.severity(), QStringLiteral("critical"));
    QCOMPARE(a.state, AmAlert::State::Unprocessed);
    QCOMPARE(a.startsAt, QDateTime(QDate(2026, 8, 22), QTime(9, 45, 0, 123), Qt::UTC)); // nanoseconds cut
    QCOMPARE(a.endsAt, QDateTime(QDate(2026, 8, 22), QTime(8, 4, 30, 120), Qt::UTC));   // offset applied
    QCOMPARE(a.receivers, QStringList{QStringLiteral("console")});
    QCOMPARE(AmAlert::stateName(a.state), QStringLiteral("unprocessed"));
    QVERIFY(AlertmanagerDecoder::decodeAlerts("[]")->isEmpty());
}

void TestAlertmanagerDecoder::mutedByIsOptional()
{
    const auto r = AlertmanagerDecoder::decodeAlerts(
        R"([{"labels":{"alertname":"A"},"status":{"state":"suppressed","inhibitedBy":["abc"]},"fingerprint":"f"}])");
    QVERIFY(r.ok());
    QVERIFY(r->first().mutedBy.isEmpty());
    QVERIFY(r->first().silencedBy.isEmpty());
    QCOMPARE(r->first().inhibitedBy, QStringList{QStringLiteral("abc")});
    QVERIFY(r->first().isInhibited());
}

void TestAlertmanagerDecoder::badAnswers_data()
{
    QTest::addColumn<int>("which"); // 0 alerts, 1 groups, 2 silences
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("alerts: empty body") << 0 << QByteArray("") << QStringLiteral("empty");
    QTest::newRow("alerts: malformed") << 0 << QByteArray("[{\"labels\":") << QStringLiteral("not JSON");
    QTest::newRow("alerts: object, not list")
        << 0 << QByteArray(R"({"status":"success"})") << QStringLiteral("expected a JSON list");
    QTest::newRow("alerts: v1 error string") << 0 << QByteArray(R"("The API v1 was removed")")
                                             << QStringLiteral("expected a JSON list");
    QTest::newRow("alerts: no labels") << 0 << QByteArray(R"([{"status":{"state":"active"}}])")
                                       << QStringLiteral("no labels");
    QTest::newRow("alerts: no status") << 0 << QByteArray(R"([{"labels":{"a":"b"},"fingerprint":"f1"}])")
                                       << QStringLiteral("alert f1 has no status");
    QTest::newRow("alerts: pending state")
        << 0 << QByteArray(R"([{"labels":{"a":"b"},"fingerprint":"f1","status":{"state":"pending"}}])")
        << QStringLiteral("unknown state \"pending\"");
    QTest::newRow("groups: no alerts") << 1 << QByteArray(R"([{"labels":{},"receiver":{"name":"x"}}])")
                                       << QStringLiteral("no alerts list");
    QTest::newRow("groups: item is a number") << 1 << QByteArray("[1]") << QStringLiteral("not a JSON object");
    QTest::newRow("silences: no id")
        << 2 << QByteArray(R"([{"status":{"state":"active"},"matchers":[]}])") << QStringLiteral("no id");
    QTest::newRow("silences: odd state")
        << 2 << QByteArray(R"([{"id":"s1","status":{"state":"gone"},"matchers":[]}])")
        << QStringLiteral("silence s1 has the unknown state \"gone\"");
    QTest::newRow("silences: no matchers")
        << 2 << QByteArray(R"([{"id":"s1","status":{"state":"expired"}}])") << QStringLiteral("no matchers");
}

void TestAlertmanagerDecoder::badAnswers()
{
    QFETCH(int, which);
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    lcl::Error error;
    if (which == 0) {
        const auto r = AlertmanagerDecoder::decodeAlerts(body);
        QVERIFY(!r.ok());
        error = r.error();
    } else if (which == 1) {
        const auto r = AlertmanagerDecoder::decodeAlertGroups(body);
        QVERIFY(!r.ok());
        error = r.error();
    } else {
        const auto r = AlertmanagerDecoder::decodeSilences(body);
        QVERIFY(!r.ok());
        error = r.error();
    }
    QCOMPARE(error.kind, lcl::Error::Kind::Parse);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
}

void TestAlertmanagerDecoder::encodeSilence()
{
    AmSilenceRequest req;
    req.matchers = {{QStringLiteral("alertname"), QStringLiteral("RedisDown"), false, true},
                    {QStringLiteral("namespace"), QStringLiteral("caching|messaging"), true, true}};
    req.startsAt = QDateTime(QDate(2026, 8, 22), QTime(10, 0), Qt::UTC);
    req.endsAt = req.startsAt.addSecs(7200);
    req.createdBy = QStringLiteral("lclab-console:alice");
    req.comment = QStringLiteral("drill");
    const auto body = AlertmanagerDecoder::encodeSilence(req);
    QVERIFY(body.ok());
    const QJsonObject o = QJsonDocument::fromJson(body.value()).object();
    QCOMPARE(o.value(QStringLiteral("startsAt")).toString(), QStringLiteral("2026-08-22T10:00:00.000Z"));
    QCOMPARE(o.value(QStringLiteral("endsAt")).toString(), QStringLiteral("2026-08-22T12:00:00.000Z"));
    QCOMPARE(o.value(QStringLiteral("createdBy")).toString(), QStringLiteral("lclab-console:alice"));
    QVERIFY(!o.contains(QStringLiteral("id")));
    const auto matchers = o.value(QStringLiteral("matchers")).toArray();
    QCOMPARE(matchers.size(), 2);
    QCOMPARE(matchers.at(1).toObject().value(QStringLiteral("isRegex")).toBool(), true);
    QCOMPARE(matchers.at(1).toObject().value(QStringLiteral("isEqual")).toBool(), true);
    QCOMPARE(matchers.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("RedisDown"));

    req.id = QStringLiteral("abc");
    QCOMPARE(QJsonDocument::fromJson(AlertmanagerDecoder::encodeSilence(req).value())
                 .object()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("abc"));
}

void TestAlertmanagerDecoder::encodeSilenceRejects_data()
{
    QTest::addColumn<int>("mistake");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no matchers") << 0 << QStringLiteral("at least one matcher");
    QTest::newRow("matcher without name") << 1 << QStringLiteral("label name");
    QTest::newRow("ends before start") << 2 << QStringLiteral("end after it starts");
    QTest::newRow("no author") << 3 << QStringLiteral("author");
    QTest::newRow("no comment") << 4 << QStringLiteral("comment");
    QTest::newRow("no end") << 5 << QStringLiteral("start and an end");
}

void TestAlertmanagerDecoder::encodeSilenceRejects()
{
    QFETCH(int, mistake);
    QFETCH(QString, messagePart);
    AmSilenceRequest req;
    req.matchers = {{QStringLiteral("alertname"), QStringLiteral("X"), false, true}};
    req.startsAt = QDateTime::currentDateTimeUtc();
    req.endsAt = req.startsAt.addSecs(60);
    req.createdBy = QStringLiteral("me");
    req.comment = QStringLiteral("why");
    switch (mistake) {
    case 0: req.matchers.clear(); break;
    case 1: req.matchers.first().name.clear(); break;
    case 2: req.endsAt = req.startsAt.addSecs(-1); break;
    case 3: req.createdBy = QStringLiteral(" "); break;
    case 4: req.comment.clear(); break;
    case 5: req.endsAt = {}; break;
    }
    const auto r = AlertmanagerDecoder::encodeSilence(req);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, lcl::Error::Kind::Invalid);
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
}

void TestAlertmanagerDecoder::silenceId()
{
    QCOMPARE(AlertmanagerDecoder::decodeSilenceId(R"({"silenceID":"4c1e3e9a-1"})").value(), QStringLiteral("4c1e3e9a-1"));
    QVERIFY(!AlertmanagerDecoder::decodeSilenceId(R"("bad matcher")").ok());
    QVERIFY(!AlertmanagerDecoder::decodeSilenceId("{}").ok());
}

void TestAlertmanagerDecoder::matcherText()
{
    QCOMPARE((AmMatcher{QStringLiteral("a"), QStringLiteral("x|y"), true, false}).toString(), QStringLiteral("a!~\"x|y\""));
    QCOMPARE((AmMatcher{QStringLiteral("a"), QStringLiteral("q\""), false, false}).toString(), QStringLiteral("a!=\"q\\\"\""));
}

QTEST_GUILESS_MAIN(TestAlertmanagerDecoder)
#include "tst_alertmanagerdecoder.moc"
