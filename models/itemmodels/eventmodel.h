#pragma once

#include "itemmodels/storetablemodel.h"

namespace lcl::itemmodels {

// Events as `kubectl events -A` shows them: last seen (resolved like kubectl), type, reason, object, message.
class EventModel final : public StoreTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventModel)

public:
    enum Column { Namespace, LastSeen, Type, Reason, Object, Message, Count, Source, ColumnCount };

    explicit EventModel(kube::ResourceStore* store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(const kube::Record& record, int column, int role) const override;
    int ageColumn() const override { return LastSeen; }
};

} // namespace lcl::itemmodels
