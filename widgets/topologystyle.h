#pragma once

#include "lab/topologyedge.h"
#include "lab/topologynode.h"

#include <QColor>
#include <QPainterPath>
#include <QPen>

namespace lcl::widgets {

// The topology's visual vocabulary in one place, shared by the items, the legend and the exports.
namespace topologystyle {

QColor healthColor(lab::TopologyHealth health);
// Traffic edge colour by error ratio: green below 1 %, amber below 5 %, red above; blue-grey with no number.
QColor errorColor(const std::optional<double>& errorRatio);
// Traffic edge width by request rate on a log scale, 1.5 (no traffic) to 9 points.
double rateWidth(const std::optional<double>& rate);
// The pen of an edge: thin grey for Kubernetes structure (dashed for selectors and ownership), dotted for a
// declared dependency without numbers, width/colour by rate/errors for traffic.
QPen edgePen(const lab::TopologyEdge& edge);
QColor kindAccent(lab::TopologyNodeKind kind);
// A glyph for the kind in a 24×24 box at the origin, drawn with a 1.6-point pen; built once per kind.
const QPainterPath& kindGlyph(lab::TopologyNodeKind kind);

inline const QColor background{0xf6, 0xf8, 0xfb};
inline const QColor nodeFill{0xff, 0xff, 0xff};
inline const QColor nodeBorder{0xc5, 0xce, 0xda};
inline const QColor text{0x1f, 0x29, 0x37};
inline const QColor mutedText{0x5f, 0x6b, 0x7a};
inline const QColor focus{0x25, 0x63, 0xeb};
inline const QColor searchMatch{0xf5, 0xb7, 0x00};

} // namespace topologystyle
} // namespace lcl::widgets
