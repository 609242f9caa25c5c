#pragma once

#include "lab/topologynode.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>

namespace lcl::widgets {

// One node of the topology: a rounded box with the kind's glyph, a health stripe, the name, a second line
// (namespace and subtitle) and the ready/desired pod badge. Texts and shapes are laid out once per change,
// not per frame (a zoom jump repaints every node in view at the new scale); the item is cached in device coordinates, so panning only blits.
class TopologyNodeItem final : public QGraphicsItem {
public:
    TopologyNodeItem(const lab::TopologyNode& node, const QSizeF& size);

    const lab::TopologyNode& node() const { return m_node; }
    QString id() const { return m_node.id; }
    // Updates the text, health and badge in place (the item does not move).
    void setNode(const lab::TopologyNode& node);
    void setSize(const QSizeF& size);
    QSizeF size() const { return m_size; }

    void setCurrent(bool current);  // the keyboard focus of the view
    bool isCurrent() const { return m_current; }
    void setSearchMatch(bool match); // highlighted by the search box
    bool isSearchMatch() const { return m_searchMatch; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    enum { Type = UserType + 71 };
    int type() const override { return Type; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    void relayoutText();
    QRectF box() const { return {-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height()}; }

    lab::TopologyNode m_node;
    QSizeF m_size;
    QStaticText m_title;
    QStaticText m_subtitle;
    QStaticText m_badge;
    double m_badgeWidth = 0;
    QPainterPath m_stripe; // the health stripe: the box's left edge, clipped to its rounded corners
    bool m_current = false;
    bool m_searchMatch = false;
    bool m_hovered = false;
};

} // namespace lcl::widgets
