#include "lab/topologyfilter.h"

#include <QSet>

namespace lcl::lab {

bool TopologyFilter::matches(const TopologyNode& node) const
{
    if (!ns.isEmpty() && node.ns != ns)
        return false;
    if (onlyUnhealthy && !node.isUnhealthy())
        return false;
    return true;
}

Topology TopologyFilter::apply(const Topology& topology) const
{
    const auto podsAllowed = [this](const TopologyNode& n) { return showPods || n.kind != TopologyNodeKind::PodGroup; };

    QSet<QString> keep;
    const bool narrowing = !ns.isEmpty() || onlyUnhealthy;
    for (const TopologyNode& n : topology.nodes())
        if (podsAllowed(n) && (!narrowing || matches(n)))
            keep.insert(n.id);
    if (narrowing) {
        const QSet<QString> matched = keep;
        for (const TopologyEdge& e : topology.edges()) {
            if (matched.contains(e.from) && podsAllowed(*topology.node(e.to)))
                keep.insert(e.to);
            if (matched.contains(e.to) && podsAllowed(*topology.node(e.from)))
                keep.insert(e.from);
        }
    }

    Topology result;
    for (const TopologyNode& n : topology.nodes())
        if (keep.contains(n.id))
            result.addNode(n);
    for (const TopologyEdge& e : topology.edges())
        if (keep.contains(e.from) && keep.contains(e.to))
            result.addEdge(e);
    for (const QString& note : topology.notes())
        result.addNote(note);
    return result;
}

} // namespace lcl::lab
