#include "itemmodels/modeltestutil.h"
#include "itemmodels/workloadmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lcl;
using namespace lcl::test;
using itemmodels::WorkloadModel;
using kube::ResourceKind;

namespace {

kube::WorkloadRecord workload(ResourceKind kind, const char* ns, const char* name, const char* rv, int desired, int ready,
                              int updated, int available)
{
    kube::WorkloadRecord w;
    w.kind = kind;
    w.meta = meta(ns, name, rv, 86400 * 3);
    w.meta.generation = 2;
    w.observedGeneration = 2;
    w.desired = desired;
    w.current = desired;
    w.ready = ready;
    w.updated = updated;
    w.available = available;
    w.images = QStringList{s("shop/") + w.meta.name + s(":1.4")};
    return w;
}

} // namespace

class TestWorkloadModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void threeKindsInOneTable()
    {
        kube::ResourceStore store;
        upsert(store, ResourceKind::Deployments, {workload(ResourceKind::Deployments, "shop", "api", "1", 3, 3, 3, 3),
                                                  workload(ResourceKind::Deployments, "shop", "web", "2", 3, 1, 1, 1)});
        auto stuck = workload(ResourceKind::Deployments, "shop", "cart", "3", 2, 1, 1, 1);
        stuck.conditions.append(kube::Condition{s("Progressing"), s("False"), s("ProgressDeadlineExceeded"), {}, 0});
        upsert(store, ResourceKind::Deployments, {stuck});
        upsert(store, ResourceKind::StatefulSets, {workload(ResourceKind::StatefulSets, "db", "postgres", "4", 1, 1, 1, 1)});
        upsert(store, ResourceKind::DaemonSets, {workload(ResourceKind::DaemonSets, "kube-system", "agent", "5", 0, 0, 0, 0)});

        WorkloadModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        QCOMPARE(dump(model, true), (QStringList{
                                        s("db|postgres|StatefulSet|1/1|1|1|Available|3d|shop/postgres:1.4"),
                                        s("kube-system|agent|DaemonSet|0/0|0|0|Scaled to zero|3d|shop/agent:1.4"),
                                        s("shop|api|Deployment|3/3|3|3|Available|3d|shop/api:1.4"),
                                        s("shop|cart|Deployment|1/2|1|1|Stuck|3d|shop/cart:1.4"),
                                        s("shop|web|Deployment|1/3|1|1|Progressing|3d|shop/web:1.4"),
                                    }));
        const int cart = model.rowOf({s("deployments"), s("shop"), s("cart")});
        QVERIFY(model.index(cart, 0).data(itemmodels::WarningRole).toBool());
        QCOMPARE(model.index(cart, WorkloadModel::Ready).data(itemmodels::RawValueRole).toDouble(), 0.5);
        QCOMPARE(model.index(cart, 0).data(itemmodels::KindRole).toString(), s("deployments"));

        // Scaling web to done changes one row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        upsert(store, ResourceKind::Deployments, {workload(ResourceKind::Deployments, "shop", "web", "9", 3, 3, 3, 3)});
        QCOMPARE(changed.size(), 1);
        const int web = model.rowOf({s("deployments"), s("shop"), s("web")});
        QCOMPARE(changed[0][0].toModelIndex().row(), web);
        QCOMPARE(changed[0][1].toModelIndex().row(), web);
        QCOMPARE(model.index(web, WorkloadModel::Status).data().toString(), s("Available"));

        // A new generation that the controller has not observed yet is still progressing.
        auto pending = workload(ResourceKind::Deployments, "shop", "api", "10", 3, 3, 3, 3);
        pending.meta.generation = 3;
        upsert(store, ResourceKind::Deployments, {pending});
        QCOMPARE(model.index(model.rowOf({s("deployments"), s("shop"), s("api")}), WorkloadModel::Status).data().toString(),
                 s("Progressing"));
        QCOMPARE(model.headerData(WorkloadModel::UpToDate, Qt::Horizontal).toString(), s("Up to date"));
    }
};

QTEST_GUILESS_MAIN(TestWorkloadModel)
#include "tst_workloadmodel.moc"
