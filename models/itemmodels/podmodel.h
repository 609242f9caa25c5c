#pragma once

#include "itemmodels/storetablemodel.h"

namespace lcl::itemmodels {

// Pods as `kubectl get pods -A -o wide` shows them.
class PodModel final : public StoreTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodModel)

public:
    enum Column { Namespace, Name, Ready, Status, Restarts, Age, Node, IP, ColumnCount };

    explicit PodModel(kube::ResourceStore* store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The STATUS text with the pod phases translated ("Running"); reasons stay as the API spells them.
    static QString statusText(const kube::PodRecord& pod);

protected:
    QVariant cellData(const kube::Record& record, int column, int role) const override;
    int ageColumn() const override { return Age; }
};

} // namespace lcl::itemmodels
