#include "widgets/topologynodeitem.h"

#include "widgets/topologyscene.h"
#include "widgets/topologystyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace lcl::widgets {

namespace style = topologystyle;
using lab::TopologyNodeKind;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lcl::widgets::TopologyNodeItem)
};

constexpr double kRadius = 9;
constexpr double kStripe = 5;
constexpr double kGlyphBox = 30;

QFont titleFont()
{
    QFont font;
    font.setPointSizeF(9.5);
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont subtitleFont()
{
    QFont font;
    font.setPointSizeF(7.8);
    return font;
}

QFont badgeFont()
{
    QFont font;
    font.setPointSizeF(7.5);
    font.setWeight(QFont::Bold);
    return font;
}

QColor badgeColor(const lab::TopologyNode& n)
{
    if (n.podCount > 0 && n.readyCount <= 0)
        return style::healthColor(lab::TopologyHealth::Critical);
    if (n.readyCount < n.podCount)
        return style::healthColor(lab::TopologyHealth::Warning);
    if (n.podCount == 0)
        return style::healthColor(lab::TopologyHealth::Unknown);
    return style::healthColor(lab::TopologyHealth::Ok);
}

} // namespace

TopologyNodeItem::TopologyNodeItem(const lab::TopologyNode& node, const QSizeF& size)
    : m_node(node)
    , m_size(size)
{
    setFlag(ItemIsFocusable, false);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    setZValue(2);
    m_title.setTextFormat(Qt::PlainText);
    m_subtitle.setTextFormat(Qt::PlainText);
    relayoutText();
}

void TopologyNodeItem::setNode(const lab::TopologyNode& node)
{
    m_node = node;
    relayoutText();
    update();
}

void TopologyNodeItem::setSize(const QSizeF& size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
    relayoutText();
}

void TopologyNodeItem::setCurrent(bool current)
{
    if (current != m_current) {
        m_current = current;
        update();
    }
}

void TopologyNodeItem::setSearchMatch(bool match)
{
    if (match != m_searchMatch) {
        m_searchMatch = match;
        update();
    }
}

void TopologyNodeItem::relayoutText()
{
    const double textWidth = m_size.width() - kStripe - kGlyphBox - 12 - (m_node.hasPods() ? 8 : 0);
    const QFontMetricsF titleMetrics(titleFont());
    m_title.setText(titleMetrics.elidedText(m_node.label, Qt::ElideMiddle, textWidth));
    m_title.prepare(QTransform(), titleFont());

    QStringList second;
    if (!m_node.ns.isEmpty())
        second << m_node.ns;
    if (!m_node.subtitle.isEmpty())
        second << m_node.subtitle;
    const QFontMetricsF subtitleMetrics(subtitleFont());
    m_subtitle.setText(subtitleMetrics.elidedText(second.join(QStringLiteral(" · ")), Qt::ElideRight, textWidth));
    m_subtitle.prepare(QTransform(), subtitleFont());

    m_badge.setText(m_node.hasPods() ? QStringLiteral("%1/%2").arg(m_node.readyCount).arg(m_node.podCount) : QString());
    m_badge.setTextFormat(Qt::PlainText);
    m_badge.prepare(QTransform(), badgeFont());
    m_badgeWidth = QFontMetricsF(badgeFont()).horizontalAdvance(m_badge.text()) + 12;

    const QRectF r = box();
    QPainterPath rounded;
    rounded.addRoundedRect(r, kRadius, kRadius);
    QPainterPath left;
    left.addRect(QRectF(r.left(), r.top(), kStripe, r.height()));
    m_stripe = rounded.intersected(left);

    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(m_node.label.toHtmlEscaped(), lab::topologyKindName(m_node.kind));
    if (!m_node.ns.isEmpty())
        tip += Text::tr(" in namespace %1").arg(m_node.ns.toHtmlEscaped());
    tip += QStringLiteral("<br>") + Text::tr("Health: %1").arg(lab::topologyHealthName(m_node.health));
    if (!m_node.healthReason.isEmpty())
        tip += QStringLiteral(" — ") + m_node.healthReason.toHtmlEscaped();
    if (m_node.hasPods())
        tip += QStringLiteral("<br>") + Text::tr("Pods: %1 of %2 ready").arg(m_node.readyCount).arg(m_node.podCount);
    tip += QStringLiteral("<br><i>") + Text::tr("Double-click or press Enter to open") + QStringLiteral("</i>");
    setToolTip(tip);
}

QRectF TopologyNodeItem::boundingRect() const
{
    // Room for the focus ring and the badge that sits on the top edge.
    return box().adjusted(-5, -10, 5, 5);
}

QPainterPath TopologyNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(box(), kRadius, kRadius);
    return path;
}

void TopologyNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QRectF r = box();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor health = style::healthColor(m_node.health);
    painter->setRenderHint(QPainter::Antialiasing, true);

    if (m_searchMatch) {
        painter->setPen(QPen(style::searchMatch, 5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-2, -2, 2, 2), kRadius + 2, kRadius + 2);
    }
    painter->setPen(QPen(m_current ? style::focus : (m_hovered ? style::mutedText : style::nodeBorder),
                         m_current ? 2.5 : 1.0));
    painter->setBrush(style::nodeFill);
    painter->drawRoundedRect(r, kRadius, kRadius);

    painter->setPen(Qt::NoPen);
    painter->setBrush(health);
    painter->drawPath(m_stripe);

    if (lod < 0.3) // far out: shapes and colours carry the picture, text would be unreadable anyway
        return;

    const QColor accent = style::kindAccent(m_node.kind);
    const QRectF glyphBox(r.left() + kStripe + 6, r.center().y() - kGlyphBox / 2, kGlyphBox, kGlyphBox);
    QColor tint = accent;
    tint.setAlpha(28);
    painter->setBrush(tint);
    painter->drawRoundedRect(glyphBox, 7, 7);
    painter->save();
    painter->translate(glyphBox.topLeft() + QPointF(3, 3));
    painter->setPen(QPen(accent, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(style::kindGlyph(m_node.kind));
    painter->restore();

    const double textLeft = glyphBox.right() + 8;
    const double titleHeight = m_title.size().height();
    const double subtitleHeight = m_subtitle.text().isEmpty() ? 0 : m_subtitle.size().height();
    const double top = r.center().y() - (titleHeight + subtitleHeight) / 2;
    painter->setPen(style::text);
    painter->setFont(titleFont());
    painter->drawStaticText(QPointF(textLeft, top), m_title);
    if (subtitleHeight > 0) {
        painter->setPen(style::mutedText);
        painter->setFont(subtitleFont());
        painter->drawStaticText(QPointF(textLeft, top + titleHeight), m_subtitle);
    }

    if (!m_badge.text().isEmpty()) {
        const QRectF pill(r.right() - m_badgeWidth - 8, r.top() - 8, m_badgeWidth, 16);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(badgeColor(m_node));
        painter->drawRoundedRect(pill, 8, 8);
        painter->setPen(Qt::white);
        painter->setFont(badgeFont());
        const QSizeF text = m_badge.size();
        painter->drawStaticText(pill.center() - QPointF(text.width() / 2, text.height() / 2), m_badge);
    }
}

void TopologyNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    update();
    if (auto* s = qobject_cast<TopologyScene*>(scene()))
        s->notifyHovered(m_node.id);
    QGraphicsItem::hoverEnterEvent(event);
}

void TopologyNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    update();
    if (auto* s = qobject_cast<TopologyScene*>(scene()))
        s->notifyHovered(QString());
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace lcl::widgets
