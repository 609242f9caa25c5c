#pragma once

#include <QStyledItemDelegate>

namespace lcl::widgets {

// A service in the Services list: a state dot and the name, the reason in small text under it.
class ServiceListDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceListDelegate)

public:
    explicit ServiceListDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace lcl::widgets
