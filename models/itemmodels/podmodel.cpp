#include "itemmodels/podmodel.h"

#include "core/duration.h"

namespace lcl::itemmodels {

PodModel::PodModel(kube::ResourceStore* store, QObject* parent)
    : StoreTableModel(store, {kube::ResourceKind::Pods}, parent)
{
}

int PodModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Namespace: return tr("Namespace");
    case Name: return tr("Name");
    case Ready: return tr("Ready");
    case Status: return tr("Status");
    case Restarts: return tr("Restarts");
    case Age: return tr("Age");
    case Node: return tr("Node");
    case IP: return tr("IP");
    default: return {};
    }
}

QString PodModel::statusText(const kube::PodRecord& pod)
{
    const QString status = pod.statusText();
    if (status == QLatin1String("Running"))
        return tr("Running");
    if (status == QLatin1String("Pending"))
        return tr("Pending");
    if (status == QLatin1String("Succeeded"))
        return tr("Succeeded");
    if (status == QLatin1String("Failed"))
        return tr("Failed");
    if (status == QLatin1String("Unknown"))
        return tr("Unknown");
    if (status == QLatin1String("Terminating"))
        return tr("Terminating");
    if (status == QLatin1String("Completed"))
        return tr("Completed");
    return status;
}

QVariant PodModel::cellData(const kube::Record& record, int column, int role) const
{
    const auto* pod = std::get_if<kube::PodRecord>(&record);
    if (!pod)
        return {};
    if (role == ProblemRole)
        return pod->problem();
    if (role == WarningRole)
        return !pod->problem().isEmpty();
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (column) {
    case Namespace:
        return pod->meta.ns;
    case Name:
        return pod->meta.name;
    case Ready:
        if (raw)
            return pod->totalCount() == 0 ? 0.0 : double(pod->readyCount()) / pod->totalCount();
        return QStringLiteral("%1/%2").arg(pod->readyCount()).arg(pod->totalCount());
    case Status:
        return raw ? pod->statusText() : statusText(*pod);
    case Restarts: {
        const int restarts = pod->restarts();
        if (raw)
            return restarts;
        const qint64 last = pod->lastRestartTime();
        // kubectl: "5 (3m ago)"
        return restarts > 0 && last > 0 ? tr("%1 (%2 ago)").arg(restarts).arg(Duration::age(last, now()))
                                        : QString::number(restarts);
    }
    case Age:
        return role == Qt::ToolTipRole ? QVariant() : ageData(pod->meta.created, role);
    case Node:
        return pod->node.isEmpty() && !raw ? QStringLiteral("<none>") : pod->node;
    case IP:
        return pod->podIP.isEmpty() && !raw ? QStringLiteral("<none>") : pod->podIP;
    default:
        return {};
    }
}

} // namespace lcl::itemmodels
