#include "widgets/topologyedgeitem.h"
#include "widgets/topologyedgelayer.h"
#include "widgets/topologynodeitem.h"
#include "widgets/topologypage.h"
#include "widgets/topologyscene.h"
#include "widgets/topologyview.h"

#include "lab/layoutjob.h"
#include "lab/topologysample.h"

#include "support/guitestmain.h"
#include "support/testenv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QWheelEvent>

using namespace lcl;
using lcl::widgets::TopologyPage;
using lcl::widgets::TopologyView;

class TestTopologyView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void screenshots_data();
    void screenshots();
    void fitShowsAllNodes();
    void zoomChangesTransform();
    void edgeLayerMatchesAFreshPaint();
    void edgeLayerRepaintsOffThread();
    void zoomOutPreviewShowsBackgroundAroundTheOldFrame();
    void arrowKeysMoveToNearestNode_data();
    void arrowKeysMoveToNearestNode();
    void enterAndDoubleClickActivate();
    void searchHighlights();
    void filtersHideNodes();
    void numbersUpdateWithoutMovement();
    void newShapeAnimates();
    void exportWritesPngAndSvg();
    void emptyStateSaysWhy();

private:
    // Shows the page with the sample and waits for its first layout.
    void showSample(const QSize& size, const lab::Topology& topology = lab::TopologySample::localCloudLab());
    QString centreOf(const QString& id) const;

    std::unique_ptr<TopologyPage> m_page;
};

void TestTopologyView::init()
{
    m_page = std::make_unique<TopologyPage>();
}

void TestTopologyView::cleanup()
{
    m_page.reset();
}

void TestTopologyView::showSample(const QSize& size, const lab::Topology& topology)
{
    m_page->resize(size);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QSignalSpy applied(m_page->view(), &TopologyView::layoutApplied);
    m_page->setTopology(topology);
    QTRY_VERIFY_WITH_TIMEOUT(applied.size() >= 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->view()->isLayoutPending(), 5000);
}

void TestTopologyView::screenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<bool>("pods");
    QTest::newRow("1280x800") << QSize(1280, 800) << 0 << false;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << 0 << false;
    QTest::newRow("1920x1080-pods") << QSize(1920, 1080) << 0 << true;
    QTest::newRow("1920x1080-300-nodes") << QSize(1920, 1080) << 300 << false;
}

void TestTopologyView::screenshots()
{
    QFETCH(QSize, size);
    QFETCH(int, nodes);
    QFETCH(bool, pods);
    showSample(size, nodes > 0 ? lab::TopologySample::synthetic(nodes, 1000) : lab::TopologySample::localCloudLab());
    if (pods) {
        QSignalSpy applied(m_page->view(), &TopologyView::layoutApplied);
        m_page->showPodsBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(applied.size() >= 1 && !m_page->view()->isLayoutPending(), 20000);
        QVERIFY(m_page->view()->topologyScene()->nodeItem(QStringLiteral("pods/search/search-api-v2/CrashLoopBackOff")));
    }
    const QImage shot = m_page->grab().toImage();
    QCOMPARE(shot.size(), size);
    const QString name = QStringLiteral("topology-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(shot.save(QDir(test::artifactsDir()).filePath(name)));
}

void TestTopologyView::fitShowsAllNodes()
{
    showSample({1280, 800});
    TopologyView* view = m_page->view();
    view->setZoom(3.0);
    QTest::keyClick(view, Qt::Key_F);
    const QRect viewport = view->viewport()->rect();
    const auto items = view->topologyScene()->nodeItems();
    QVERIFY(!items.isEmpty());
    for (const widgets::TopologyNodeItem* item : items) {
        const QRect onScreen = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
        QVERIFY2(viewport.contains(onScreen), qPrintable(item->id()));
    }
}

void TestTopologyView::zoomChangesTransform()
{
    showSample({1280, 800});
    TopologyView* view = m_page->view();
    const double before = view->zoom();
    QWheelEvent wheel(QPointF(400, 300), view->viewport()->mapToGlobal(QPointF(400, 300)), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->zoom() > before * 1.3);
    const double zoomedIn = view->zoom();
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view->zoom() < zoomedIn);
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(view->zoom(), zoomedIn);
    view->setZoom(100);
    QVERIFY(view->zoom() <= 4.0); // clamped
}

namespace {

// Pixels that differ by more than a rounding step between two frames of the same view.
int differingPixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            if (std::abs(qRed(p[col]) - qRed(q[col])) > 2 || std::abs(qGreen(p[col]) - qGreen(q[col])) > 2
                || std::abs(qBlue(p[col]) - qBlue(q[col])) > 2)
                ++count;
    }
    return count;
}

} // namespace

// The edges come from a pixmap the view keeps: a pan scrolls it and strokes the new strip, a wheel zoom shows
// it scaled until the gesture settles, a changed edge repaints it. What is shown must equal a fresh paint.
void TestTopologyView::edgeLayerMatchesAFreshPaint()
{
    using Draw = widgets::TopologyEdgeLayer::LastDraw;
    showSample({1280, 800});
    TopologyView* view = m_page->view();
    widgets::TopologyEdgeLayer* layer = view->edgeLayer();
    layer->setAsyncMode(widgets::TopologyEdgeLayer::AsyncMode::Never); // the next test covers the worker
    view->setZoom(1.6);
    QCoreApplication::processEvents(); // the scroll bars follow the new scale
    view->viewport()->repaint();
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Blit);

    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 37);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + 23);
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Scrolled);
    const QImage panned = view->viewport()->grab().toImage();
    layer->invalidate();
    const QImage fresh = view->viewport()->grab().toImage();
    QCOMPARE(layer->lastDraw(), Draw::Repainted);
    // Equal but for dash seams where the new strip meets the old content (about 0.17 % of the pixels here);
    // a strip left unpainted differs in 0.6 %, a misplaced one in far more. The bound is 0.29 %.
    const int differing = differingPixels(panned, fresh);
    QVERIFY2(differing < panned.width() * panned.height() / 350,
             qPrintable(QStringLiteral("%1 pixels differ after a pan").arg(differing)));

    // A wheel zoom: previews while the steps come, strokes again once they stop.
    const QPoint at(640, 400);
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->isZoomGestureActive());
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Preview);
    QTRY_VERIFY(!view->isZoomGestureActive());
    view->viewport()->repaint(); // the settle already asked for a frame; this one may only blit it
    QVERIFY(layer->lastDraw() == Draw::Repainted || layer->lastDraw() == Draw::Blit);
    const QImage settled = view->viewport()->grab().toImage();
    layer->invalidate();
    QCOMPARE(differingPixels(settled, view->viewport()->grab().toImage()), 0);

    // A changed edge (search dims the others) repaints the layer.
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Blit);
    view->setSearchText(QStringLiteral("checkin"));
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Repainted);
}

// Large graphs: a full repaint happens on a worker while the last frame stays shown; what comes back must
// equal a repaint on the GUI thread.
void TestTopologyView::edgeLayerRepaintsOffThread()
{
    using Draw = widgets::TopologyEdgeLayer::LastDraw;
    showSample({1280, 800});
    TopologyView* view = m_page->view();
    widgets::TopologyEdgeLayer* layer = view->edgeLayer();
    view->viewport()->repaint();
    using Mode = widgets::TopologyEdgeLayer::AsyncMode;
    layer->setAsyncMode(Mode::Always); // as if every full repaint were slow
    const auto freshPaint = [&] {
        layer->setAsyncMode(Mode::Never);
        layer->invalidate();
        const QImage image = view->viewport()->grab().toImage();
        layer->setAsyncMode(Mode::Always);
        return image;
    };

    view->setZoom(1.4);
    QCoreApplication::processEvents();
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Preview);
    QVERIFY(layer->isRenderPending());
    QTRY_VERIFY(!layer->isRenderPending());
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Blit);
    const QImage zoomed = view->viewport()->grab().toImage();
    QCOMPARE(differingPixels(zoomed, freshPaint()), 0);

    // A jump of more than a quarter of the view: the part that came into view is stroked by the worker.
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + view->viewport()->width() * 6 / 10);
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Scrolled);
    QVERIFY(layer->isRenderPending());
    QTRY_VERIFY(!layer->isRenderPending());
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Blit);
    const QImage jumped = view->viewport()->grab().toImage();
    QCOMPARE(differingPixels(jumped, freshPaint()), 0);

    view->setSearchText(QStringLiteral("checkin")); // edges change: the old frame stays until the new one is back
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Preview);
    QTRY_VERIFY(!layer->isRenderPending());
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Blit);
    const QImage searched = view->viewport()->grab().toImage();
    QCOMPARE(differingPixels(searched, freshPaint()), 0);
}

// Zooming out, the last frame shrinks: what it does not cover must be the background at once (the viewport
// is opaque and Qt no longer fills it), and the worker starts only after the frame is painted.
void TestTopologyView::zoomOutPreviewShowsBackgroundAroundTheOldFrame()
{
    using Draw = widgets::TopologyEdgeLayer::LastDraw;
    showSample({1280, 800});
    TopologyView* view = m_page->view();
    widgets::TopologyEdgeLayer* layer = view->edgeLayer();
    for (auto* node : view->topologyScene()->nodeItems())
        node->setVisible(false); // only the edge layer paints
    layer->setAsyncMode(widgets::TopologyEdgeLayer::AsyncMode::Always);
    view->setZoom(1.6);
    QCoreApplication::processEvents();
    view->viewport()->repaint();
    QTRY_VERIFY(!layer->isRenderPending());
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Blit);
    const QTransform before = view->viewportTransform();

    view->setZoom(0.6);
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Preview);
    QVERIFY(layer->isRenderPending());
    // No event loop ran since: the worker has not started, so this grab shows the preview again.
    const QImage preview = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(layer->lastDraw(), Draw::Preview);
    const QRect covered = (before.inverted() * view->viewportTransform())
                              .mapRect(QRectF(view->viewport()->rect()))
                              .toAlignedRect()
                              .adjusted(-2, -2, 2, 2);
    QVERIFY2(view->viewport()->rect().contains(covered) && covered != view->viewport()->rect(),
             "the old frame, scaled, should leave a band around it");
    const QRgb background = view->topologyScene()->backgroundBrush().color().rgb();
    int wrong = 0;
    for (int y = 0; y < preview.height(); ++y)
        for (int x = 0; x < preview.width(); ++x)
            if (!covered.contains(x, y) && preview.pixel(x, y) != background)
                ++wrong;
    QCOMPARE(wrong, 0);

    QTRY_VERIFY(!layer->isRenderPending());
    view->viewport()->repaint();
    QCOMPARE(layer->lastDraw(), Draw::Blit);
}

void TestTopologyView::arrowKeysMoveToNearestNode_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("client → gateway") << QStringLiteral("client") << int(Qt::Key_Right)
                                      << QStringLiteral("gateway/envoy-gateway/public-gateway");
    QTest::newRow("gateway ← client") << QStringLiteral("gateway/envoy-gateway/public-gateway") << int(Qt::Key_Left)
                                      << QStringLiteral("client");
    QTest::newRow("checkin route → service") << QStringLiteral("route/checkin/checkin-api-route") << int(Qt::Key_Right)
                                             << QStringLiteral("service/checkin/checkin-api");
    QTest::newRow("checkin service → workload") << QStringLiteral("service/checkin/checkin-api") << int(Qt::Key_Right)
                                                << QStringLiteral("workload/checkin/Deployment/checkin-api");
}

void TestTopologyView::arrowKeysMoveToNearestNode()
{
    QFETCH(QString, from);
    QFETCH(int, key);
    QFETCH(QString, expected);
    showSample({1280, 800});
    TopologyView* view = m_page->view();
    view->setCurrentNode(from);
    QCOMPARE(view->currentNode(), from);
    view->setFocus();
    QSignalSpy changed(view, &TopologyView::currentNodeChanged);
    QTest::keyClick(view, Qt::Key(key));
    QCOMPARE(view->currentNode(), expected);
    QCOMPARE(changed.size(), 1);
    QVERIFY(view->topologyScene()->nodeItem(expected)->isCurrent());
    QVERIFY(!view->topologyScene()->nodeItem(from)->isCurrent());
}

void TestTopologyView::enterAndDoubleClickActivate()
{
    showSample({1280, 800});
    TopologyView* view = m_page->view();
    QSignalSpy activated(m_page.get(), &TopologyPage::nodeActivated);
    QTest::keyClick(view, Qt::Key_Right); // nothing current: starts at the leftmost node
    QCOMPARE(view->currentNode(), QStringLiteral("client"));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("client"));

    const QString id = QStringLiteral("service/checkin/checkin-api");
    const QPoint at = view->mapFromScene(view->topologyScene()->nodeItem(id)->scenePos());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), id);
}

void TestTopologyView::searchHighlights()
{
    showSample({1280, 800});
    auto* scene = m_page->view()->topologyScene();
    QTest::keyClicks(m_page->searchBox(), QStringLiteral("checkin"));
    const QStringList matches = m_page->view()->searchMatches();
    QVERIFY(matches.contains(QStringLiteral("route/checkin/checkin-api-route")));
    QVERIFY(matches.contains(QStringLiteral("workload/checkin/Deployment/checkin-api")));
    QVERIFY(!matches.contains(QStringLiteral("client")));
    QVERIFY(scene->nodeItem(QStringLiteral("service/checkin/checkin-api"))->isSearchMatch());
    QVERIFY(!scene->nodeItem(QStringLiteral("client"))->isSearchMatch());
    QVERIFY(scene->nodeItem(QStringLiteral("client"))->opacity() < 0.5);
    QCOMPARE(m_page->view()->currentNode(), matches.first());
    QVERIFY(m_page->statusText().contains(QStringLiteral("Search matches: %1").arg(matches.size())));
    QVERIFY(QDir(test::artifactsDir()).exists());
    m_page->grab().save(QDir(test::artifactsDir()).filePath(QStringLiteral("topology-search.png")));

    m_page->searchBox()->clear();
    QVERIFY(!scene->nodeItem(QStringLiteral("service/checkin/checkin-api"))->isSearchMatch());
    QCOMPARE(scene->nodeItem(QStringLiteral("client"))->opacity(), 1.0);
}

void TestTopologyView::filtersHideNodes()
{
    showSample({1280, 800});
    auto* scene = m_page->view()->topologyScene();
    QVERIFY(scene->nodeItem(QStringLiteral("client")));
    QVERIFY(!scene->nodeItem(QStringLiteral("pods/search/search-api-v2/CrashLoopBackOff"))); // pods collapsed

    QSignalSpy applied(m_page->view(), &TopologyView::layoutApplied);
    m_page->onlyUnhealthyBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(applied.size() >= 1 && !m_page->view()->isLayoutPending(), 20000);
    QVERIFY(!scene->nodeItem(QStringLiteral("client")));
    QVERIFY(!scene->nodeItem(QStringLiteral("backing/caching/redis")));
    QVERIFY(scene->nodeItem(QStringLiteral("workload/search/Deployment/search-api-v2")));
    m_page->grab().save(QDir(test::artifactsDir()).filePath(QStringLiteral("topology-only-unhealthy.png")));

    applied.clear();
    m_page->onlyUnhealthyBox()->setChecked(false);
    m_page->namespaceBox()->setCurrentIndex(m_page->namespaceBox()->findData(QStringLiteral("checkin")));
    QTRY_VERIFY_WITH_TIMEOUT(applied.size() >= 1 && !m_page->view()->isLayoutPending(), 20000);
    QVERIFY(scene->nodeItem(QStringLiteral("service/checkin/checkin-api")));
    QVERIFY(!scene->nodeItem(QStringLiteral("service/search/search-api-v1")));
    for (const widgets::TopologyNodeItem* item : scene->nodeItems())
        QVERIFY2(item->node().ns == QLatin1String("checkin")
                     || !m_page->view()->shownTopology().neighbours(item->id()).isEmpty(),
                 qPrintable(item->id()));
}

void TestTopologyView::numbersUpdateWithoutMovement()
{
    showSample({1280, 800});
    TopologyView* view = m_page->view();
    auto* scene = view->topologyScene();
    QHash<QString, QPointF> before;
    for (const widgets::TopologyNodeItem* item : scene->nodeItems())
        before.insert(item->id(), item->pos());
    QSignalSpy layouts(view->layoutJob(), &lab::LayoutJob::layoutChanged);

    lab::Topology t = lab::TopologySample::localCloudLab();
    const QString edgeId = t.edges()[t.edges().size() - 1].id();
    for (const lab::TopologyEdge& e : t.edges())
        if (e.traffic.hasAny())
            t.edge(e.id())->traffic.rate = 777.0;
    t.node(QStringLiteral("backing/caching/redis"))->health = lab::TopologyHealth::Critical;
    m_page->setTopology(t);
    QVERIFY(!view->layoutJob()->isRunning());
    QTest::qWait(100);
    QCOMPARE(layouts.size(), 0);
    for (const widgets::TopologyNodeItem* item : scene->nodeItems())
        QCOMPARE(item->pos(), before.value(item->id()));
    QCOMPARE(scene->nodeItem(QStringLiteral("backing/caching/redis"))->node().health, lab::TopologyHealth::Critical);
    bool sawNewRate = false;
    for (const widgets::TopologyEdgeItem* item : scene->edgeItems())
        sawNewRate |= item->labelText().contains(QStringLiteral("777 rps"));
    QVERIFY(sawNewRate);
    Q_UNUSED(edgeId);
}

void TestTopologyView::newShapeAnimates()
{
    showSample({1280, 800});
    TopologyView* view = m_page->view();
    lab::Topology t = lab::TopologySample::localCloudLab();
    lab::TopologyNode es;
    es.id = QStringLiteral("backing/search/elasticsearch");
    es.kind = lab::TopologyNodeKind::Backing;
    es.label = QStringLiteral("elasticsearch");
    t.addNode(es);
    lab::TopologyEdge e;
    e.from = QStringLiteral("service/search/search-api");
    e.to = es.id;
    QVERIFY(t.addEdge(e));
    QSignalSpy layouts(view->layoutJob(), &lab::LayoutJob::layoutChanged);
    QSignalSpy applied(view, &TopologyView::layoutApplied);
    m_page->setTopology(t);
    QTRY_COMPARE_WITH_TIMEOUT(layouts.size(), 1, 20000);
    QVERIFY(view->topologyScene()->isAnimating()); // moving, not jumping
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 5000);
    const QRectF target = view->layoutJob()->current().nodes.value(es.id);
    QCOMPARE(view->topologyScene()->nodeItem(es.id)->pos(), target.center());
    QCOMPARE(view->topologyScene()->nodeItem(es.id)->opacity(), 1.0);
}

void TestTopologyView::exportWritesPngAndSvg()
{
    showSample({1280, 800});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("t.png"));
    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    QString error;
    QVERIFY2(m_page->view()->exportPng(png, 2.0, &error), qPrintable(error));
    QVERIFY2(m_page->view()->exportSvg(svg, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    const QRectF graph = m_page->view()->topologyScene()->graphRect();
    QVERIFY(image.width() >= graph.width() * 2);
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(renderer.viewBoxF().width() >= graph.width());
    QFile::copy(png, QDir(test::artifactsDir()).filePath(QStringLiteral("topology-export.png")));
    QFile::remove(QDir(test::artifactsDir()).filePath(QStringLiteral("topology-export.svg")));
    QFile::copy(svg, QDir(test::artifactsDir()).filePath(QStringLiteral("topology-export.svg")));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("public-gateway"));

    TopologyView empty;
    QVERIFY(!empty.exportPng(png, 1.0, &error));
    QVERIFY(!error.isEmpty());
}

void TestTopologyView::emptyStateSaysWhy()
{
    m_page->resize(800, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(m_page->view()->topologyScene()->nodeItems().isEmpty());
    QVERIFY(m_page->statusText().contains(QStringLiteral("Nodes: 0")));
}

LCL_GUITEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
