#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace lcl::lab {

// The route of one edge: a cubic Bézier chain (start, then control, control, end per segment) and the point
// the arrow head touches on the target node's border.
struct LayoutPath {
    QList<QPointF> bezier;
    QPointF tip;
};

// Positions and routes computed for one shape of the topology, in scene units (points, y down, origin at
// the top-left of the bounding box). A plain value handed from the layout thread to the GUI thread.
struct GraphLayoutResult {
    quint64 generation = 0; // the request it answers; older answers are stale
    quint64 shapeHash = 0;  // Topology::shapeHash() of the graph laid out
    QHash<QString, QRectF> nodes;     // node id → rectangle
    QHash<QString, LayoutPath> paths; // TopologyEdge::pathKey() → route
    QRectF bounds;
    double elapsedMs = 0;   // time spent in Graphviz, lock wait excluded
    QString error;          // translated; non-empty when the layout failed

    bool isValid() const { return error.isEmpty() && shapeHash != 0; }
};

} // namespace lcl::lab

Q_DECLARE_METATYPE(lcl::lab::GraphLayoutResult)
