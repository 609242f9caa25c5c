#pragma once

#include "app/console/commandline.h"

#include <QObject>

#include <memory>

namespace lcl {
class Settings;
}

namespace lcl::widgets {
class MainWindow;
}

namespace lcl::lab {
class ClusterSession;
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

    CommandLine m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<lab::ClusterSession> m_session;
    std::unique_ptr<lab::DemoLab> m_demo;
    std::unique_ptr<widgets::MainWindow> m_window;
};

} // namespace lcl::console
