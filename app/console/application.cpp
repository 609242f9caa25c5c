#include "app/console/application.h"

#include "core/logging.h"
#include "core/settings.h"
#include "core/throttle.h"
#include "kube/resourcestore.h"
#include "lab/clustersession.h"
#include "lab/demolab.h"
#include "lab/labprofile.h"
#include "lab/monitoringsession.h"
#include "lab/profilequerybatch.h"
#include "lab/snapshottraffic.h"
#include "lab/topologybuilder.h"
#include "lab/topologytraffic.h"
#include "widgets/emptystatepage.h"
#include "widgets/mainwindow.h"
#include "widgets/topologypage.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

#include <spdlog/logger.h>

#include <cstdio>

namespace lcl::console {
namespace {

// Quits the application from the window's first paint: `--bench-first-paint` measures exec → first paint.
class FirstPaintProbe final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

Application::Application(CommandLine options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<Settings>())
    , m_session(std::make_unique<lab::ClusterSession>())
{
}

Application::~Application()
{
    if (m_window)
        m_settings->setWindowGeometry(m_window->saveGeometry());
    m_monitoring.reset();
    m_window.reset();
    m_session.reset();
    m_demo.reset();
}

int Application::run()
{
    switch (m_options.mode) {
    case CommandLine::Mode::Window:
        return runWindow();
    case CommandLine::Mode::Screenshot:
        return runScreenshot();
    case CommandLine::Mode::Report:
        return runReport();
    case CommandLine::Mode::Help:
    case CommandLine::Mode::Version:
    case CommandLine::Mode::Error:
        break;
    }
    return 2;
}

void Application::createWindow()
{
    m_window = std::make_unique<widgets::MainWindow>();
    QString view = m_options.view.isEmpty() ? m_settings->lastView() : m_options.view;
    const QString key = view.section(QLatin1Char(':'), 0, 0);
    if (const auto id = widgets::ViewInfo::fromKey(key == QLatin1String("service") ? QStringLiteral("services") : key))
        m_window->showView(*id);
    if (!m_options.ns.isEmpty())
        m_window->setNamespaceFilter(m_options.ns);
    wireWindow();
    loadProfile();
    createTopologyPage();
    createViewPages();
    updateEmptyReason();
}

void Application::loadProfile()
{
    if (m_options.profile.isEmpty()) {
        m_profile = std::make_unique<lab::LabProfile>(lab::LabProfile::builtin());
        return;
    }
    Result<lab::LabProfile> loaded = lab::LabProfile::load(m_options.profile);
    if (loaded) {
        m_profile = std::make_unique<lab::LabProfile>(std::move(loaded).value());
        return;
    }
    m_profileProblem = loaded.error().toString();
    logging::logger("ui")->error("profile: {}", m_profileProblem.toStdString());
    if (m_window)
        m_window->statusBar()->showMessage(
        tr("The lab profile could not be used, so the console shows only what the cluster has: %1").arg(m_profileProblem));
}

void Application::createTopologyPage()
{
    m_topologyPage = new widgets::TopologyPage;
    m_window->setPage(widgets::ViewId::Topology, m_topologyPage);
    // Rebuild from the store at most every 300 ms: the builder is cheap, the layout runs off the GUI thread
    // and only when the graph's shape changed.
    m_topologyRebuild = new Throttle(
        300,
        [this] {
            lab::TopologyBuilder builder(*m_session->store(), m_profile.get(), m_traffic.get());
            m_topologyPage->setTopology(builder.build());
        },
        this);
    connect(m_session->store(), &kube::ResourceStore::changed, m_topologyRebuild, &Throttle::request);
}

void Application::wireWindow()
{
    using widgets::MainWindow;
    connect(m_window.get(), &MainWindow::viewChanged, this,
            [this](widgets::ViewId id) { m_settings->setLastView(widgets::ViewInfo::of(id).key); });
    connect(m_window.get(), &MainWindow::startDemoRequested, this, &Application::startDemo);
    connect(m_window.get(), &MainWindow::openKubeconfigRequested, this, &Application::openKubeconfig);
    connect(m_window.get(), &MainWindow::contextSelected, this, [this](const QString& context) {
        m_settings->setLastContext(context);
        m_session->connectTo(context, m_options.ns);
    });
    connect(m_session.get(), &lab::ClusterSession::stateChanged, this, [this](const ConnectionState& state) {
        m_window->setConnectionState(widgets::MainWindow::Connection::KubernetesApi, state);
        updateEmptyReason();
    });
    connect(m_session.get(), &lab::ClusterSession::synced, this, &Application::discoverMonitoring);
    // Namespaces come and go with the store; refresh the filter at most twice a second.
    auto* namespaceRefresh = new QTimer(this);
    namespaceRefresh->setSingleShot(true);
    namespaceRefresh->setInterval(500);
    connect(namespaceRefresh, &QTimer::timeout, this, [this] {
        m_window->setNamespaces(m_session->store()->namespaces());
        updateEmptyReason();
    });
    connect(m_session->store(), &kube::ResourceStore::changed, namespaceRefresh,
            [namespaceRefresh] { namespaceRefresh->start(); });
}

void Application::updateEmptyReason()
{
    const ConnectionState& state = m_session->state();
    QString reason;
    switch (state.phase) {
    case ConnectionState::Phase::NotConfigured:
        reason = tr("<p>No cluster is connected yet.</p>"
                    "<p>Try the built-in demo lab: <code>lclab-console --demo</code><br/>"
                    "or connect to your k3s cluster: <code>lclab-console --kubeconfig "
                    "/etc/rancher/k3s/k3s.yaml</code></p>");
        break;
    case ConnectionState::Phase::Connecting:
        reason = tr("<p>Connecting to %1: %2…</p>").arg(state.endpoint.toHtmlEscaped(), state.summary.toHtmlEscaped());
        break;
    case ConnectionState::Phase::Connected:
    case ConnectionState::Phase::Degraded: {
        const kube::ResourceStore* store = m_session->store();
        reason = tr("<p>Connected to <b>%1</b> (%2). Pods: %3, namespaces: %4.</p>"
                    "<p>This view is not part of this version of the console yet; the command-line report "
                    "(<code>lclab-console --report</code>) already shows the cluster's health.</p>")
                     .arg(m_session->context().toHtmlEscaped(), m_session->serverVersion().toHtmlEscaped())
                     .arg(store->count(kube::ResourceKind::Pods))
                     .arg(store->namespaces().size());
        break;
    }
    case ConnectionState::Phase::Failed:
        reason = tr("<p><b>Could not connect.</b> %1</p><p>%2</p>")
                     .arg(m_session->lastError().message.toHtmlEscaped(), m_session->lastError().hint.toHtmlEscaped());
        break;
    }
    m_window->setEmptyReason(reason);
    m_window->emptyState(widgets::ViewId::Overview)->setActionsVisible(state.phase != ConnectionState::Phase::Connected);
}

void Application::startDemo()
{
    if (m_demo && m_demo->isRunning())
        return;
    m_demo = std::make_unique<lab::DemoLab>(lab::DemoLab::Options{});
    ConnectionState starting;
    starting.phase = ConnectionState::Phase::Connecting;
    starting.summary = tr("starting the demo lab");
    if (m_window)
        m_window->setConnectionState(widgets::MainWindow::Connection::KubernetesApi, starting);
    connect(m_demo.get(), &lab::DemoLab::progress, this, [this](const QString& step) {
        logging::logger("ui")->info("{}", step.toStdString());
        if (m_window)
            m_window->statusBar()->showMessage(step, 5000);
    });
    connect(m_demo.get(), &lab::DemoLab::ready, this, [this](const lab::DemoLabEndpoints& endpoints) {
        for (const QString& note : endpoints.notes) {
            if (m_window)
                m_window->statusBar()->showMessage(note, 15000);
        }
        // URLs on the command line win over the demo's own servers.
        startMonitoring(m_options.prometheusUrl.isEmpty() ? endpoints.prometheusUrl : m_options.prometheusUrl,
                        m_options.alertmanagerUrl.isEmpty() ? endpoints.alertmanagerUrl : m_options.alertmanagerUrl);
        connectWithKubeconfig(endpoints.kubeconfigPath, QStringLiteral("lclab"));
    });
    connect(m_demo.get(), &lab::DemoLab::failed, this, [this](const Error& error) {
        ConnectionState failed;
        failed.phase = ConnectionState::Phase::Failed;
        failed.summary = error.toString();
        if (m_window) {
            m_window->setConnectionState(widgets::MainWindow::Connection::KubernetesApi, failed);
            m_window->setEmptyReason(tr("<p><b>The demo lab did not start.</b> %1</p><p>%2</p>")
                                         .arg(error.message.toHtmlEscaped(), error.hint.toHtmlEscaped()));
        }
    });
    m_demo->start();
}

void Application::showMonitoringEndpoints(const QString& prometheusUrl, const QString& alertmanagerUrl)
{
    if (!m_window)
        return;
    // Only for what has no URL yet; a configured endpoint reports its real state through the MonitoringSession.
    auto show = [this](widgets::MainWindow::Connection which, const QString& url, const QString& why) {
        if (!url.isEmpty())
            return;
        ConnectionState state;
        state.phase = ConnectionState::Phase::NotConfigured;
        state.summary = why;
        m_window->setConnectionState(which, state);
    };
    show(widgets::MainWindow::Connection::Prometheus, prometheusUrl,
         tr("no URL given; the console looks for Prometheus in the cluster once connected (or use --prometheus-url)"));
    show(widgets::MainWindow::Connection::Alertmanager, alertmanagerUrl,
         tr("no URL given (use --alertmanager-url)"));
}

lab::MonitoringSession* Application::ensureMonitoring(int metricsIntervalMs, int alertsIntervalMs, int startGraceMs)
{
    if (m_monitoring)
        return m_monitoring.get();
    lab::MonitoringSession::Options options;
    options.metricsIntervalMs = metricsIntervalMs;
    options.alertsIntervalMs = alertsIntervalMs;
    options.startGraceMs = startGraceMs;
    m_monitoring = std::make_unique<lab::MonitoringSession>(options);
    m_monitoring->setQueryBatch(lab::ProfileQueryBatch::build(m_profile.get()));
    connect(m_monitoring.get(), &lab::MonitoringSession::prometheusStateChanged, this, [this](const ConnectionState& state) {
        if (m_window)
            m_window->setConnectionState(widgets::MainWindow::Connection::Prometheus, state);
    });
    connect(m_monitoring.get(), &lab::MonitoringSession::alertmanagerStateChanged, this,
            [this](const ConnectionState& state) {
                if (m_window)
                    m_window->setConnectionState(widgets::MainWindow::Connection::Alertmanager, state);
            });
    connect(m_monitoring.get(), &lab::MonitoringSession::snapshotReady, this,
            [this](const metrics::MetricsSnapshot& snapshot) {
                m_traffic = std::make_unique<lab::TopologyTraffic>(lab::SnapshotTraffic::build(snapshot, m_profile.get()));
                if (m_topologyRebuild)
                    m_topologyRebuild->request();
            });
    connectViewMetrics(m_monitoring.get());
    return m_monitoring.get();
}

void Application::startMonitoring(const QString& prometheusUrl, const QString& alertmanagerUrl)
{
    if (prometheusUrl.isEmpty() && alertmanagerUrl.isEmpty()) {
        showMonitoringEndpoints({}, {});
        return;
    }
    ensureMonitoring(10000, 5000, 20000)->start(prometheusUrl, alertmanagerUrl);
    showMonitoringEndpoints(prometheusUrl, alertmanagerUrl);
}

// With no URL anywhere, look for Prometheus in the cluster the way Headlamp does, once the cluster answered.
void Application::discoverMonitoring()
{
    if (m_monitoring || m_options.demo || !m_options.prometheusUrl.isEmpty() || !m_session->connection())
        return;
    metrics::PrometheusDiscovery::Request request;
    request.cluster = *m_session->connection();
    ensureMonitoring(10000, 5000, 20000)->discover(request, m_options.alertmanagerUrl);
    connect(m_monitoring.get(), &lab::MonitoringSession::discoveryStep, this,
            [this](const metrics::PrometheusDiscovery::Step& step) {
                logging::logger("ui")->info("Prometheus discovery: {} — {}", step.action.toStdString(),
                                            step.result.toStdString());
            });
}

void Application::connectWithKubeconfig(const QString& kubeconfig, const QString& context)
{
    const Result<QStringList> contexts = m_session->loadKubeconfig(kubeconfig);
    if (!contexts) {
        ConnectionState failed;
        failed.phase = ConnectionState::Phase::Failed;
        failed.summary = contexts.error().toString();
        if (m_window) {
            m_window->setConnectionState(widgets::MainWindow::Connection::KubernetesApi, failed);
            m_window->setEmptyReason(tr("<p><b>The kubeconfig could not be read.</b> %1</p><p>%2</p>")
                                         .arg(contexts.error().message.toHtmlEscaped(),
                                              contexts.error().hint.toHtmlEscaped()));
        }
        return;
    }
    QString chosen = context;
    if (chosen.isEmpty() || !contexts->contains(chosen))
        chosen = m_session->kubeconfigCurrentContext();
    if (m_window)
        m_window->setContexts(contexts.value(), chosen);
    m_session->connectTo(chosen, m_options.ns);
}

void Application::openKubeconfig()
{
    const QString file = QFileDialog::getOpenFileName(m_window.get(), tr("Open kubeconfig"),
                                                      QDir::homePath() + QStringLiteral("/.kube"));
    if (file.isEmpty())
        return;
    m_settings->setKubeconfigPath(file);
    connectWithKubeconfig(file, {});
}

// Connects the way the command line asks: the demo lab, an explicit or remembered kubeconfig, or the
// default one when it exists. Returns false when there is nothing to connect to.
bool Application::startConnection()
{
    if (m_options.demo) {
        startDemo();
        return true;
    }
    const QString kubeconfig = m_options.kubeconfig.isEmpty() ? m_settings->kubeconfigPath() : m_options.kubeconfig;
    const bool haveDefault = !qEnvironmentVariableIsEmpty("KUBECONFIG") ||
                             QFileInfo::exists(QDir::homePath() + QStringLiteral("/.kube/config"));
    startMonitoring(m_options.prometheusUrl, m_options.alertmanagerUrl);
    if (kubeconfig.isEmpty() && !haveDefault)
        return false;
    connectWithKubeconfig(kubeconfig, m_options.context.isEmpty() ? m_settings->lastContext() : m_options.context);
    return true;
}

int Application::runWindow()
{
    createWindow();
    if (m_options.benchFirstPaint)
        m_window->installEventFilter(new FirstPaintProbe(m_window.get()));
    else if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    m_window->show();
    if (!m_options.benchFirstPaint)
        startConnection();
    return QApplication::exec();
}

} // namespace lcl::console
