// The run modes without a window to keep: --screenshot (the window grabbed once the cluster has loaded) and
// --report (a health report on stdout and an exit code), and the wait for monitoring the report needs.
#include "app/console/application.h"

#include "core/connectionstate.h"
#include "lab/clustersession.h"
#include "lab/demolab.h"
#include "lab/healthreport.h"
#include "lab/monitoringsession.h"
#include "lab/topologytraffic.h"
#include "widgets/mainwindow.h"
#include "widgets/topologypage.h"
#include "widgets/topologyview.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace lcl::console {
namespace {

void printOut(const QString& text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

void printErr(const QString& text)
{
    QTextStream err(stderr);
    err << text;
    err.flush();
}

constexpr int kReportSyncTimeoutMs = 60000;
// How long --report waits for Prometheus' first rates: the demo's Prometheus has just started and needs two
// scrapes before rate() answers.
constexpr int kReportMetricsTimeoutDemoMs = 60000;
constexpr int kReportMetricsTimeoutMs = 20000;

} // namespace

std::optional<lab::HealthReport::Monitoring> Application::collectMonitoring(const QString& prometheusUrl,
                                                                           const QString& alertmanagerUrl, bool demo)
{
    if (prometheusUrl.isEmpty() && alertmanagerUrl.isEmpty())
        return std::nullopt;
    // The demo's servers have just started and may need a moment; a given URL that does not answer is reported
    // at once.
    lab::MonitoringSession* monitoring = ensureMonitoring(2000, 2000, demo ? 20000 : 0);
    const int timeoutMs = demo ? kReportMetricsTimeoutDemoMs : kReportMetricsTimeoutMs;
    monitoring->start(prometheusUrl, alertmanagerUrl);
    // Done when Prometheus gave up, or every service has its rate, or rates appeared and one more refresh
    // followed (a series that is still absent then is absent, not late); and Alertmanager answered once.
    quint64 firstWithRates = 0;
    const auto metricsDone = [&] {
        if (prometheusUrl.isEmpty() || monitoring->prometheusState().phase == ConnectionState::Phase::Failed)
            return true;
        const metrics::MetricsSnapshot& snapshot = monitoring->snapshot();
        if (snapshot.sequence == 0)
            return false;
        const auto rows = lab::HealthReport::trafficRows(snapshot, m_profile.get());
        const auto withRate = std::count_if(rows.cbegin(), rows.cend(), [](const auto& r) { return r.rate.hasValue(); });
        if (withRate == rows.size())
            return true;
        if (withRate > 0 && firstWithRates == 0)
            firstWithRates = snapshot.sequence;
        return firstWithRates > 0 && snapshot.sequence > firstWithRates;
    };
    // Alerts: done once a source answered, or the one that tells them gave up (Prometheus alone tells its own).
    const auto alertsDone = [&] {
        if (monitoring->alertsKnown())
            return true;
        if (!alertmanagerUrl.isEmpty())
            return monitoring->alertmanagerState().phase == ConnectionState::Phase::Failed;
        return monitoring->prometheusState().phase == ConnectionState::Phase::Failed;
    };
    QEventLoop loop;
    const auto check = [&] {
        if (metricsDone() && alertsDone())
            loop.quit();
    };
    connect(monitoring, &lab::MonitoringSession::snapshotReady, &loop, check);
    connect(monitoring, &lab::MonitoringSession::prometheusStateChanged, &loop, check);
    connect(monitoring, &lab::MonitoringSession::alertmanagerStateChanged, &loop, check);
    connect(monitoring, &lab::MonitoringSession::alertsChanged, &loop, check);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!(metricsDone() && alertsDone()))
        loop.exec();

    lab::HealthReport::Monitoring result;
    result.prometheus = monitoring->prometheusState();
    result.alertmanager = monitoring->alertmanagerState();
    if (!prometheusUrl.isEmpty())
        result.services = lab::HealthReport::trafficRows(monitoring->snapshot(), m_profile.get());
    result.alerts = monitoring->alerts();
    result.alertsKnown = monitoring->alertsKnown();
    monitoring->stop();
    return result;
}

int Application::runScreenshot()
{
    createWindow();
    m_window->resize(m_options.screenshotSize);
    m_window->show();
    if (startConnection()) {
        // Grab what a person would see once the cluster has loaded (or why it did not).
        QEventLoop loop;
        connect(m_session.get(), &lab::ClusterSession::synced, &loop, &QEventLoop::quit);
        connect(m_session.get(), &lab::ClusterSession::failed, &loop, &QEventLoop::quit);
        if (m_demo)
            connect(m_demo.get(), &lab::DemoLab::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(kReportSyncTimeoutMs, &loop, &QEventLoop::quit);
        if (!m_session->isSynced())
            loop.exec();
        // With Prometheus, wait for its first numbers too, so the picture shows traffic (the demo's server
        // needs two scrapes before rates exist).
        if (m_monitoring && !m_monitoring->prometheusState().endpoint.isEmpty()) {
            const auto haveTraffic = [this] { return m_traffic && !m_traffic->isEmpty(); };
            QEventLoop metricsLoop;
            connect(m_monitoring.get(), &lab::MonitoringSession::snapshotReady, &metricsLoop, [&] {
                if (haveTraffic())
                    metricsLoop.quit();
            });
            QTimer::singleShot(20000, &metricsLoop, &QEventLoop::quit);
            if (!haveTraffic())
                metricsLoop.exec();
        }
        // The namespace filter and the topology refresh on timers; the topology then lays out off-thread.
        if (m_options.view.startsWith(QLatin1String("topology"))) {
            connect(m_topologyPage->view(), &widgets::TopologyView::layoutApplied, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        } else {
            QTimer::singleShot(600, &loop, &QEventLoop::quit);
        }
        loop.exec();
    }
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    if (m_topologyPage)
        m_topologyPage->view()->fitAll(); // the window got its final size after the first layout
    QApplication::processEvents();
    const QPixmap pixmap = m_window->grab();
    const QFileInfo target(m_options.screenshotFile);
    QDir().mkpath(target.absolutePath());
    if (pixmap.isNull() || !pixmap.save(target.absoluteFilePath(), "PNG")) {
        printErr(tr("Could not write the screenshot to %1: check that the folder is writable.\n")
                     .arg(target.absoluteFilePath()));
        return 2;
    }
    printOut(tr("Screenshot written to %1\n").arg(target.absoluteFilePath()));
    return 0;
}

int Application::runReport()
{
    QString kubeconfig = m_options.kubeconfig;
    QString context = m_options.context;
    QString prometheusUrl = m_options.prometheusUrl;
    QString alertmanagerUrl = m_options.alertmanagerUrl;
    loadProfile();
    if (!m_profileProblem.isEmpty())
        printErr(tr("The lab profile could not be used: %1\n").arg(m_profileProblem));
    if (m_options.demo) {
        m_demo = std::make_unique<lab::DemoLab>(lab::DemoLab::Options{});
        Error error;
        if (!m_demo->startAndWait(&error)) {
            const auto report = lab::HealthReport::failure(error.toString());
            printOut(m_options.reportFormat == CommandLine::ReportFormat::Json ? QString::fromUtf8(report.toJson())
                                                                               : report.toText());
            return report.exitCode();
        }
        for (const QString& note : m_demo->endpoints().notes)
            printErr(note + QLatin1Char('\n'));
        kubeconfig = m_demo->endpoints().kubeconfigPath;
        context = QStringLiteral("lclab");
        if (prometheusUrl.isEmpty())
            prometheusUrl = m_demo->endpoints().prometheusUrl;
        if (alertmanagerUrl.isEmpty())
            alertmanagerUrl = m_demo->endpoints().alertmanagerUrl;
    }

    lab::HealthReport report;
    const Result<QStringList> contexts = m_session->loadKubeconfig(kubeconfig);
    if (!contexts) {
        report = lab::HealthReport::failure(contexts.error().toString(), context);
    } else {
        m_session->connectTo(context, m_options.ns);
        const QString server = m_session->connection() ? m_session->connection()->server.toString() : QString();
        if (!m_session->waitForSync(kReportSyncTimeoutMs)) {
            const QString why = m_session->state().phase == ConnectionState::Phase::Failed
                                    ? m_session->lastError().toString()
                                    : tr("The cluster's objects did not load within %1 s.").arg(kReportSyncTimeoutMs / 1000);
            report = lab::HealthReport::failure(why, m_session->context(), server);
        } else {
            lab::HealthReport::Input input = lab::HealthReport::collect(*m_session->store());
            input.context = m_session->context();
            input.server = server;
            input.serverVersion = m_session->serverVersion();
            input.monitoring = collectMonitoring(prometheusUrl, alertmanagerUrl, m_options.demo);
            report = lab::HealthReport::build(std::move(input));
        }
    }
    printOut(m_options.reportFormat == CommandLine::ReportFormat::Json ? QString::fromUtf8(report.toJson())
                                                                       : report.toText());
    return report.exitCode();
}

} // namespace lcl::console
