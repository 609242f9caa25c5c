#pragma once

#include <QStyledItemDelegate>

namespace lcl::widgets {

// Tints the rows a store table marks with WarningRole (warning events), so they stand out in any order.
class WarningRowDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningRowDelegate)

public:
    explicit WarningRowDelegate(QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace lcl::widgets
