#include "widgets/warningrowdelegate.h"

#include "itemmodels/storetablemodel.h"

namespace lcl::widgets {

WarningRowDelegate::WarningRowDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void WarningRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(itemmodels::WarningRole).toBool() || (option->state & QStyle::State_Selected))
        return;
    option->backgroundBrush = QColor(0xfd, 0xf0, 0xe1);
    option->palette.setColor(QPalette::Text, QColor(0x9a, 0x34, 0x12));
}

} // namespace lcl::widgets
