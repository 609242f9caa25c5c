#include "widgets/topologyedgelayer.h"

#include "widgets/topologyedgeitem.h"
#include "widgets/topologyscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace lcl::widgets {

namespace {

bool sameScale(const QTransform& a, const QTransform& b)
{
    return a.m11() == b.m11() && a.m22() == b.m22() && a.m12() == b.m12() && a.m21() == b.m21();
}

bool whole(double v)
{
    return std::abs(v - std::round(v)) < 1e-6;
}

} // namespace

TopologyEdgeLayer::TopologyEdgeLayer(TopologyScene* scene, QWidget* viewport)
    : m_scene(scene)
    , m_viewport(viewport)
{
    m_scene->setEdgeLayerViewport(viewport);
}

TopologyEdgeLayer::~TopologyEdgeLayer()
{
    m_scene->setEdgeLayerViewport(nullptr);
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
    const bool fresh = m_valid && m_pixmap.size() == pixels && m_revision == m_scene->edgeRevision();

    if (fresh && sameScale(view, m_transform)) {
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
            for (const QRect& r : exposed)
                logical += QRectF(QPointF(r.topLeft()) / dpr, QSizeF(r.size()) / dpr).toAlignedRect();
            repaint(logical);
            m_lastDraw = LastDraw::Scrolled;
        } else {
            m_transform = view;
            repaint(bounds);
            m_lastDraw = LastDraw::Repainted;
        }
    } else if (fresh && m_previewing) {
        // Mid-zoom: the last pixmap, scaled to where its scene points are now.
        painter->save();
        painter->resetTransform();
        painter->fillRect(wanted, m_scene->backgroundBrush());
        painter->setWorldTransform(m_transform.inverted() * view);
        painter->drawPixmap(QPointF(0, 0), m_pixmap);
        painter->restore();
        m_lastDraw = LastDraw::Preview;
        return;
    } else {
        if (m_pixmap.size() != pixels) {
            m_pixmap = QPixmap(pixels);
            m_pixmap.setDevicePixelRatio(dpr);
        }
        m_transform = view;
        m_revision = m_scene->edgeRevision();
        m_valid = true;
        repaint(bounds);
        m_lastDraw = LastDraw::Repainted;
    }
    painter->save();
    painter->resetTransform();
    painter->drawPixmap(wanted, m_pixmap, QRectF(QPointF(wanted.topLeft()) * dpr, QSizeF(wanted.size()) * dpr));
    painter->restore();
}

void TopologyEdgeLayer::repaint(const QRegion& region)
{
    if (region.isEmpty())
        return;
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(m_transform);
    QList<TopologyEdgeItem*> edges = m_scene->edgeItems();
    std::stable_sort(edges.begin(), edges.end(),
                     [](const TopologyEdgeItem* a, const TopologyEdgeItem* b) { return a->zValue() < b->zValue(); });
    const QTransform toScene = m_transform.inverted();
    const auto paintEdges = [&](QPainter& p, const QRect& rect) {
        p.resetTransform();
        p.setOpacity(1.0);
        p.fillRect(rect, m_scene->backgroundBrush());
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const QRectF sceneRect = toScene.mapRect(QRectF(rect));
        for (TopologyEdgeItem* edge : edges) {
            if (!edge->isVisible() || !edge->sceneBoundingRect().intersects(sceneRect))
                continue;
            p.setWorldTransform(edge->sceneTransform() * m_transform);
            p.setOpacity(edge->effectiveOpacity());
            edge->paintEdge(&p, lod, edge->mapRectFromScene(sceneRect));
        }
    };
    // Rectangle by rectangle (a diagonal pan exposes an L of two strips), clipped to it: long strokes cost
    // only what falls inside. Qt starts the dash pattern of a clipped dashed stroke a little differently, so
    // dotted edges may show a seam of a pixel or two where a strip meets what was there.
    QPainter p(&m_pixmap);
    for (const QRect& rect : region) {
        p.setClipRect(rect);
        paintEdges(p, rect);
    }
}

} // namespace lcl::widgets
