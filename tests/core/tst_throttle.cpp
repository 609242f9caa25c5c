// Throttle: at most one run per interval, and a steady stream of requests cannot postpone it.
#include "core/throttle.h"

#include <QElapsedTimer>
#include <QTest>

class TestThrottle final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneRequestRunsOnce()
    {
        int runs = 0;
        lcl::Throttle throttle(50, [&runs] { ++runs; });
        throttle.request();
        throttle.request();
        QVERIFY(throttle.isPending());
        QTRY_COMPARE(runs, 1);
        QTest::qWait(150);
        QCOMPARE(runs, 1);
        QVERIFY(!throttle.isPending());
    }

    // Requests every 10 ms for 1 s with a 200 ms interval: a restarted timer would run 0 times until the
    // stream stops; the throttle runs every interval meanwhile.
    void steadyRequestsDoNotPostpone()
    {
        int runs = 0;
        lcl::Throttle throttle(200, [&runs] { ++runs; });
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1000) {
            throttle.request();
            QTest::qWait(10);
        }
        QVERIFY2(runs >= 2, qPrintable(QStringLiteral("ran %1 times during the stream").arg(runs)));
        QVERIFY(runs <= 5);
        QCOMPARE(throttle.runs(), runs);
    }
};

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
