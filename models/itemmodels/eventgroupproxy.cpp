#include "itemmodels/eventgroupproxy.h"

#include "itemmodels/eventmodel.h"
#include "itemmodels/storetablemodel.h"

namespace lcl::itemmodels {

EventGroupProxy::EventGroupProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(RawValueRole);
}

QString EventGroupProxy::groupOf(const QModelIndex& index) const
{
    const QModelIndex ns = index.sibling(index.row(), EventModel::Namespace);
    const QModelIndex object = index.sibling(index.row(), EventModel::Object);
    return ns.data().toString() + QLatin1Char('/') + object.data().toString();
}

bool EventGroupProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Ascending sort keeps groups in alphabetical order; the time order within a group is newest first.
    const QString lg = groupOf(left);
    const QString rg = groupOf(right);
    if (lg != rg)
        return lg < rg;
    const qint64 lt = left.sibling(left.row(), EventModel::LastSeen).data(RawValueRole).toLongLong();
    const qint64 rt = right.sibling(right.row(), EventModel::LastSeen).data(RawValueRole).toLongLong();
    if (lt != rt)
        return lt > rt;
    return left.sibling(left.row(), 0).data(KeyRole).toString() < right.sibling(right.row(), 0).data(KeyRole).toString();
}

} // namespace lcl::itemmodels
