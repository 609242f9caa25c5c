#pragma once

#include "lab/graphlayoutresult.h"
#include "lab/topologyedge.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QStaticText>

namespace lcl::widgets {

// One edge: the spline Graphviz routed, an arrow head, and for traffic a label with rate, errors and p95
// (canary weights on weighted route backends). Path, pen, arrow and label are computed when the edge or its
// route changes; paint only draws them.
class TopologyEdgeItem final : public QGraphicsItem {
public:
    explicit TopologyEdgeItem(const lab::TopologyEdge& edge);

    const lab::TopologyEdge& edge() const { return m_edge; }
    void setEdge(const lab::TopologyEdge& edge);
    void setRoute(const lab::LayoutPath& route);
    // A route drawn as a polyline (during an animation between two layouts).
    void setPolyline(const QList<QPointF>& points);
    const QPainterPath& path() const { return m_path; }
    QString labelText() const { return m_labelText; }
    void setDimmed(bool dimmed);
    // Set on every edge of a large graph (hundreds of edges): strokes are drawn without antialiasing, which
    // costs a quarter of the time there.
    void setCrowded(bool crowded)
    {
        m_crowded = crowded;
        touch();
    }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    // Draws nothing into the viewport of a view that paints edges through its TopologyEdgeLayer.
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    // What painting this edge needs, copied (implicitly shared) so that a worker thread can draw it while the
    // item lives on: TopologyEdgeLayer strokes large graphs off the GUI thread.
    struct Drawing {
        QList<std::pair<QRectF, QPolygonF>> pieces;
        QPolygonF arrow;
        QPen pen;
        QString label;
        QRectF labelRect;
        QColor labelColor;
        double strokeOpacity = 1.0;
        double labelOpacity = 1.0;
        bool antialiased = true;
    };
    Drawing drawing() const;
    // `painter` maps item coordinates, `lod` is the view's scale, only the parts of the path inside `exposed`
    // (item coordinates) are stroked. Multiplies the painter's opacity. Safe on any thread.
    static void paintDrawing(QPainter* painter, const Drawing& drawing, double lod, const QRectF& exposed);

    enum { Type = UserType + 72 };
    int type() const override { return Type; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    void touch(); // tells the scene's edge layer that what this edge looks like changed
    void setPath(const QPainterPath& path, const QPointF& tip);
    void refreshLabel();
    void refreshGeometry();

    lab::TopologyEdge m_edge;
    QPen m_pen;
    QPainterPath m_path;
    QPointF m_tip;
    QPolygonF m_arrow;
    QString m_labelText;
    QStaticText m_label;
    QRectF m_labelRect;
    QRectF m_bounds;
    // The path flattened and cut into short polylines with their bounds, so that a frame strokes only what
    // is visible: long edges cross the whole graph and stroking them in full dominated pan and zoom frames.
    QList<std::pair<QRectF, QPolygonF>> m_pieces;
    bool m_dimmed = false;
    bool m_crowded = false;
};

} // namespace lcl::widgets
