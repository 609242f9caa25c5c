#include "kube/resourcestore.h"

#include <QSignalSpy>
#include <QTest>

using namespace lcl::kube;
using lcl::ResourceKey;

namespace {

QString str(const char* text)
{
    return QString::fromLatin1(text);
}

PodRecord pod(const char* ns, const char* name, const char* rv, Labels labels = {}, const char* rs = "")
{
    PodRecord p;
    p.meta.ns = str(ns);
    p.meta.name = str(name);
    p.meta.uid = p.meta.ns + QLatin1Char('/') + p.meta.name;
    p.meta.resourceVersion = str(rv);
    p.meta.labels = std::move(labels);
    if (*rs)
        p.meta.owners.append(OwnerRef{QStringLiteral("ReplicaSet"), str(rs), QStringLiteral("rs-uid"), true});
    return p;
}

RecordChange upsert(Record r)
{
    return RecordChange{RecordChange::Op::Upsert, std::move(r)};
}

RecordBatch batch(ResourceKind kind, std::vector<RecordChange> changes, bool replaceAll = false, const QString& scope = {})
{
    RecordBatch b;
    b.kind = kind;
    b.replaceAll = replaceAll;
    b.scopeNamespace = scope;
    b.changes = std::move(changes);
    return b;
}

ResourceKey podKey(const char* ns, const char* name)
{
    return ResourceKey{QStringLiteral("pods"), str(ns), str(name)};
}

// "a/p1,b/p3": sorted paths, compared with a literal.
QByteArray sortedPaths(const QList<ResourceKey>& keys)
{
    QStringList paths;
    for (const ResourceKey& k : keys)
        paths << k.path();
    paths.sort();
    return paths.join(QLatin1Char(',')).toUtf8();
}

std::vector<RecordChange> changes(std::initializer_list<PodRecord> pods)
{
    std::vector<RecordChange> list;
    for (const PodRecord& p : pods)
        list.push_back(upsert(p));
    return list;
}

} // namespace

class TestResourceStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void upsertDeleteAndOneSignalPerBatch()
    {
        ResourceStore store;
        QSignalSpy spy(&store, &ResourceStore::changed);
        store.apply(batch(ResourceKind::Pods, changes({pod("a", "p1", "1"), pod("a", "p2", "2"), pod("b", "p3", "3")})));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].value<ResourceKind>(), ResourceKind::Pods);
        QCOMPARE(sortedPaths(spy[0][1].value<QList<ResourceKey>>()), QByteArray("a/p1,a/p2,b/p3"));
        QCOMPARE(store.count(ResourceKind::Pods), 3);
        QCOMPARE(store.get<PodRecord>(podKey("a", "p2"))->meta.resourceVersion, QStringLiteral("2"));
        QVERIFY(!store.get<WorkloadRecord>(podKey("a", "p2")));

        // The same versions again change nothing and say nothing.
        store.apply(batch(ResourceKind::Pods, changes({pod("a", "p1", "1"), pod("a", "p2", "2")})));
        QCOMPARE(spy.size(), 1);

        std::vector<RecordChange> mixed = changes({pod("a", "p1", "4")});
        mixed.push_back(RecordChange{RecordChange::Op::Delete, pod("b", "p3", "5")});
        mixed.push_back(RecordChange{RecordChange::Op::Delete, pod("b", "never", "6")});
        store.apply(batch(ResourceKind::Pods, std::move(mixed)));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(sortedPaths(spy[1][1].value<QList<ResourceKey>>()), QByteArray("a/p1,b/p3"));
        QCOMPARE(store.count(ResourceKind::Pods), 2);
        QVERIFY(!store.find(podKey("b", "p3")));
        QVERIFY(store.keysInNamespace(ResourceKind::Pods, str("b")).isEmpty());
    }

    void relistLeavesExactlyTheServersObjects()
    {
        ResourceStore store;
        store.apply(batch(ResourceKind::Pods, changes({pod("a", "p1", "1"), pod("a", "ghost", "2"), pod("b", "p3", "3")})));
        QSignalSpy spy(&store, &ResourceStore::changed);
        store.apply(batch(ResourceKind::Pods, changes({pod("a", "p1", "1"), pod("b", "p3", "7"), pod("b", "new", "8")}), true));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(sortedPaths(spy[0][1].value<QList<ResourceKey>>()), QByteArray("a/ghost,b/new,b/p3"));
        QCOMPARE(sortedPaths(store.table(ResourceKind::Pods).keys()), QByteArray("a/p1,b/new,b/p3"));
        QCOMPARE(sortedPaths(store.keysInNamespace(ResourceKind::Pods, QStringLiteral("a"))), QByteArray("a/p1"));
        // An empty relist empties the kind.
        store.apply(batch(ResourceKind::Pods, {}, true));
        QCOMPARE(store.count(ResourceKind::Pods), 0);
        QCOMPARE(spy.size(), 2);
    }

    void scopedRelistTouchesOnlyItsNamespace()
    {
        ResourceStore store;
        store.apply(batch(ResourceKind::Pods, changes({pod("a", "p1", "1"), pod("a", "p2", "2"), pod("b", "p3", "3")})));
        store.apply(batch(ResourceKind::Pods, changes({pod("a", "p2", "2")}), true, QStringLiteral("a")));
        QCOMPARE(sortedPaths(store.table(ResourceKind::Pods).keys()), QByteArray("a/p2,b/p3"));
    }

    void ownerAndSelectorIndexes()
    {
        ResourceStore store;
        const Labels web = {{QStringLiteral("app"), QStringLiteral("web")}, {QStringLiteral("pod-template-hash"), QStringLiteral("h1")}};
        const Labels api = {{QStringLiteral("app"), QStringLiteral("api")}};
        store.apply(batch(ResourceKind::Pods, changes({pod("shop", "web-1", "1", web, "web-h1"), pod("shop", "web-2", "2", web, "web-h1"),
                                                      pod("shop", "api-1", "3", api), pod("other", "web-9", "4", web)})));
        ReplicaSetRecord rs;
        rs.meta.ns = QStringLiteral("shop");
        rs.meta.name = QStringLiteral("web-h1");
        rs.meta.resourceVersion = QStringLiteral("5");
        rs.meta.owners.append(OwnerRef{QStringLiteral("Deployment"), QStringLiteral("web"), QStringLiteral("d-uid"), true});
        store.apply(batch(ResourceKind::ReplicaSets, {upsert(rs)}));
        ServiceRecord svc;
        svc.meta.ns = QStringLiteral("shop");
        svc.meta.name = QStringLiteral("web");
        svc.meta.resourceVersion = QStringLiteral("6");
        svc.selector = {{QStringLiteral("app"), QStringLiteral("web")}};
        store.apply(batch(ResourceKind::Services, {upsert(svc)}));

        const ResourceKey rsKey{QStringLiteral("replicasets"), QStringLiteral("shop"), QStringLiteral("web-h1")};
        QCOMPARE(sortedPaths(store.ownedBy(ResourceKind::Pods, rsKey)), QByteArray("shop/web-1,shop/web-2"));
        const ResourceKey deployment{QStringLiteral("deployments"), QStringLiteral("shop"), QStringLiteral("web")};
        QCOMPARE(sortedPaths(store.podsForWorkload(deployment)), QByteArray("shop/web-1,shop/web-2"));
        const ResourceKey svcKey{QStringLiteral("services"), QStringLiteral("shop"), QStringLiteral("web")};
        QCOMPARE(sortedPaths(store.podsForService(svcKey)), QByteArray("shop/web-1,shop/web-2"));

        // A pod whose labels change leaves the selector's set; an owner change moves it in the owner index.
        store.apply(batch(ResourceKind::Pods, changes({pod("shop", "web-2", "9", api)})));
        QCOMPARE(sortedPaths(store.podsForService(svcKey)), QByteArray("shop/web-1"));
        QCOMPARE(sortedPaths(store.ownedBy(ResourceKind::Pods, rsKey)), QByteArray("shop/web-1"));
        QCOMPARE(store.namespaces().join(QLatin1Char(',')).toUtf8(), QByteArray("other,shop"));
    }

    void statusAndClear()
    {
        ResourceStore store;
        store.apply(batch(ResourceKind::Pods, changes({pod("a", "p1", "1")})));
        QSignalSpy statusSpy(&store, &ResourceStore::statusChanged);
        KindStatus forbidden;
        forbidden.state = KindStatus::State::Forbidden;
        forbidden.error = lcl::Error::make(lcl::Error::Kind::Forbidden, QStringLiteral("may not list"));
        store.setStatus(ResourceKind::Pods, forbidden);
        QCOMPARE(statusSpy.size(), 1);
        QCOMPARE(store.status(ResourceKind::Pods).state, KindStatus::State::Forbidden);
        QCOMPARE(store.status(ResourceKind::Nodes).state, KindStatus::State::Idle);

        QSignalSpy spy(&store, &ResourceStore::changed);
        store.clear();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(sortedPaths(spy[0][1].value<QList<ResourceKey>>()), QByteArray("a/p1"));
        QCOMPARE(store.count(ResourceKind::Pods), 0);
        QCOMPARE(store.status(ResourceKind::Pods).state, KindStatus::State::Idle);
    }
};

QTEST_GUILESS_MAIN(TestResourceStore)
#include "tst_resourcestore.moc"
