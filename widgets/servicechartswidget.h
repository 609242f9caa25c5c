#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;

namespace lcl::itemmodels {
class MetricsRangeSource;
struct RangeStatus;
} // namespace lcl::itemmodels

namespace lcl::widgets {

class MetricChart;

// Rate, errors and latency percentiles of one service over a chosen range (15 min, 1 h, 6 h, 24 h), from a
// MetricsRangeSource. Gaps where a signal was missing stay gaps; a range without any point says so. A line above
// the charts says where the points come from (Prometheus, or what the console recorded and why), a busy bar
// shows while Prometheus is asked, and charts the source has no signal for are hidden.
class ServiceChartsWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceChartsWidget)

public:
    explicit ServiceChartsWidget(itemmodels::MetricsRangeSource* source, QWidget* parent = nullptr);
    ~ServiceChartsWidget() override;

    void setEntity(const QStringList& keys);
    QComboBox* rangeBox() const { return m_range; }
    int rangeSeconds() const;
    // Points drawn per chart (rate, errors, latency), for tests.
    QList<int> pointCounts() const;
    const QList<MetricChart*>& charts() const { return m_charts; }
    QString noteText() const;
    QString hintText() const;
    bool isLoading() const;

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QString noteFor(const itemmodels::RangeStatus& status) const;
    void showStatus(const itemmodels::RangeStatus& status);

    QPointer<itemmodels::MetricsRangeSource> m_source;
    QStringList m_keys;
    QComboBox* m_range = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_hint = nullptr;
    QProgressBar* m_busy = nullptr;
    QList<MetricChart*> m_charts;
};

} // namespace lcl::widgets
