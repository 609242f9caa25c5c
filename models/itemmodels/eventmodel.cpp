#include "itemmodels/eventmodel.h"

#include "core/duration.h"

namespace lcl::itemmodels {

EventModel::EventModel(kube::ResourceStore* store, QObject* parent)
    : StoreTableModel(store, {kube::ResourceKind::Events}, parent)
{
}

int EventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Namespace: return tr("Namespace");
    case LastSeen: return tr("Last seen");
    case Type: return tr("Type");
    case Reason: return tr("Reason");
    case Object: return tr("Object");
    case Message: return tr("Message");
    case Count: return tr("Count");
    case Source: return tr("Source");
    default: return {};
    }
}

QVariant EventModel::cellData(const kube::Record& record, int column, int role) const
{
    const auto* e = std::get_if<kube::EventRecord>(&record);
    if (!e)
        return {};
    if (role == WarningRole)
        return e->isWarning();
    if (role == ProblemRole)
        return e->isWarning() ? e->reason : QString();
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (column) {
    case Namespace:
        return e->meta.ns;
    case LastSeen:
        if (raw)
            return e->last;
        return e->last == 0 ? QStringLiteral("<unknown>") : Duration::age(e->last, now());
    case Type:
        if (raw)
            return e->type;
        return e->isWarning() ? tr("Warning") : e->type == QLatin1String("Normal") ? tr("Normal") : e->type;
    case Reason:
        return e->reason;
    case Object:
        // kubectl: kind/name, lower-cased kind
        return QString(e->objectKind.toLower() + QLatin1Char('/') + e->objectName);
    case Message:
        return e->message;
    case Count:
        return raw ? QVariant(e->count) : QVariant(QString::number(e->count));
    case Source:
        return e->source;
    default:
        return {};
    }
}

} // namespace lcl::itemmodels
