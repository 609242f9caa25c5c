#include "lab/topologysample.h"

#include <QRandomGenerator>

namespace lcl::lab {

namespace {

TopologyNode makeNode(TopologyNodeKind kind, const QString& id, const QString& label, const QString& ns,
                      const QString& subtitle = {}, int pods = -1, int ready = -1)
{
    TopologyNode n;
    n.kind = kind;
    n.id = id;
    n.label = label;
    n.ns = ns;
    n.subtitle = subtitle;
    n.podCount = pods;
    n.readyCount = ready;
    n.health = TopologyHealth::Ok;
    if (pods > 0 && ready == 0) {
        n.health = TopologyHealth::Critical;
        n.healthReason = QStringLiteral("no pod ready");
    } else if (pods > 0 && ready < pods) {
        n.health = TopologyHealth::Warning;
        n.healthReason = QStringLiteral("%1 of %2 pods ready").arg(ready).arg(pods);
    }
    return n;
}

TopologyEdge makeEdge(const QString& from, const QString& to, TopologyEdgeKind kind)
{
    TopologyEdge e;
    e.from = from;
    e.to = to;
    e.kind = kind;
    return e;
}

TrafficNumbers numbers(double rate, double errors, double p95)
{
    TrafficNumbers t;
    t.rate = rate;
    t.errorRatio = errors;
    t.p95Seconds = p95;
    return t;
}

} // namespace

Topology TopologySample::localCloudLab(bool withTraffic)
{
    using K = TopologyNodeKind;
    using E = TopologyEdgeKind;
    Topology t;
    const QString gw = QStringLiteral("gateway/envoy-gateway/public-gateway");
    const QString searchRoute = QStringLiteral("route/search/search-api-route");
    const QString checkinRoute = QStringLiteral("route/checkin/checkin-api-route");
    const QString v1 = QStringLiteral("service/search/search-api-v1");
    const QString v2 = QStringLiteral("service/search/search-api-v2");
    const QString search = QStringLiteral("service/search/search-api");
    const QString checkin = QStringLiteral("service/checkin/checkin-api");
    const QString wv1 = QStringLiteral("workload/search/Deployment/search-api-v1");
    const QString wv2 = QStringLiteral("workload/search/Deployment/search-api-v2");
    const QString wcheckin = QStringLiteral("workload/checkin/Deployment/checkin-api");
    const QString pg = QStringLiteral("backing/postgres/postgresql");
    const QString redis = QStringLiteral("backing/caching/redis");
    const QString rabbit = QStringLiteral("backing/messaging/rabbitmq");

    t.addNode(makeNode(K::Client, QStringLiteral("client"), QStringLiteral("Clients"), {}, QStringLiteral("HTTPS")));
    t.addNode(makeNode(K::Gateway, gw, QStringLiteral("public-gateway"), QStringLiteral("envoy-gateway"),
                       QStringLiteral("Gateway · eg"), 1, 1));
    t.addNode(makeNode(K::Route, searchRoute, QStringLiteral("search-api-route"), QStringLiteral("search"),
                       QStringLiteral("/search /suggest")));
    t.addNode(makeNode(K::Route, checkinRoute, QStringLiteral("checkin-api-route"), QStringLiteral("checkin"),
                       QStringLiteral("/checkin")));
    t.addNode(makeNode(K::Service, search, QStringLiteral("search-api"), QStringLiteral("search"),
                       QStringLiteral("ClusterIP :80")));
    t.addNode(makeNode(K::Service, v1, QStringLiteral("search-api-v1"), QStringLiteral("search"),
                       QStringLiteral("ClusterIP :80")));
    t.addNode(makeNode(K::Service, v2, QStringLiteral("search-api-v2"), QStringLiteral("search"),
                       QStringLiteral("ClusterIP :80")));
    t.addNode(makeNode(K::Service, checkin, QStringLiteral("checkin-api"), QStringLiteral("checkin"),
                       QStringLiteral("ClusterIP :80")));
    t.addNode(makeNode(K::Workload, wv1, QStringLiteral("search-api-v1"), QStringLiteral("search"),
                       QStringLiteral("Deployment"), 2, 2));
    TopologyNode canary = makeNode(K::Workload, wv2, QStringLiteral("search-api-v2"), QStringLiteral("search"),
                                   QStringLiteral("Deployment"), 1, 0);
    canary.healthReason = QStringLiteral("CrashLoopBackOff in search-api-v2-6d9f7-x2k4q");
    t.addNode(canary);
    t.addNode(makeNode(K::Workload, wcheckin, QStringLiteral("checkin-api"), QStringLiteral("checkin"),
                       QStringLiteral("Deployment"), 3, 3));
    t.addNode(makeNode(K::Backing, pg, QStringLiteral("postgresql"), QStringLiteral("postgres"),
                       QStringLiteral("StatefulSet · database"), 1, 1));
    t.addNode(makeNode(K::Backing, redis, QStringLiteral("redis"), QStringLiteral("caching"),
                       QStringLiteral("StatefulSet · cache"), 1, 1));
    t.addNode(makeNode(K::Backing, rabbit, QStringLiteral("rabbitmq"), QStringLiteral("messaging"),
                       QStringLiteral("StatefulSet · queue"), 1, 1));
    for (const char* name : {"seq", "loki", "jaeger", "prometheus"})
        t.addNode(makeNode(K::Observability, QStringLiteral("platform/monitoring/") + QLatin1String(name),
                           QLatin1String(name), QStringLiteral("monitoring"), QStringLiteral("observability"), 1, 1));

    TopologyNode running = makeNode(K::PodGroup, QStringLiteral("pods/search/search-api-v1/Running"),
                                    QStringLiteral("2 × Running"), QStringLiteral("search"), QStringLiteral("pods"));
    t.addNode(running);
    TopologyNode crashing = makeNode(K::PodGroup, QStringLiteral("pods/search/search-api-v2/CrashLoopBackOff"),
                                     QStringLiteral("1 × CrashLoopBackOff"), QStringLiteral("search"),
                                     QStringLiteral("pods"));
    crashing.health = TopologyHealth::Critical;
    crashing.healthReason = QStringLiteral("restarted 7 times; last exit OOMKilled");
    t.addNode(crashing);
    TopologyNode checkinPods = makeNode(K::PodGroup, QStringLiteral("pods/checkin/checkin-api/Running"),
                                        QStringLiteral("3 × Running"), QStringLiteral("checkin"), QStringLiteral("pods"));
    t.addNode(checkinPods);
    t.addEdge(makeEdge(wv1, running.id, E::Ownership));
    t.addEdge(makeEdge(wv2, crashing.id, E::Ownership));
    t.addEdge(makeEdge(wcheckin, checkinPods.id, E::Ownership));

    t.addEdge(makeEdge(QStringLiteral("client"), gw, E::Dependency));
    t.addEdge(makeEdge(gw, searchRoute, E::Attachment));
    t.addEdge(makeEdge(gw, checkinRoute, E::Attachment));
    TopologyEdge b1 = makeEdge(searchRoute, v1, E::Backend);
    b1.weightPercent = 90;
    TopologyEdge b2 = makeEdge(searchRoute, v2, E::Backend);
    b2.weightPercent = 10;
    t.addEdge(b1);
    t.addEdge(b2);
    t.addEdge(makeEdge(checkinRoute, checkin, E::Backend));
    t.addEdge(makeEdge(search, wv1, E::Selector));
    t.addEdge(makeEdge(search, wv2, E::Selector));
    t.addEdge(makeEdge(v1, wv1, E::Selector));
    t.addEdge(makeEdge(v2, wv2, E::Selector));
    t.addEdge(makeEdge(checkin, wcheckin, E::Selector));
    for (const QString& to : {pg, redis})
        t.addEdge(makeEdge(search, to, E::Dependency));
    for (const QString& to : {pg, redis, rabbit})
        t.addEdge(makeEdge(checkin, to, E::Dependency));
    t.addEdge(makeEdge(rabbit, search, E::Dependency));
    for (const QString& from : {search, checkin}) {
        t.addEdge(makeEdge(from, QStringLiteral("platform/monitoring/seq"), E::Dependency));
        t.addEdge(makeEdge(from, QStringLiteral("platform/monitoring/jaeger"), E::Dependency));
    }

    if (withTraffic) {
        t.edge(makeEdge(QStringLiteral("client"), gw, E::Dependency).id())->traffic = numbers(61.2, 0.004, 0.085);
        t.edge(makeEdge(gw, searchRoute, E::Attachment).id())->traffic = numbers(45.8, 0.021, 0.120);
        t.edge(makeEdge(gw, checkinRoute, E::Attachment).id())->traffic = numbers(15.4, 0.0, 0.062);
        t.edge(makeEdge(search, pg, E::Dependency).id())->traffic = numbers(18.3, 0.0, 0.009);
        t.edge(makeEdge(checkin, pg, E::Dependency).id())->traffic = numbers(15.4, 0.08, 0.350);
        t.edge(makeEdge(search, redis, E::Dependency).id())->traffic = numbers(92.0, 0.0, 0.002);
        t.edge(makeEdge(checkin, redis, E::Dependency).id())->traffic = numbers(30.1, 0.001, 0.003);
        t.edge(makeEdge(checkin, rabbit, E::Dependency).id())->traffic = numbers(4.2, 0.0, 0.011);
        t.edge(makeEdge(rabbit, search, E::Dependency).id())->traffic = numbers(4.1, 0.0, 0.040);
    } else {
        t.addNote(QStringLiteral("No metrics: traffic numbers are not shown."));
    }
    return t;
}

Topology TopologySample::synthetic(int nodeCount, int edgeCount, quint32 seed)
{
    using K = TopologyNodeKind;
    QRandomGenerator random(seed);
    // Shares of the nodes per rank, roughly a platform with many small services.
    const QList<std::pair<K, double>> shares = {{K::Gateway, 0.01}, {K::Route, 0.12},   {K::Service, 0.27},
                                                {K::Workload, 0.36}, {K::Backing, 0.16}, {K::Observability, 0.08}};
    Topology t;
    QList<QStringList> byRank(kTopologyRankCount);
    t.addNode(makeNode(K::Client, QStringLiteral("client"), QStringLiteral("Clients"), {}));
    byRank[0] << QStringLiteral("client");
    for (const auto& [kind, share] : shares) {
        const int count = std::max(1, static_cast<int>(nodeCount * share));
        for (int i = 0; i < count; ++i) {
            const QString ns = QStringLiteral("team-%1").arg(i % 12);
            const QString label = topologyKindKey(kind) + QLatin1Char('-') + QString::number(i);
            const QString id = topologyKindKey(kind) + QLatin1Char('/') + ns + QLatin1Char('/') + label;
            const int pods = kind == K::Workload || kind == K::Backing ? 1 + static_cast<int>(random.bounded(4)) : -1;
            const int ready = pods < 0 ? -1 : (random.bounded(10) == 0 ? pods - 1 : pods);
            t.addNode(makeNode(kind, id, label, ns, topologyKindName(kind), pods, ready));
            byRank[topologyRank(kind)] << id;
        }
    }
    const auto pick = [&random](const QStringList& list) { return list.at(random.bounded(list.size())); };
    const auto rankOf = [](K kind) { return topologyRank(kind); };
    // Structure first: every node gets a parent in the rank before it, so the graph is connected.
    const QList<std::pair<K, K>> chain = {{K::Client, K::Gateway},   {K::Gateway, K::Route},
                                          {K::Route, K::Service},    {K::Service, K::Workload}};
    for (const auto& [from, to] : chain)
        for (const QString& id : byRank[rankOf(to)])
            t.addEdge(makeEdge(pick(byRank[rankOf(from)]), id,
                               from == K::Service ? TopologyEdgeKind::Selector : TopologyEdgeKind::Backend));
    int guard = edgeCount * 20;
    while (t.edges().size() < edgeCount && --guard > 0) {
        const int roll = static_cast<int>(random.bounded(10));
        QString from;
        QString to;
        if (roll < 6) { // service → backing or another service
            from = pick(byRank[rankOf(K::Service)]);
            to = roll < 4 ? pick(byRank[rankOf(K::Backing)]) : pick(byRank[rankOf(K::Service)]);
        } else if (roll < 8) {
            from = pick(byRank[rankOf(K::Route)]);
            to = pick(byRank[rankOf(K::Service)]);
        } else {
            from = pick(byRank[rankOf(K::Workload)]);
            to = pick(byRank[rankOf(K::Observability)]);
        }
        if (from == to)
            continue;
        TopologyEdge e = makeEdge(from, to, TopologyEdgeKind::Dependency);
        e.traffic = numbers(random.bounded(200.0), random.bounded(10) == 0 ? random.bounded(0.1) : 0.0,
                            random.bounded(0.5));
        t.addEdge(e);
    }
    return t;
}

} // namespace lcl::lab
