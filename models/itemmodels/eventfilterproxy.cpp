#include "itemmodels/eventfilterproxy.h"

#include "itemmodels/storetablemodel.h"

namespace lcl::itemmodels {

EventFilterProxy::EventFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

QString EventFilterProxy::objectId(const QString& kind, const QString& ns, const QString& name)
{
    return kind.toLower() + QLatin1Char('/') + ns + QLatin1Char('/') + name;
}

void EventFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void EventFilterProxy::setType(const QString& type)
{
    m_type = type;
    invalidateRowsFilter();
}

void EventFilterProxy::setNamespace(const QString& ns)
{
    m_namespace = ns;
    invalidateRowsFilter();
}

void EventFilterProxy::setObjects(const QSet<QString>& objects, bool restrict)
{
    m_objects = objects;
    m_restrict = restrict;
    invalidateRowsFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto* model = qobject_cast<const StoreTableModel*>(sourceModel());
    const kube::Record* record = model ? model->recordAt(sourceRow) : nullptr;
    const auto* e = record ? std::get_if<kube::EventRecord>(record) : nullptr;
    if (!e)
        return false;
    if (!m_namespace.isEmpty() && e->meta.ns != m_namespace)
        return false;
    if (!m_type.isEmpty() && e->type != m_type)
        return false;
    if (m_restrict && !m_objects.contains(objectId(e->objectKind, e->objectNamespace, e->objectName)))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString* field : {&e->reason, &e->message, &e->objectName, &e->objectKind, &e->meta.ns, &e->type})
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace lcl::itemmodels
