#include "lab/labprofile.h"
#include "lab/topologybuilder.h"
#include "lab/topologytraffic.h"

#include "kube/resourcestore.h"

#include <QTest>

using namespace lcl;
using namespace lcl::lab;
using kube::ResourceKind;

namespace {

kube::ObjectMeta meta(const QString& ns, const QString& name, kube::Labels labels = {})
{
    kube::ObjectMeta m;
    m.ns = ns;
    m.name = name;
    m.uid = ns + QLatin1Char('-') + name;
    m.labels = labels;
    return m;
}

void put(kube::ResourceStore& store, ResourceKind kind, kube::Record record)
{
    kube::RecordBatch batch;
    batch.kind = kind;
    batch.changes.push_back({kube::RecordChange::Op::Upsert, std::move(record)});
    store.apply(std::move(batch));
}

kube::Labels labels(std::initializer_list<std::pair<const char*, const char*>> pairs)
{
    kube::Labels result;
    for (const auto& [k, v] : pairs)
        result.append({QString::fromLatin1(k), QString::fromLatin1(v)});
    std::sort(result.begin(), result.end());
    return result;
}

// The search part of LocalCloudLab: gateway → route (90/10) → search-api-v1/v2 → Deployments, and PostgreSQL
// as a StatefulSet. The canary has no ready pod.
void fillStore(kube::ResourceStore& store)
{
    kube::GatewayRecord gw;
    gw.meta = meta(QStringLiteral("envoy-gateway"), QStringLiteral("public-gateway"));
    gw.className = QStringLiteral("eg");
    put(store, ResourceKind::Gateways, gw);

    kube::HttpRouteRecord route;
    route.meta = meta(QStringLiteral("search"), QStringLiteral("search-api-route"));
    kube::RouteParentRef parent;
    parent.ns = QStringLiteral("envoy-gateway");
    parent.name = QStringLiteral("public-gateway");
    route.parentRefs << parent;
    kube::RouteRule rule;
    kube::RouteMatch match;
    match.pathType = QStringLiteral("PathPrefix");
    match.pathValue = QStringLiteral("/search");
    rule.matches << match;
    kube::RouteBackendRef v1;
    v1.name = QStringLiteral("search-api-v1");
    v1.port = 80;
    v1.weight = 90;
    kube::RouteBackendRef v2 = v1;
    v2.name = QStringLiteral("search-api-v2");
    v2.weight = 10;
    rule.backendRefs << v1 << v2;
    route.rules << rule;
    put(store, ResourceKind::HttpRoutes, route);

    for (const char* version : {"v1", "v2"}) {
        const QString name = QStringLiteral("search-api-") + QLatin1String(version);
        kube::ServiceRecord svc;
        svc.meta = meta(QStringLiteral("search"), name);
        svc.type = QStringLiteral("ClusterIP");
        svc.selector = labels({{"app", "search-api"}, {"version", version}});
        put(store, ResourceKind::Services, svc);
        kube::WorkloadRecord w;
        w.meta = meta(QStringLiteral("search"), name);
        w.kind = ResourceKind::Deployments;
        w.selector = svc.selector;
        w.desired = QLatin1String(version) == QLatin1String("v1") ? 2 : 1;
        w.ready = QLatin1String(version) == QLatin1String("v1") ? 2 : 0;
        put(store, ResourceKind::Deployments, w);
    }
    kube::ServiceRecord pg;
    pg.meta = meta(QStringLiteral("postgres"), QStringLiteral("postgresql"));
    pg.type = QStringLiteral("ClusterIP");
    pg.selector = labels({{"app.kubernetes.io/instance", "postgresql"}, {"app.kubernetes.io/name", "postgresql"}});
    put(store, ResourceKind::Services, pg);
    kube::WorkloadRecord sts;
    sts.meta = meta(QStringLiteral("postgres"), QStringLiteral("postgresql"));
    sts.kind = ResourceKind::StatefulSets;
    sts.selector = pg.selector;
    sts.desired = 1;
    sts.ready = 1;
    put(store, ResourceKind::StatefulSets, sts);
    kube::ServiceRecord api; // no selector: like the default "kubernetes" Service, left out
    api.meta = meta(QStringLiteral("default"), QStringLiteral("kubernetes"));
    put(store, ResourceKind::Services, api);
}

} // namespace

class TestTopologyBuilder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void discoveredWithoutProfile();
    void canaryWeightsOnBackends();
    void healthInWords();
    void emptyStore();
    void profileAndTraffic();
};

void TestTopologyBuilder::discoveredWithoutProfile()
{
    kube::ResourceStore store;
    fillStore(store);
    const Topology t = TopologyBuilder(store).build();
    QStringList ids;
    for (const TopologyNode& n : t.nodes())
        ids << n.id;
    ids.sort();
    const QStringList expected{QStringLiteral("backing/postgres/postgresql"), QStringLiteral("client"),
                               QStringLiteral("gateway/envoy-gateway/public-gateway"),
                               QStringLiteral("route/search/search-api-route"),
                               QStringLiteral("service/search/search-api-v1"),
                               QStringLiteral("service/search/search-api-v2"),
                               QStringLiteral("workload/search/Deployment/search-api-v1"),
                               QStringLiteral("workload/search/Deployment/search-api-v2")};
    QCOMPARE(ids, expected);
    QVERIFY(t.edge(QStringLiteral("%1:gateway/envoy-gateway/public-gateway -> route/search/search-api-route")
                       .arg(int(TopologyEdgeKind::Attachment))));
    QVERIFY(t.edge(QStringLiteral("%1:service/search/search-api-v1 -> workload/search/Deployment/search-api-v1")
                       .arg(int(TopologyEdgeKind::Selector))));
    QVERIFY(!t.edge(QStringLiteral("%1:service/search/search-api-v1 -> workload/search/Deployment/search-api-v2")
                        .arg(int(TopologyEdgeKind::Selector))));
    QCOMPARE(t.notes().size(), 2); // no profile, no metrics
    QVERIFY(!t.hasTrafficNumbers());
    QCOMPARE(t.node(QStringLiteral("backing/postgres/postgresql"))->podCount, 1);
}

void TestTopologyBuilder::canaryWeightsOnBackends()
{
    kube::ResourceStore store;
    fillStore(store);
    const Topology t = TopologyBuilder(store).build();
    const auto* v1 = t.edge(QStringLiteral("%1:route/search/search-api-route -> service/search/search-api-v1")
                                .arg(int(TopologyEdgeKind::Backend)));
    const auto* v2 = t.edge(QStringLiteral("%1:route/search/search-api-route -> service/search/search-api-v2")
                                .arg(int(TopologyEdgeKind::Backend)));
    QVERIFY(v1 && v2);
    QCOMPARE(v1->weightPercent, std::optional<int>(90));
    QCOMPARE(v2->weightPercent, std::optional<int>(10));
    QCOMPARE(t.node(QStringLiteral("route/search/search-api-route"))->subtitle, QStringLiteral("/search"));
}

void TestTopologyBuilder::healthInWords()
{
    kube::ResourceStore store;
    fillStore(store);
    const Topology t = TopologyBuilder(store).build();
    const TopologyNode* canary = t.node(QStringLiteral("workload/search/Deployment/search-api-v2"));
    QCOMPARE(canary->health, TopologyHealth::Critical);
    QCOMPARE(canary->healthReason, QStringLiteral("no pod ready"));
    QCOMPARE(canary->podCount, 1);
    QCOMPARE(canary->readyCount, 0);
    const TopologyNode* service = t.node(QStringLiteral("service/search/search-api-v2"));
    QCOMPARE(service->health, TopologyHealth::Critical);
    QVERIFY(service->healthReason.contains(QStringLiteral("search-api-v2")));
    QCOMPARE(t.node(QStringLiteral("workload/search/Deployment/search-api-v1"))->health, TopologyHealth::Ok);
}

void TestTopologyBuilder::emptyStore()
{
    kube::ResourceStore store;
    const Topology t = TopologyBuilder(store).build();
    QVERIFY(t.isEmpty());
    QVERIFY(!t.notes().isEmpty());
}

void TestTopologyBuilder::profileAndTraffic()
{
    const LabProfile profile = LabProfile::builtin();
    if (profile.services().isEmpty())
        QSKIP("the built-in lab profile has no services (the YAML loader is not finished)");
    kube::ResourceStore store;
    fillStore(store);
    TopologyTraffic traffic;
    TrafficNumbers db;
    db.rate = 18.0;
    db.errorRatio = 0.0;
    traffic.set(QStringLiteral("search-api"), QStringLiteral("postgresql"), db);
    TrafficNumbers in;
    in.rate = 40.0;
    traffic.set(QStringLiteral("public-gateway"), QStringLiteral("search-api"), in);
    const Topology t = TopologyBuilder(store, &profile, &traffic).build();
    QVERIFY(t.notes().isEmpty());
    QCOMPARE(t.node(QStringLiteral("service/search/search-api-v1"))->serviceId, QStringLiteral("search-api"));
    QCOMPARE(t.node(QStringLiteral("backing/postgres/postgresql"))->kind, TopologyNodeKind::Backing);
    // The declared dependency carries the metrics' numbers; the route edge carries the gateway's traffic.
    bool dependency = false;
    for (const TopologyEdge& e : t.edges()) {
        if (e.kind == TopologyEdgeKind::Dependency && e.to == QLatin1String("backing/postgres/postgresql")) {
            dependency = true;
            QCOMPARE(e.traffic.rate, std::optional<double>(18.0));
        }
        if (e.kind == TopologyEdgeKind::Attachment)
            QCOMPARE(e.traffic.rate, std::optional<double>(40.0));
    }
    QVERIFY(dependency);
}

QTEST_GUILESS_MAIN(TestTopologyBuilder)
#include "tst_topologybuilder.moc"
