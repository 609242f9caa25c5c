#include "core/logging.h"
#include "labsim/apiserver.h"
#include "labsim/auth.h"
#include "labsim/certs.h"
#include "labsim/controllers.h"
#include "labsim/faultbook.h"
#include "labsim/faultcli.h"
#include "labsim/handlerrouter.h"
#include "labsim/kubeconfigwriter.h"
#include "labsim/objectstore.h"
#include "labsim/seed.h"
#include "lab/labprofile.h"
#include "labsim/simoptions.h"
#include "labsim/trafficengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdio>
#include <memory>
#include <string_view>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop through a self-pipe, so shutdown runs on the main thread.
bool installSignalHandlers(QCoreApplication* app, std::unique_ptr<QSocketNotifier>* notifier)
{
    if (::pipe(g_signalPipe) != 0)
        return false;
    *notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier->get(), &QSocketNotifier::activated, app, [app] { app->quit(); });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    return true;
}

int fail(const lcl::Error& error)
{
    std::fprintf(stderr, "lclab-sim: %s\n", qPrintable(error.toString()));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LocalCloudLab"));
    QCoreApplication::setApplicationName(QStringLiteral("lclab-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LCL_VERSION));
    if (argc > 1 && std::string_view(argv[1]) == "fault")
        return lcl::sim::FaultCli::run(app.arguments().mid(2));

    const lcl::Result<lcl::sim::SimOptions> parsed = lcl::sim::SimOptions::parse(app.arguments().mid(1));
    if (!parsed) {
        std::fprintf(stderr, "lclab-sim: %s\n%s\n", qPrintable(parsed.error().message),
                     qPrintable(lcl::sim::SimOptions::usage()));
        return 2;
    }
    const lcl::sim::SimOptions& options = parsed.value();
    if (options.showHelp) {
        std::printf("%s\n", qPrintable(lcl::sim::SimOptions::usage()));
        return 0;
    }

    std::unique_ptr<QTemporaryDir> tempDir;
    QString stateDir = options.stateDir;
    if (stateDir.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/lclab-sim-XXXXXX"));
        stateDir = tempDir->path();
    }
    if (!QDir().mkpath(stateDir))
        return fail(lcl::Error::make(lcl::Error::Kind::Config, QStringLiteral("cannot create %1").arg(stateDir)));
    stateDir = QDir(stateDir).absolutePath();

    lcl::logging::Options logOptions;
    logOptions.directory = stateDir;
    lcl::logging::init(logOptions);

    lcl::Result<lcl::sim::Certs> certs = lcl::sim::Certs::loadOrGenerate(stateDir);
    if (!certs)
        return fail(certs.error());
    lcl::Result<lcl::sim::Authenticator> auth = lcl::sim::Authenticator::loadOrGenerate(stateDir);
    if (!auth)
        return fail(auth.error());
    const lcl::sim::KubeconfigWriter::Input tokens{{}, auth->adminToken(), auth->readOnlyToken()};

    // The one fault registry of this simulator; declared first so it outlives everything that reads it.
    lcl::sim::FaultBook faults;
    lcl::sim::ObjectStore::Config storeConfig;
    storeConfig.historyLimit = static_cast<std::size_t>(options.watchHistory);
    lcl::sim::ObjectStore store(lcl::sim::ResourceRegistry::builtin(), storeConfig);
    lcl::sim::StoreResult<bool> seeded = true;
    lcl::lab::LabProfile profile;
    if (options.profilePath.isEmpty()) {
        profile = lcl::lab::LabProfile::builtin();
        seeded = lcl::sim::Seed::seedLocalCloudLab(store, options.seed);
    } else {
        const lcl::Result<lcl::lab::LabProfile> loaded = lcl::lab::LabProfile::load(options.profilePath);
        if (!loaded)
            return fail(loaded.error());
        profile = loaded.value();
        seeded = lcl::sim::Seed::seedProfile(store, profile, options.seed);
    }
    if (seeded && options.scalePods > 0)
        seeded = lcl::sim::Seed::seedScale(store, options.scalePods, options.seed);
    if (!seeded)
        return fail(lcl::Error::make(lcl::Error::Kind::Config, QString::fromStdString(seeded.error().message)));
    // Deployments, replica sets, stateful sets, jobs and the kubelet; stopped (by its destructor) before the store goes.
    lcl::sim::ControllerTiming timing;
    timing.clockSpeed = options.speed; // cron schedules run on the simulated clock, like traffic and the HPA
    lcl::sim::Controllers controllers(store, faults, profile, options.seed, timing);
    controllers.start();

    lcl::sim::TrafficEngine::Config trafficConfig;
    trafficConfig.seed = options.seed;
    trafficConfig.speed = options.speed;
    trafficConfig.hpaSyncSeconds = options.hpaSyncSeconds;
    trafficConfig.scaleDownStabilizationSeconds = options.hpaDownscaleWindowSeconds;
    lcl::sim::TrafficEngine traffic(store, profile, faults, trafficConfig);
    const lcl::Result<quint16> metricsPort = traffic.startMetrics(options.metricsPort);
    if (!metricsPort)
        return fail(metricsPort.error());
    traffic.start();

    lcl::sim::HandlerRouter router(store, faults);
    lcl::sim::ApiServer server(certs.value(), auth.value(), &router);
    const lcl::Result<quint16> port = server.start(options.port);
    if (!port)
        return fail(port.error());

    lcl::sim::KubeconfigWriter::Input input = tokens;
    input.serverUrl = QStringLiteral("https://127.0.0.1:%1").arg(port.value());
    const lcl::Result<QString> kubeconfig =
        lcl::sim::KubeconfigWriter::write(stateDir + QStringLiteral("/kubeconfig.yaml"), input, certs.value());
    if (!kubeconfig)
        return fail(kubeconfig.error());

    std::unique_ptr<QSocketNotifier> signalNotifier;
    if (!installSignalHandlers(&app, &signalNotifier))
        return fail(lcl::Error::make(lcl::Error::Kind::Config, QStringLiteral("cannot install signal handlers")));

    lcl::logging::logger("sim")->info("serving {} (state in {})", input.serverUrl.toStdString(), stateDir.toStdString());
    const QString metricsUrl = QStringLiteral("http://127.0.0.1:%1/metrics").arg(metricsPort.value());
    std::printf("lclab-sim ready: server=%s kubeconfig=%s metrics=%s\n", qPrintable(input.serverUrl),
                qPrintable(kubeconfig.value()), qPrintable(metricsUrl));
    std::fflush(stdout);

    const int code = app.exec();
    server.stop();
    lcl::logging::logger("sim")->info("stopped");
    return code;
}
