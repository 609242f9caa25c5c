#include "lab/topology.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace lcl::lab {

void Topology::addNode(const TopologyNode& node)
{
    if (const auto it = m_nodeIndex.constFind(node.id); it != m_nodeIndex.cend()) {
        m_nodes[*it] = node;
        return;
    }
    m_nodeIndex.insert(node.id, m_nodes.size());
    m_nodes.append(node);
}

bool Topology::addEdge(const TopologyEdge& edge)
{
    if (!m_nodeIndex.contains(edge.from) || !m_nodeIndex.contains(edge.to))
        return false;
    const QString id = edge.id();
    if (m_edgeIndex.contains(id))
        return false;
    m_edgeIndex.insert(id, m_edges.size());
    m_edges.append(edge);
    return true;
}

const TopologyNode* Topology::node(const QString& id) const
{
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.cend() ? nullptr : &m_nodes[*it];
}

TopologyNode* Topology::node(const QString& id)
{
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.cend() ? nullptr : &m_nodes[*it];
}

const TopologyEdge* Topology::edge(const QString& edgeId) const
{
    const auto it = m_edgeIndex.constFind(edgeId);
    return it == m_edgeIndex.cend() ? nullptr : &m_edges[*it];
}

TopologyEdge* Topology::edge(const QString& edgeId)
{
    const auto it = m_edgeIndex.constFind(edgeId);
    return it == m_edgeIndex.cend() ? nullptr : &m_edges[*it];
}

QStringList Topology::namespaces() const
{
    QSet<QString> seen;
    for (const TopologyNode& n : m_nodes)
        if (!n.ns.isEmpty())
            seen.insert(n.ns);
    QStringList result(seen.cbegin(), seen.cend());
    result.sort();
    return result;
}

QStringList Topology::neighbours(const QString& id) const
{
    QStringList result;
    for (const TopologyEdge& e : m_edges) {
        if (e.from == id && !result.contains(e.to))
            result << e.to;
        else if (e.to == id && !result.contains(e.from))
            result << e.from;
    }
    return result;
}

bool Topology::hasTrafficNumbers() const
{
    return std::any_of(m_edges.cbegin(), m_edges.cend(), [](const TopologyEdge& e) { return e.traffic.hasAny(); });
}

quint64 Topology::shapeHash() const
{
    // Sorted so that the order in which a builder adds things does not count; edge kinds do not count either,
    // because the layout routes one path per pair of nodes.
    QStringList parts;
    parts.reserve(m_nodes.size() + m_edges.size());
    for (const TopologyNode& n : m_nodes)
        parts << QStringLiteral("n|") + QString::number(static_cast<int>(n.kind)) + QLatin1Char('|') + n.id;
    QSet<QString> pairs;
    for (const TopologyEdge& e : m_edges)
        pairs.insert(QStringLiteral("e|") + e.pathKey());
    parts.append(QStringList(pairs.cbegin(), pairs.cend()));
    parts.sort();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString& p : parts) {
        hash.addData(p.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    const QByteArray digest = hash.result();
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<quint8>(digest[i]);
    return value;
}

} // namespace lcl::lab
