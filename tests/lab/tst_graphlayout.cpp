#include "lab/graphlayout.h"
#include "lab/layoutjob.h"
#include "lab/topologysample.h"
#include "lab/topologytestutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace lcl::lab;
using lcl::lab::test::makeEdge;
using lcl::lab::test::makeNode;

class TestGraphLayout final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ranksRunLeftToRight();
    void nodesDoNotOverlap_data();
    void nodesDoNotOverlap();
    void everyEdgeHasARoute();
    void emptyTopology();
    void jobSkipsUnchangedShape();
    void jobDropsStaleResults();
    void jobHandsPreviousLayoutForAnimation();
};

void TestGraphLayout::ranksRunLeftToRight()
{
    const Topology t = TopologySample::localCloudLab();
    const GraphLayoutResult r = GraphLayout::compute(t, 1);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.nodes.size(), t.nodes().size());
    // Every node of a lower rank lies entirely left of every node of a higher rank.
    for (const TopologyNode& a : t.nodes())
        for (const TopologyNode& b : t.nodes())
            if (topologyRank(a.kind) < topologyRank(b.kind))
                QVERIFY2(r.nodes[a.id].right() < r.nodes[b.id].left(),
                         qPrintable(a.id + QStringLiteral(" is not left of ") + b.id));
    QVERIFY(r.bounds.contains(r.nodes.value(QStringLiteral("client"))));
    // Sizes are the kinds' sizes.
    QCOMPARE(r.nodes[QStringLiteral("client")].size(), GraphLayout::nodeSize(TopologyNodeKind::Client));
}

void TestGraphLayout::nodesDoNotOverlap_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::newRow("LocalCloudLab") << 0 << 0;
    QTest::newRow("synthetic 60/150") << 60 << 150;
}

void TestGraphLayout::nodesDoNotOverlap()
{
    QFETCH(int, nodes);
    QFETCH(int, edges);
    const Topology t = nodes == 0 ? TopologySample::localCloudLab() : TopologySample::synthetic(nodes, edges);
    const GraphLayoutResult r = GraphLayout::compute(t, 1);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    const QList<QRectF> rects = r.nodes.values();
    for (qsizetype i = 0; i < rects.size(); ++i)
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(QStringLiteral("%1 and %2 overlap").arg(i).arg(j)));
}

void TestGraphLayout::everyEdgeHasARoute()
{
    const Topology t = TopologySample::localCloudLab();
    const GraphLayoutResult r = GraphLayout::compute(t, 1);
    for (const TopologyEdge& e : t.edges()) {
        QVERIFY2(r.paths.contains(e.pathKey()), qPrintable(e.pathKey()));
        const LayoutPath& p = r.paths[e.pathKey()];
        QVERIFY(p.bezier.size() >= 4);
        QCOMPARE((p.bezier.size() - 1) % 3, 0);
        // The route starts at its source node and ends at its target (within the arrow's length).
        QVERIFY(r.nodes[e.from].adjusted(-2, -2, 2, 2).contains(p.bezier.first()));
        QVERIFY(r.nodes[e.to].adjusted(-14, -14, 14, 14).contains(p.tip));
    }
}

void TestGraphLayout::emptyTopology()
{
    const GraphLayoutResult r = GraphLayout::compute(Topology(), 3);
    QVERIFY(r.isValid());
    QVERIFY(r.nodes.isEmpty());
    QCOMPARE(r.generation, 3u);
}

void TestGraphLayout::jobSkipsUnchangedShape()
{
    LayoutJob job;
    QSignalSpy changed(&job, &LayoutJob::layoutChanged);
    Topology t = TopologySample::localCloudLab();
    QVERIFY(job.submit(t));
    QVERIFY(!job.submit(t)); // same shape while the first is running: nothing new
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    const QRectF before = job.current().nodes.value(QStringLiteral("client"));

    // Only numbers change: no layout, the positions stay.
    t.edge(t.edges().first().id())->traffic.rate = 12345.0;
    t.node(QStringLiteral("backing/caching/redis"))->health = TopologyHealth::Critical;
    QVERIFY(!job.submit(t));
    QVERIFY(!job.isRunning());
    QCOMPARE(job.current().nodes.value(QStringLiteral("client")), before);
    QTest::qWait(50);
    QCOMPARE(changed.size(), 1);
}

void TestGraphLayout::jobDropsStaleResults()
{
    LayoutJob job;
    QSignalSpy changed(&job, &LayoutJob::layoutChanged);
    const Topology a = TopologySample::synthetic(80, 200, 1);
    const Topology b = TopologySample::localCloudLab();
    QVERIFY(job.submit(a));
    QVERIFY(job.submit(b)); // overtakes a
    QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), 20000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(job.droppedCount(), 1);
    QCOMPARE(job.current().shapeHash, b.shapeHash());
    QCOMPARE(job.current().generation, job.generation());
}

void TestGraphLayout::jobHandsPreviousLayoutForAnimation()
{
    LayoutJob job;
    QSignalSpy changed(&job, &LayoutJob::layoutChanged);
    Topology t = TopologySample::localCloudLab();
    job.submit(t);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    QVERIFY(changed.at(0).at(0).value<GraphLayoutResult>().nodes.isEmpty());

    t.addNode(makeNode(QStringLiteral("backing/search/elasticsearch"), TopologyNodeKind::Backing, QStringLiteral("elasticsearch")));
    QVERIFY(t.addEdge(makeEdge(QStringLiteral("service/search/search-api"), QStringLiteral("backing/search/elasticsearch"), TopologyEdgeKind::Dependency)));
    QVERIFY(job.submit(t));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
    const auto previous = changed.at(1).at(0).value<GraphLayoutResult>();
    const auto current = changed.at(1).at(1).value<GraphLayoutResult>();
    QVERIFY(!previous.nodes.contains(QStringLiteral("backing/search/elasticsearch")));
    QVERIFY(current.nodes.contains(QStringLiteral("backing/search/elasticsearch")));
    QCOMPARE(current.shapeHash, t.shapeHash());
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
