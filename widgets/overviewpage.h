#pragma once

#include "widgets/viewcontext.h"

#include <QWidget>

class QLabel;
class QListView;
class QTreeView;

namespace lcl::metrics {
struct MetricsSnapshot;
}
namespace lcl::itemmodels {
class EventFilterProxy;
class EventModel;
} // namespace lcl::itemmodels

namespace lcl::widgets {

// The first page: a cluster summary (nodes, pods by phase, firing alerts), a tile per service (state colour
// and reason, replicas, rate, errors, p95 with a sparkline) and the most recent warning events. Clicking a
// tile, or Enter on it, asks to open the service.
class OverviewPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(const ViewContext& context, QWidget* parent = nullptr);
    ~OverviewPage() override;

    QListView* tiles() const { return m_tiles; }
    QTreeView* warnings() const { return m_warnings; }
    QString summaryText() const;
    // -1: Alertmanager/Prometheus unknown (shown as such, never as 0).
    void setFiringAlerts(int count);
    // Why the count may be out of date (its source stopped answering); empty when it is current.
    void setAlertsStale(const QString& reason);
    // Who is being asked for the alerts ("Alertmanager"), told while the count is not yet known; empty: nobody.
    void setAlertsSource(const QString& source);

public Q_SLOTS:
    void setSnapshot(const lcl::metrics::MetricsSnapshot& snapshot);

Q_SIGNALS:
    void serviceActivated(const QString& serviceId);

private:
    void updateSummary();
    QLabel* addCard(const QString& title, const QString& name);

    ViewContext m_context;
    QListView* m_tiles = nullptr;
    QTreeView* m_warnings = nullptr;
    itemmodels::EventModel* m_events = nullptr;
    itemmodels::EventFilterProxy* m_warningFilter = nullptr;
    QWidget* m_cards = nullptr;
    QLabel* m_nodes = nullptr;
    QLabel* m_pods = nullptr;
    QLabel* m_services = nullptr;
    QLabel* m_alerts = nullptr;
    int m_firingAlerts = -1;
    QString m_alertsStale;
    QString m_alertsSource;
};

} // namespace lcl::widgets
