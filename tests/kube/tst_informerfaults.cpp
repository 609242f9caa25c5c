// Informers against lclab-sim while it injects API-server trouble: dropped watches reconnect and the store ends
// equal to the server's lists; during a 410 storm the informers relist (lists still work), and once the storm
// is cleared they converge, changes made during the storm included, with no ghosts and no duplicates; a server
// refusing half its requests with 503 and answering slowly still gets synced.
#include "kube/decoder.h"
#include "kube/informer.h"
#include "kube/informerset.h"
#include "kube/kubeconfig.h"
#include "kube/resourcestore.h"
#include "net/httpclient.h"
#include "support/simprocess.h"
#include "storeconvergence.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <map>
#include <memory>

using namespace lcl::kube;

namespace {

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

lcl::ResourceKey podKey(const char* name)
{
    return {QStringLiteral("pods"), QStringLiteral("default"), QString::fromLatin1(name)};
}

} // namespace

class TestInformerFaults final : public QObject {
    Q_OBJECT

private:
    lcl::test::SimProcess m_sim;
    std::unique_ptr<lcl::net::HttpClient> m_http;
    ClusterConnection m_admin;

    lcl::Result<lcl::net::HttpResponse> call(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        auto request = m_admin.request(method, path);
        if (!request.ok())
            return request.error();
        request.value().body = body;
        if (!body.isEmpty())
            request.value().headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return m_http->sendAndWait(std::move(request).value());
    }

    bool status(const QByteArray& method, const QString& path, const QByteArray& body, int expected)
    {
        const auto reply = call(method, path, body);
        if (!reply.ok() || reply->status != expected) {
            qWarning("%s %s: %s", method.constData(), qPrintable(path),
                     reply.ok() ? reply->body.constData() : qPrintable(reply.error().toString()));
            return false;
        }
        return true;
    }

    bool addFault(const char* fault) { return status("POST", QStringLiteral("/lclab/v1/faults"), json(fault), 201); }
    bool clearFaults() { return status("DELETE", QStringLiteral("/lclab/v1/faults"), {}, 200); }
    bool createPod(const char* name)
    {
        const QByteArray body = json("{'apiVersion':'v1','kind':'Pod','metadata':{'name':'") + name
                                + json("'},'spec':{'containers':[{'name':'c','image':'busybox:1.36'}]}}");
        return status("POST", QStringLiteral("/api/v1/namespaces/default/pods"), body, 201);
    }
    bool deletePod(const char* name)
    {
        const auto reply = call("DELETE", QStringLiteral("/api/v1/namespaces/default/pods/") + QLatin1String(name),
                                json("{'kind':'DeleteOptions','apiVersion':'v1','gracePeriodSeconds':0}"));
        return reply.ok() && (reply->status == 200 || reply->status == 202);
    }

    // A raw watch beside the informers, so the test sees the server drop watches; `ended` is set when it ends.
    lcl::net::RequestId witnessWatch(std::shared_ptr<std::atomic<bool>> ended)
    {
        auto request = m_admin.request("GET", QStringLiteral("/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=120"));
        if (!request.ok())
            return 0;
        request.value().stream = true;
        request.value().timeoutMs = 120000;
        return m_http->send(std::move(request).value(), [ended](const auto&) { *ended = true; }, [](int, const QByteArray&) {});
    }

    // The store against the server's lists (the list works during every fault here).
    QString convergence(const ResourceStore& store, std::initializer_list<ResourceKind> kinds, int timeoutMs)
    {
        return lcl::kube::test::storeConvergence(store, [this](ResourceKind kind) { return call("GET", collectionPath(kind)); }, kinds,
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
        m_http = std::make_unique<lcl::net::HttpClient>();
    }

    void cleanup()
    {
        QVERIFY2(m_sim.isRunning(), m_sim.standardError().right(3000).constData());
        QVERIFY(clearFaults());
    }

    void droppedWatchesReconnectAndConverge()
    {
        ResourceStore store;
        InformerSet::Options options;
        options.informer = fastOptions();
        options.kinds = {ResourceKind::Pods, ResourceKind::Deployments, ResourceKind::Services};
        InformerSet set(m_admin, m_http.get(), &store, options);
        QSignalSpy synced(&set, &InformerSet::synced);
        set.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 20000);
        QVERIFY(createPod("kf-drop-old"));
        QTRY_VERIFY_WITH_TIMEOUT(store.find(podKey("kf-drop-old")), 5000);

        // Dropped now and every second while pods come and go; witness watches show the drops happen.
        auto firstEnded = std::make_shared<std::atomic<bool>>(false);
        QVERIFY(witnessWatch(firstEnded) != 0);
        QTest::qWait(500);
        QVERIFY(!*firstEnded);
        QVERIFY(addFault("{'kind':'drop-watches','value':1}"));
        QTRY_VERIFY_WITH_TIMEOUT(*firstEnded, 3000);
        auto secondEnded = std::make_shared<std::atomic<bool>>(false);
        QVERIFY(witnessWatch(secondEnded) != 0);
        QVERIFY(createPod("kf-drop-1"));
        QTest::qWait(1200);
        QVERIFY(deletePod("kf-drop-old"));
        QVERIFY(createPod("kf-drop-2"));
        QTRY_VERIFY_WITH_TIMEOUT(*secondEnded, 3000); // dropped again by the periodic repeat
        QTest::qWait(1200);
        QVERIFY(clearFaults());

        const QString diff =
            convergence(store, {ResourceKind::Pods, ResourceKind::Deployments, ResourceKind::Services}, 15000);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(store.find(podKey("kf-drop-1")));
        QVERIFY(store.find(podKey("kf-drop-2")));
        QVERIFY(!store.find(podKey("kf-drop-old")));
        // The watch is back: a change after the fault arrives without a relist.
        const int lists = set.informer(ResourceKind::Pods)->relistCount();
        QVERIFY(createPod("kf-drop-after"));
        QTRY_VERIFY_WITH_TIMEOUT(store.find(podKey("kf-drop-after")), 5000);
        QCOMPARE(set.informer(ResourceKind::Pods)->relistCount(), lists);
        QCOMPARE(store.status(ResourceKind::Pods).state, KindStatus::State::Synced);
    }

    void goneStormRelistsAndConverges()
    {
        ResourceStore store;
        InformerSet::Options options;
        options.informer = fastOptions();
        options.kinds = {ResourceKind::Pods, ResourceKind::Deployments};
        InformerSet set(m_admin, m_http.get(), &store, options);
        QSignalSpy synced(&set, &InformerSet::synced);
        set.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 20000);
        QVERIFY(createPod("kf-gone-old"));
        QTRY_VERIFY_WITH_TIMEOUT(store.find(podKey("kf-gone-old")), 5000);
        Informer* pods = set.informer(ResourceKind::Pods);
        const int listsBefore = pods->relistCount();

        QVERIFY(addFault("{'kind':'gone-storm'}"));
        QTRY_VERIFY_WITH_TIMEOUT(pods->relistCount() > listsBefore, 10000); // the watch in flight got 410
        // Changes during the storm: only lists can bring them.
        QVERIFY(createPod("kf-gone-1"));
        QVERIFY(deletePod("kf-gone-old"));
        QTRY_VERIFY_WITH_TIMEOUT(pods->relistCount() > listsBefore + 1, 10000);
        QTest::qWait(1000);
        QVERIFY(clearFaults());

        const QString diff = convergence(store, {ResourceKind::Pods, ResourceKind::Deployments}, 15000);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(store.find(podKey("kf-gone-1")));
        QVERIFY(!store.find(podKey("kf-gone-old")));
        QTRY_COMPARE_WITH_TIMEOUT(store.status(ResourceKind::Pods).state, KindStatus::State::Synced, 10000);
        // The storm is over: the next change arrives through the watch, not by another relist.
        QTest::qWait(500);
        const int listsAfter = pods->relistCount();
        QVERIFY(createPod("kf-gone-after"));
        QTRY_VERIFY_WITH_TIMEOUT(store.find(podKey("kf-gone-after")), 5000);
        QCOMPARE(pods->relistCount(), listsAfter);
        const QString after = convergence(store, {ResourceKind::Pods}, 10000);
        QVERIFY2(after.isEmpty(), qPrintable(after));
    }

    void troubledServerStillSyncs()
    {
        // Every second request refused with 503 + Retry-After, and every answer 300 ms late.
        QVERIFY(addFault("{'kind':'api-503','value':0.5}"));
        QVERIFY(addFault("{'kind':'api-slow','value':300}"));
        ResourceStore store;
        InformerSet::Options options;
        options.informer = fastOptions();
        options.kinds = {ResourceKind::Pods, ResourceKind::Deployments};
        InformerSet set(m_admin, m_http.get(), &store, options);
        QSignalSpy synced(&set, &InformerSet::synced);
        set.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 30000);
        QVERIFY(clearFaults());
        QVERIFY(createPod("kf-troubled-after"));
        QTRY_VERIFY_WITH_TIMEOUT(store.find(podKey("kf-troubled-after")), 10000);
        const QString diff = convergence(store, {ResourceKind::Pods, ResourceKind::Deployments}, 15000);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QTRY_COMPARE_WITH_TIMEOUT(store.status(ResourceKind::Pods).state, KindStatus::State::Synced, 10000);
    }

    void cleanupTestCase()
    {
        if (m_sim.isRunning())
            QVERIFY2(m_sim.stop(), m_sim.standardError().right(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestInformerFaults)
#include "tst_informerfaults.moc"
