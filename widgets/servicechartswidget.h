#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace lcl::itemmodels {
class MetricsRangeSource;
}

namespace lcl::widgets {

class MetricChart;

// Rate, errors and latency percentiles of one service over a chosen range (15 min, 1 h, 6 h, 24 h), from a
// MetricsRangeSource. Gaps where a signal was missing stay gaps; a range without any point says so.
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

public Q_SLOTS:
    void refresh();

private:
    QPointer<itemmodels::MetricsRangeSource> m_source;
    QStringList m_keys;
    QComboBox* m_range = nullptr;
    QLabel* m_note = nullptr;
    QList<MetricChart*> m_charts;
};

} // namespace lcl::widgets
