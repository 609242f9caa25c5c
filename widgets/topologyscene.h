#pragma once

#include "lab/graphlayoutresult.h"
#include "lab/topology.h"

#include <QGraphicsScene>
#include <QHash>

class QVariantAnimation;

namespace lcl::widgets {

class TopologyEdgeItem;
class TopologyNodeItem;

// The items of one topology. Numbers change in place (setTopology); positions change only when a new layout
// is applied, animated from the previous one.
class TopologyScene final : public QGraphicsScene {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyScene)

public:
    explicit TopologyScene(QObject* parent = nullptr);
    ~TopologyScene() override;

    // Updates labels, health, badges and traffic of the items that exist. Items for new nodes appear with the
    // next applyLayout (a new shape always brings one).
    void setTopology(const lab::Topology& topology);
    const lab::Topology& topology() const { return m_topology; }

    // Places items for the current topology at `current`'s positions, animating from `previous` when
    // `animate` (items that were not there fade in; items that are gone are removed).
    void applyLayout(const lab::GraphLayoutResult& previous, const lab::GraphLayoutResult& current, bool animate);
    bool isAnimating() const;
    void finishAnimation();

    TopologyNodeItem* nodeItem(const QString& id) const { return m_nodes.value(id); }
    QList<TopologyNodeItem*> nodeItems() const { return m_nodes.values(); }
    QList<TopologyEdgeItem*> edgeItems() const { return m_edges.values(); }
    qsizetype edgeCount() const { return m_edges.size(); }
    QRectF graphRect() const; // the nodes and edges, without margins

    // Highlights nodes whose label, id or namespace contains `text`, dims the others; returns the matches
    // sorted left to right, top to bottom. An empty text clears the search.
    QStringList search(const QString& text);

    // Called by the node items.
    void notifyHovered(const QString& id) { Q_EMIT nodeHovered(id); }

    // Counts changes to how any edge looks (TopologyEdgeLayer repaints when it moved); called by the edges.
    void touchEdges() { ++m_edgeRevision; }
    quint64 edgeRevision() const { return m_edgeRevision; }
    // The viewport whose view draws the edges itself (through a TopologyEdgeLayer); null when none.
    void setEdgeLayerViewport(const QWidget* viewport) { m_edgeLayerViewport = viewport; }
    const QWidget* edgeLayerViewport() const { return m_edgeLayerViewport; }

Q_SIGNALS:
    void nodeHovered(const QString& id); // empty when the pointer left the node
    void animationFinished();

private:
    void syncItems(const lab::GraphLayoutResult& current);
    void step(double t);

    lab::Topology m_topology;
    QHash<QString, TopologyNodeItem*> m_nodes;
    QHash<QString, TopologyEdgeItem*> m_edges; // by TopologyEdge::id()
    lab::GraphLayoutResult m_from;
    lab::GraphLayoutResult m_to;
    QVariantAnimation* m_animation = nullptr;
    quint64 m_edgeRevision = 1;
    const QWidget* m_edgeLayerViewport = nullptr;
};

} // namespace lcl::widgets
