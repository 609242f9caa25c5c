#include "widgets/topologyview.h"

#include "widgets/topologyedgelayer.h"
#include "widgets/topologynodeitem.h"
#include "widgets/topologyscene.h"
#include "widgets/topologystyle.h"

#include "lab/layoutjob.h"

#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace lcl::widgets {

namespace {
constexpr double kMinZoom = 0.08;
constexpr double kMaxZoom = 4.0;
constexpr double kMaxFitZoom = 1.25; // a small graph is not blown up past this when fitted
constexpr int kZoomSettleMs = 150;
} // namespace

TopologyView::TopologyView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new TopologyScene(this))
    , m_layout(new lab::LayoutJob(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState, true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // The edge layer paints the background of everything exposed: Qt need not fill the viewport first (a
    // whole-window fill on every frame). Opaque, it still scrolls by moving pixels.
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    // Panning is by dragging and the keyboard; scroll bars would only take room from the graph.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Topology graph"));
    m_edgeLayer = std::make_unique<TopologyEdgeLayer>(m_scene, viewport());
    m_edgeLayer->setReadyCallback([this] { viewport()->update(); });
    m_zoomSettle = new QTimer(this);
    m_zoomSettle->setSingleShot(true);
    m_zoomSettle->setInterval(kZoomSettleMs);
    connect(m_zoomSettle, &QTimer::timeout, this, [this] {
        m_edgeLayer->setPreviewing(false);
        viewport()->update();
    });

    connect(m_layout, &lab::LayoutJob::layoutChanged, this, &TopologyView::onLayout);
    connect(m_layout, &lab::LayoutJob::layoutFailed, this, &TopologyView::layoutFailed);
    connect(m_scene, &TopologyScene::nodeHovered, this, &TopologyView::nodeHovered);
    connect(m_scene, &TopologyScene::animationFinished, this, [this] {
        setSearchText(m_searchText); // the animation reset opacities
        if (m_fitPending) {
            m_fitPending = false;
            fitAll();
        }
        Q_EMIT layoutApplied();
    });
}

TopologyView::~TopologyView()
{
    m_edgeLayer.reset(); // before the scene, which it unregisters from
}

void TopologyView::setTopology(const lab::Topology& topology)
{
    m_full = topology;
    refresh();
}

void TopologyView::setFilter(const lab::TopologyFilter& filter)
{
    m_filter = filter;
    m_fitPending = true; // a narrowed graph is refitted, so the matches fill the window
    refresh();
}

void TopologyView::refresh()
{
    m_shown = m_filter.apply(m_full);
    m_scene->setTopology(m_shown);
    m_layout->submit(m_shown);
    viewport()->update();
}

bool TopologyView::isLayoutPending() const
{
    return m_layout->isRunning() || m_scene->isAnimating();
}

void TopologyView::onLayout(const lab::GraphLayoutResult& previous, const lab::GraphLayoutResult& current)
{
    m_scene->applyLayout(previous, current, isVisible());
    if (!m_current.isEmpty() && !m_scene->nodeItem(m_current))
        setCurrentNode(QString(), false);
}

double TopologyView::zoom() const
{
    return transform().m11();
}

void TopologyView::setZoom(double zoom)
{
    const double clamped = std::clamp(zoom, kMinZoom, kMaxZoom);
    QTransform t;
    t.scale(clamped, clamped);
    setTransform(t);
}

void TopologyView::zoomBy(double factor)
{
    m_edgeLayer->setPreviewing(true);
    m_zoomSettle->start();
    setZoom(zoom() * factor);
}

bool TopologyView::isZoomGestureActive() const
{
    return m_zoomSettle->isActive();
}

void TopologyView::drawBackground(QPainter* painter, const QRectF& rect)
{
    m_edgeLayer->draw(painter, rect); // the scene's background and the edges
}

void TopologyView::fitAll()
{
    const QRectF rect = m_scene->graphRect();
    if (rect.isEmpty())
        return;
    fitInView(rect.adjusted(-24, -24, 24, 24), Qt::KeepAspectRatio);
    if (zoom() > kMaxFitZoom) {
        setZoom(kMaxFitZoom);
        centerOn(rect.center());
    }
}

void TopologyView::setCurrentNode(const QString& id, bool ensureVisible)
{
    if (TopologyNodeItem* old = m_scene->nodeItem(m_current))
        old->setCurrent(false);
    TopologyNodeItem* item = m_scene->nodeItem(id);
    m_current = item ? id : QString();
    if (item) {
        item->setCurrent(true);
        if (ensureVisible)
            this->ensureVisible(item, 40, 40);
    }
    Q_EMIT currentNodeChanged(m_current);
}

int TopologyView::setSearchText(const QString& text)
{
    m_searchText = text;
    m_matches = m_scene->search(text);
    if (!m_matches.isEmpty() && !text.trimmed().isEmpty() && !m_matches.contains(m_current))
        setCurrentNode(m_matches.first());
    return static_cast<int>(m_matches.size());
}

void TopologyView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta)); // one notch (120) ≈ 20 %
    event->accept();
}

void TopologyView::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl || event->key() == Qt::Key_Plus) {
            zoomBy(1.2);
            return;
        }
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.2);
        return;
    case Qt::Key_0:
        if (ctrl) {
            setZoom(1.0);
            return;
        }
        break;
    case Qt::Key_F:
        if (event->modifiers() == Qt::NoModifier) {
            fitAll();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const QString next = nearestInDirection(event->key());
        if (!next.isEmpty())
            setCurrentNode(next);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_current.isEmpty()) {
            Q_EMIT nodeActivated(m_current);
            return;
        }
        break;
    case Qt::Key_Escape:
        setCurrentNode(QString(), false);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

QString TopologyView::nearestInDirection(int key) const
{
    const TopologyNodeItem* from = m_scene->nodeItem(m_current);
    if (!from) {
        // Nothing current yet: start at the leftmost node (the client, usually), top first.
        QString best;
        QPointF bestPos(std::numeric_limits<double>::max(), 0);
        for (const TopologyNodeItem* item : m_scene->nodeItems()) {
            const QPointF p = item->pos();
            if (p.x() < bestPos.x() - 1 || (std::abs(p.x() - bestPos.x()) <= 1 && p.y() < bestPos.y())) {
                bestPos = p;
                best = item->id();
            }
        }
        return best;
    }
    const QPointF origin = from->pos();
    QString best;
    double bestScore = std::numeric_limits<double>::max();
    for (const TopologyNodeItem* item : m_scene->nodeItems()) {
        if (item == from || !item->isVisible())
            continue;
        const QPointF d = item->pos() - origin;
        double along = 0;
        double across = 0;
        switch (key) {
        case Qt::Key_Right: along = d.x(); across = d.y(); break;
        case Qt::Key_Left: along = -d.x(); across = d.y(); break;
        case Qt::Key_Down: along = d.y(); across = d.x(); break;
        default: along = -d.y(); across = d.x(); break;
        }
        // Within a 60° cone of the direction; sideways distance counts double so that "right" prefers the
        // node straight across over a nearer one far below.
        if (along <= 1 || std::abs(across) > along * 1.8)
            continue;
        const double score = along + 2.0 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = item->id();
        }
    }
    return best;
}

void TopologyView::mouseDoubleClickEvent(QMouseEvent* event)
{
    for (QGraphicsItem* item : items(event->position().toPoint())) {
        if (item->type() == TopologyNodeItem::Type) {
            const QString id = static_cast<TopologyNodeItem*>(item)->id();
            setCurrentNode(id, false);
            Q_EMIT nodeActivated(id);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void TopologyView::mousePressEvent(QMouseEvent* event)
{
    for (QGraphicsItem* item : items(event->position().toPoint())) {
        if (item->type() == TopologyNodeItem::Type) {
            setCurrentNode(static_cast<TopologyNodeItem*>(item)->id(), false);
            break;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_scene->nodeItems().isEmpty())
        return;
    // The empty state, in view coordinates.
    painter->save();
    painter->resetTransform();
    painter->setPen(topologystyle::mutedText);
    QFont font = painter->font();
    font.setPointSizeF(11);
    painter->setFont(font);
    const QString text = m_layout->isRunning() ? tr("Laying out the graph…")
                         : m_full.isEmpty()    ? tr("No topology yet: connect to a cluster or start the demo lab.")
                                               : tr("No node matches the filters.");
    painter->drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter->restore();
}

namespace {

// Node items paint through a device pixmap cache on screen; an export must paint them afresh, as vectors (SVG)
// or at the export's resolution (PNG).
class UncachedNodes final {
public:
    explicit UncachedNodes(const TopologyScene* scene)
        : m_items(scene->nodeItems())
    {
        for (TopologyNodeItem* item : m_items)
            item->setCacheMode(QGraphicsItem::NoCache);
    }
    ~UncachedNodes()
    {
        for (TopologyNodeItem* item : m_items)
            item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    }
    Q_DISABLE_COPY_MOVE(UncachedNodes)

private:
    QList<TopologyNodeItem*> m_items;
};

} // namespace

QRectF TopologyView::exportRect() const
{
    const QRectF graph = m_scene->graphRect();
    return graph.isEmpty() ? QRectF() : graph.adjusted(-32, -32, 32, 32);
}

bool TopologyView::exportPng(const QString& path, double scale, QString* error) const
{
    const QRectF source = exportRect();
    if (source.isEmpty()) {
        if (error)
            *error = tr("There is no graph to export.");
        return false;
    }
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(topologystyle::background);
    const UncachedNodes uncached(m_scene);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool TopologyView::exportSvg(const QString& path, QString* error) const
{
    const QRectF source = exportRect();
    if (source.isEmpty()) {
        if (error)
            *error = tr("There is no graph to export.");
        return false;
    }
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(tr("LocalCloudLab topology"));
    svg.setDescription(tr("Exported from LocalCloudLab Console"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), topologystyle::background);
    const UncachedNodes uncached(m_scene);
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    if (!QFile::exists(path)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace lcl::widgets
