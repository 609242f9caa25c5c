#include "widgets/servicelistdelegate.h"

#include "itemmodels/serviceoverviewmodel.h"
#include "widgets/servicetiledelegate.h"
#include "widgets/topologystyle.h"

#include <QApplication>
#include <QPainter>

namespace lcl::widgets {

using itemmodels::ServiceOverviewModel;

ServiceListDelegate::ServiceListDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QSize ServiceListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {200, int(QFontMetrics(option.font).height() * 2.6)};
}

void ServiceListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QRect r = option.rect.adjusted(10, 4, -6, -4);
    const QColor state = ServiceTileDelegate::stateColor(index.data(ServiceOverviewModel::StateRole).toInt());
    painter->setBrush(state);
    painter->setPen(Qt::NoPen);
    const int fh = QFontMetrics(option.font).height();
    painter->drawEllipse(QRectF(r.left(), r.top() + fh / 2.0 - 4, 9, 9));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(selected ? option.palette.highlightedText().color() : topologystyle::text);
    const QRect text = r.adjusted(16, 0, 0, 0);
    painter->drawText(QRect(text.left(), text.top(), text.width(), fh), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    painter->setFont(small);
    painter->setPen(selected ? option.palette.highlightedText().color() : topologystyle::mutedText);
    painter->drawText(QRect(text.left(), text.top() + fh, text.width(), fh), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(index.data(ServiceOverviewModel::ReasonRole).toString(),
                                                     Qt::ElideRight, text.width()));
    painter->restore();
}

} // namespace lcl::widgets
