#include "widgets/metricchart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lcl::widgets {

MetricChart::MetricChart(const QString& title, const QString& unit, const QStringList& seriesNames, QWidget* parent)
    : QChartView(new QChart, parent) // given here: setChart() would leave the view's default chart undeleted
    , m_title(title)
    , m_names(seriesNames)
    , m_colours({QColor(0x25, 0x63, 0xeb), QColor(0xd9, 0x77, 0x06), QColor(0xdc, 0x26, 0x26)})
{
    QChart* chart = this->chart();
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(seriesNames.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(6);
    m_time = new QDateTimeAxis;
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(5);
    // Qt 6.4 never lays out a date-time axis added without a range: no labels and no grid, whatever comes later.
    m_time->setRange(QDateTime::currentDateTime().addSecs(-900), QDateTime::currentDateTime());
    m_values = new QValueAxis;
    m_values->setTitleText(unit);
    m_values->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(180, 170);
    m_segments.resize(seriesNames.size());
}

void MetricChart::setData(const QList<QList<itemmodels::SeriesPoint>>& series, qint64 fromMs, qint64 toMs)
{
    QChart* c = chart();
    for (auto& pieces : m_segments) {
        for (QLineSeries* s : pieces) {
            c->removeSeries(s);
            delete s;
        }
        pieces.clear();
    }
    m_points = 0;
    double top = 0;
    for (qsizetype i = 0; i < series.size() && i < m_names.size(); ++i) {
        QList<QPointF> piece;
        auto flush = [&] {
            if (piece.isEmpty())
                return;
            auto* line = new QLineSeries;
            line->setName(m_names.at(i));
            line->setPen(QPen(m_colours.value(i % m_colours.size()), 2));
            line->replace(piece);
            line->setPointsVisible(piece.size() == 1); // a lone point between gaps draws no line
            c->addSeries(line);
            line->attachAxis(m_time);
            line->attachAxis(m_values);
            // One legend entry per series, not per piece.
            if (!m_segments[i].isEmpty())
                for (QLegendMarker* marker : c->legend()->markers(line))
                    marker->setVisible(false);
            m_segments[i].append(line);
            piece.clear();
        };
        for (const itemmodels::SeriesPoint& p : series.at(i)) {
            if (!std::isfinite(p.value)) {
                flush();
                continue;
            }
            piece.append(QPointF(double(p.atMs), p.value));
            top = std::max(top, p.value);
            ++m_points;
        }
        flush();
    }
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    m_values->setRange(0, top > 0 ? top * 1.1 : 1);
    m_values->applyNiceNumbers(); // ticks at round values (0, 20, 40, 60), not at 14.5, 29.0, 43.6
    // As many decimals as the step needs and no exponent: 0, 500, 1000, 1500 (not 1e+03) and 0.25, 0.50.
    const double step = (m_values->max() - m_values->min()) / std::max(1, m_values->tickCount() - 1);
    int decimals = 0;
    while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals)))
                               > 1e-6 * std::pow(10.0, decimals))
        ++decimals;
    m_values->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    m_values->setLabelsVisible(m_points > 0); // an empty chart shows no made-up scale
    m_fromMs = fromMs;
    m_toMs = toMs;
    updateTitle();
}

void MetricChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    // "HH:mm" needs about 70 px a label; more ticks than fit get elided to "13:...".
    m_time->setTickCount(std::clamp(width() / 70, 2, 5));
}

void MetricChart::setLoading(bool loading)
{
    m_loading = loading;
    updateTitle();
}

int MetricChart::lineCount() const
{
    int count = 0;
    for (const auto& pieces : m_segments)
        count += int(pieces.size());
    return count;
}

void MetricChart::updateTitle()
{
    if (m_points > 0)
        chart()->setTitle(m_title);
    else if (m_loading)
        chart()->setTitle(tr("%1 — loading from Prometheus…").arg(m_title));
    else
        chart()->setTitle(tr("%1 — no data in this range").arg(m_title));
}

} // namespace lcl::widgets
