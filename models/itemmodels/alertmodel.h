#pragma once

#include "lab/alertentry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace lcl::itemmodels {

// The alerts the console knows (firing, pending, suppressed), one row each, most severe first. Rows are kept
// by fingerprint across updates: changed alerts update their row, new ones are inserted, gone ones removed.
class AlertModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertModel)

public:
    enum Column { Severity, Name, Service, Summary, Since, State, SilencedBy, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole, // sortable value: severity rank, since as epoch ms, state as int
        FingerprintRole,
        AlertNameRole,
        RunbookUrlRole,
        IsCriticalRole,
    };

    explicit AlertModel(QObject* parent = nullptr);

    void setAlerts(const QList<lab::AlertEntry>& alerts);
    const QList<lab::AlertEntry>& alerts() const { return m_alerts; }
    const lab::AlertEntry* alertAt(int row) const;
    int rowOf(const QString& fingerprint) const; // -1 when not shown
    // "since" is shown relative to this time; tests fix it, the console leaves it at now.
    void setNow(const QDateTime& now) { m_now = now; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const lab::AlertEntry& alert, int column) const;
    QVariant raw(const lab::AlertEntry& alert, int column) const;

    QList<lab::AlertEntry> m_alerts;
    QDateTime m_now;
};

} // namespace lcl::itemmodels
