#include "itemmodels/warningsfirstproxy.h"

#include "itemmodels/storetablemodel.h"

namespace lcl::itemmodels {

WarningsFirstProxy::WarningsFirstProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
}

bool WarningsFirstProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool lw = left.data(WarningRole).toBool();
    const bool rw = right.data(WarningRole).toBool();
    if (lw != rw) {
        // Warnings first whichever way the view sorts.
        return sortOrder() == Qt::AscendingOrder ? lw : rw;
    }
    const QVariant l = left.data(RawValueRole);
    const QVariant r = right.data(RawValueRole);
    const auto order = QVariant::compare(l, r);
    if (order != QPartialOrdering::Equivalent)
        return order == QPartialOrdering::Less;
    // A stable tie-break keeps the order deterministic.
    return left.sibling(left.row(), 0).data(KeyRole).toString() < right.sibling(right.row(), 0).data(KeyRole).toString();
}

} // namespace lcl::itemmodels
