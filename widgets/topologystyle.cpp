#include "widgets/topologystyle.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace lcl::widgets::topologystyle {

using lab::TopologyEdgeKind;
using lab::TopologyHealth;
using lab::TopologyNodeKind;

QColor healthColor(TopologyHealth health)
{
    switch (health) {
    case TopologyHealth::Ok: return {0x22, 0x9a, 0x5a};
    case TopologyHealth::Warning: return {0xe0, 0x9a, 0x1a};
    case TopologyHealth::Critical: return {0xd6, 0x3b, 0x3b};
    case TopologyHealth::Unknown: return {0x9a, 0xa5, 0xb1};
    }
    return {0x9a, 0xa5, 0xb1};
}

QColor errorColor(const std::optional<double>& errorRatio)
{
    if (!errorRatio)
        return {0x5b, 0x7f, 0xbf};
    if (*errorRatio < 0.01)
        return {0x2f, 0xa8, 0x66};
    if (*errorRatio < 0.05)
        return {0xe0, 0x9a, 0x1a};
    return {0xd6, 0x3b, 0x3b};
}

double rateWidth(const std::optional<double>& rate)
{
    if (!rate || *rate <= 0)
        return 1.5;
    return std::clamp(1.5 + 2.2 * std::log10(1.0 + *rate), 1.5, 9.0);
}

QPen edgePen(const lab::TopologyEdge& edge)
{
    if (edge.traffic.hasAny()) {
        QPen pen(errorColor(edge.traffic.errorRatio), rateWidth(edge.traffic.rate));
        pen.setCapStyle(Qt::RoundCap);
        return pen;
    }
    QPen pen(QColor(0x98, 0xa4, 0xb3), 1.3);
    switch (edge.kind) {
    case TopologyEdgeKind::Attachment:
    case TopologyEdgeKind::Backend:
        break;
    case TopologyEdgeKind::Selector:
    case TopologyEdgeKind::Ownership:
        pen.setStyle(Qt::DashLine);
        pen.setDashPattern({4, 3});
        break;
    case TopologyEdgeKind::Dependency:
    case TopologyEdgeKind::Traffic:
        pen.setColor(QColor(0x7a, 0x8c, 0xa8));
        pen.setWidthF(1.5);
        pen.setStyle(Qt::DotLine);
        pen.setCapStyle(Qt::RoundCap);
        break;
    }
    return pen;
}

QColor kindAccent(TopologyNodeKind kind)
{
    switch (kind) {
    case TopologyNodeKind::Client: return {0x47, 0x55, 0x69};
    case TopologyNodeKind::Gateway: return {0x7c, 0x3a, 0xed};
    case TopologyNodeKind::Route: return {0x0e, 0x74, 0x90};
    case TopologyNodeKind::Service: return {0x25, 0x63, 0xeb};
    case TopologyNodeKind::Workload: return {0x05, 0x96, 0x69};
    case TopologyNodeKind::PodGroup: return {0x0d, 0x94, 0x88};
    case TopologyNodeKind::Backing: return {0xc2, 0x41, 0x0c};
    case TopologyNodeKind::Observability: return {0x6b, 0x72, 0x80};
    }
    return {0x6b, 0x72, 0x80};
}

namespace {

QPainterPath buildGlyph(TopologyNodeKind kind)
{
    QPainterPath p;
    switch (kind) {
    case TopologyNodeKind::Client: // a globe
        p.addEllipse(QRectF(2, 2, 20, 20));
        p.addEllipse(QRectF(7, 2, 10, 20));
        p.moveTo(2, 12);
        p.lineTo(22, 12);
        break;
    case TopologyNodeKind::Gateway: { // a shield
        p.moveTo(12, 2);
        p.lineTo(21, 5.5);
        p.cubicTo(21, 14, 17, 19, 12, 22);
        p.cubicTo(7, 19, 3, 14, 3, 5.5);
        p.closeSubpath();
        p.moveTo(8, 12);
        p.lineTo(16, 12);
        p.moveTo(13, 9);
        p.lineTo(16, 12);
        p.lineTo(13, 15);
        break;
    }
    case TopologyNodeKind::Route: // a signpost: a fork
        p.moveTo(3, 12);
        p.lineTo(10, 12);
        p.cubicTo(14, 12, 14, 5, 20, 5);
        p.moveTo(10, 12);
        p.cubicTo(14, 12, 14, 19, 20, 19);
        p.moveTo(17, 2);
        p.lineTo(20, 5);
        p.lineTo(17, 8);
        p.moveTo(17, 16);
        p.lineTo(20, 19);
        p.lineTo(17, 22);
        break;
    case TopologyNodeKind::Service: // a hexagon with a dot: the stable address
        p.moveTo(12, 2);
        p.lineTo(21, 7);
        p.lineTo(21, 17);
        p.lineTo(12, 22);
        p.lineTo(3, 17);
        p.lineTo(3, 7);
        p.closeSubpath();
        p.addEllipse(QRectF(9, 9, 6, 6));
        break;
    case TopologyNodeKind::Workload: // stacked boxes: replicas
        p.addRoundedRect(QRectF(2, 8, 14, 14), 2, 2);
        p.moveTo(6, 8);
        p.lineTo(6, 4);
        p.lineTo(20, 4);
        p.lineTo(20, 18);
        p.lineTo(16, 18);
        break;
    case TopologyNodeKind::PodGroup: // a cluster of pods
        for (const QPointF c : {QPointF(7, 7), QPointF(17, 7), QPointF(7, 17), QPointF(17, 17)})
            p.addEllipse(c, 4, 4);
        break;
    case TopologyNodeKind::Backing: // a database cylinder
        p.addEllipse(QRectF(3, 2, 18, 6));
        p.moveTo(3, 5);
        p.lineTo(3, 19);
        p.arcTo(QRectF(3, 16, 18, 6), 180, 180);
        p.lineTo(21, 5);
        p.moveTo(3, 12);
        p.arcTo(QRectF(3, 9, 18, 6), 180, 180);
        break;
    case TopologyNodeKind::Observability: // a gauge
        p.moveTo(3, 17);
        p.arcTo(QRectF(3, 5, 18, 18), 180, -180);
        p.moveTo(12, 14);
        p.lineTo(17, 8);
        p.moveTo(3, 19);
        p.lineTo(21, 19);
        break;
    }
    return p;
}

} // namespace

const QPainterPath& kindGlyph(TopologyNodeKind kind)
{
    static const std::array<QPainterPath, lab::kTopologyRankCount> glyphs = [] {
        std::array<QPainterPath, lab::kTopologyRankCount> all;
        for (int i = 0; i < lab::kTopologyRankCount; ++i)
            all[i] = buildGlyph(static_cast<TopologyNodeKind>(i));
        return all;
    }();
    return glyphs[static_cast<int>(kind)];
}

} // namespace lcl::widgets::topologystyle
