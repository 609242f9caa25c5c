#pragma once

#include "app/console/commandline.h"
#include "lab/healthreport.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace lcl {
class Throttle;
}

namespace lcl {
class Settings;
}

namespace lcl::widgets {
class EventsPage;
class MainWindow;
class OverviewPage;
class ServicesPage;
class TopologyPage;
} // namespace lcl::widgets

namespace lcl::itemmodels {
class ServiceOverviewModel;
class SnapshotHistory;
} // namespace lcl::itemmodels

namespace lcl::lab {
class ClusterSession;
class LabProfile;
class DemoLab;
class MonitoringSession;
class TopologyTraffic;
struct DemoLabEndpoints;
} // namespace lcl::lab

namespace lcl::console {

// Startup and wiring: settings, logging, the main window and its views, and the run modes the command line
// selects (the window here; --screenshot and --report in runmodes.cpp; the views in applicationviews.cpp).
class Application final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    explicit Application(CommandLine options, QObject* parent = nullptr);
    ~Application() override;

    // Runs the selected mode to its end and returns the process exit code.
    int run();

    // Prometheus and Alertmanager, once there are URLs for them (command line, demo lab) or the cluster showed
    // where Prometheus is; null before that.
    lab::MonitoringSession* monitoring() const { return m_monitoring.get(); }
    const lab::LabProfile* profile() const { return m_profile.get(); }

private:
    int runWindow();
    int runScreenshot();
    int runReport();
    void createWindow();
    void wireWindow();
    void startDemo();
    bool startConnection();
    void connectWithKubeconfig(const QString& kubeconfig, const QString& context);
    void openKubeconfig();
    void updateEmptyReason();
    void showMonitoringEndpoints(const QString& prometheusUrl, const QString& alertmanagerUrl);
    void startMonitoring(const QString& prometheusUrl, const QString& alertmanagerUrl);
    void discoverMonitoring();
    lab::MonitoringSession* ensureMonitoring(int metricsIntervalMs, int alertsIntervalMs, int startGraceMs);
    std::optional<lab::HealthReport::Monitoring> collectMonitoring(const QString& prometheusUrl,
                                                                   const QString& alertmanagerUrl, bool demo);
    void loadProfile();
    void createTopologyPage();
    void createViewPages(); // applicationviews.cpp
    void connectViewMetrics(lab::MonitoringSession* monitoring);

    CommandLine m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<lab::ClusterSession> m_session;
    std::unique_ptr<lab::DemoLab> m_demo;
    std::unique_ptr<lab::LabProfile> m_profile; // null: work from what the cluster shows
    QString m_profileProblem;                    // translated, when --profile could not be used
    std::unique_ptr<lab::MonitoringSession> m_monitoring;
    std::unique_ptr<lab::TopologyTraffic> m_traffic; // from the last snapshot; null without Prometheus
    std::unique_ptr<widgets::MainWindow> m_window;
    widgets::TopologyPage* m_topologyPage = nullptr; // owned by the window
    widgets::OverviewPage* m_overviewPage = nullptr;   // owned by the window
    widgets::ServicesPage* m_servicesPage = nullptr;   // owned by the window
    widgets::EventsPage* m_eventsPage = nullptr;       // owned by the window
    itemmodels::ServiceOverviewModel* m_serviceModel = nullptr; // child of the window
    itemmodels::SnapshotHistory* m_snapshotHistory = nullptr;   // child of the window
    Throttle* m_topologyRebuild = nullptr;
};

} // namespace lcl::console
