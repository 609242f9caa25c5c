#pragma once

#include <QPixmap>
#include <QRectF>
#include <QTransform>

class QPainter;
class QWidget;

namespace lcl::widgets {

class TopologyScene;

// The edges of a topology painted for one view into a viewport-sized pixmap that is kept between frames.
// Stroking a thousand long, antialiased splines is what made pan and zoom frames slow, so:
//  - a frame that only needs what is already painted is one blit;
//  - a pan scrolls the pixmap and strokes only the strip that came into view;
//  - while a zoom gesture is under way (previewing), the last pixmap is drawn scaled, and the edges are
//    stroked again once the gesture settles;
//  - any change to an edge (the scene's edge revision) repaints the layer in full at the next frame.
// Edges paint themselves as usual everywhere else (exports, other views).
class TopologyEdgeLayer final {
public:
    TopologyEdgeLayer(TopologyScene* scene, QWidget* viewport);
    ~TopologyEdgeLayer();
    TopologyEdgeLayer(const TopologyEdgeLayer&) = delete;
    TopologyEdgeLayer& operator=(const TopologyEdgeLayer&) = delete;

    // Draws background and edges for `sceneRect`; `painter` is the view's, with the view transform set.
    void draw(QPainter* painter, const QRectF& sceneRect);

    void setPreviewing(bool previewing) { m_previewing = previewing; }
    bool isPreviewing() const { return m_previewing; }
    void invalidate() { m_valid = false; }

    // What the last draw did, for tests and benchmarks.
    enum class LastDraw { Nothing, Blit, Scrolled, Repainted, Preview };
    LastDraw lastDraw() const { return m_lastDraw; }

private:
    void repaint(const QRegion& region);

    TopologyScene* m_scene;
    QWidget* m_viewport;
    QPixmap m_pixmap;         // the viewport's size, in device pixels
    QTransform m_transform;   // scene → viewport when the pixmap was painted
    quint64 m_revision = 0;
    bool m_valid = false;
    bool m_previewing = false;
    LastDraw m_lastDraw = LastDraw::Nothing;
};

} // namespace lcl::widgets
