#include "widgets/topologylegend.h"

#include "widgets/topologystyle.h"

#include <QPainter>

namespace lcl::widgets {

namespace style = topologystyle;

TopologyLegend::TopologyLegend(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Topology legend"));
}

TopologyLegend::~TopologyLegend() = default;

QSize TopologyLegend::sizeHint() const
{
    return {900, fontMetrics().height() + 10};
}

QSize TopologyLegend::minimumSizeHint() const
{
    return {200, fontMetrics().height() + 10};
}

void TopologyLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int mid = height() / 2;
    int x = 4;
    const auto label = [&](const QString& text) {
        p.setPen(style::mutedText);
        p.drawText(QPoint(x, mid + fm.ascent() / 2 - 1), text);
        x += fm.horizontalAdvance(text) + 14;
    };
    const auto swatch = [&](const QColor& color) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(x, mid - 6, 5, 12), 2, 2);
        x += 10;
    };
    const auto line = [&](const QPen& pen) {
        p.setPen(pen);
        p.drawLine(QPointF(x, mid), QPointF(x + 26, mid));
        x += 32;
    };

    for (const auto health : {lab::TopologyHealth::Ok, lab::TopologyHealth::Warning, lab::TopologyHealth::Critical,
                              lab::TopologyHealth::Unknown}) {
        swatch(style::healthColor(health));
        label(lab::topologyHealthName(health));
    }
    x += 8;
    lab::TopologyEdge edge;
    edge.kind = lab::TopologyEdgeKind::Backend;
    line(style::edgePen(edge));
    label(tr("Route / gateway"));
    edge.kind = lab::TopologyEdgeKind::Selector;
    line(style::edgePen(edge));
    label(tr("Selector"));
    edge.kind = lab::TopologyEdgeKind::Dependency;
    line(style::edgePen(edge));
    label(tr("Dependency, no data"));
    x += 8;
    edge.traffic.rate = 50;
    for (const double errors : {0.001, 0.02, 0.1}) {
        edge.traffic.errorRatio = errors;
        line(style::edgePen(edge));
    }
    label(tr("Traffic: width = requests/s, colour = errors (< 1 %, < 5 %, ≥ 5 %)"));
}

} // namespace lcl::widgets
