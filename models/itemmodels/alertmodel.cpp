#include "itemmodels/alertmodel.h"

#include "core/duration.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace lcl::itemmodels {

AlertModel::AlertModel(QObject* parent) : QAbstractTableModel(parent) {}

void AlertModel::setAlerts(const QList<lab::AlertEntry>& alerts)
{
    // Remove rows whose alert is gone (from the bottom, so earlier rows keep their numbers).
    QSet<QString> incoming;
    for (const lab::AlertEntry& a : alerts)
        incoming.insert(a.fingerprint);
    for (int row = int(m_alerts.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_alerts[row].fingerprint))
            continue;
        beginRemoveRows({}, row, row);
        m_alerts.removeAt(row);
        endRemoveRows();
    }
    // Walk the new order: update rows in place when they are already there, insert the others; rows that
    // moved are removed and inserted again, so a proxy or view never sees a stale row.
    for (int row = 0; row < int(alerts.size()); ++row) {
        const lab::AlertEntry& wanted = alerts[row];
        if (row < int(m_alerts.size()) && m_alerts[row].fingerprint == wanted.fingerprint) {
            if (!(m_alerts[row] == wanted)) {
                m_alerts[row] = wanted;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        const int old = rowOf(wanted.fingerprint);
        if (old >= 0) {
            beginRemoveRows({}, old, old);
            m_alerts.removeAt(old);
            endRemoveRows();
        }
        beginInsertRows({}, row, row);
        m_alerts.insert(row, wanted);
        endInsertRows();
    }
    if (m_alerts.size() > alerts.size()) { // fingerprints repeated in the input; keep what it says
        beginRemoveRows({}, int(alerts.size()), int(m_alerts.size()) - 1);
        m_alerts.resize(alerts.size());
        endRemoveRows();
    }
}

const lab::AlertEntry* AlertModel::alertAt(int row) const
{
    return row >= 0 && row < int(m_alerts.size()) ? &m_alerts[row] : nullptr;
}

int AlertModel::rowOf(const QString& fingerprint) const
{
    for (int row = 0; row < int(m_alerts.size()); ++row)
        if (m_alerts[row].fingerprint == fingerprint)
            return row;
    return -1;
}

int AlertModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertModel::display(const lab::AlertEntry& a, int column) const
{
    switch (Column(column)) {
    case Severity:
        return a.severity().isEmpty() ? tr("none") : a.severity();
    case Name:
        return a.name();
    case Service:
        return a.service();
    case Summary:
        return a.summary();
    case Since: {
        if (!a.since.isValid())
            return {};
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        return Duration::human(std::max<qint64>(0, a.since.secsTo(now)));
    }
    case State:
        return lab::AlertEntry::stateName(a.state);
    case SilencedBy:
        return a.silencedBy.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AlertModel::raw(const lab::AlertEntry& a, int column) const
{
    switch (Column(column)) {
    case Severity:
        return a.severityRank();
    case Since:
        return a.since.isValid() ? QVariant(a.since.toMSecsSinceEpoch()) : QVariant();
    case State:
        return int(a.state);
    case SilencedBy:
        return a.silencedBy;
    case Name:
    case Service:
    case Summary:
    case ColumnCount:
        break;
    }
    return display(a, column);
}

QVariant AlertModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const lab::AlertEntry& a = m_alerts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(a, index.column());
    case Qt::ToolTipRole:
        return a.annotations.value(QStringLiteral("description"), a.summary());
    case Qt::ForegroundRole:
        if (index.column() == Severity && a.isCritical())
            return QBrush(QColor(0xd0, 0x34, 0x2c));
        if (a.state == lab::AlertEntry::State::Suppressed)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case RawValueRole:
        return raw(a, index.column());
    case FingerprintRole:
        return a.fingerprint;
    case AlertNameRole:
        return a.name();
    case RunbookUrlRole:
        return a.runbookUrl();
    case IsCriticalRole:
        return a.isCritical();
    default:
        break;
    }
    return {};
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Severity:
        return tr("Severity");
    case Name:
        return tr("Alert");
    case Service:
        return tr("Service");
    case Summary:
        return tr("Summary");
    case Since:
        return tr("Since");
    case State:
        return tr("State");
    case SilencedBy:
        return tr("Silenced by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lcl::itemmodels
