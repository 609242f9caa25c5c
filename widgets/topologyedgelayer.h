#pragma once

#include <QImage>
#include <QPixmap>
#include <QRectF>
#include <QTransform>

#include <functional>
#include <memory>
#include <optional>

class QPainter;
class QWidget;
template <typename T>
class QFutureWatcher;

namespace lcl::widgets {

class TopologyScene;

// The edges of a topology painted for one view into a viewport-sized pixmap that is kept between frames.
// Stroking a thousand long, antialiased splines is what made pan and zoom frames slow, so:
//  - a frame that only needs what is already painted is one blit;
//  - a pan scrolls the pixmap and strokes only the strip that came into view;
//  - while a zoom gesture is under way (previewing), the last pixmap is drawn scaled, and the edges are
//    stroked again once the gesture settles;
//  - any change to an edge (the scene's edge revision) repaints the layer in full at the next frame.
// A full repaint that took longer than a frame (a large graph) is done off the GUI thread instead: the edges'
// drawings are copied, a worker strokes them into an image, and until it is back the last pixmap is shown
// (scaled if the zoom changed). Edges paint themselves as usual everywhere else (exports, other views).
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
    // Called on the GUI thread when an off-thread repaint is ready to be shown (the view asks for a frame).
    void setReadyCallback(std::function<void()> ready) { m_onReady = std::move(ready); }
    // Where full repaints run once there is a frame to show meanwhile: Auto sends them to a worker when the last
    // one took longer than 12 ms or the scene has 200 edges or more (a cheap, zoomed-out repaint says little
    // about the next one); tests pin Always or Never.
    enum class AsyncMode { Auto, Always, Never };
    void setAsyncMode(AsyncMode mode) { m_asyncMode = mode; }
    bool isRenderPending() const { return m_rendering || m_startPending; }

    // What the last draw did, for tests and benchmarks.
    enum class LastDraw { Nothing, Blit, Scrolled, Repainted, Preview };
    LastDraw lastDraw() const { return m_lastDraw; }
    // How long the last full repaint took on whichever thread did it.
    double lastFullRepaintMs() const { return m_lastFullMs; }

private:
    struct Rendered {
        QImage image;
        QTransform transform;
        quint64 revision = 0;
        double ms = 0;
    };

    void repaint(const QRegion& region);
    void repaintFully(const QTransform& view, const QSize& pixels, qreal dpr);
    void requestRender(const QTransform& view, const QSize& pixels, qreal dpr);
    void startRender();
    void previewInto(QPainter* painter, const QRect& wanted, const QTransform& view);

    TopologyScene* m_scene;
    QWidget* m_viewport;
    QPixmap m_pixmap;         // the viewport's size, in device pixels
    QTransform m_transform;   // scene → viewport when the pixmap was painted
    quint64 m_revision = 0;
    bool m_valid = false;
    bool m_previewing = false;
    LastDraw m_lastDraw = LastDraw::Nothing;
    double m_lastFullMs = 0;
    AsyncMode m_asyncMode = AsyncMode::Auto;
    std::function<void()> m_onReady;
    std::unique_ptr<QFutureWatcher<Rendered>> m_watcher;
    struct Wanted {
        QTransform view;
        QSize pixels;
        qreal dpr = 1;
    };
    Wanted m_wanted;            // what the next render paints, once the frame that asked for it is done
    bool m_startPending = false;
    bool m_rendering = false;
    std::optional<std::pair<QTransform, quint64>> m_rendersFor; // what the running render paints
    std::optional<Rendered> m_ready;                             // finished, not yet shown
};

} // namespace lcl::widgets
