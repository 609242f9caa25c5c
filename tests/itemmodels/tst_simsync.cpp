// The whole chain against lclab-sim: informers fill the store, the item models follow it row by row.
#include "itemmodels/eventmodel.h"
#include "itemmodels/podmodel.h"
#include "itemmodels/servicemodel.h"
#include "itemmodels/workloadmodel.h"
#include "kube/informerset.h"
#include "kube/kubeconfig.h"
#include "kube/resourcestore.h"
#include "net/httpclient.h"
#include "support/simprocess.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace lcl;

class TestSimSync final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelsFollowTheCluster()
    {
        test::SimProcess sim;
        if (!sim.start())
            QSKIP(qPrintable(QStringLiteral("lclab-sim could not be started (%1); this test needs the simulator built "
                                            "in the same build tree").arg(sim.errorString())));
        auto config = kube::Kubeconfig::load(sim.kubeconfigPath());
        QVERIFY(config.ok());
        auto connection = config->resolve(QStringLiteral("lclab"));
        QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));

        net::HttpClient http;
        kube::ResourceStore store;
        itemmodels::PodModel pods(&store);
        itemmodels::WorkloadModel workloads(&store);
        itemmodels::ServiceModel services(&store);
        itemmodels::EventModel events(&store);
        QAbstractItemModelTester t1(&pods, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&workloads, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&services, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);

        kube::InformerSet::Options options;
        options.informer.backoffInitialMs = 100;
        kube::InformerSet set(connection.value(), &http, &store, options);
        QSignalSpy synced(&set, &kube::InformerSet::synced);
        QElapsedTimer clock;
        clock.start();
        set.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 20000);
        qInfo("all %lld kinds synced into the models in %lld ms", qlonglong(set.kinds().size()), qlonglong(clock.elapsed()));
        QVERIFY(pods.rowCount() > 0);
        QCOMPARE(pods.rowCount(), int(store.count(kube::ResourceKind::Pods)));
        QCOMPARE(workloads.rowCount(), int(store.count(kube::ResourceKind::Deployments) + store.count(kube::ResourceKind::StatefulSets)
                                           + store.count(kube::ResourceKind::DaemonSets)));
        QCOMPARE(services.rowCount(), int(store.count(kube::ResourceKind::Services)));
        QCOMPARE(events.rowCount(), int(store.count(kube::ResourceKind::Events)));

        // Scale the first deployment: its row changes, no reset.
        const auto& deployments = store.table(kube::ResourceKind::Deployments);
        QVERIFY(!deployments.isEmpty());
        const ResourceKey target = deployments.cbegin().key();
        const int row = workloads.rowOf(target);
        const int desired = std::get<kube::WorkloadRecord>(*deployments.cbegin()).desired;
        QSignalSpy changed(&workloads, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&workloads, &QAbstractItemModel::modelReset);
        auto request = connection->request("PATCH", QStringLiteral("/apis/apps/v1/namespaces/%1/deployments/%2/scale")
                                                        .arg(target.ns, target.name));
        QVERIFY(request.ok());
        request.value().body = "{\"spec\":{\"replicas\":" + QByteArray::number(desired + 2) + "}}";
        request.value().headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/merge-patch+json")));
        auto reply = http.sendAndWait(std::move(request).value());
        QVERIFY(reply.ok());
        QCOMPARE(reply->status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(workloads.index(row, itemmodels::WorkloadModel::Ready).data().toString().endsWith(
                                     QLatin1Char('/') + QString::number(desired + 2)),
                                 5000);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(reset.size(), 0);
        set.stop();
    }
};

QTEST_GUILESS_MAIN(TestSimSync)
#include "tst_simsync.moc"
