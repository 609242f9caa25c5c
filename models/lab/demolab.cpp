#include "lab/demolab.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <spdlog/logger.h>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lcl::lab {
namespace {

// A port on 127.0.0.1 that was free a moment ago (the child binds it right after).
quint16 freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

QString findProgram(const QString& explicitPath, const QStringList& names)
{
    if (!explicitPath.isEmpty())
        return QFileInfo(explicitPath).isExecutable() ? explicitPath : QString();
    for (const QString& name : names) {
        const QString sibling = QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
        if (QFileInfo(sibling).isExecutable())
            return sibling;
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            return found;
    }
    return {};
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

DemoLab::DemoLab(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

DemoLab::~DemoLab()
{
    stop();
}

QProcess* DemoLab::spawn(const QString& program, const QStringList& args, const QString& logName)
{
    auto* process = new QProcess(this);
    process->setProgram(program);
    process->setArguments(args);
    process->setWorkingDirectory(m_dir->path());
    if (!logName.isEmpty()) {
        process->setStandardErrorFile(m_dir->filePath(logName));
        process->setStandardOutputFile(m_dir->filePath(logName), QIODevice::Append);
    }
    // The child gets SIGTERM when the console dies for any reason, so a killed console leaves no orphans.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    return process;
}

void DemoLab::start()
{
    stop();
    m_ready = false;
    m_endpoints = {};
    m_simulatorOutput.clear();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/lclab-demo-XXXXXX"));
    if (!m_dir->isValid()) {
        fail(Error::make(Error::Kind::Config, tr("Could not create a temporary folder for the demo lab."),
                         tr("Check that %1 is writable.").arg(QDir::tempPath())));
        return;
    }
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString simulator = findProgram(m_options.simulatorPath, {QStringLiteral("lclab-sim")});
    if (simulator.isEmpty()) {
        fail(Error::make(Error::Kind::Config, tr("The simulator lclab-sim was not found."),
                         tr("Build it (installer/setup.sh build) or install the console package, which ships "
                            "lclab-sim next to lclab-console.")));
        return;
    }

    QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state-dir"),
                     m_dir->filePath(QStringLiteral("sim")), QStringLiteral("--seed"),
                     QString::number(m_options.seed)};
    if (!m_options.profilePath.isEmpty())
        args << QStringLiteral("--profile") << m_options.profilePath;
    Q_EMIT progress(tr("Starting the simulated cluster…"));
    m_simulator = spawn(simulator, args, {});
    m_simulator->setStandardErrorFile(m_dir->filePath(QStringLiteral("lclab-sim.log")));
    connect(m_simulator, &QProcess::readyReadStandardOutput, this, &DemoLab::onSimulatorOutput);
    connect(m_simulator, &QProcess::finished, this, [this](int code) {
        if (!m_ready)
            fail(Error::make(Error::Kind::Unavailable, tr("The simulator stopped while starting (exit code %1).").arg(code),
                             tr("See its log: %1").arg(m_dir ? m_dir->filePath(QStringLiteral("lclab-sim.log")) : QString())));
    });
    m_simulator->start();

    QTimer::singleShot(m_options.startTimeoutMs, this, [this, generation = m_simulator] {
        if (!m_ready && m_simulator == generation)
            fail(Error::make(Error::Kind::Timeout, tr("The simulator did not become ready in time."),
                             tr("See its log: %1").arg(m_dir->filePath(QStringLiteral("lclab-sim.log")))));
    });
}

void DemoLab::onSimulatorOutput()
{
    m_simulatorOutput += m_simulator->readAllStandardOutput();
    static const QRegularExpression readyLine(
        QStringLiteral("^lclab-sim ready: server=(\\S+) kubeconfig=(\\S+)(?: metrics=(\\S+))?"),
        QRegularExpression::MultilineOption);
    const auto match = readyLine.match(QString::fromUtf8(m_simulatorOutput));
    if (!match.hasMatch() || m_ready || !m_endpoints.kubeconfigPath.isEmpty())
        return;
    m_endpoints.apiServerUrl = match.captured(1);
    m_endpoints.kubeconfigPath = match.captured(2);
    m_endpoints.metricsUrl = match.captured(3);
    startMonitoring();
}

void DemoLab::startMonitoring()
{
    QString note;
    if (!startAlertmanager(&note))
        m_endpoints.notes << note;
    if (!startPrometheus(&note))
        m_endpoints.notes << note;
    m_ready = true;
    for (const QString& n : std::as_const(m_endpoints.notes))
        logging::logger("lab")->warn("demo lab: {}", n.toStdString());
    Q_EMIT ready(m_endpoints);
}

bool DemoLab::startAlertmanager(QString* note)
{
    const QString program = findProgram(m_options.alertmanagerPath,
                                        {QStringLiteral("prometheus-alertmanager"), QStringLiteral("alertmanager")});
    if (program.isEmpty()) {
        *note = tr("Alertmanager is not installed, so alerts cannot be silenced from the console. Install it "
                   "with: sudo apt-get install prometheus-alertmanager");
        return false;
    }
    const quint16 port = freeLoopbackPort();
    const QString config = m_dir->filePath(QStringLiteral("alertmanager.yml"));
    writeFile(config, QByteArrayLiteral("route:\n  receiver: console\n  group_wait: 1s\n  group_interval: 5s\n"
                                        "  repeat_interval: 1h\nreceivers:\n  - name: console\n"));
    QDir(m_dir->path()).mkpath(QStringLiteral("alertmanager-data"));
    Q_EMIT progress(tr("Starting Alertmanager…"));
    m_alertmanager = spawn(program,
                           {QStringLiteral("--config.file=") + config,
                            QStringLiteral("--storage.path=") + m_dir->filePath(QStringLiteral("alertmanager-data")),
                            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                            QStringLiteral("--cluster.listen-address=")},
                           QStringLiteral("alertmanager.log"));
    m_alertmanager->start();
    m_endpoints.alertmanagerUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    return true;
}

bool DemoLab::startPrometheus(QString* note)
{
    const QString program = findProgram(m_options.prometheusPath, {QStringLiteral("prometheus")});
    if (program.isEmpty()) {
        *note = tr("Prometheus is not installed, so the demo lab shows no request rates, latencies or alerts. "
                   "Install it with: sudo apt-get install prometheus");
        return false;
    }
    const quint16 port = freeLoopbackPort();
    QByteArray config = QByteArrayLiteral("global:\n  scrape_interval: 2s\n  evaluation_interval: 2s\n");
    if (!m_options.externalLabels.isEmpty()) {
        config += "  external_labels:\n";
        for (auto it = m_options.externalLabels.cbegin(); it != m_options.externalLabels.cend(); ++it)
            config += "    " + it.key().toUtf8() + ": '" + QString(it.value()).replace(QLatin1Char('\''), QStringLiteral("''")).toUtf8() + "'\n";
    }
    QString rules = m_options.alertRulesFile;
    if (rules.isEmpty() && QFile::exists(QStringLiteral(":/alerts/localcloudlab-rules.yml"))) {
        rules = m_dir->filePath(QStringLiteral("localcloudlab-rules.yml"));
        QFile::copy(QStringLiteral(":/alerts/localcloudlab-rules.yml"), rules);
        QFile::setPermissions(rules, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!rules.isEmpty())
        config += "rule_files:\n  - " + rules.toUtf8() + "\n";
    if (!m_endpoints.alertmanagerUrl.isEmpty())
        config += "alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ['" +
                  m_endpoints.alertmanagerUrl.mid(7).toUtf8() + "']\n";
    config += "scrape_configs:\n  - job_name: prometheus\n    static_configs:\n      - targets: ['127.0.0.1:" +
              QByteArray::number(port) + "']\n";
    if (!m_endpoints.metricsUrl.isEmpty()) {
        const QUrl metrics(m_endpoints.metricsUrl);
        config += "  - job_name: lclab-sim\n    metrics_path: " + metrics.path().toUtf8() +
                  "\n    honor_labels: true\n    static_configs:\n      - targets: ['" +
                  metrics.authority().toUtf8() + "']\n";
    } else {
        m_endpoints.notes << tr("This simulator build exposes no metrics yet, so Prometheus has nothing of the "
                                "cluster to scrape.");
    }
    const QString configFile = m_dir->filePath(QStringLiteral("prometheus.yml"));
    writeFile(configFile, config);
    QDir(m_dir->path()).mkpath(QStringLiteral("prometheus-data"));
    Q_EMIT progress(tr("Starting Prometheus…"));
    m_prometheus = spawn(program,
                         {QStringLiteral("--config.file=") + configFile,
                          QStringLiteral("--storage.tsdb.path=") + m_dir->filePath(QStringLiteral("prometheus-data")),
                          QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                          QStringLiteral("--web.external-url=http://127.0.0.1:%1").arg(port),
                          QStringLiteral("--rules.alert.resend-delay=2s")},
                         QStringLiteral("prometheus.log"));
    m_prometheus->start();
    m_endpoints.prometheusUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    return true;
}

void DemoLab::fail(const Error& error)
{
    logging::logger("lab")->error("demo lab: {} ({})", error.message.toStdString(), error.hint.toStdString());
    stop();
    Q_EMIT failed(error);
}

void DemoLab::stop()
{
    for (QProcess** child : {&m_prometheus, &m_alertmanager, &m_simulator}) {
        if (!*child)
            continue;
        (*child)->disconnect(this);
        if ((*child)->state() != QProcess::NotRunning) {
            (*child)->terminate();
            if (!(*child)->waitForFinished(3000))
                (*child)->kill();
            (*child)->waitForFinished(1000);
        }
        (*child)->deleteLater(); // may be running its own finished() handler right now
        *child = nullptr;
    }
    m_ready = false;
}

bool DemoLab::isRunning() const
{
    return m_ready && m_simulator && m_simulator->state() == QProcess::Running;
}

QList<qint64> DemoLab::childProcessIds() const
{
    QList<qint64> pids;
    for (const QProcess* child : {m_simulator, m_prometheus, m_alertmanager}) {
        if (child && child->processId() > 0)
            pids << child->processId();
    }
    return pids;
}

bool DemoLab::startAndWait(Error* error)
{
    QEventLoop loop;
    bool ok = false;
    const auto onReady = connect(this, &DemoLab::ready, &loop, [&] {
        ok = true;
        loop.quit();
    });
    const auto onFailed = connect(this, &DemoLab::failed, &loop, [&](const Error& e) {
        if (error)
            *error = e;
        loop.quit();
    });
    start();
    if (!m_ready && m_simulator)
        loop.exec();
    disconnect(onReady);
    disconnect(onFailed);
    return ok || m_ready;
}

} // namespace lcl::lab
