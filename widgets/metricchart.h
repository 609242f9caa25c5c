#pragma once

#include "itemmodels/metricsrangesource.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace lcl::widgets {

// One small time chart (QtCharts): a title, a value axis with a unit, one line per series. Points with a NaN
// value split the line instead of drawing a zero.
class MetricChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricChart)

public:
    MetricChart(const QString& title, const QString& unit, const QStringList& seriesNames, QWidget* parent = nullptr);

    // One list of points per series (same order as the names), values already in the chart's unit.
    void setData(const QList<QList<itemmodels::SeriesPoint>>& series, qint64 fromMs, qint64 toMs);
    int pointCount() const { return m_points; }
    // While true, an empty chart says it is loading instead of "no data".
    void setLoading(bool loading);
    // What the last setData() drew, for tests: the time axis range and the number of line pieces.
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    int lineCount() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QString m_title;
    QList<QList<QLineSeries*>> m_segments; // per series, its line pieces
    QStringList m_names;
    QList<QColor> m_colours;
    QDateTimeAxis* m_time = nullptr;
    QValueAxis* m_values = nullptr;
    int m_points = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_loading = false;

    void updateTitle();
};

} // namespace lcl::widgets
