#pragma once

#include <QSortFilterProxyModel>

namespace lcl::itemmodels {

// Orders rows with WarningRole set before the others, and within each group by the sort column's raw value
// (for events: newest first when sorted descending on LastSeen). Used for the event list of the on-call view.
class WarningsFirstProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningsFirstProxy)

public:
    explicit WarningsFirstProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace lcl::itemmodels
