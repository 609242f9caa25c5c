#include "itemmodels/eventfilterproxy.h"
#include "itemmodels/logmodel.h"
#include "itemmodels/snapshothistory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace lcl;
using itemmodels::LogModel;

namespace {

QList<kube::LogLine> lines(int from, int count, const QString& pod = QStringLiteral("web-1"))
{
    QList<kube::LogLine> result;
    for (int i = from; i < from + count; ++i)
        result.append({pod, QStringLiteral("app"), 0, QStringLiteral("line %1").arg(i)});
    return result;
}

QStringList texts(const LogModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(LogModel::TextRole).toString();
    return result;
}

} // namespace

class TestLogModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void boundedByCapacity_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QList<int>>("batches");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("dropped");
        QTest::newRow("fits") << 5 << QList<int>{2, 2} << QStringList{QStringLiteral("line 0"), QStringLiteral("line 1"),
                                                                       QStringLiteral("line 2"), QStringLiteral("line 3")}
                              << 0;
        QTest::newRow("overflow across batches")
            << 3 << QList<int>{2, 2} << QStringList{QStringLiteral("line 1"), QStringLiteral("line 2"), QStringLiteral("line 3")} << 1;
        QTest::newRow("one batch bigger than the ring")
            << 2 << QList<int>{5} << QStringList{QStringLiteral("line 3"), QStringLiteral("line 4")} << 0;
    }

    void boundedByCapacity()
    {
        QFETCH(int, capacity);
        QFETCH(QList<int>, batches);
        QFETCH(QStringList, expected);
        QFETCH(int, dropped);
        LogModel model(capacity);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int next = 0;
        for (int size : batches) {
            model.append(lines(next, size));
            next += size;
        }
        QCOMPARE(texts(model), expected);
        QCOMPARE(model.dropped(), dropped);
    }

    void manyLinesStayBounded()
    {
        LogModel model(1000);
        for (int i = 0; i < 50; ++i)
            model.append(lines(i * 200, 200));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(999).data(LogModel::TextRole).toString(), QStringLiteral("line 9999"));
        QCOMPARE(model.dropped(), 9000);
    }

    void pauseHoldsLines()
    {
        LogModel model(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(lines(0, 2));
        model.setPaused(true);
        model.append(lines(2, 3));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.pendingCount(), 3);
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(model.index(4).data(LogModel::TextRole).toString(), QStringLiteral("line 4"));
    }

    void searchMarksMatches()
    {
        LogModel model(100);
        model.append(lines(0, 12));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSearchText(QStringLiteral("line 1"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.matchCount(), 3); // line 1, line 10, line 11
        QVERIFY(model.index(1).data(LogModel::MatchRole).toBool());
        QVERIFY(model.index(1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(2).data(LogModel::MatchRole).toBool());
        QVERIFY(!model.index(2).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.nextMatch(1), 10);
        QCOMPARE(model.nextMatch(11), 1); // wraps
        QCOMPARE(model.nextMatch(1, true), 11);
        model.setSearchText(QStringLiteral("nothing like it"));
        QCOMPARE(model.nextMatch(0), -1);
    }

    void podPrefix()
    {
        LogModel model(10);
        model.append(lines(0, 1, QStringLiteral("api-7f9")));
        QVERIFY(!model.index(0).data().toString().contains(QStringLiteral("api-7f9")));
        model.setShowPods(true);
        QVERIFY(model.index(0).data().toString().startsWith(QStringLiteral("api-7f9")));
    }

    void shortPodNames_data()
    {
        QTest::addColumn<QStringList>("pods");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one replica set") << QStringList{QStringLiteral("web-7d9f8-x2k4q"), QStringLiteral("web-7d9f8-p9mzt")}
                                         << QStringList{QStringLiteral("x2k4q"), QStringLiteral("p9mzt")};
        QTest::newRow("rolling update") << QStringList{QStringLiteral("web-7d9f8-x2k4q"), QStringLiteral("web-66c4b-p9mzt")}
                                        << QStringList{QStringLiteral("7d9f8-x2k4q"), QStringLiteral("66c4b-p9mzt")};
        QTest::newRow("stateful set") << QStringList{QStringLiteral("pg-0"), QStringLiteral("pg-1"), QStringLiteral("pg-10")}
                                      << QStringList{QStringLiteral("pg-0"), QStringLiteral("pg-1"), QStringLiteral("pg-10")};
        QTest::newRow("nothing shared") << QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}
                                        << QStringList{QStringLiteral("alpha"), QStringLiteral("beta")};
        QTest::newRow("one pod") << QStringList{QStringLiteral("web-7d9f8-x2k4q")} << QStringList{QStringLiteral("web-7d9f8-x2k4q")};
    }

    void shortPodNames()
    {
        QFETCH(QStringList, pods);
        QFETCH(QStringList, expected);
        QCOMPARE(LogModel::shortNames(pods), expected);
    }

    // Several pods: each line names its pod briefly, in a colour of the pod's own that stays put.
    void podLabelsAndColours()
    {
        LogModel model(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList pods{QStringLiteral("web-7d9f8-aaaaa"), QStringLiteral("web-7d9f8-bbbbb")};
        model.setPods(pods);
        model.setShowPods(true);
        model.append(lines(0, 1, pods[0]) + lines(1, 1, pods[1]) + lines(2, 1, pods[0]));
        QCOMPARE(model.index(0).data(LogModel::PodShortRole).toString(), QStringLiteral("aaaaa"));
        QCOMPARE(model.index(1).data(LogModel::PodShortRole).toString(), QStringLiteral("bbbbb"));
        QVERIFY(model.index(0).data().toString().startsWith(QStringLiteral("aaaaa  line 0")));
        const QColor a = model.index(0).data(LogModel::PodColorRole).value<QColor>();
        const QColor b = model.index(1).data(LogModel::PodColorRole).value<QColor>();
        QVERIFY(a.isValid() && b.isValid());
        QVERIFY(a != b);
        QCOMPARE(model.index(2).data(LogModel::PodColorRole).value<QColor>(), a);
        model.setShowPods(false);
        QVERIFY(model.index(0).data(LogModel::PodShortRole).toString().isEmpty());
    }

    void historyKeepsMissingAsNaN()
    {
        itemmodels::SnapshotHistory history;
        history.setMaxSamples(3);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-100);
        for (int i = 0; i < 5; ++i) {
            metrics::MetricsSnapshot snapshot;
            snapshot.at = start.addSecs(i * 10);
            metrics::EntityMetrics entity;
            entity.key = QStringLiteral("search-api");
            if (i != 3) {
                metrics::MetricValue rate;
                rate.state = metrics::MetricValue::State::Value;
                rate.value = i;
                entity.values.insert(metrics::SignalNames::requestRate, rate);
            }
            snapshot.services.insert(entity.key, entity);
            history.record(snapshot);
        }
        QCOMPARE(history.sampleCount(QStringLiteral("search-api")), 3);
        const auto points = history.series({QStringLiteral("nope"), QStringLiteral("search-api")},
                                           metrics::SignalNames::requestRate, start, QDateTime::currentDateTimeUtc());
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(0).value, 2.0);
        QVERIFY(std::isnan(points.at(1).value));
        QCOMPARE(points.at(2).value, 4.0);
        QVERIFY(history.series({QStringLiteral("search-api")}, QStringLiteral("unknownSignal"), start,
                               QDateTime::currentDateTimeUtc()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
