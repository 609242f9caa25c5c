#include "widgets/topologyscene.h"

#include "widgets/topologyedgeitem.h"
#include "widgets/topologynodeitem.h"
#include "widgets/topologystyle.h"

#include "lab/graphlayout.h"

#include <QEasingCurve>
#include <QGraphicsItem>
#include <QVariantAnimation>

#include <algorithm>

namespace lcl::widgets {

namespace {

constexpr int kSamples = 12;
constexpr qsizetype kCrowdedEdges = 400; // beyond this many edges, strokes trade antialiasing for frame time // points per edge while it morphs between two routes

QPointF lerp(const QPointF& a, const QPointF& b, double t)
{
    return a + (b - a) * t;
}

QList<QPointF> sample(const lab::LayoutPath& route)
{
    QPainterPath path;
    if (!route.bezier.isEmpty()) {
        path.moveTo(route.bezier.first());
        for (qsizetype i = 1; i + 2 < route.bezier.size(); i += 3)
            path.cubicTo(route.bezier[i], route.bezier[i + 1], route.bezier[i + 2]);
    }
    QList<QPointF> points;
    points.reserve(kSamples + 1);
    for (int i = 0; i < kSamples; ++i)
        points << path.pointAtPercent(static_cast<double>(i) / (kSamples - 1));
    points << route.tip;
    return points;
}

} // namespace

TopologyScene::TopologyScene(QObject* parent)
    : QGraphicsScene(parent)
    , m_animation(new QVariantAnimation(this))
{
    setBackgroundBrush(topologystyle::background);
    // Items move only when a layout is applied; a BSP index would be rebuilt on every animation frame.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(450);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) { step(v.toDouble()); });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        step(1.0);
        Q_EMIT animationFinished();
    });
}

TopologyScene::~TopologyScene() = default;

void TopologyScene::setTopology(const lab::Topology& topology)
{
    m_topology = topology;
    for (const lab::TopologyNode& n : m_topology.nodes())
        if (TopologyNodeItem* item = m_nodes.value(n.id))
            item->setNode(n);
    for (const lab::TopologyEdge& e : m_topology.edges())
        if (TopologyEdgeItem* item = m_edges.value(e.id()))
            item->setEdge(e);
}

void TopologyScene::syncItems(const lab::GraphLayoutResult& current)
{
    QSet<QString> nodeIds;
    for (const lab::TopologyNode& n : m_topology.nodes()) {
        if (!current.nodes.contains(n.id))
            continue;
        nodeIds.insert(n.id);
        TopologyNodeItem* item = m_nodes.value(n.id);
        if (!item) {
            item = new TopologyNodeItem(n, lab::GraphLayout::nodeSize(n.kind));
            item->setOpacity(0.0);
            addItem(item);
            m_nodes.insert(n.id, item);
        } else {
            item->setNode(n);
        }
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (nodeIds.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_nodes.erase(it);
    }

    QSet<QString> edgeIds;
    for (const lab::TopologyEdge& e : m_topology.edges()) {
        if (!current.paths.contains(e.pathKey()))
            continue;
        const QString id = e.id();
        edgeIds.insert(id);
        TopologyEdgeItem* item = m_edges.value(id);
        if (!item) {
            item = new TopologyEdgeItem(e);
            item->setOpacity(0.0);
            addItem(item);
            m_edges.insert(id, item);
        } else {
            item->setEdge(e);
        }
    }
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (edgeIds.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_edges.erase(it);
    }
    const bool crowded = m_edges.size() > kCrowdedEdges;
    for (TopologyEdgeItem* item : std::as_const(m_edges))
        item->setCrowded(crowded);
}

void TopologyScene::applyLayout(const lab::GraphLayoutResult& previous, const lab::GraphLayoutResult& current,
                                bool animate)
{
    m_animation->stop();
    // The animation starts from where the items are now, which is `previous` unless an earlier animation was
    // cut short.
    m_from = previous;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const QRectF r = m_from.nodes.value(it.key());
        if (!r.isNull())
            m_from.nodes[it.key()] = QRectF(it.value()->pos() - QPointF(r.width() / 2, r.height() / 2), r.size());
    }
    m_to = current;
    syncItems(current);
    setSceneRect(current.bounds.united(previous.bounds).adjusted(-400, -300, 400, 300));
    if (animate && !previous.nodes.isEmpty()) {
        step(0.0);
        m_animation->start();
    } else {
        step(1.0);
        Q_EMIT animationFinished();
    }
}

bool TopologyScene::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void TopologyScene::finishAnimation()
{
    if (isAnimating())
        m_animation->setCurrentTime(m_animation->duration());
}

void TopologyScene::step(double t)
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const QRectF to = m_to.nodes.value(it.key());
        const auto from = m_from.nodes.constFind(it.key());
        if (from == m_from.nodes.cend()) {
            it.value()->setPos(to.center());
            it.value()->setOpacity(t);
        } else {
            it.value()->setPos(lerp(from->center(), to.center(), t));
            it.value()->setOpacity(1.0);
        }
    }
    for (TopologyEdgeItem* item : std::as_const(m_edges)) {
        const QString key = item->edge().pathKey();
        const lab::LayoutPath target = m_to.paths.value(key);
        const auto from = m_from.paths.constFind(key);
        if (t >= 1.0 || from == m_from.paths.cend()) {
            item->setRoute(target);
            item->setOpacity(from == m_from.paths.cend() ? t : 1.0);
            continue;
        }
        const QList<QPointF> a = sample(*from);
        const QList<QPointF> b = sample(target);
        QList<QPointF> points;
        points.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            points << lerp(a[i], b[i], t);
        item->setPolyline(points);
        item->setOpacity(1.0);
    }
}

QRectF TopologyScene::graphRect() const
{
    QRectF rect;
    for (const TopologyNodeItem* item : m_nodes)
        rect = rect.united(item->sceneBoundingRect());
    for (const TopologyEdgeItem* item : m_edges)
        rect = rect.united(item->sceneBoundingRect());
    return rect;
}

QStringList TopologyScene::search(const QString& text)
{
    const QString needle = text.trimmed();
    QList<TopologyNodeItem*> matches;
    for (TopologyNodeItem* item : std::as_const(m_nodes)) {
        const lab::TopologyNode& n = item->node();
        const bool match = !needle.isEmpty()
                           && (n.label.contains(needle, Qt::CaseInsensitive) || n.id.contains(needle, Qt::CaseInsensitive)
                               || n.ns.contains(needle, Qt::CaseInsensitive));
        item->setSearchMatch(match);
        item->setOpacity(needle.isEmpty() || match ? 1.0 : 0.35);
        if (match)
            matches << item;
    }
    QSet<QString> matched;
    for (const TopologyNodeItem* item : matches)
        matched.insert(item->id());
    for (TopologyEdgeItem* item : std::as_const(m_edges))
        item->setDimmed(!needle.isEmpty() && !matched.contains(item->edge().from) && !matched.contains(item->edge().to));
    std::sort(matches.begin(), matches.end(), [](const TopologyNodeItem* a, const TopologyNodeItem* b) {
        return a->pos().x() != b->pos().x() ? a->pos().x() < b->pos().x() : a->pos().y() < b->pos().y();
    });
    QStringList ids;
    for (const TopologyNodeItem* item : matches)
        ids << item->id();
    return ids;
}

} // namespace lcl::widgets
