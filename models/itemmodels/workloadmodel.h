#pragma once

#include "itemmodels/storetablemodel.h"

namespace lcl::itemmodels {

// Deployments, stateful sets and daemon sets in one table.
class WorkloadModel final : public StoreTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadModel)

public:
    enum Column { Namespace, Name, Kind, Ready, UpToDate, Available, Status, Age, Images, ColumnCount };

    explicit WorkloadModel(kube::ResourceStore* store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Available", "Progressing", "Stuck", "Degraded", "Scaled to zero", "Paused" (translated).
    static QString statusText(const kube::WorkloadRecord& w);

protected:
    QVariant cellData(const kube::Record& record, int column, int role) const override;
    int ageColumn() const override { return Age; }
};

} // namespace lcl::itemmodels
