#include "widgets/topologyedgeitem.h"

#include "widgets/topologyscene.h"
#include "widgets/topologystyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace lcl::widgets {

namespace style = topologystyle;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lcl::widgets::TopologyEdgeItem)
};

QFont labelFont()
{
    QFont font;
    font.setPointSizeF(7.5);
    return font;
}

} // namespace

TopologyEdgeItem::TopologyEdgeItem(const lab::TopologyEdge& edge)
    : m_edge(edge)
{
    m_label.setTextFormat(Qt::PlainText);
    setAcceptHoverEvents(false);
    setFlag(ItemUsesExtendedStyleOption, true); // exposedRect: only visible segments are stroked
    setEdge(edge);
}

void TopologyEdgeItem::setEdge(const lab::TopologyEdge& edge)
{
    m_edge = edge;
    m_pen = style::edgePen(edge);
    // Traffic above structure, so a thick flow is never hidden under a grey selector line.
    setZValue(edge.traffic.hasAny() ? 1.0 : 0.5);
    refreshLabel();
    refreshGeometry();
    update();
    touch();
}

void TopologyEdgeItem::setRoute(const lab::LayoutPath& route)
{
    QPainterPath path;
    if (!route.bezier.isEmpty()) {
        path.moveTo(route.bezier.first());
        for (qsizetype i = 1; i + 2 < route.bezier.size(); i += 3)
            path.cubicTo(route.bezier[i], route.bezier[i + 1], route.bezier[i + 2]);
    }
    setPath(path, route.tip);
}

void TopologyEdgeItem::setPolyline(const QList<QPointF>& points)
{
    QPainterPath path;
    if (!points.isEmpty())
        path.addPolygon(QPolygonF(points));
    setPath(path, points.isEmpty() ? QPointF() : points.last());
}

void TopologyEdgeItem::setPath(const QPainterPath& path, const QPointF& tip)
{
    prepareGeometryChange();
    m_path = path;
    m_tip = tip;
    refreshGeometry();
    touch();
}

void TopologyEdgeItem::setDimmed(bool dimmed)
{
    if (dimmed != m_dimmed) {
        m_dimmed = dimmed;
        update();
        touch();
    }
}

void TopologyEdgeItem::touch()
{
    if (auto* topology = qobject_cast<TopologyScene*>(scene()))
        topology->touchEdges();
}

QVariant TopologyEdgeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    switch (change) {
    case ItemOpacityHasChanged:
    case ItemVisibleHasChanged:
    case ItemPositionHasChanged:
    case ItemZValueHasChanged:
    case ItemTransformHasChanged:
    case ItemSceneChange: // leaving: the old scene still holds it here
    case ItemSceneHasChanged: // arrived
        touch();
        break;
    default:
        break;
    }
    return QGraphicsItem::itemChange(change, value);
}

void TopologyEdgeItem::refreshLabel()
{
    QStringList parts;
    if (m_edge.weightPercent)
        parts << Text::tr("%1%").arg(*m_edge.weightPercent);
    if (m_edge.traffic.hasAny())
        parts << lab::formatTraffic(m_edge.traffic);
    m_labelText = parts.join(QStringLiteral(" · "));
    m_label.setText(m_labelText);
    m_label.prepare(QTransform(), labelFont());
}

void TopologyEdgeItem::refreshGeometry()
{
    prepareGeometryChange();
    m_arrow.clear();
    if (m_path.isEmpty()) {
        m_bounds = {};
        return;
    }
    // The arrow points from the path's end to the tip on the node's border; with no gap, along the last
    // stretch of the path.
    const QPointF end = m_path.currentPosition();
    QLineF direction(end, m_tip);
    if (direction.length() < 1.0)
        direction = QLineF(m_path.pointAtPercent(0.97), end);
    const double size = 7.0 + m_pen.widthF() * 0.8;
    const QPointF tip = direction.length() < 1.0 ? end : m_tip;
    QLineF back = QLineF(tip, direction.p1()).unitVector();
    back.setLength(size);
    QLineF left = back;
    left.setAngle(back.angle() + 24);
    QLineF right = back;
    right.setAngle(back.angle() - 24);
    m_arrow << tip << left.p2() << right.p2();

    m_pieces.clear();
    const double pad = m_pen.widthF() + 2;
    constexpr qsizetype kPieceLength = 12; // points per piece; neighbours share their end point
    for (const QPolygonF& line : m_path.toSubpathPolygons()) {
        for (qsizetype start = 0; start + 1 < line.size(); start += kPieceLength) {
            const QPolygonF piece = line.mid(start, kPieceLength + 1);
            m_pieces.append({piece.boundingRect().adjusted(-pad, -pad, pad, pad), piece});
        }
    }
    m_bounds = m_path.controlPointRect().united(m_arrow.boundingRect());
    if (!m_labelText.isEmpty()) {
        const QSizeF size = m_label.size() + QSizeF(8, 4);
        const QPointF middle = m_path.pointAtPercent(0.5);
        m_labelRect = QRectF(middle.x() - size.width() / 2, middle.y() - size.height() / 2, size.width(), size.height());
        m_bounds = m_bounds.united(m_labelRect);
    }
    m_bounds.adjust(-pad, -pad, pad, pad);
}

QRectF TopologyEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath TopologyEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(8.0, m_pen.widthF() + 4));
    return stroker.createStroke(m_path);
}

void TopologyEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    const auto* topology = qobject_cast<const TopologyScene*>(scene());
    if (widget && topology && topology->edgeLayerViewport() == widget)
        return;
    painter->setOpacity(1.0); // absolute here, as the view's own painting always had it
    paintDrawing(painter, drawing(), option->levelOfDetailFromTransform(painter->worldTransform()), option->exposedRect);
}

TopologyEdgeItem::Drawing TopologyEdgeItem::drawing() const
{
    Drawing d;
    d.pieces = m_pieces;
    d.arrow = m_arrow;
    d.pen = m_pen;
    d.label = m_labelText;
    d.labelRect = m_labelRect;
    d.labelColor = m_edge.traffic.hasAny() && m_edge.traffic.errorRatio && *m_edge.traffic.errorRatio >= 0.05
                       ? style::errorColor(m_edge.traffic.errorRatio)
                       : style::text;
    d.strokeOpacity = m_dimmed ? 0.25 : (m_edge.traffic.hasAny() ? 0.85 : 1.0);
    d.labelOpacity = m_dimmed ? 0.3 : 1.0;
    d.antialiased = !m_crowded;
    return d;
}

void TopologyEdgeItem::paintDrawing(QPainter* painter, const Drawing& d, double lod, const QRectF& exposed)
{
    if (d.pieces.isEmpty())
        return;
    const double opacity = painter->opacity();
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.25 && d.antialiased);
    painter->setOpacity(opacity * d.strokeOpacity);
    painter->setPen(d.pen);
    painter->setBrush(Qt::NoBrush);
    for (const auto& [rect, piece] : d.pieces)
        if (exposed.intersects(rect))
            painter->drawPolyline(piece);
    painter->setPen(Qt::NoPen);
    painter->setBrush(d.pen.color());
    painter->drawPolygon(d.arrow);

    if (d.label.isEmpty() || lod < 0.55)
        return;
    painter->setOpacity(opacity * d.labelOpacity);
    painter->setPen(QPen(QColor(0xd5, 0xdc, 0xe5), 0.8));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(d.labelRect, 4, 4);
    painter->setPen(d.labelColor);
    painter->setFont(labelFont());
    painter->drawText(d.labelRect.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine | Qt::TextDontClip, d.label);
}

} // namespace lcl::widgets
