// The main views (overview, services, events) and how they are fed: the store through the item models, the
// metrics snapshots through the service model and the snapshot history (charts: Prometheus ranges), logs and YAML through per-use readers
// made for the connected cluster.
#include "app/console/application.h"

#include "itemmodels/prometheusrangesource.h"
#include "itemmodels/serviceoverviewmodel.h"
#include "itemmodels/snapshothistory.h"
#include "kube/logstream.h"
#include "kube/objectyamlloader.h"
#include "lab/alertentry.h"
#include "lab/clustersession.h"
#include "lab/monitoringsession.h"
#include "widgets/eventspage.h"
#include "widgets/mainwindow.h"
#include "widgets/overviewpage.h"
#include "widgets/servicespage.h"
#include "widgets/viewcontext.h"

namespace lcl::console {

void Application::createViewPages()
{
    // Parented to the window: destroyed with it, before the session and its store.
    m_serviceModel = new itemmodels::ServiceOverviewModel(m_session->store(), m_profile.get(), m_window.get());
    m_snapshotHistory = new itemmodels::SnapshotHistory(m_window.get());

    widgets::ViewContext context;
    context.store = m_session->store();
    context.profile = m_profile.get();
    context.services = m_serviceModel;
    // Charts ask Prometheus for their whole range and show the recorded snapshots meanwhile or instead.
    context.ranges = new itemmodels::PrometheusRangeSource(
        m_profile.get(), m_snapshotHistory,
        [this] { return m_monitoring ? m_monitoring->prometheusClient() : nullptr; }, m_window.get());
    lab::ClusterSession* session = m_session.get();
    context.makeLogStream = [session](QObject* parent) -> kube::LogStream* {
        const kube::ClusterConnection* connection = session->connection();
        return connection ? new kube::LogStream(*connection, session->http(), parent) : nullptr;
    };
    context.makeYamlLoader = [session](QObject* parent) -> kube::ObjectYamlLoader* {
        const kube::ClusterConnection* connection = session->connection();
        return connection ? new kube::ObjectYamlLoader(*connection, session->http(), parent) : nullptr;
    };
    context.kubeContext = [session] { return session->context(); };

    m_overviewPage = new widgets::OverviewPage(context);
    m_servicesPage = new widgets::ServicesPage(context);
    m_eventsPage = new widgets::EventsPage(context);
    m_window->setPage(widgets::ViewId::Overview, m_overviewPage);
    m_window->setPage(widgets::ViewId::Services, m_servicesPage);
    m_window->setPage(widgets::ViewId::Events, m_eventsPage);

    connect(m_overviewPage, &widgets::OverviewPage::serviceActivated, this, [this](const QString& id) {
        m_servicesPage->showService(id);
        m_window->showView(widgets::ViewId::Services);
    });
    connect(m_window.get(), &widgets::MainWindow::namespaceFilterChanged, m_eventsPage,
            &widgets::EventsPage::setNamespaceFilter);
    m_eventsPage->setNamespaceFilter(m_window->namespaceFilter());

    const QString view = m_options.view;
    if (view.startsWith(QLatin1String("service:")))
        m_servicesPage->showService(view.section(QLatin1Char(':'), 1));
    else if (m_serviceModel->rowCount() > 0)
        m_servicesPage->showService(m_serviceModel->index(0).data(itemmodels::ServiceOverviewModel::IdRole).toString());
    if (m_monitoring)
        connectViewMetrics(m_monitoring.get());
}

void Application::connectViewMetrics(lab::MonitoringSession* monitoring)
{
    if (!monitoring || !m_serviceModel)
        return;
    connect(monitoring, &lab::MonitoringSession::snapshotReady, m_serviceModel,
            [this](const metrics::MetricsSnapshot& snapshot) {
                m_snapshotHistory->record(snapshot);
                m_serviceModel->setSnapshot(snapshot);
            });
    connect(monitoring, &lab::MonitoringSession::alertsChanged, m_overviewPage,
            [this, monitoring](const QList<lab::AlertEntry>& alerts) {
                if (!monitoring->alertsKnown()) { // a new start: unknown until the first answer
                    m_overviewPage->setFiringAlerts(-1);
                    return;
                }
                int firing = 0;
                for (const lab::AlertEntry& alert : alerts)
                    firing += alert.state == lab::AlertEntry::State::Firing ? 1 : 0;
                m_overviewPage->setFiringAlerts(firing);
            });
    connect(monitoring, &lab::MonitoringSession::alertsStaleChanged, m_overviewPage, &widgets::OverviewPage::setAlertsStale);
    m_overviewPage->setAlertsStale(monitoring->alertsStaleReason());
    // Which source is asked changes with every start (and when discovery finds Prometheus).
    const auto source = [this, monitoring] { m_overviewPage->setAlertsSource(monitoring->alertsSource()); };
    connect(monitoring, &lab::MonitoringSession::alertmanagerStateChanged, m_overviewPage, source);
    connect(monitoring, &lab::MonitoringSession::prometheusStateChanged, m_overviewPage, source);
    source();
}

} // namespace lcl::console
