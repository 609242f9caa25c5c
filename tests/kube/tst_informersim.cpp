// Informers against the real simulator (lclab-sim over TLS, kubeconfig from the simulator): initial sync equals
// the server's lists, live changes arrive, a restart mid-watch converges, the read-only token reads.
#include "kube/decoder.h"
#include "kube/informer.h"
#include "kube/informerset.h"
#include "kube/kubeconfig.h"
#include "kube/resourcestore.h"
#include "net/httpclient.h"
#include "support/simprocess.h"
#include "storeconvergence.h"

#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace lcl::kube;

namespace {

// JSON written with single quotes, for readability in C++ without raw strings.
QByteArray json(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

InformerOptions fastOptions()
{
    InformerOptions o;
    o.backoffInitialMs = 100;
    o.backoffMaxMs = 1000;
    o.watchTimeoutSeconds = 60;
    return o;
}

} // namespace

class TestInformerSim final : public QObject {
    Q_OBJECT

private:
    lcl::test::SimProcess m_sim;
    std::unique_ptr<lcl::net::HttpClient> m_http;
    ClusterConnection m_admin;
    ClusterConnection m_readonly;

    lcl::Result<lcl::net::HttpResponse> call(const ClusterConnection& c, const QByteArray& method, const QString& path,
                                             const QByteArray& body = {},
                                             const QByteArray& contentType = "application/json")
    {
        auto request = c.request(method, path);
        if (!request.ok())
            return request.error();
        request.value().body = body;
        if (!body.isEmpty())
            request.value().headers.append(qMakePair(QByteArray("Content-Type"), contentType));
        return m_http->sendAndWait(std::move(request).value());
    }

    // Waits until the store equals the server's lists; what still differs otherwise ("" when equal).
    QString convergence(const ResourceStore& store, std::initializer_list<ResourceKind> kinds, int timeoutMs = 10000)
    {
        return lcl::kube::test::storeConvergence(store, [this](ResourceKind kind) { return call(m_admin, "GET", collectionPath(kind)); }, kinds,
                                                 timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_sim.start())
            QSKIP(qPrintable(QStringLiteral("lclab-sim could not be started (%1); these tests need the simulator built "
                                            "in the same build tree").arg(m_sim.errorString())));
        auto config = Kubeconfig::load(m_sim.kubeconfigPath());
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        auto admin = config->resolve(QStringLiteral("lclab"));
        QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().toString()));
        m_admin = admin.value();
        auto readonly = config->resolve(QStringLiteral("lclab-readonly"));
        QVERIFY2(readonly.ok(), qPrintable(readonly.ok() ? QString() : readonly.error().toString()));
        m_readonly = readonly.value();
        m_http = std::make_unique<lcl::net::HttpClient>();
    }

    void initialSyncEqualsServerLists()
    {
        ResourceStore store;
        InformerSet::Options options;
        options.informer = fastOptions();
        InformerSet set(m_admin, m_http.get(), &store, options);
        QSignalSpy synced(&set, &InformerSet::synced);
        set.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 20000);
        for (ResourceKind kind : set.kinds()) {
            const KindStatus& status = store.status(kind);
            QVERIFY2(status.state == KindStatus::State::Synced,
                     qPrintable(pluralName(kind) + QStringLiteral(": ") + status.error.toString()));
        }
        const auto kinds = {ResourceKind::Namespaces, ResourceKind::Pods, ResourceKind::Deployments,
                            ResourceKind::Services, ResourceKind::StatefulSets, ResourceKind::Jobs};
        const QString diff = convergence(store, kinds);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY2(store.count(ResourceKind::Namespaces) > 0, "the simulator lists no namespaces");
        qInfo("synced %lld pods, %lld deployments, %lld services", qlonglong(store.count(ResourceKind::Pods)),
              qlonglong(store.count(ResourceKind::Deployments)), qlonglong(store.count(ResourceKind::Services)));
    }

    void liveChangesArrive()
    {
        ResourceStore store;
        InformerSet::Options options;
        options.informer = fastOptions();
        options.kinds = {ResourceKind::Pods, ResourceKind::Deployments};
        InformerSet set(m_admin, m_http.get(), &store, options);
        QSignalSpy synced(&set, &InformerSet::synced);
        set.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 20000);

        auto created = call(m_admin, "POST", QStringLiteral("/apis/apps/v1/namespaces/default/deployments"),
                            json("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'kd-web'},'spec':{'replicas':1,"
                                 "'selector':{'matchLabels':{'app':'kd-web'}},'template':{'metadata':{'labels':{'app':'kd-web'}},"
                                 "'spec':{'containers':[{'name':'web','image':'nginx:1.25'}]}}}}"));
        QVERIFY(created.ok());
        QCOMPARE(created->status, 201);
        const lcl::ResourceKey web{QStringLiteral("deployments"), QStringLiteral("default"), QStringLiteral("kd-web")};
        QTRY_VERIFY_WITH_TIMEOUT(store.get<WorkloadRecord>(web), 5000);
        QCOMPARE(store.get<WorkloadRecord>(web)->desired, 1);

        auto scaled = call(m_admin, "PATCH", QStringLiteral("/apis/apps/v1/namespaces/default/deployments/kd-web/scale"),
                           json("{'spec':{'replicas':3}}"), "application/merge-patch+json");
        QVERIFY(scaled.ok());
        QCOMPARE(scaled->status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(store.get<WorkloadRecord>(web)->desired, 3, 5000);

        auto pod = call(m_admin, "POST", QStringLiteral("/api/v1/namespaces/default/pods"),
                        json("{'apiVersion':'v1','kind':'Pod','metadata':{'name':'kd-pod','labels':{'app':'kd'}},"
                             "'spec':{'containers':[{'name':'c','image':'busybox:1.36'}]}}"));
        QVERIFY(pod.ok());
        QCOMPARE(pod->status, 201);
        const lcl::ResourceKey podKey{QStringLiteral("pods"), QStringLiteral("default"), QStringLiteral("kd-pod")};
        QTRY_VERIFY_WITH_TIMEOUT(store.get<PodRecord>(podKey), 5000);
        QCOMPARE(store.get<PodRecord>(podKey)->containers.value(0).image, QStringLiteral("busybox:1.36"));

        // With DeleteOptions, as kubectl sends them.
        auto deleted = call(m_admin, "DELETE", QStringLiteral("/api/v1/namespaces/default/pods/kd-pod"),
                            json("{'kind':'DeleteOptions','apiVersion':'v1','gracePeriodSeconds':0}"));
        QVERIFY(deleted.ok());
        QVERIFY2(deleted->status == 200 || deleted->status == 202, qPrintable(QString::number(deleted->status) + QLatin1Char(' ') + QString::fromUtf8(deleted->body)));
        QTRY_VERIFY_WITH_TIMEOUT(!store.find(podKey) || store.get<PodRecord>(podKey)->meta.deleted != 0, 5000);
        const QString diff = convergence(store, {ResourceKind::Pods, ResourceKind::Deployments});
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void restartMidWatchConverges()
    {
        ResourceStore store;
        InformerSet::Options options;
        options.informer = fastOptions();
        options.kinds = {ResourceKind::Pods, ResourceKind::Deployments, ResourceKind::Services};
        InformerSet set(m_admin, m_http.get(), &store, options);
        QSignalSpy synced(&set, &InformerSet::synced);
        set.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 20000);
        Informer* pods = set.informer(ResourceKind::Pods);
        const int listsBefore = pods->relistCount();

        QVERIFY2(m_sim.restart(), qPrintable(m_sim.errorString()));
        // Changes after the restart, while the informers reconnect.
        auto pod = call(m_admin, "POST", QStringLiteral("/api/v1/namespaces/default/pods"),
                        json("{'apiVersion':'v1','kind':'Pod','metadata':{'name':'kd-after-restart'},"
                             "'spec':{'containers':[{'name':'c','image':'busybox:1.36'}]}}"));
        QVERIFY(pod.ok());
        QTRY_VERIFY_WITH_TIMEOUT(pods->relistCount() > listsBefore, 20000);
        const QString diff =
            convergence(store, {ResourceKind::Pods, ResourceKind::Deployments, ResourceKind::Services}, 20000);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(store.find({QStringLiteral("pods"), QStringLiteral("default"), QStringLiteral("kd-after-restart")}));
        QTRY_COMPARE_WITH_TIMEOUT(store.status(ResourceKind::Pods).state, KindStatus::State::Synced, 10000);
    }

    void readOnlyTokenReads()
    {
        ResourceStore store;
        Informer informer(ResourceKind::Pods, {}, m_readonly, m_http.get(), &store, fastOptions());
        QSignalSpy synced(&informer, &Informer::synced);
        informer.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 20000);
        QCOMPARE(store.status(ResourceKind::Pods).state, KindStatus::State::Synced);
        const QString diff = convergence(store, {ResourceKind::Pods});
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Writes are refused with a Status that says so.
        auto write = call(m_readonly, "POST", QStringLiteral("/api/v1/namespaces/default/pods"),
                          json("{'apiVersion':'v1','kind':'Pod','metadata':{'name':'kd-nope'},'spec':{'containers':[{'name':'c','image':'x'}]}}"));
        QVERIFY(write.ok());
        QCOMPARE(write->status, 403);
        Decoder decoder(ResourceKind::Pods);
        auto status = decoder.decodeStatus(write->body);
        QVERIFY(status.ok());
        QCOMPARE(status->reason, QStringLiteral("Forbidden"));
        QVERIFY2(status->message.contains(QLatin1String("forbidden")), qPrintable(status->message));
    }

    void cleanupTestCase()
    {
        if (m_sim.isRunning())
            QVERIFY2(m_sim.stop(), m_sim.standardError().right(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestInformerSim)
#include "tst_informersim.moc"
