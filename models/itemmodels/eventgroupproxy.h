#pragma once

#include <QSortFilterProxyModel>

namespace lcl::itemmodels {

// Orders events so that those of one involved object stand together: objects with warnings first, then by
// namespace and object, and within an object the newest first. The view's "group by object" mode.
class EventGroupProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventGroupProxy)

public:
    explicit EventGroupProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString groupOf(const QModelIndex& index) const;
};

} // namespace lcl::itemmodels
