#include "itemmodels/servicemodel.h"

#include "kube/resourcestore.h"

namespace lcl::itemmodels {

ServiceModel::ServiceModel(kube::ResourceStore* store, QObject* parent)
    : StoreTableModel(store, {kube::ResourceKind::Services}, parent), m_store(store)
{
    // Pod counts follow the pods: a pod batch may change any service's column.
    connect(store, &kube::ResourceStore::changed, this, [this](kube::ResourceKind kind) {
        if (kind == kube::ResourceKind::Pods && rowCount() > 0)
            Q_EMIT dataChanged(index(0, Pods), index(rowCount() - 1, Pods));
    });
}

int ServiceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Namespace: return tr("Namespace");
    case Name: return tr("Name");
    case Type: return tr("Type");
    case ClusterIP: return tr("Cluster IP");
    case ExternalIP: return tr("External IP");
    case Ports: return tr("Ports");
    case Pods: return tr("Pods");
    case Age: return tr("Age");
    case Selector: return tr("Selector");
    default: return {};
    }
}

QVariant ServiceModel::cellData(const kube::Record& record, int column, int role) const
{
    const auto* s = std::get_if<kube::ServiceRecord>(&record);
    if (!s)
        return {};
    const bool selects = !s->selector.isEmpty();
    if (role == ProblemRole || role == WarningRole) {
        const bool noPods = selects && m_store->podsForService(kube::keyOf(kube::ResourceKind::Services, *s)).isEmpty();
        if (role == WarningRole)
            return noPods;
        return noPods ? tr("No pods match the selector") : QString();
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (column) {
    case Namespace:
        return s->meta.ns;
    case Name:
        return s->meta.name;
    case Type:
        return s->type;
    case ClusterIP:
        return s->clusterIP;
    case ExternalIP:
        return s->externalIPs.isEmpty() && !raw ? QStringLiteral("<none>") : s->externalIPs.join(QLatin1Char(','));
    case Ports:
        return s->portsText();
    case Pods: {
        if (!selects)
            return raw ? QVariant(-1) : QVariant(QStringLiteral("-"));
        const qsizetype n = m_store->podsForService(kube::keyOf(kube::ResourceKind::Services, *s)).size();
        return raw ? QVariant(int(n)) : QVariant(QString::number(n));
    }
    case Age:
        return ageData(s->meta.created, role);
    case Selector:
        return selects || raw ? kube::formatLabels(s->selector) : QStringLiteral("<none>");
    default:
        return {};
    }
}

} // namespace lcl::itemmodels
