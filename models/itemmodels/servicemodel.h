#pragma once

#include "itemmodels/storetablemodel.h"

namespace lcl::itemmodels {

// Services as `kubectl get svc -A -o wide` shows them, plus how many pods the selector matches.
class ServiceModel final : public StoreTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceModel)

public:
    enum Column { Namespace, Name, Type, ClusterIP, ExternalIP, Ports, Pods, Age, Selector, ColumnCount };

    explicit ServiceModel(kube::ResourceStore* store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(const kube::Record& record, int column, int role) const override;
    int ageColumn() const override { return Age; }

private:
    kube::ResourceStore* m_store;
};

} // namespace lcl::itemmodels
