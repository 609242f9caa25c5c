#include "itemmodels/modeltestutil.h"
#include "itemmodels/servicemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lcl;
using namespace lcl::test;
using itemmodels::ServiceModel;
using kube::ResourceKind;

namespace {

kube::ServiceRecord service(const char* ns, const char* name, const char* rv, const char* app, int port, int nodePort = 0)
{
    kube::ServiceRecord svc;
    svc.meta = meta(ns, name, rv, 600);
    svc.type = s(nodePort ? "NodePort" : "ClusterIP");
    svc.clusterIP = s("10.43.0.") + QString::number(port % 200);
    if (*app)
        svc.selector = {{s("app"), s(app)}};
    svc.ports.append(kube::ServicePort{s("http"), s("TCP"), port, s("http"), nodePort});
    return svc;
}

kube::PodRecord labelled(const char* name, const char* app, const char* rv)
{
    kube::PodRecord p = pod("shop", name, rv, 60);
    p.meta.labels = {{s("app"), s(app)}};
    return p;
}

} // namespace

class TestServiceModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contentsAndPodCounts()
    {
        kube::ResourceStore store;
        upsert(store, ResourceKind::Pods, {labelled("web-1", "web", "1"), labelled("web-2", "web", "2"), labelled("api-1", "api", "3")});
        upsert(store, ResourceKind::Services, {service("shop", "web", "4", "web", 80, 30080), service("shop", "api", "5", "api", 8080),
                                               service("shop", "ghost", "6", "nothing", 9090), service("default", "kubernetes", "7", "", 443)});
        ServiceModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        QCOMPARE(dump(model, true), (QStringList{
                                        s("default|kubernetes|ClusterIP|10.43.0.43|<none>|443/TCP|-|10m|<none>"),
                                        s("shop|api|ClusterIP|10.43.0.80|<none>|8080/TCP|1|10m|app=api"),
                                        s("shop|ghost|ClusterIP|10.43.0.90|<none>|9090/TCP|0|10m|app=nothing"),
                                        s("shop|web|NodePort|10.43.0.80|<none>|80:30080/TCP|2|10m|app=web"),
                                    }));
        const int ghost = model.rowOf({s("services"), s("shop"), s("ghost")});
        QVERIFY(model.index(ghost, 0).data(itemmodels::WarningRole).toBool());
        QCOMPARE(model.index(ghost, 0).data(itemmodels::ProblemRole).toString(), s("No pods match the selector"));

        // A pod batch updates the Pods column.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        upsert(store, ResourceKind::Pods, {labelled("ghost-1", "nothing", "8")});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().column(), int(ServiceModel::Pods));
        QCOMPARE(model.index(ghost, ServiceModel::Pods).data(itemmodels::RawValueRole).toInt(), 1);
        QVERIFY(!model.index(ghost, 0).data(itemmodels::WarningRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestServiceModel)
#include "tst_servicemodel.moc"
