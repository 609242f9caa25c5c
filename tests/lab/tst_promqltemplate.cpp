#include "lab/labprofilevalues.h"
#include "lab/promqltemplate.h"

#include <QTest>

using lcl::lab::PromQlTemplate;
namespace values = lcl::lab::values;

class TestPromQlTemplate final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void problems_data();
    void problems();
    void quantities_data();
    void quantities();
    void cron_data();
    void cron();
    void durations_data();
    void durations();
};

void TestPromQlTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one value") << QStringLiteral("up{service=~\"{{service}}\"}[{{window}}]") << QStringList{QStringLiteral("api")}
                               << QStringLiteral("up{service=~\"api\"}[5m]");
    QTest::newRow("several values") << QStringLiteral("x{s=~\"{{service}}\"}")
                                    << QStringList{QStringLiteral("a"), QStringLiteral("b-c")}
                                    << QStringLiteral("x{s=~\"a|b-c\"}");
    QTest::newRow("regex metacharacters escaped")
        << QStringLiteral("x{s=~\"{{service}}\"}") << QStringList{QStringLiteral("a.b+c")}
        << QStringLiteral("x{s=~\"a\\\\.b\\\\+c\"}");
    QTest::newRow("quotes escaped") << QStringLiteral("x{s=~\"{{service}}\"}") << QStringList{QStringLiteral("a\"b")}
                                    << QStringLiteral("x{s=~\"a\\\"b\"}");
    QTest::newRow("spaces inside braces") << QStringLiteral("{{ service }}") << QStringList{QStringLiteral("a")}
                                          << QStringLiteral("a");
    QTest::newRow("unknown stays") << QStringLiteral("{{other}}") << QStringList{QStringLiteral("a")}
                                   << QStringLiteral("{{other}}");
}

void TestPromQlTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(QStringList, services);
    QFETCH(QString, expected);
    const QHash<QString, QStringList> values{{QStringLiteral("service"), services},
                                             {QStringLiteral("window"), {QStringLiteral("5m")}}};
    QCOMPARE(PromQlTemplate(text).render(values), expected);
}

void TestPromQlTemplate::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("message");
    QTest::newRow("fine") << QStringLiteral("up{a=\"{{service}}\"}") << qsizetype(-1) << QString();
    QTest::newRow("unknown") << QStringLiteral("up{a=\"{{svc}}\"}") << qsizetype(6)
                             << QStringLiteral("unknown placeholder {{svc}}; expected one of: service, window");
    QTest::newRow("unclosed") << QStringLiteral("up{a=\"{{service\"}") << qsizetype(6)
                              << QStringLiteral("\"{{\" is not closed by \"}}\"");
    QTest::newRow("nested open") << QStringLiteral("{{a {{service}}") << qsizetype(0)
                                 << QStringLiteral("\"{{\" is not closed by \"}}\"");
    QTest::newRow("empty name") << QStringLiteral("x{{}}") << qsizetype(1)
                                << QStringLiteral("\"{{}}\" is not a placeholder name (letters, digits, _)");
    QTest::newRow("stray close") << QStringLiteral("x}}") << qsizetype(1)
                                 << QStringLiteral("\"}}\" without an opening \"{{\"");
}

void TestPromQlTemplate::problems()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, offset);
    QFETCH(QString, message);
    const auto problems = PromQlTemplate(text).check({QStringLiteral("service"), QStringLiteral("window")});
    if (offset < 0) {
        QVERIFY(problems.isEmpty());
        return;
    }
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().offset, offset);
    QCOMPARE(problems.first().message, message);
}

void TestPromQlTemplate::quantities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("cpu");
    QTest::addColumn<double>("expected"); // -1: rejected
    QTest::newRow("200m") << QStringLiteral("200m") << true << 0.2;
    QTest::newRow("1.5 cores") << QStringLiteral("1.5") << true << 1.5;
    QTest::newRow("cpu with unit") << QStringLiteral("2Gi") << true << -1.0;
    QTest::newRow("cpu negative") << QStringLiteral("-1") << true << -1.0;
    QTest::newRow("256Mi") << QStringLiteral("256Mi") << false << 256.0 * 1024 * 1024;
    QTest::newRow("1Gi") << QStringLiteral("1Gi") << false << 1024.0 * 1024 * 1024;
    QTest::newRow("500M") << QStringLiteral("500M") << false << 500e6;
    QTest::newRow("plain bytes") << QStringLiteral("1024") << false << 1024.0;
    QTest::newRow("MB is not a unit") << QStringLiteral("512MB") << false << -1.0;
    QTest::newRow("empty") << QString() << false << -1.0;
}

void TestPromQlTemplate::quantities()
{
    QFETCH(QString, text);
    QFETCH(bool, cpu);
    QFETCH(double, expected);
    const auto v = cpu ? values::parseCpu(text) : values::parseBytes(text);
    if (expected < 0) {
        QVERIFY(!v.has_value());
    } else {
        QVERIFY(v.has_value());
        QCOMPARE(*v, expected);
    }
}

void TestPromQlTemplate::cron_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("why"); // empty: valid
    QTest::newRow("daily 02:00") << QStringLiteral("0 2 * * *") << QString();
    QTest::newRow("macro") << QStringLiteral("@daily") << QString();
    QTest::newRow("steps and lists") << QStringLiteral("*/15 1,13 1-7 jan-jun mon-fri") << QString();
    QTest::newRow("sunday as 7") << QStringLiteral("0 0 * * 7") << QString();
    QTest::newRow("bad macro") << QStringLiteral("@often")
                               << QStringLiteral("\"@often\" is not one of @yearly, @annually, @monthly, @weekly, "
                                                 "@daily, @midnight, @hourly");
    QTest::newRow("six fields") << QStringLiteral("0 0 2 * * *") << QStringLiteral("it has 6 field(s), not 5");
    QTest::newRow("minute 60") << QStringLiteral("60 * * * *")
                               << QStringLiteral("the minute field value 60 is outside 0-59");
    QTest::newRow("day 0") << QStringLiteral("0 0 0 * *")
                           << QStringLiteral("the day-of-month field value 0 is outside 1-31");
    QTest::newRow("zero step") << QStringLiteral("*/0 * * * *")
                               << QStringLiteral("the step in the minute field \"*/0\" must be a positive number");
    QTest::newRow("word") << QStringLiteral("0 noon * * *")
                          << QStringLiteral("the hour field \"noon\" is not a number, a range a-b, a list or *");
}

void TestPromQlTemplate::cron()
{
    QFETCH(QString, schedule);
    QFETCH(QString, why);
    QString reason;
    QCOMPARE(values::isCronSchedule(schedule, &reason), why.isEmpty());
    QCOMPARE(reason, why);
}

void TestPromQlTemplate::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("prom");
    QTest::addColumn<double>("latencyMs"); // -1: not a latency
    QTest::newRow("5m") << QStringLiteral("5m") << true << 300000.0;
    QTest::newRow("250ms") << QStringLiteral("250ms") << true << 250.0;
    QTest::newRow("1h30m") << QStringLiteral("1h30m") << true << -1.0;
    QTest::newRow("1.5s") << QStringLiteral("1.5s") << false << 1500.0;
    QTest::newRow("no unit") << QStringLiteral("5") << false << -1.0;
    QTest::newRow("words") << QStringLiteral("5 minutes") << false << -1.0;
}

void TestPromQlTemplate::durations()
{
    QFETCH(QString, text);
    QFETCH(bool, prom);
    QFETCH(double, latencyMs);
    QCOMPARE(values::isPromDuration(text), prom);
    const auto ms = values::parseLatencyMs(text);
    QCOMPARE(ms.has_value(), latencyMs >= 0);
    if (ms)
        QCOMPARE(*ms, latencyMs);
}

QTEST_GUILESS_MAIN(TestPromQlTemplate)
#include "tst_promqltemplate.moc"
