#include "widgets/servicechartswidget.h"

#include "core/duration.h"
#include "itemmodels/metricsrangesource.h"
#include "metrics/signalquery.h"
#include "widgets/metricchart.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace lcl::widgets {
namespace {

QList<itemmodels::SeriesPoint> scaled(QList<itemmodels::SeriesPoint> points, double factor)
{
    for (auto& p : points)
        p.value *= factor;
    return points;
}

// The signals each chart draws, in chart order.
const QList<QStringList>& chartSignals()
{
    using namespace metrics;
    static const QList<QStringList> list{{SignalNames::requestRate},
                                         {SignalNames::errorRatio},
                                         {SignalNames::latencyP50, SignalNames::latencyP95, SignalNames::latencyP99}};
    return list;
}

QString clockTime(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale;
    if (at.date() == QDate::currentDate())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
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
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("chartBusy"));
    m_busy->setAccessibleName(tr("Loading from Prometheus"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(60, 10);
    m_busy->hide();
    bar->addWidget(new QLabel(tr("<b>Traffic</b>"), this));
    bar->addWidget(m_range);
    bar->addWidget(m_busy);
    bar->addWidget(m_note, 1);
    layout->addLayout(bar);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("chartHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(QStringLiteral("color: #5f6b7a; font-style: italic"));
    m_hint->hide();
    layout->addWidget(m_hint);

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

QString ServiceChartsWidget::noteText() const
{
    return m_note->text();
}

QString ServiceChartsWidget::hintText() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

bool ServiceChartsWidget::isLoading() const
{
    return !m_busy->isHidden();
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
    if (isVisible()) // range queries only for charts someone sees
        m_source->request(m_keys, from, to);
    const itemmodels::RangeStatus status = m_source->status(m_keys, from, to);
    showStatus(status);
    using namespace metrics;
    auto get = [&](const QString& signal) { return m_source->series(m_keys, signal, from, to); };
    const qint64 lo = from.toMSecsSinceEpoch();
    const qint64 hi = to.toMSecsSinceEpoch();
    m_charts[0]->setData({get(SignalNames::requestRate)}, lo, hi);
    m_charts[1]->setData({scaled(get(SignalNames::errorRatio), 100)}, lo, hi);
    m_charts[2]->setData({scaled(get(SignalNames::latencyP50), 1000), scaled(get(SignalNames::latencyP95), 1000),
                          scaled(get(SignalNames::latencyP99), 1000)},
                         lo, hi);
}

void ServiceChartsWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ServiceChartsWidget::showStatus(const itemmodels::RangeStatus& status)
{
    using State = itemmodels::RangeStatus::State;
    const bool loading = status.state == State::Loading;
    m_busy->setVisible(loading);
    m_note->setText(noteFor(status));
    m_note->setStyleSheet(status.state == State::Failed ? QStringLiteral("color: #b42318")
                                                        : QStringLiteral("color: #5f6b7a"));
    const bool showHint = !status.hint.isEmpty() && (status.state == State::Failed || !status.reason.isEmpty());
    m_hint->setText(status.hint);
    m_hint->setVisible(showHint);
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        bool shown = status.signalNames.isEmpty();
        for (const QString& signal : chartSignals().at(i))
            shown = shown || status.signalNames.contains(signal);
        m_charts[i]->setVisible(shown);
        m_charts[i]->setLoading(loading);
    }
}

QString ServiceChartsWidget::noteFor(const itemmodels::RangeStatus& status) const
{
    using State = itemmodels::RangeStatus::State;
    const bool recorded = status.recordedSinceMs > 0;
    const QString since = recorded ? clockTime(status.recordedSinceMs) : QString();
    switch (status.state) {
    case State::Prometheus:
        return tr("From Prometheus, one point every %1").arg(Duration::human(status.stepSeconds));
    case State::Loading:
        return recorded ? tr("Asking Prometheus; meanwhile showing what this console recorded since %1").arg(since)
                        : tr("Asking Prometheus for the whole range…");
    case State::Failed:
        return recorded
                   ? tr("Showing what this console recorded since %1; Prometheus did not answer: %2").arg(since, status.reason)
                   : tr("Prometheus did not answer: %1").arg(status.reason);
    case State::Recorded:
        break;
    }
    if (status.reason.isEmpty())
        return recorded ? tr("Showing what this console recorded since %1").arg(since)
                        : tr("from the metrics refreshes this console received");
    return recorded ? tr("Showing what this console recorded since %1; %2").arg(since, status.reason)
                    : tr("Nothing recorded in this range yet; %1").arg(status.reason);
}

} // namespace lcl::widgets
