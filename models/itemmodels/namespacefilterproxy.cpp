#include "itemmodels/namespacefilterproxy.h"

#include "itemmodels/storetablemodel.h"

namespace lcl::itemmodels {

NamespaceFilterProxy::NamespaceFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
}

void NamespaceFilterProxy::setNamespaceFilter(const QString& ns)
{
    if (ns == m_namespace)
        return;
    m_namespace = ns;
    invalidateRowsFilter();
}

bool NamespaceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_namespace.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(NamespaceRole).toString() == m_namespace;
}

} // namespace lcl::itemmodels
