#include "itemmodels/modeltestutil.h"
#include "itemmodels/podmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lcl;
using namespace lcl::test;
using itemmodels::PodModel;
using kube::ResourceKind;

class TestPodModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contentsAndRowLevelUpdates()
    {
        kube::ResourceStore store;
        upsert(store, ResourceKind::Pods, {pod("shop", "api-1", "1", 300, true), pod("shop", "web-1", "2", 7200, false, "CrashLoopBackOff", 4)});
        PodModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        QCOMPARE(dump(model, true), (QStringList{
                                        s("shop|api-1|1/1|Running|0|5m|node-1|10.42.0.97"),
                                        s("shop|web-1|0/1|CrashLoopBackOff|4 (2m ago)|120m|node-1|10.42.0.119"),
                                    }));
        QCOMPARE(model.headerData(PodModel::Restarts, Qt::Horizontal).toString(), s("Restarts"));

        const int webRow = model.rowOf({s("pods"), s("shop"), s("web-1")});
        QCOMPARE(model.index(webRow, PodModel::Restarts).data(itemmodels::RawValueRole).toInt(), 4);
        QCOMPARE(model.index(webRow, 0).data(itemmodels::ProblemRole).toString(), s("CrashLoopBackOff"));
        QVERIFY(model.index(webRow, 0).data(itemmodels::WarningRole).toBool());
        QCOMPARE(model.index(webRow, PodModel::Age).data(itemmodels::RawValueRole).toLongLong(), kNow - 7200);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        upsert(store, ResourceKind::Pods, {pod("shop", "web-1", "3", 7200, true)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), webRow);
        QCOMPARE(model.index(webRow, PodModel::Status).data().toString(), s("Running"));

        upsert(store, ResourceKind::Pods, {pod("db", "pg-0", "4", 30)});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);

        remove(store, ResourceKind::Pods, pod("shop", "api-1", "5", 0));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(dump(model, true), (QStringList{
                                        s("db|pg-0|1/1|Running|0|30s|node-1|10.42.0.112"),
                                        s("shop|web-1|1/1|Running|0|120m|node-1|10.42.0.119"),
                                    }));
        // Rows still map to the right keys after the removal.
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOf(model.keyAt(r)), r);
        QCOMPARE(reset.size(), 0);
    }

    void largeBatchResets()
    {
        kube::ResourceStore store;
        PodModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        std::vector<kube::Record> many;
        QList<QByteArray> names;
        for (int i = 0; i < 3000; ++i)
            names << "p" + QByteArray::number(i);
        for (const QByteArray& n : names)
            many.push_back(pod("big", n.constData(), "1", 10));
        upsert(store, ResourceKind::Pods, std::move(many));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowCount(), 3000);
        // An empty relist removes everything, again in one reset.
        upsert(store, ResourceKind::Pods, {}, true);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void otherKindsAreIgnoredAndAgesRefresh()
    {
        kube::ResourceStore store;
        PodModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        kube::ServiceRecord svc;
        svc.meta = meta("shop", "web", "1", 10);
        upsert(store, ResourceKind::Services, {svc});
        QCOMPARE(model.rowCount(), 0);
        upsert(store, ResourceKind::Pods, {pod("shop", "a", "1", 10)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(kNow + 3600);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().column(), int(PodModel::Age));
        QCOMPARE(model.index(0, PodModel::Age).data().toString(), s("60m"));
    }
};

QTEST_GUILESS_MAIN(TestPodModel)
#include "tst_podmodel.moc"
