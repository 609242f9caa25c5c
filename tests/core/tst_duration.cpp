#include "core/duration.h"

#include <QTest>

using lcl::Duration;

class TestDuration final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void human_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("future beyond skew") << qint64(-5) << QStringLiteral("<invalid>");
        QTest::newRow("skew of one second") << qint64(-1) << QStringLiteral("0s");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
        QTest::newRow("seconds up to two minutes") << qint64(119) << QStringLiteral("119s");
        QTest::newRow("whole minutes") << qint64(300) << QStringLiteral("5m");
        QTest::newRow("minutes and seconds") << qint64(200) << QStringLiteral("3m20s");
        QTest::newRow("minutes only past ten") << qint64(12 * 60 + 30) << QStringLiteral("12m");
        QTest::newRow("hours and minutes") << qint64(3 * 3600 + 2 * 60 + 5) << QStringLiteral("3h2m");
        QTest::newRow("whole hours") << qint64(5 * 3600) << QStringLiteral("5h");
        QTest::newRow("hours past eight") << qint64(47 * 3600 + 59 * 60) << QStringLiteral("47h");
        QTest::newRow("two days") << qint64(2 * 86400) << QStringLiteral("2d");
        QTest::newRow("days and hours") << qint64(3 * 86400 + 4 * 3600) << QStringLiteral("3d4h");
        QTest::newRow("days only") << qint64(400 * 86400) << QStringLiteral("400d");
        QTest::newRow("years and days") << qint64((2 * 365 + 10) * 86400LL) << QStringLiteral("2y10d");
        QTest::newRow("many years") << qint64(10 * 365 * 86400LL) << QStringLiteral("10y");
    }
    void human()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(Duration::human(seconds), expected);
    }

    void age() { QCOMPARE(Duration::age(1000, 1300), QStringLiteral("5m")); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds") << QStringLiteral("90s") << qint64(90);
        QTest::newRow("minutes") << QStringLiteral("5m") << qint64(300);
        QTest::newRow("combined") << QStringLiteral("1h30m") << qint64(5400);
        QTest::newRow("go style") << QStringLiteral("720h0m0s") << qint64(720 * 3600);
        QTest::newRow("days") << QStringLiteral("2d") << qint64(172800);
        QTest::newRow("fraction") << QStringLiteral("1.5h") << qint64(5400);
        QTest::newRow("milliseconds") << QStringLiteral("1500ms") << qint64(2);
        QTest::newRow("bare zero") << QStringLiteral("0") << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = Duration::parseSeconds(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, seconds);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no unit") << QStringLiteral("15");
        QTest::newRow("unknown unit") << QStringLiteral("3w");
        QTest::newRow("unit only") << QStringLiteral("h");
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Duration::parseSeconds(text).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
