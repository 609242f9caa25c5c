#include "widgets/servicechartswidget.h"

#include "itemmodels/metricsrangesource.h"
#include "metrics/signalquery.h"
#include "widgets/metricchart.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lcl::widgets {
namespace {

QList<itemmodels::SeriesPoint> scaled(QList<itemmodels::SeriesPoint> points, double factor)
{
    for (auto& p : points)
        p.value *= factor;
    return points;
}

} // namespace

ServiceChartsWidget::ServiceChartsWidget(itemmodels::MetricsRangeSource* source, QWidget* parent)
    : QWidget(parent)
    , m_source(source)
{
    setObjectName(QStringLiteral("serviceCharts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("chartRange"));
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItem(tr("Last 15 minutes"), 15 * 60);
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 6 hours"), 6 * 3600);
    m_range->addItem(tr("Last 24 hours"), 24 * 3600);
    m_note = new QLabel(this);
    m_note->setStyleSheet(QStringLiteral("color: #5f6b7a"));
    bar->addWidget(new QLabel(tr("<b>Traffic</b>"), this));
    bar->addWidget(m_range);
    bar->addWidget(m_note, 1);
    layout->addLayout(bar);

    auto* charts = new QHBoxLayout;
    m_charts = {new MetricChart(tr("Requests"), tr("req/s"), {tr("rate")}, this),
                new MetricChart(tr("Errors"), tr("% of requests"), {tr("errors")}, this),
                new MetricChart(tr("Latency"), tr("ms"), {tr("p50"), tr("p95"), tr("p99")}, this)};
    for (MetricChart* chart : std::as_const(m_charts))
        charts->addWidget(chart, 1);
    layout->addLayout(charts, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &ServiceChartsWidget::refresh);
    if (source)
        connect(source, &itemmodels::MetricsRangeSource::changed, this, &ServiceChartsWidget::refresh);
}

ServiceChartsWidget::~ServiceChartsWidget() = default;

int ServiceChartsWidget::rangeSeconds() const
{
    return m_range->currentData().toInt();
}

void ServiceChartsWidget::setEntity(const QStringList& keys)
{
    m_keys = keys;
    refresh();
}

QList<int> ServiceChartsWidget::pointCounts() const
{
    QList<int> counts;
    for (const MetricChart* chart : m_charts)
        counts << chart->pointCount();
    return counts;
}

void ServiceChartsWidget::refresh()
{
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(-rangeSeconds());
    if (!m_source) {
        m_note->setText(tr("No metrics source: connect Prometheus to see charts."));
        for (MetricChart* chart : std::as_const(m_charts))
            chart->setData({}, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
        return;
    }
    if (!isVisible() && m_charts.first()->pointCount() == 0 && m_keys.isEmpty())
        return;
    m_source->request(m_keys, from, to);
    using namespace metrics;
    auto get = [&](const QString& signal) { return m_source->series(m_keys, signal, from, to); };
    const qint64 lo = from.toMSecsSinceEpoch();
    const qint64 hi = to.toMSecsSinceEpoch();
    m_charts[0]->setData({get(SignalNames::requestRate)}, lo, hi);
    m_charts[1]->setData({scaled(get(SignalNames::errorRatio), 100)}, lo, hi);
    m_charts[2]->setData({scaled(get(SignalNames::latencyP50), 1000), scaled(get(SignalNames::latencyP95), 1000),
                          scaled(get(SignalNames::latencyP99), 1000)},
                         lo, hi);
    m_note->setText(tr("from the metrics refreshes this console received"));
}

} // namespace lcl::widgets
