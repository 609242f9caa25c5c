#include "itemmodels/keysetfilterproxy.h"

#include "itemmodels/storetablemodel.h"

namespace lcl::itemmodels {

KeySetFilterProxy::KeySetFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(RawValueRole);
}

void KeySetFilterProxy::setKeys(const QList<ResourceKey>& keys)
{
    QSet<ResourceKey> set(keys.cbegin(), keys.cend());
    if (set == m_keys)
        return;
    m_keys = std::move(set);
    invalidateRowsFilter();
}

bool KeySetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const StoreTableModel*>(sourceModel());
    return !sourceParent.isValid() && model && m_keys.contains(model->keyAt(sourceRow));
}

} // namespace lcl::itemmodels
