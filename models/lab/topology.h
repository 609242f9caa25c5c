#pragma once

#include "lab/topologyedge.h"
#include "lab/topologynode.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace lcl::lab {

// The graph the topology view shows: nodes by stable id and the edges between them. A plain value: it is
// built on the GUI thread, copied to the layout thread and compared by shape.
class Topology final {
public:
    // Adds or replaces the node with the same id.
    void addNode(const TopologyNode& node);
    // Adds an edge between known nodes; false (and nothing added) when an end is unknown or the same edge
    // (same kind, same ends) is already there.
    bool addEdge(const TopologyEdge& edge);

    const QList<TopologyNode>& nodes() const { return m_nodes; }
    const QList<TopologyEdge>& edges() const { return m_edges; }
    const TopologyNode* node(const QString& id) const;
    TopologyNode* node(const QString& id);
    const TopologyEdge* edge(const QString& edgeId) const;
    TopologyEdge* edge(const QString& edgeId);
    bool isEmpty() const { return m_nodes.isEmpty(); }

    QStringList namespaces() const; // sorted, without the empty one
    QStringList neighbours(const QString& id) const;
    bool hasTrafficNumbers() const; // any edge carries a number from metrics

    // Changes when nodes or edges are added or removed (or a node changes kind), never when labels, health,
    // pod counts or traffic numbers change: the layout depends on this and nothing else.
    quint64 shapeHash() const;

    // Why parts of the graph are missing, translated ("No metrics: traffic numbers are not shown").
    QStringList notes() const { return m_notes; }
    void addNote(const QString& note) { m_notes << note; }

private:
    QList<TopologyNode> m_nodes;
    QList<TopologyEdge> m_edges;
    QHash<QString, qsizetype> m_nodeIndex;
    QHash<QString, qsizetype> m_edgeIndex;
    QStringList m_notes;
};

} // namespace lcl::lab
