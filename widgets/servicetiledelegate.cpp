#include "widgets/servicetiledelegate.h"

#include "itemmodels/serviceoverviewmodel.h"
#include "widgets/topologystyle.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace lcl::widgets {

using itemmodels::ServiceOverviewModel;

ServiceTileDelegate::ServiceTileDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor ServiceTileDelegate::stateColor(int state)
{
    // ServiceStatus::State has the order of TopologyHealth: one palette for the whole console.
    return topologystyle::healthColor(lab::TopologyHealth(state));
}

QSize ServiceTileDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return {kWidth, kHeight};
}

void ServiceTileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF tile = QRectF(option.rect).adjusted(5, 5, -5, -5);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QColor state = stateColor(index.data(ServiceOverviewModel::StateRole).toInt());

    QPainterPath shape;
    shape.addRoundedRect(tile, 8, 8);
    painter->fillPath(shape, hovered ? QColor(0xfb, 0xfc, 0xfe) : topologystyle::nodeFill);
    painter->setPen(QPen(selected || focused ? topologystyle::focus : topologystyle::nodeBorder,
                         selected || focused ? 2.0 : 1.0));
    painter->drawPath(shape);
    painter->save();
    painter->setClipPath(shape);
    painter->fillRect(QRectF(tile.left(), tile.top(), 6, tile.height()), state);
    painter->restore();

    const QRectF body = tile.adjusted(16, 8, -10, -8);
    QFont title = option.font;
    title.setPointSizeF(option.font.pointSizeF() * 1.12);
    title.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetricsF titleMetrics(title);
    const QFontMetricsF smallMetrics(small);

    painter->setFont(title);
    painter->setPen(topologystyle::text);
    const QString name = index.data(Qt::DisplayRole).toString();
    painter->drawText(QRectF(body.left(), body.top(), body.width() - 70, titleMetrics.height()), Qt::AlignLeft,
                      titleMetrics.elidedText(name, Qt::ElideRight, body.width() - 70));
    // Replicas at the top right: what a person on call reads first.
    const int ready = index.data(ServiceOverviewModel::ReadyRole).toInt();
    const int desired = index.data(ServiceOverviewModel::DesiredRole).toInt();
    const bool deployed = index.data(ServiceOverviewModel::DeployedRole).toBool();
    painter->setPen(ready < desired ? state : topologystyle::text);
    painter->drawText(QRectF(body.right() - 70, body.top(), 70, titleMetrics.height()), Qt::AlignRight,
                      deployed ? QStringLiteral("%1/%2").arg(ready).arg(desired) : QStringLiteral("–"));

    qreal y = body.top() + titleMetrics.height();
    painter->setFont(small);
    painter->setPen(topologystyle::mutedText);
    const QString sub = tr("%1 · %2 · replicas ready")
                            .arg(index.data(ServiceOverviewModel::KindNameRole).toString(),
                                 index.data(ServiceOverviewModel::NamespaceRole).toString());
    painter->drawText(QRectF(body.left(), y, body.width(), smallMetrics.height()), Qt::AlignLeft,
                      smallMetrics.elidedText(sub, Qt::ElideRight, body.width()));
    y += smallMetrics.height() + 4;

    QFont stateFont = option.font;
    stateFont.setBold(true);
    painter->setFont(stateFont);
    painter->setPen(state.darker(115));
    const QFontMetricsF stateMetrics(stateFont);
    const QString reason = index.data(ServiceOverviewModel::ReasonRole).toString();
    painter->drawText(QRectF(body.left(), y, body.width(), stateMetrics.height()), Qt::AlignLeft,
                      stateMetrics.elidedText(reason, Qt::ElideRight, body.width()));
    y += stateMetrics.height() + 6;

    painter->setFont(small);
    // The rate needs the most room ("12.5 req/s" against "0.73 %" and "227 ms").
    const qreal cellsWidth = body.width() - 80;
    const qreal widths[] = {cellsWidth * 0.4, cellsWidth * 0.3, cellsWidth * 0.3};
    const std::pair<QString, QString> cells[] = {
        {tr("rate"), index.data(ServiceOverviewModel::RateTextRole).toString()},
        {tr("errors"), index.data(ServiceOverviewModel::ErrorTextRole).toString()},
        {tr("p95"), index.data(ServiceOverviewModel::LatencyTextRole).toString()},
    };
    qreal left = body.left();
    for (int i = 0; i < 3; ++i) {
        const qreal column = widths[i];
        const QRectF cell(left, y, column - 4, smallMetrics.height());
        left += column;
        painter->setPen(topologystyle::mutedText);
        painter->drawText(cell, Qt::AlignLeft, cells[i].first);
        const bool missing = !index.data(ServiceOverviewModel::RequestRateRole + i).isValid();
        painter->setPen(missing ? topologystyle::mutedText : topologystyle::text);
        QFont value = small;
        value.setItalic(missing);
        value.setBold(!missing);
        painter->setFont(value);
        painter->drawText(cell.translated(0, smallMetrics.height()), Qt::AlignLeft,
                          fitValue(cells[i].second, missing, QFontMetricsF(value), column - 4));
        painter->setFont(small);
    }
    const QRectF spark(body.right() - 74, y + 2, 74, smallMetrics.height() * 2 - 2);
    paintSparkline(painter, spark, index.data(ServiceOverviewModel::SparklineRole).toList(), topologystyle::focus);
    painter->restore();
}

QString ServiceTileDelegate::fitValue(const QString& text, bool missing, const QFontMetricsF& metrics, qreal width)
{
    if (missing && metrics.horizontalAdvance(text) > width)
        return QStringLiteral("—");
    return metrics.elidedText(text, Qt::ElideRight, width);
}

void ServiceTileDelegate::paintSparkline(QPainter* painter, const QRectF& area, const QVariantList& points,
                                         const QColor& colour) const
{
    double lo = INFINITY;
    double hi = -INFINITY;
    for (const QVariant& v : points) {
        const double d = v.toDouble();
        if (std::isfinite(d)) {
            lo = std::min(lo, d);
            hi = std::max(hi, d);
        }
    }
    painter->setPen(QPen(topologystyle::nodeBorder, 1, Qt::DotLine));
    painter->drawLine(area.bottomLeft(), area.bottomRight());
    if (!std::isfinite(lo) || points.size() < 2)
        return;
    if (hi - lo < 1e-9)
        hi = lo + 1e-9;
    QPainterPath path;
    bool pen = false;
    const qreal step = area.width() / double(std::max<qsizetype>(1, points.size() - 1));
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double d = points.at(i).toDouble();
        if (!std::isfinite(d)) {
            pen = false; // a gap where the value was missing
            continue;
        }
        const QPointF p(area.left() + i * step, area.bottom() - (d - lo) / (hi - lo) * area.height());
        if (pen)
            path.lineTo(p);
        else
            path.moveTo(p);
        pen = true;
    }
    painter->setPen(QPen(colour, 1.5));
    painter->drawPath(path);
}

} // namespace lcl::widgets
