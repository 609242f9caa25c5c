#pragma once

#include "core/resourcekey.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace lcl::itemmodels {

// Keeps the rows of a store table whose object is one of a set of keys (a service's pods), sorted on
// RawValueRole.
class KeySetFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeySetFilterProxy)

public:
    explicit KeySetFilterProxy(QObject* parent = nullptr);

    void setKeys(const QList<ResourceKey>& keys);
    const QSet<ResourceKey>& keys() const { return m_keys; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<ResourceKey> m_keys;
};

} // namespace lcl::itemmodels
