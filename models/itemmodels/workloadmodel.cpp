#include "itemmodels/workloadmodel.h"

namespace lcl::itemmodels {

WorkloadModel::WorkloadModel(kube::ResourceStore* store, QObject* parent)
    : StoreTableModel(store, {kube::ResourceKind::Deployments, kube::ResourceKind::StatefulSets,
                              kube::ResourceKind::DaemonSets},
                      parent)
{
}

int WorkloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Namespace: return tr("Namespace");
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Ready: return tr("Ready");
    case UpToDate: return tr("Up to date");
    case Available: return tr("Available");
    case Status: return tr("Status");
    case Age: return tr("Age");
    case Images: return tr("Images");
    default: return {};
    }
}

QString WorkloadModel::statusText(const kube::WorkloadRecord& w)
{
    if (w.paused)
        return tr("Paused");
    if (w.rolloutStuck())
        return tr("Stuck");
    if (w.desired == 0)
        return tr("Scaled to zero");
    if (w.rolloutComplete())
        return w.ready >= w.desired ? tr("Available") : tr("Degraded");
    return tr("Progressing");
}

namespace {

QString kindName(kube::ResourceKind kind)
{
    return QLatin1String(kube::kindInfo(kind).apiKind);
}

} // namespace

QVariant WorkloadModel::cellData(const kube::Record& record, int column, int role) const
{
    const auto* w = std::get_if<kube::WorkloadRecord>(&record);
    if (!w)
        return {};
    const bool unhealthy = w->rolloutStuck() || (w->desired > 0 && w->ready < w->desired && w->rolloutComplete());
    if (role == ProblemRole)
        return unhealthy ? statusText(*w) : QString();
    if (role == WarningRole)
        return unhealthy;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (column) {
    case Namespace:
        return w->meta.ns;
    case Name:
        return w->meta.name;
    case Kind:
        return kindName(w->kind);
    case Ready:
        if (raw)
            return w->desired == 0 ? 1.0 : double(w->ready) / w->desired;
        return QStringLiteral("%1/%2").arg(w->ready).arg(w->desired);
    case UpToDate:
        return raw ? QVariant(w->updated) : QVariant(QString::number(w->updated));
    case Available:
        return raw ? QVariant(w->available) : QVariant(QString::number(w->available));
    case Status:
        return statusText(*w);
    case Age:
        return ageData(w->meta.created, role);
    case Images:
        return w->images.join(QLatin1Char(','));
    default:
        return {};
    }
}

} // namespace lcl::itemmodels
