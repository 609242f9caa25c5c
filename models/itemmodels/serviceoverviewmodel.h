#pragma once

#include "core/throttle.h"
#include "itemmodels/serviceentry.h"
#include "itemmodels/servicestatus.h"
#include "metrics/metricssnapshot.h"

#include <QAbstractListModel>
#include <QHash>

#include <deque>
#include <optional>

namespace lcl::itemmodels {

// One row per service (ServiceEntry::collect) with its ServiceStatus, the numbers of the latest metrics
// snapshot and a short history of p95 latency for a sparkline. Follows the store (debounced) and the
// snapshots; updates rows in place and resets only when the set of services changes.
class ServiceOverviewModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceOverviewModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 32,
        NamespaceRole,
        KindNameRole,
        StateRole,        // int(ServiceStatus::State)
        ReasonRole,
        ReadyRole,
        DesiredRole,
        DeployedRole,
        RequestRateRole,  // double; invalid QVariant when missing
        ErrorRatioRole,
        LatencyP95Role,   // seconds
        RateTextRole,     // "12.4 req/s", "no data", "no traffic"
        ErrorTextRole,
        LatencyTextRole,
        SparklineRole,    // QVariantList of p95 seconds, oldest first; NaN where missing
    };
    static constexpr int kSparklineLength = 40;

    ServiceOverviewModel(const kube::ResourceStore* store, const lab::LabProfile* profile, QObject* parent = nullptr);
    ~ServiceOverviewModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setProfile(const lab::LabProfile* profile);
    void setSnapshot(const metrics::MetricsSnapshot& snapshot);
    // Re-reads the store now (otherwise 250 ms after its last change).
    void refresh();

    const ServiceEntry* entry(int row) const;
    const ServiceEntry* entry(const QString& id) const;
    const ServiceStatus* status(const QString& id) const;
    int rowOf(const QString& id) const;
    const std::optional<metrics::MetricsSnapshot>& snapshot() const { return m_snapshot; }

    static QString rateText(const metrics::MetricValue& value);
    static QString ratioText(const metrics::MetricValue& value);
    static QString latencyText(const metrics::MetricValue& value);

private:
    const kube::ResourceStore* m_store;
    const lab::LabProfile* m_profile;
    QList<ServiceEntry> m_entries;
    QList<ServiceStatus> m_statuses;
    QHash<QString, std::deque<double>> m_sparklines;
    std::optional<metrics::MetricsSnapshot> m_snapshot;
    Throttle m_refresh{250, [this] { refresh(); }};
};

} // namespace lcl::itemmodels
