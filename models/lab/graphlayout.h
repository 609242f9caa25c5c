#pragma once

#include "lab/graphlayoutresult.h"
#include "lab/topology.h"

#include <QCoreApplication>
#include <QSizeF>

namespace lcl::lab {

// Lays a topology out left to right with Graphviz's dot engine, one rank per node kind (client, gateway,
// routes, services, workloads, pods, backing services, platform). Blocking and thread-safe: callers run it
// off the GUI thread (LayoutJob does). Graphviz keeps global state, so layouts run one at a time.
class GraphLayout final {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::GraphLayout)

public:
    // The size a node of `kind` is laid out (and drawn) at, in points.
    static QSizeF nodeSize(TopologyNodeKind kind);

    static GraphLayoutResult compute(const Topology& topology, quint64 generation = 0);
};

} // namespace lcl::lab
