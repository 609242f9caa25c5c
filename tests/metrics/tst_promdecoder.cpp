#include "metrics/promdecoder.h"
#include "support/testenv.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace lcl::metrics;

class TestPromDecoder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vector();
    void specialValues_data();
    void specialValues();
    void matrix();
    void scalarAndString();
    void emptyResult();
    void warnings();
    void errorEnvelopes_data();
    void errorEnvelopes();
    void badAnswers_data();
    void badAnswers();
    void apiAnswers();
    void realLabels();
    void realMetadata();
};

void TestPromDecoder::vector()
{
    const QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"namespace":"search","service":"search-api"},"value":[1724320000.123,"12.5"]},
        {"metric":{"namespace":"checkin","service":"checkin-api"},"value":[1724320000,"3e-2"]}]}})";
    const auto r = PromDecoder::decodeQuery(body);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->type, PromQueryResult::Type::Vector);
    QCOMPARE(r->series.size(), 2);
    QCOMPARE(r->series.at(0).metric.value(QStringLiteral("service")), QStringLiteral("search-api"));
    QCOMPARE(r->series.at(0).samples.size(), 1);
    QCOMPARE(r->series.at(0).samples.first().value, 12.5);
    QCOMPARE(r->series.at(0).samples.first().time, 1724320000.123);
    QCOMPARE(r->series.at(1).samples.first().value, 0.03);
    QCOMPARE(r->series.at(1).samples.first().time, 1724320000.0);
}

void TestPromDecoder::specialValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("kind"); // 0 NaN, 1 +Inf, -1 -Inf
    QTest::newRow("NaN") << QByteArray("NaN") << 0;
    QTest::newRow("+Inf") << QByteArray("+Inf") << 1;
    QTest::newRow("-Inf") << QByteArray("-Inf") << -1;
}

// NaN and ±Inf survive decoding and are shown as undefined, never as 0.
void TestPromDecoder::specialValues()
{
    QFETCH(QByteArray, text);
    QFETCH(int, kind);
    const QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,")" +
                            text + R"("]}]}})";
    const auto r = PromDecoder::decodeQuery(body);
    QVERIFY(r.ok());
    const PromSample s = r->series.first().samples.first();
    QVERIFY(!s.isFinite());
    QCOMPARE(s.text, QString::fromLatin1(text));
    if (kind == 0)
        QVERIFY(std::isnan(s.value));
    else
        QCOMPARE(s.value, kind * std::numeric_limits<double>::infinity());
    QVERIFY(s.display().startsWith(QStringLiteral("undefined")));
    QVERIFY(!s.display().contains(QLatin1Char('0')));
}

void TestPromDecoder::matrix()
{
    const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"__name__":"up","job":"prometheus"},"values":[[100,"1"],[102,"1"],[104,"NaN"],[106,"0"]]}]}})";
    const auto r = PromDecoder::decodeQuery(body);
    QVERIFY(r.ok());
    QCOMPARE(r->type, PromQueryResult::Type::Matrix);
    QCOMPARE(r->series.size(), 1);
    const auto& samples = r->series.first().samples;
    QCOMPARE(samples.size(), 4);
    QCOMPARE(samples.at(1).time, 102.0);
    QVERIFY(samples.at(2).isNaN());
    QCOMPARE(samples.at(3).value, 0.0);
    QCOMPARE(samples.at(3).display(), QStringLiteral("0"));
}

void TestPromDecoder::scalarAndString()
{
    auto r = PromDecoder::decodeQuery(R"({"status":"success","data":{"resultType":"scalar","result":[5,"42"]}})");
    QVERIFY(r.ok());
    QCOMPARE(r->type, PromQueryResult::Type::Scalar);
    QCOMPARE(r->scalar.value, 42.0);
    QVERIFY(!r->isEmpty());
    r = PromDecoder::decodeQuery(R"({"status":"success","data":{"resultType":"string","result":[5,"hello"]}})");
    QVERIFY(r.ok());
    QCOMPARE(r->type, PromQueryResult::Type::String);
    QCOMPARE(r->scalar.text, QStringLiteral("hello"));
}

void TestPromDecoder::emptyResult()
{
    const auto r = PromDecoder::decodeQuery(R"({"status":"success","data":{"resultType":"vector","result":[]}})");
    QVERIFY(r.ok()); // an empty result is not an error
    QVERIFY(r->isEmpty());
}

void TestPromDecoder::warnings()
{
    const auto r = PromDecoder::decodeQuery(R"({"status":"success","data":{"resultType":"vector","result":[]},
        "warnings":["partial response"],"infos":["PromQL info: metric might not be a counter"]})");
    QVERIFY(r.ok());
    QCOMPARE(r->warnings, QStringList{QStringLiteral("partial response")});
    QCOMPARE(r->infos.size(), 1);
}

void TestPromDecoder::errorEnvelopes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("hintPart");

    using K = lcl::Error::Kind;
    QTest::newRow("400 bad_data")
        << QByteArray(R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:5: parse error: unclosed left parenthesis"})")
        << 400 << int(K::Invalid) << QStringLiteral("Prometheus rejected the query: invalid parameter \"query\": 1:5")
        << QStringLiteral("PromQL");
    QTest::newRow("11000 points")
        << QByteArray(R"j({"status":"error","errorType":"bad_data","error":"exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)"})j")
        << 400 << int(K::Invalid) << QStringLiteral("more than 11,000 points") << QStringLiteral("Widen the step");
    QTest::newRow("422 execution")
        << QByteArray(R"({"status":"error","errorType":"execution","error":"found duplicate series for the match group"})")
        << 422 << int(K::Invalid) << QStringLiteral("could not evaluate the query: found duplicate series")
        << QStringLiteral("grouping");
    QTest::newRow("503 unavailable")
        << QByteArray(R"({"status":"error","errorType":"unavailable","error":"TSDB not ready"})") << 503
        << int(K::Unavailable) << QStringLiteral("not available: TSDB not ready") << QStringLiteral("retries");
    QTest::newRow("503 timeout")
        << QByteArray(R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})")
        << 503 << int(K::Timeout) << QStringLiteral("timed out") << QStringLiteral("Shorten");
    QTest::newRow("500 internal")
        << QByteArray(R"({"status":"error","errorType":"internal","error":"boom"})") << 500 << int(K::Server)
        << QStringLiteral("Prometheus failed: boom") << QStringLiteral("log");
    QTest::newRow("502 from a proxy")
        << QByteArray("<html>Bad Gateway</html>") << 502 << int(K::Unavailable) << QStringLiteral("HTTP 502")
        << QStringLiteral("running");
}

void TestPromDecoder::errorEnvelopes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);
    QFETCH(QString, hintPart);
    const auto r = PromDecoder::decodeQuery(body, status);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind), kind);
    QCOMPARE(r.error().httpStatus, status);
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    QVERIFY2(r.error().hint.contains(hintPart), qPrintable(r.error().hint));
}

void TestPromDecoder::badAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("not JSON") << QByteArray("{\"status\":") << QStringLiteral("not JSON");
    QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("no status") << QByteArray(R"({"data":{}})") << QStringLiteral("\"status\"");
    QTest::newRow("odd status") << QByteArray(R"({"status":"maybe","data":{}})") << QStringLiteral("maybe");
    QTest::newRow("no data") << QByteArray(R"({"status":"success"})") << QStringLiteral("\"data\"");
    QTest::newRow("no resultType")
        << QByteArray(R"({"status":"success","data":{"result":[]}})") << QStringLiteral("resultType");
    QTest::newRow("wrong resultType")
        << QByteArray(R"({"status":"success","data":{"resultType":"table","result":[]}})")
        << QStringLiteral("unsupported resultType \"table\"");
    QTest::newRow("vector result is an object")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":{}}})")
        << QStringLiteral("not a list");
    QTest::newRow("matrix given as vector")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"values":[[1,"1"]]}]}})")
        << QStringLiteral("no \"value\"");
    QTest::newRow("value is a number")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,1]}]}})")
        << QStringLiteral("[time, \"number\"]");
    QTest::newRow("value is not a number")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"abc"]}]}})")
        << QStringLiteral("[time, \"number\"]");
    QTest::newRow("label value not a string")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"1"]}]}})")
        << QStringLiteral("map of texts");
    QTest::newRow("scalar is a list of three")
        << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"2",3]}})")
        << QStringLiteral("pair");
}

void TestPromDecoder::badAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const auto r = PromDecoder::decodeQuery(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, lcl::Error::Kind::Parse);
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
}

void TestPromDecoder::apiAnswers()
{
    const auto rules = PromDecoder::decodeRules(R"j({"status":"success","data":{"groups":[{"name":"g","file":"f.yml",
        "interval":30,"rules":[{"type":"alerting","name":"A","query":"x > 1","duration":120,"labels":{"severity":"critical"},
        "annotations":{},"alerts":[{"labels":{"alertname":"A"},"annotations":{},"state":"pending",
        "activeAt":"2026-08-22T10:00:00.123456789Z","value":"2e+00"}],"health":"err","lastError":"boom","state":"pending",
        "lastEvaluation":"0001-01-01T00:00:00Z"},{"type":"recording","name":"r:x","query":"sum(x)","health":"ok"}]}]}})j");
    QVERIFY(rules.ok());
    const PromRule& a = rules->first().rules.first();
    QCOMPARE(rules->first().intervalSeconds, 30.0);
    QCOMPARE(a.durationSeconds, 120.0);
    QCOMPARE(a.health, PromRule::Health::Err);
    QCOMPARE(a.lastError, QStringLiteral("boom"));
    QCOMPARE(a.state, PromAlert::State::Pending);
    QVERIFY(!a.lastEvaluation.isValid()); // Go's zero time: never evaluated
    QCOMPARE(a.alerts.first().activeAt, QDateTime(QDate(2026, 8, 22), QTime(10, 0, 0, 123), Qt::UTC));
    QCOMPARE(rules->first().rules.at(1).type, PromRule::Type::Recording);
    QVERIFY(!PromDecoder::decodeRules(R"j({"status":"success","data":{"groups":[{"name":"g","rules":[{"type":"x"}]}]}})j").ok());
    QVERIFY(!PromDecoder::decodeRules(R"j({"status":"success","data":{}})j").ok());

    const auto targets = PromDecoder::decodeTargets(R"j({"status":"success","data":{"activeTargets":[{"scrapePool":"sim",
        "scrapeUrl":"https://127.0.0.1:1/metrics","labels":{"job":"sim"},"health":"down","lastError":"connection refused",
        "lastScrape":"2026-08-22T10:00:00Z","lastScrapeDuration":0.0012}],"droppedTargets":[]}})j");
    QVERIFY(targets.ok());
    QCOMPARE(targets->first().health, PromTarget::Health::Down);
    QCOMPARE(targets->first().lastError, QStringLiteral("connection refused"));
    QCOMPARE(targets->first().lastScrapeDurationSeconds, 0.0012);

    QVERIFY(!PromDecoder::decodeBuildInfo(R"j({"status":"success","data":{}})j").ok());
    const auto down = PromDecoder::decodeAlerts(R"j({"status":"error","errorType":"unavailable","error":"x"})j", 503);
    QVERIFY(!down.ok());
    QCOMPARE(down.error().kind, lcl::Error::Kind::Unavailable);
}

void TestPromDecoder::realLabels()
{
    LCL_REQUIRE_SHARED_FIXTURE(path, "prometheus-labels.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto r = PromDecoder::decodeStringList(f.readAll());
    QVERIFY(r.ok());
    QCOMPARE(r.value(), (QStringList{QStringLiteral("__name__"), QStringLiteral("env"), QStringLiteral("instance"),
                                     QStringLiteral("job"), QStringLiteral("state")}));
}

void TestPromDecoder::realMetadata()
{
    LCL_REQUIRE_SHARED_FIXTURE(path, "prometheus-metadata.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto r = PromDecoder::decodeMetadata(f.readAll());
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 12);
    const auto alerts = r->value(QStringLiteral("alertmanager_alerts"));
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().type, QStringLiteral("gauge"));
    QCOMPARE(alerts.first().help, QStringLiteral("How many alerts by state."));
    QCOMPARE(r->value(QStringLiteral("alertmanager_alerts_received_total")).first().type, QStringLiteral("counter"));
    // The metadata answer is not a query answer.
    QVERIFY(!PromDecoder::decodeQuery(QByteArray(R"({"status":"success","data":{"a":[]}})")).ok());
}

QTEST_GUILESS_MAIN(TestPromDecoder)
#include "tst_promdecoder.moc"
