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

    // spec.timeZone: the fields read in the zone's wall clock, across daylight-saving jumps (a skipped 02:30 does
    // not fire that day, a repeated one fires twice, as the real controller's cron library does). Expected times
    // from a minute-by-minute brute force over Python's zoneinfo.
    void zoned_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* expression, const char* zone, bool forward, const char* from,
                            const char* expected) {
            QTest::newRow(name) << QString::fromLatin1(expression) << QString::fromLatin1(zone) << forward
                                << QString::fromLatin1(from) << QString::fromLatin1(expected);
        };
        row("Berlin winter", "0 2 * * *", "Europe/Berlin", true, "2026-11-26T00:00:00Z", "2026-11-26T01:00:00Z");
        row("spring gap skips the day", "30 2 * * *", "Europe/Berlin", true, "2026-03-28T12:00:00Z", "2026-03-30T00:30:00Z");
        row("autumn overlap, first", "30 2 * * *", "Europe/Berlin", true, "2026-10-24T12:00:00Z", "2026-10-25T00:30:00Z");
        row("autumn overlap, again", "30 2 * * *", "Europe/Berlin", true, "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z");
        row("every minute over the jump back", "* * * * *", "Europe/Berlin", true, "2026-10-25T00:59:00Z",
            "2026-10-25T01:00:00Z");
        row("New York weekdays", "0 9 * * mon-fri", "America/New_York", true, "2026-11-27T15:00:00Z", "2026-11-30T14:00:00Z");
        row("New York after the jump", "0 3 * * *", "America/New_York", true, "2026-03-07T12:00:00Z", "2026-03-08T07:00:00Z");
        row("half-hour offset", "0 0 * * *", "Asia/Kolkata", true, "2026-11-26T00:00:00Z", "2026-11-26T18:30:00Z");
        row("back: overlap, second", "30 2 * * *", "Europe/Berlin", false, "2026-10-25T02:00:00Z", "2026-10-25T01:30:00Z");
        row("back: overlap, first", "30 2 * * *", "Europe/Berlin", false, "2026-10-25T01:00:00Z", "2026-10-25T00:30:00Z");
        row("back over the gap", "30 2 * * *", "Europe/Berlin", false, "2026-03-29T12:00:00Z", "2026-03-28T01:30:00Z");
        row("back: half-hour offset", "0 0 * * *", "Asia/Kolkata", false, "2026-11-26T00:00:00Z", "2026-11-25T18:30:00Z");
    }
    void zoned()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(bool, forward);
        QFETCH(QString, from);
        QFETCH(QString, expected);
        auto schedule = CronSchedule::parse(expression.toStdString());
        QVERIFY(schedule);
        std::string error;
        QVERIFY2(schedule->setTimeZone(zone.toStdString(), &error), error.c_str());
        const qint64 t = at(from.toLatin1().constData());
        const auto answer = forward ? schedule->next(t) : schedule->previous(t);
        QVERIFY(answer);
        QCOMPARE(text(*answer), expected);
    }

    void unknownTimeZone()
    {
        auto schedule = CronSchedule::parse("0 2 * * *");
        QVERIFY(schedule);
        std::string error;
        QVERIFY(!schedule->setTimeZone("Mars/Olympus_Mons", &error));
        QCOMPARE(QString::fromStdString(error), QStringLiteral("unknown time zone Mars/Olympus_Mons"));
        QVERIFY(schedule->setTimeZone("", &error)); // empty is UTC
        QCOMPARE(text(*schedule->next(at("2026-11-26T00:00:00Z"))), QStringLiteral("2026-11-26T02:00:00Z"));
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
