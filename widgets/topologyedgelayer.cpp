#include "widgets/topologyedgelayer.h"

#include "widgets/topologyedgeitem.h"
#include "widgets/topologyscene.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace lcl::widgets {

namespace {

bool sameScale(const QTransform& a, const QTransform& b)
{
    return a.m11() == b.m11() && a.m22() == b.m22() && a.m12() == b.m12() && a.m21() == b.m21();
}

constexpr double kSlowRepaintMs = 12;
constexpr qsizetype kManyEdges = 200;

bool whole(double v)
{
    return std::abs(v - std::round(v)) < 1e-6;
}

struct EdgeJob {
    TopologyEdgeItem::Drawing drawing;
    QTransform toDevice; // item → viewport
    QRectF exposed;      // item coordinates
    double opacity = 1.0;
};

// The edges of `scene` inside `sceneRect`, in paint order (z), as copies either thread can draw.
std::vector<EdgeJob> edgeJobs(const TopologyScene& scene, const QRectF& sceneRect, const QTransform& view)
{
    QList<TopologyEdgeItem*> edges = scene.edgeItems();
    std::stable_sort(edges.begin(), edges.end(),
                     [](const TopologyEdgeItem* a, const TopologyEdgeItem* b) { return a->zValue() < b->zValue(); });
    std::vector<EdgeJob> jobs;
    jobs.reserve(size_t(edges.size()));
    for (const TopologyEdgeItem* edge : std::as_const(edges)) {
        if (!edge->isVisible() || !edge->sceneBoundingRect().intersects(sceneRect))
            continue;
        jobs.push_back({edge->drawing(), edge->sceneTransform() * view, edge->mapRectFromScene(sceneRect),
                        edge->effectiveOpacity()});
    }
    return jobs;
}

// Fills `rect` (device coordinates) with the background and draws the jobs over it.
void paintJobs(QPainter& p, const QRect& rect, const QColor& background, const std::vector<EdgeJob>& jobs, double lod)
{
    p.resetTransform();
    p.setOpacity(1.0);
    p.fillRect(rect, background);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    for (const EdgeJob& job : jobs) {
        p.setWorldTransform(job.toDevice);
        p.setOpacity(job.opacity);
        TopologyEdgeItem::paintDrawing(&p, job.drawing, lod, job.exposed);
    }
}

// Runs on a worker: everything it reads was copied on the GUI thread.
QImage strokeEdges(const std::vector<EdgeJob>& jobs, QSize pixels, qreal dpr, const QColor& background, double lod)
{
    QImage image(pixels, QImage::Format_RGB32);
    image.setDevicePixelRatio(dpr);
    QPainter p(&image);
    paintJobs(p, QRect(QPoint(0, 0), (QSizeF(pixels) / dpr).toSize()), background, jobs, lod);
    return image;
}

} // namespace

TopologyEdgeLayer::TopologyEdgeLayer(TopologyScene* scene, QWidget* viewport)
    : m_scene(scene)
    , m_viewport(viewport)
{
    m_scene->setEdgeLayerViewport(viewport);
    // Created here: it is also what the start of a render waits on (a timer that dies with the layer).
    m_watcher = std::make_unique<QFutureWatcher<Rendered>>();
    QObject::connect(m_watcher.get(), &QFutureWatcher<Rendered>::finished, m_watcher.get(), [this] {
        m_rendering = false;
        Rendered done = m_watcher->result();
        m_lastFullMs = done.ms;
        if (m_rendersFor) // not overtaken meanwhile
            m_ready = std::move(done);
        m_rendersFor.reset();
        if (m_onReady)
            m_onReady();
    });
}

TopologyEdgeLayer::~TopologyEdgeLayer()
{
    m_scene->setEdgeLayerViewport(nullptr);
    m_watcher->waitForFinished(); // the job holds only copies, but its result must not land after us
}

void TopologyEdgeLayer::draw(QPainter* painter, const QRectF& sceneRect)
{
    const QTransform view = painter->worldTransform();
    const QRect bounds(QPoint(0, 0), m_viewport->size());
    const QRect wanted = view.mapRect(sceneRect).toAlignedRect().intersected(bounds);
    if (wanted.isEmpty())
        return;
    const qreal dpr = m_viewport->devicePixelRatioF();
    const QSize pixels = (QSizeF(bounds.size()) * dpr).toSize();
    if (m_ready) {
        // An off-thread repaint came back: take it if it is at this zoom (a pan since then scrolls it below).
        if (m_ready->image.size() == pixels && sameScale(m_ready->transform, view)) {
            m_pixmap = QPixmap::fromImage(std::move(m_ready->image));
            m_pixmap.setDevicePixelRatio(dpr);
            m_transform = m_ready->transform;
            m_revision = m_ready->revision;
            m_valid = true;
        }
        m_ready.reset();
    }
    const bool usable = m_valid && m_pixmap.size() == pixels;
    const bool current = usable && m_revision == m_scene->edgeRevision();
    const bool async = usable
                       && (m_asyncMode == AsyncMode::Always
                           || (m_asyncMode == AsyncMode::Auto
                               && (m_lastFullMs > kSlowRepaintMs || m_scene->edgeCount() >= kManyEdges)));

    if (current && sameScale(view, m_transform)) {
        const double dx = view.dx() - m_transform.dx();
        const double dy = view.dy() - m_transform.dy();
        if (dx == 0 && dy == 0) {
            m_lastDraw = LastDraw::Blit;
        } else if (whole(dx * dpr) && whole(dy * dpr) && std::abs(dx) < bounds.width() && std::abs(dy) < bounds.height()) {
            // A pan: move what is painted and stroke only the strip that came into view.
            QRegion exposed;
            m_pixmap.scroll(int(std::round(dx * dpr)), int(std::round(dy * dpr)), m_pixmap.rect(), &exposed);
            m_transform = view;
            QRegion logical;
            qint64 area = 0;
            for (const QRect& r : exposed) {
                const QRect l = QRectF(QPointF(r.topLeft()) / dpr, QSizeF(r.size()) / dpr).toAlignedRect();
                logical += l;
                area += qint64(l.width()) * l.height();
            }
            if (async && area * 4 > qint64(bounds.width()) * bounds.height()) {
                // A jump (search, keyboard navigation): the edges of the new part come from the worker.
                QPainter fill(&m_pixmap);
                for (const QRect& r : logical)
                    fill.fillRect(r, m_scene->backgroundBrush());
                requestRender(view, pixels, dpr);
            } else {
                repaint(logical);
            }
            m_lastDraw = LastDraw::Scrolled;
        } else if (async) {
            requestRender(view, pixels, dpr);
            previewInto(painter, wanted, view);
            return;
        } else {
            repaintFully(view, pixels, dpr);
        }
    } else if (usable && (m_previewing || async)) {
        // Mid-zoom, or waiting for the worker: the last pixmap, scaled to where its scene points are now.
        if (!m_previewing)
            requestRender(view, pixels, dpr);
        previewInto(painter, wanted, view);
        return;
    } else {
        repaintFully(view, pixels, dpr);
    }
    painter->save();
    painter->resetTransform();
    painter->drawPixmap(wanted, m_pixmap, QRectF(QPointF(wanted.topLeft()) * dpr, QSizeF(wanted.size()) * dpr));
    painter->restore();
}

void TopologyEdgeLayer::previewInto(QPainter* painter, const QRect& wanted, const QTransform& view)
{
    const QTransform scaled = m_transform.inverted() * view;
    painter->save();
    painter->resetTransform();
    // Only what the scaled pixmap leaves uncovered (zooming out) needs the background.
    const QRect covered = scaled.mapRect(QRectF(QPointF(0, 0), m_pixmap.deviceIndependentSize())).toAlignedRect();
    for (const QRect& r : QRegion(wanted).subtracted(covered.adjusted(1, 1, -1, -1)))
        painter->fillRect(r, m_scene->backgroundBrush());
    painter->setWorldTransform(scaled);
    painter->drawPixmap(QPointF(0, 0), m_pixmap);
    painter->restore();
    m_lastDraw = LastDraw::Preview;
}

void TopologyEdgeLayer::repaintFully(const QTransform& view, const QSize& pixels, qreal dpr)
{
    if (m_pixmap.size() != pixels) {
        m_pixmap = QPixmap(pixels);
        m_pixmap.setDevicePixelRatio(dpr);
    }
    m_transform = view;
    m_revision = m_scene->edgeRevision();
    m_valid = true;
    QElapsedTimer clock;
    clock.start();
    repaint(QRect(QPoint(0, 0), m_viewport->size()));
    m_lastFullMs = double(clock.nsecsElapsed()) / 1e6;
    m_lastDraw = LastDraw::Repainted;
}

void TopologyEdgeLayer::requestRender(const QTransform& view, const QSize& pixels, qreal dpr)
{
    if (m_rendering) {
        if (!m_rendersFor || !sameScale(m_rendersFor->first, view) || m_rendersFor->second != m_scene->edgeRevision())
            m_rendersFor.reset(); // stale: when it ends, the next frame asks again
        return;
    }
    // The worker starts once this frame is painted: started now, it would take a core from the rest of the
    // frame (the nodes, and the fills Qt hands to its pool), which made the frame after a zoom jump slow.
    m_wanted = {view, pixels, dpr};
    if (m_startPending)
        return;
    m_startPending = true;
    QTimer::singleShot(0, m_watcher.get(), [this] { startRender(); });
}

void TopologyEdgeLayer::startRender()
{
    m_startPending = false;
    const auto [view, pixels, dpr] = m_wanted;
    const quint64 revision = m_scene->edgeRevision();
    // Copy what the worker needs, only for edges in view.
    const QRectF sceneRect = view.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(pixels) / dpr));
    std::vector<EdgeJob> jobs = edgeJobs(*m_scene, sceneRect, view);
    const QColor background = m_scene->backgroundBrush().color();
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(view);
    m_rendering = true;
    m_rendersFor = std::make_pair(view, revision);
    // In Qt's global pool: there the raster engine fills on the calling thread instead of handing spans to
    // pool threads, which makes this repaint about three times faster than on the GUI thread.
    m_watcher->setFuture(QtConcurrent::run([jobs = std::move(jobs), pixels, dpr, background, lod, view, revision] {
        // This job holds one of the pool's threads for tens of milliseconds; the GUI thread's fills meanwhile
        // should still find as many as before (releaseThread without a reservation lends one more).
        QThreadPool::globalInstance()->releaseThread();
        QElapsedTimer clock;
        clock.start();
        Rendered out;
        out.image = strokeEdges(jobs, pixels, dpr, background, lod);
        QThreadPool::globalInstance()->reserveThread();
        out.transform = view;
        out.revision = revision;
        out.ms = double(clock.nsecsElapsed()) / 1e6;
        return out;
    }));
}

void TopologyEdgeLayer::repaint(const QRegion& region)
{
    if (region.isEmpty())
        return;
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(m_transform);
    const QTransform toScene = m_transform.inverted();
    const QColor background = m_scene->backgroundBrush().color();
    // Rectangle by rectangle (a diagonal pan exposes an L of two strips), clipped to it: long strokes cost
    // only what falls inside. Qt starts the dash pattern of a clipped dashed stroke a little differently, so
    // dotted edges may show a seam of a pixel or two where a strip meets what was there.
    QPainter p(&m_pixmap);
    for (const QRect& rect : region) {
        p.setClipRect(rect);
        paintJobs(p, rect, background, edgeJobs(*m_scene, toScene.mapRect(QRectF(rect)), m_transform), lod);
    }
}

} // namespace lcl::widgets
