#pragma once

#include "lab/topology.h"
#include "lab/topologyfilter.h"

#include <QGraphicsView>

#include <memory>

class QTimer;

namespace lcl::lab {
class LayoutJob;
struct GraphLayoutResult;
}

namespace lcl::widgets {

class TopologyEdgeLayer;
class TopologyScene;
class TopologyNodeItem;

// The topology graph: zoom (wheel, Ctrl +/-), pan (drag), fit (F), keyboard navigation between nodes (arrow
// keys move to the nearest node in that direction, Enter opens it), search highlighting, filters, export to
// PNG and SVG. Layouts run off the GUI thread (LayoutJob); when only numbers change nothing moves.
class TopologyView final : public QGraphicsView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)

public:
    explicit TopologyView(QWidget* parent = nullptr);
    ~TopologyView() override;

    // The whole graph; the filter decides what is shown.
    void setTopology(const lab::Topology& topology);
    const lab::Topology& topology() const { return m_full; }
    const lab::Topology& shownTopology() const { return m_shown; }
    void setFilter(const lab::TopologyFilter& filter);
    const lab::TopologyFilter& filter() const { return m_filter; }

    TopologyScene* topologyScene() const { return m_scene; }
    lab::LayoutJob* layoutJob() const { return m_layout; }
    bool isLayoutPending() const;

    double zoom() const; // 1.0 = 100 %
    void setZoom(double zoom);
    // One step of an interactive zoom (wheel, keys): while steps keep coming the edges are drawn from a
    // scaled image of the last frame, and stroked again 150 ms after the last step.
    void zoomBy(double factor);
    bool isZoomGestureActive() const;
    TopologyEdgeLayer* edgeLayer() const { return m_edgeLayer.get(); }
    void fitAll();

    QString currentNode() const { return m_current; }
    void setCurrentNode(const QString& id, bool ensureVisible = true);
    // Highlights matches and makes the first one current; returns how many matched.
    int setSearchText(const QString& text);
    QStringList searchMatches() const { return m_matches; }

    // The whole graph at `scale` pixels per point (PNG) or as vectors (SVG); false with `error` set on failure.
    bool exportPng(const QString& path, double scale = 2.0, QString* error = nullptr) const;
    bool exportSvg(const QString& path, QString* error = nullptr) const;

Q_SIGNALS:
    void nodeActivated(const QString& id);      // double-click or Enter: open the service's detail
    void currentNodeChanged(const QString& id);
    void nodeHovered(const QString& id);
    void layoutApplied();                       // positions are final (after the animation)
    void layoutFailed(const QString& message);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void refresh();
    void onLayout(const lab::GraphLayoutResult& previous, const lab::GraphLayoutResult& current);
    QString nearestInDirection(int key) const;
    QRectF exportRect() const;

    TopologyScene* m_scene = nullptr;
    lab::LayoutJob* m_layout = nullptr;
    lab::Topology m_full;
    lab::Topology m_shown;
    lab::TopologyFilter m_filter;
    QString m_current;
    QString m_searchText;
    QStringList m_matches;
    bool m_fitPending = true; // the first layout is fitted to the window
    std::unique_ptr<TopologyEdgeLayer> m_edgeLayer;
    QTimer* m_zoomSettle = nullptr; // a zoom gesture ends when no step came for a while
};

} // namespace lcl::widgets
