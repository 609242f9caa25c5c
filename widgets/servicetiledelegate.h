#pragma once

#include <QStyledItemDelegate>

class QFontMetricsF;

namespace lcl::widgets {

// Paints one service of a ServiceOverviewModel as a tile: a state colour bar, the name and kind, the state in
// words, ready/desired replicas, rate, errors and p95, and a p95 sparkline. Missing numbers read "no data" (a
// dash where that does not fit).
class ServiceTileDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTileDelegate)

public:
    static constexpr int kWidth = 300;
    static constexpr int kHeight = 128;

    explicit ServiceTileDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor stateColor(int state);
    // The value text for a cell `width` wide: elided when it is a number, a dash when it says the value is missing
    // and does not fit ("keine Daten" in a narrow column reads better as "—" than as "keine …").
    static QString fitValue(const QString& text, bool missing, const QFontMetricsF& metrics, qreal width);

private:
    void paintSparkline(QPainter* painter, const QRectF& area, const QVariantList& points, const QColor& colour) const;
};

} // namespace lcl::widgets
