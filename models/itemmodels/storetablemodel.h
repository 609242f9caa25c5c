#pragma once

#include "core/resourcekey.h"
#include "kube/records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lcl::kube {
class ResourceStore;
}

namespace lcl::itemmodels {

// Roles every store-backed table offers. RawValueRole carries the sortable value of a cell (numbers as
// numbers, times as epoch seconds) so that proxies never sort or filter on display text.
enum ItemRole {
    RawValueRole = Qt::UserRole,
    KeyRole,          // ResourceKey::path() of the row's object
    NamespaceRole,
    KindRole,         // the plural kind ("pods", "deployments")
    ProblemRole,      // a short problem text, empty when healthy
    WarningRole,      // bool: the row deserves attention (warning events, problems)
};

// A table over some kinds of the ResourceStore, one row per object. Follows the store's `changed` signal
// row by row (dataChanged / rowsInserted / rowsRemoved) and resets only when a batch is large. New rows are
// appended; order is the proxies' business.
class StoreTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Batches touching more keys than this (or more than half the rows) reset the model instead.
    static constexpr int kResetThreshold = 1000;

    StoreTableModel(kube::ResourceStore* store, QList<kube::ResourceKind> kinds, QObject* parent = nullptr);
    ~StoreTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    ResourceKey keyAt(int row) const { return m_rows.value(row); }
    int rowOf(const ResourceKey& key) const { return m_index.value(key, -1); }
    const kube::Record* recordAt(int row) const;

    // Ages are relative to this time (epoch seconds); 0: the wall clock. Tests pin it.
    void setNow(qint64 epochSeconds);
    qint64 now() const;
    // Ages grow: tells views the age column changed (call it every few seconds).
    void refreshAges();

protected:
    virtual QVariant cellData(const kube::Record& record, int column, int role) const = 0;
    virtual int ageColumn() const { return -1; }
    QVariant ageData(qint64 created, int role) const;

private:
    void onStoreChanged(kube::ResourceKind kind, const QList<ResourceKey>& keys);
    void rebuild();
    void reindexFrom(int row);

    kube::ResourceStore* m_store;
    QList<kube::ResourceKind> m_kinds;
    QList<ResourceKey> m_rows;
    QHash<ResourceKey, int> m_index;
    qint64 m_now = 0;
};

} // namespace lcl::itemmodels
