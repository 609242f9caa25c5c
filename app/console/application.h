#pragma once

#include "app/console/commandline.h"

#include <QObject>

#include <memory>

namespace lcl {
class Settings;
}

namespace lcl::widgets {
class MainWindow;
class TopologyPage;
} // namespace lcl::widgets

namespace lcl::lab {
class ClusterSession;
class LabProfile;
class DemoLab;
struct DemoLabEndpoints;
} // namespace lcl::lab

namespace lcl::console {

// Startup and wiring: settings, logging, the main window and the run modes the command line selects.
class Application final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    explicit Application(CommandLine options, QObject* parent = nullptr);
    ~Application() override;

    // Runs the selected mode to its end and returns the process exit code.
    int run();

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
    void loadProfile();
    void createTopologyPage();

    CommandLine m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<lab::ClusterSession> m_session;
    std::unique_ptr<lab::DemoLab> m_demo;
    std::unique_ptr<lab::LabProfile> m_profile; // null: work from what the cluster shows
    QString m_profileProblem;                    // translated, when --profile could not be used
    std::unique_ptr<widgets::MainWindow> m_window;
    widgets::TopologyPage* m_topologyPage = nullptr; // owned by the window
};

} // namespace lcl::console
