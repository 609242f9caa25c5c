#include "lab/topology.h"
#include "lab/topologyfilter.h"
#include "lab/topologysample.h"
#include "lab/topologytestutil.h"

#include <QTest>

using namespace lcl::lab;
using lcl::lab::test::makeEdge;
using lcl::lab::test::makeNode;

class TestTopology final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void edgesNeedKnownEndsAndAreUnique();
    void shapeHashIgnoresNumbers_data();
    void shapeHashIgnoresNumbers();
    void shapeHashChangesWithShape_data();
    void shapeHashChangesWithShape();
    void shapeHashIgnoresInsertionOrder();
    void formatTraffic_data();
    void formatTraffic();
    void filter_data();
    void filter();
};

void TestTopology::edgesNeedKnownEndsAndAreUnique()
{
    Topology t;
    t.addNode(makeNode(QStringLiteral("a"), TopologyNodeKind::Service, QStringLiteral("a")));
    t.addNode(makeNode(QStringLiteral("b"), TopologyNodeKind::Workload, QStringLiteral("b")));
    TopologyEdge e = makeEdge(QStringLiteral("a"), QStringLiteral("b"), TopologyEdgeKind::Selector);
    QVERIFY(t.addEdge(e));
    QVERIFY(!t.addEdge(e));
    e.kind = TopologyEdgeKind::Dependency; // another kind between the same nodes is another edge
    QVERIFY(t.addEdge(e));
    QVERIFY(!t.addEdge(makeEdge(QStringLiteral("a"), QStringLiteral("nowhere"), TopologyEdgeKind::Dependency)));
    QCOMPARE(t.edges().size(), 2);
    // Replacing a node keeps one node with the new values.
    t.addNode(makeNode(QStringLiteral("a"), TopologyNodeKind::Service, QStringLiteral("renamed")));
    QCOMPARE(t.nodes().size(), 2);
    QCOMPARE(t.node(QStringLiteral("a"))->label, QStringLiteral("renamed"));
}

void TestTopology::shapeHashIgnoresNumbers_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("traffic rate") << 0;
    QTest::newRow("error ratio to missing") << 1;
    QTest::newRow("health and reason") << 2;
    QTest::newRow("pod counts") << 3;
    QTest::newRow("labels and canary weight") << 4;
}

void TestTopology::shapeHashIgnoresNumbers()
{
    QFETCH(int, change);
    const Topology before = TopologySample::localCloudLab();
    Topology after = before;
    TopologyEdge& traffic = *after.edge(after.edges().first().id());
    TopologyNode* canary = after.node(QStringLiteral("workload/search/Deployment/search-api-v2"));
    QVERIFY(canary);
    switch (change) {
    case 0: traffic.traffic.rate = 999.0; break;
    case 1: traffic.traffic.errorRatio.reset(); break;
    case 2:
        canary->health = TopologyHealth::Ok;
        canary->healthReason.clear();
        break;
    case 3: canary->readyCount = 1; canary->podCount = 5; break;
    default:
        canary->label = QStringLiteral("something else");
        for (const TopologyEdge& e : after.edges())
            if (e.weightPercent)
                after.edge(e.id())->weightPercent = 50;
        break;
    }
    QCOMPARE(after.shapeHash(), before.shapeHash());
}

void TestTopology::shapeHashChangesWithShape_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("edge added") << 0;
    QTest::newRow("node added") << 1;
    QTest::newRow("edge removed") << 2;
    QTest::newRow("node changes kind") << 3;
}

void TestTopology::shapeHashChangesWithShape()
{
    QFETCH(int, change);
    const Topology before = TopologySample::localCloudLab();
    Topology after;
    for (TopologyNode n : before.nodes()) {
        if (change == 3 && n.id == QLatin1String("backing/caching/redis"))
            n.kind = TopologyNodeKind::Observability;
        after.addNode(n);
    }
    for (qsizetype i = 0; i < before.edges().size(); ++i)
        if (change != 2 || i != 3)
            after.addEdge(before.edges()[i]);
    if (change == 0)
        QVERIFY(after.addEdge(makeEdge(QStringLiteral("service/search/search-api"), QStringLiteral("backing/messaging/rabbitmq"), TopologyEdgeKind::Dependency)));
    if (change == 1)
        after.addNode(makeNode(QStringLiteral("backing/x/y"), TopologyNodeKind::Backing, QStringLiteral("y")));
    QVERIFY(after.shapeHash() != before.shapeHash());
}

void TestTopology::shapeHashIgnoresInsertionOrder()
{
    const Topology a = TopologySample::localCloudLab();
    Topology b;
    for (auto it = a.nodes().crbegin(); it != a.nodes().crend(); ++it)
        b.addNode(*it);
    for (auto it = a.edges().crbegin(); it != a.edges().crend(); ++it)
        b.addEdge(*it);
    QCOMPARE(b.shapeHash(), a.shapeHash());
}

void TestTopology::formatTraffic_data()
{
    QTest::addColumn<QVariant>("rate");
    QTest::addColumn<QVariant>("errors");
    QTest::addColumn<QVariant>("p95");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all") << QVariant(12.3) << QVariant(0.004) << QVariant(0.085) << QStringLiteral("12.3 rps · 0.4% · p95 85 ms");
    QTest::newRow("zero errors are a number") << QVariant(150.0) << QVariant(0.0) << QVariant(1.5)
                                              << QStringLiteral("150 rps · 0% · p95 1.5 s");
    QTest::newRow("missing errors are left out") << QVariant(2.0) << QVariant() << QVariant()
                                                 << QStringLiteral("2 rps");
    QTest::newRow("nothing") << QVariant() << QVariant() << QVariant() << QStringLiteral("no data");
}

void TestTopology::formatTraffic()
{
    QFETCH(QVariant, rate);
    QFETCH(QVariant, errors);
    QFETCH(QVariant, p95);
    QFETCH(QString, expected);
    TrafficNumbers n;
    if (rate.isValid())
        n.rate = rate.toDouble();
    if (errors.isValid())
        n.errorRatio = errors.toDouble();
    if (p95.isValid())
        n.p95Seconds = p95.toDouble();
    QCOMPARE(lcl::lab::formatTraffic(n), expected);
}

void TestTopology::filter_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<bool>("onlyUnhealthy");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("everything") << QString() << false
                                << QStringList{QStringLiteral("client"), QStringLiteral("backing/caching/redis")}
                                << QStringList{};
    QTest::newRow("namespace with neighbours")
        << QStringLiteral("checkin") << false
        << QStringList{QStringLiteral("service/checkin/checkin-api"), QStringLiteral("gateway/envoy-gateway/public-gateway"),
                       QStringLiteral("backing/postgres/postgresql")}
        << QStringList{QStringLiteral("client"), QStringLiteral("service/search/search-api-v1")};
    QTest::newRow("only unhealthy")
        << QString() << true
        << QStringList{QStringLiteral("workload/search/Deployment/search-api-v2"), QStringLiteral("service/search/search-api-v2")}
        << QStringList{QStringLiteral("client"), QStringLiteral("workload/checkin/Deployment/checkin-api"),
                       QStringLiteral("backing/caching/redis")};
}

void TestTopology::filter()
{
    QFETCH(QString, ns);
    QFETCH(bool, onlyUnhealthy);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    TopologyFilter f;
    f.ns = ns;
    f.onlyUnhealthy = onlyUnhealthy;
    const Topology t = f.apply(TopologySample::localCloudLab());
    for (const QString& id : present)
        QVERIFY2(t.node(id), qPrintable(id));
    for (const QString& id : absent)
        QVERIFY2(!t.node(id), qPrintable(id));
    for (const TopologyEdge& e : t.edges())
        QVERIFY(t.node(e.from) && t.node(e.to));
}

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
