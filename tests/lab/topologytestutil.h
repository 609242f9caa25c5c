#pragma once

#include "lab/topologyedge.h"
#include "lab/topologynode.h"

// Small builders shared by the topology and layout tests.
namespace lcl::lab::test {

inline TopologyNode makeNode(const QString& id, TopologyNodeKind kind, const QString& label)
{
    TopologyNode n;
    n.id = id;
    n.kind = kind;
    n.label = label;
    return n;
}

inline TopologyEdge makeEdge(const QString& from, const QString& to, TopologyEdgeKind kind)
{
    TopologyEdge e;
    e.from = from;
    e.to = to;
    e.kind = kind;
    return e;
}

} // namespace lcl::lab::test
