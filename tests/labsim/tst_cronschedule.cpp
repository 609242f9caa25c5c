#include "labsim/cronschedule.h"

#include <QDateTime>
#include <QTest>

using lcl::sim::CronSchedule;

// The cron expression evaluator behind the simulated cronjob controller: syntax (lists, ranges, steps, names,
// macros), errors, and next/previous times across month, leap-year and year boundaries and the day-of-month /
// day-of-week OR rule. Expected times were checked against a minute-by-minute brute force.
class TstCronSchedule final : public QObject {
    Q_OBJECT

private:
    static qint64 at(const char* utc)
    {
        return QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate).toSecsSinceEpoch();
    }
    static QString text(qint64 seconds)
    {
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
    }

private Q_SLOTS:
    void next_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* expression, const char* after, const char* expected) {
            QTest::newRow(name) << QString::fromLatin1(expression) << QString::fromLatin1(after)
                                << QString::fromLatin1(expected);
        };
        row("every minute", "* * * * *", "2026-11-26T13:20:30Z", "2026-11-26T13:21:00Z");
        row("new year", "0 0 1 1 *", "2026-12-31T23:59:59Z", "2027-01-01T00:00:00Z");
        row("@yearly", "@yearly", "2026-12-31T23:59:59Z", "2027-01-01T00:00:00Z");
        row("@monthly after the 31st", "@monthly", "2026-01-31T12:00:00Z", "2026-02-01T00:00:00Z");
        row("31st skips April", "0 0 31 * *", "2026-04-01T00:00:00Z", "2026-05-31T00:00:00Z");
        row("29 February, leap year", "0 0 29 2 *", "2026-03-01T00:00:00Z", "2028-02-29T00:00:00Z");
        row("dom or dow: Friday first", "30 9 13 * 5", "2026-11-26T13:00:00Z", "2026-11-27T09:30:00Z");
        row("dom or dow: 13th first", "0 0 13 * 5", "2026-11-14T00:00:00Z", "2026-11-20T00:00:00Z");
        row("dom only", "30 9 13 * *", "2026-11-26T13:00:00Z", "2026-12-13T09:30:00Z");
        row("weekday name, strictly after", "30 9 * * fri", "2026-11-27T09:30:00Z", "2026-12-04T09:30:00Z");
        row("step", "*/15 * * * *", "2026-11-26T13:20:30Z", "2026-11-26T13:30:00Z");
        row("range step", "5-10/2 * * * *", "2026-11-26T13:07:00Z", "2026-11-26T13:09:00Z");
        row("weekdays over a weekend", "0 22 * * 1-5", "2026-11-27T23:00:00Z", "2026-11-30T22:00:00Z");
        row("7 is Sunday", "0 0 * * 7", "2026-11-26T10:00:00Z", "2026-11-29T00:00:00Z");
        row("@weekly", "@weekly", "2026-11-26T10:00:00Z", "2026-11-29T00:00:00Z");
        row("month list by name", "0 12 * jan,JUL *", "2026-11-26T10:00:00Z", "2027-01-01T12:00:00Z");
        row("@hourly", "@hourly", "2026-11-26T10:00:00Z", "2026-11-26T11:00:00Z");
        row("@daily", "@daily", "2026-11-26T10:00:00Z", "2026-11-27T00:00:00Z");
        row("list and range", "0 1,3-4 * * *", "2026-11-26T01:00:00Z", "2026-11-26T03:00:00Z");
    }
    void next()
    {
        QFETCH(QString, expression);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        std::string error;
        const auto schedule = CronSchedule::parse(expression.toStdString(), &error);
        QVERIFY2(schedule, error.c_str());
        const auto next = schedule->next(at(after.toLatin1().constData()));
        QVERIFY(next);
        QCOMPARE(text(*next), expected);
    }

    void previous_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("expected");
        QTest::newRow("midnight") << QStringLiteral("0 0 * * *") << QStringLiteral("2026-11-26T13:20:00Z")
                                  << QStringLiteral("2026-11-26T00:00:00Z");
        QTest::newRow("back over months") << QStringLiteral("0 0 1 1 *") << QStringLiteral("2026-06-01T00:00:00Z")
                                          << QStringLiteral("2026-01-01T00:00:00Z");
        QTest::newRow("at or before") << QStringLiteral("0 0 1 1 *") << QStringLiteral("2026-01-01T00:00:30Z")
                                      << QStringLiteral("2026-01-01T00:00:00Z");
        QTest::newRow("exact minute") << QStringLiteral("* * * * *") << QStringLiteral("2027-01-01T00:00:00Z")
                                      << QStringLiteral("2027-01-01T00:00:00Z");
        QTest::newRow("back over a year") << QStringLiteral("30 2 * * *") << QStringLiteral("2027-01-01T01:00:00Z")
                                          << QStringLiteral("2026-12-31T02:30:00Z");
        QTest::newRow("last monday") << QStringLiteral("0 9 * * mon") << QStringLiteral("2026-11-26T10:00:00Z")
                                     << QStringLiteral("2026-11-23T09:00:00Z");
    }
    void previous()
    {
        QFETCH(QString, expression);
        QFETCH(QString, at);
        QFETCH(QString, expected);
        const auto schedule = CronSchedule::parse(expression.toStdString());
        QVERIFY(schedule);
        const auto previous = schedule->previous(this->at(at.toLatin1().constData()));
        QVERIFY(previous);
        QCOMPARE(text(*previous), expected);
    }

    void neverFires()
    {
        const auto schedule = CronSchedule::parse("0 0 30 2 *");
        QVERIFY(schedule);
        QVERIFY(!schedule->next(at("2026-11-26T10:00:00Z")));
        QVERIFY(!schedule->previous(at("2026-11-26T10:00:00Z")));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* expression, const char* message) {
            QTest::newRow(expression) << QString::fromLatin1(expression) << QString::fromLatin1(message);
        };
        row("", "empty spec string");
        row("* * * *", "expected exactly 5 fields, found 4: * * * *");
        row("* * * * * *", "expected exactly 5 fields, found 6");
        row("60 * * * *", "minute out of range (0-59): 60");
        row("* 24 * * *", "hour out of range (0-23): 24");
        row("* * 0 * *", "day of month out of range (1-31): 0");
        row("* * 32 * *", "day of month out of range (1-31): 32");
        row("* * * 13 *", "month out of range (1-12): 13");
        row("* * * * 8", "day of week out of range (0-7): 8");
        row("*/0 * * * *", "step of range should be a positive number: */0");
        row("5-1 * * * *", "beginning of range (5) beyond end of range (1): 5-1");
        row("a * * * *", "failed to parse minute \"a\"");
        row("* * * foo *", "failed to parse month \"foo\"");
        row("* * * * mon-", "failed to parse day of week \"\"");
        row("1-2-3 * * * *", "too many hyphens: 1-2-3");
        row(",1 * * * *", "invalid minute \"\"");
        row("@every 5m", "unrecognized descriptor: @every 5m");
        row("@fortnightly", "unrecognized descriptor: @fortnightly");
    }
    void invalid()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        std::string error;
        QVERIFY(!CronSchedule::parse(expression.toStdString(), &error));
        QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
    }
};

QTEST_GUILESS_MAIN(TstCronSchedule)
#include "tst_cronschedule.moc"
