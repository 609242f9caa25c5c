#include "support/promprocess.h"

#include "support/testenv.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace lcl::test {

namespace {

QByteArray quoted(const QString& s)
{
    QByteArray out = s.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

} // namespace

PromProcess::PromProcess() = default;

PromProcess::~PromProcess()
{
    stop();
}

QString PromProcess::program()
{
    return findProgram(QStringLiteral("prometheus"));
}

void PromProcess::addTarget(const Target& target)
{
    m_targets.append(target);
}

void PromProcess::addSelfTarget()
{
    m_self = true;
}

void PromProcess::addRuleFile(const QString& path)
{
    m_ruleFiles.append(path);
}

void PromProcess::setAlertmanager(const QString& address)
{
    m_alertmanager = address;
}

QString PromProcess::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString PromProcess::configPath() const
{
    return m_dir.filePath(QStringLiteral("prometheus.yml"));
}

bool PromProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QByteArray PromProcess::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("prometheus.log")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray PromProcess::configYaml() const
{
    QByteArray y;
    y += "global:\n  scrape_interval: " + m_interval.toUtf8() + "\n  scrape_timeout: " + m_interval.toUtf8() +
         "\n  evaluation_interval: " + m_interval.toUtf8() + "\n";
    if (!m_alertmanager.isEmpty()) {
        y += "alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: [" + quoted(m_alertmanager) +
             "]\n";
    }
    if (!m_ruleFiles.isEmpty()) {
        y += "rule_files:\n";
        for (qsizetype i = 0; i < m_ruleFiles.size(); ++i)
            y += "  - " + quoted(m_dir.filePath(QStringLiteral("rules-%1.yml").arg(i))) + "\n";
    }
    y += "scrape_configs:\n";
    if (m_self) {
        y += "  - job_name: prometheus\n    static_configs:\n      - targets: [" +
             quoted(QStringLiteral("127.0.0.1:%1").arg(m_port)) + "]\n";
    }
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        const Target& t = m_targets.at(i);
        y += "  - job_name: " + quoted(t.job) + "\n    scheme: " + t.scheme.toUtf8() + "\n    metrics_path: " +
             quoted(t.metricsPath) + "\n";
        if (t.insecureSkipVerify)
            y += "    tls_config:\n      insecure_skip_verify: true\n";
        if (!t.bearerToken.isEmpty()) {
            const QString tokenFile = m_dir.filePath(QStringLiteral("token-%1").arg(i));
            QFile f(tokenFile);
            if (f.open(QIODevice::WriteOnly)) {
                f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                f.write(t.bearerToken.toUtf8());
            }
            y += "    authorization:\n      credentials_file: " + quoted(tokenFile) + "\n";
        }
        y += "    static_configs:\n      - targets: [" + quoted(t.address) + "]\n";
    }
    if (!m_self && m_targets.isEmpty())
        y += "  []\n";
    return y;
}

bool PromProcess::start(int timeoutMs)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QString binary = program();
    if (binary.isEmpty()) {
        m_error = QStringLiteral("prometheus is not installed (Debian package prometheus)");
        return false;
    }
    for (qsizetype i = 0; i < m_ruleFiles.size(); ++i) {
        const QString copy = m_dir.filePath(QStringLiteral("rules-%1.yml").arg(i));
        QFile::remove(copy);
        if (!QFile::copy(m_ruleFiles.at(i), copy)) {
            m_error = QStringLiteral("cannot copy the rule file %1").arg(m_ruleFiles.at(i));
            return false;
        }
    }
    // A port taken between choosing and binding is rare; try a second one before giving up.
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_port = freeLoopbackPort();
        QFile config(configPath());
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_error = QStringLiteral("cannot write %1").arg(configPath());
            return false;
        }
        config.write(configYaml());
        config.close();
        const QStringList args{
            QStringLiteral("--config.file=%1").arg(configPath()),
            QStringLiteral("--storage.tsdb.path=%1").arg(m_dir.filePath(QStringLiteral("data"))),
            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
            QStringLiteral("--web.external-url=%1").arg(url()),
            QStringLiteral("--web.enable-lifecycle"),
            QStringLiteral("--rules.alert.resend-delay=1s"),
        };
        m_process = launch(binary, args, m_dir.filePath(QStringLiteral("prometheus.log")));
        if (waitReady(url() + QStringLiteral("/-/ready"), *m_process, timeoutMs, &m_error))
            return true;
        terminate(*m_process);
        m_error += QStringLiteral("\n") + QString::fromUtf8(log().right(2000));
    }
    return false;
}

void PromProcess::stop()
{
    if (m_process)
        terminate(*m_process);
}

PromProcess::Answer PromProcess::get(const QString& pathAndQuery, int timeoutMs) const
{
    return request("GET", url() + pathAndQuery, {}, {}, timeoutMs);
}

PromProcess::Answer PromProcess::post(const QString& path, const QByteArray& form, int timeoutMs) const
{
    return request("POST", url() + path, form, "application/x-www-form-urlencoded", timeoutMs);
}

PromProcess::Answer PromProcess::request(const QByteArray& method, const QString& url, const QByteArray& body,
                                         const QByteArray& contentType, int timeoutMs)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest req{QUrl(url)};
    req.setTransferTimeout(timeoutMs);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && a.status == 0)
        a.error = reply->errorString();
    reply->deleteLater();
    return a;
}

std::unique_ptr<QProcess> PromProcess::launch(const QString& program, const QStringList& args, const QString& logFile)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(program);
    process->setArguments(args);
    process->setStandardOutputFile(logFile, QIODevice::Append);
    process->setStandardErrorFile(logFile, QIODevice::Append);
    // If the test process dies (crash, timeout kill), the kernel kills the child too.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process->start();
    return process;
}

bool PromProcess::waitReady(const QString& url, const QProcess& process, int timeoutMs, QString* error)
{
    QDeadlineTimer deadline(timeoutMs);
    if (!const_cast<QProcess&>(process).waitForStarted(timeoutMs)) {
        *error = QStringLiteral("%1 did not start: %2").arg(process.program(), process.errorString());
        return false;
    }
    while (!deadline.hasExpired()) {
        if (process.state() != QProcess::Running) {
            *error = QStringLiteral("%1 exited with code %2 before it was ready")
                         .arg(process.program())
                         .arg(process.exitCode());
            return false;
        }
        if (request("GET", url, {}, {}, 1000).status == 200)
            return true;
        // Polling a child's readiness endpoint: no signal exists to wait on.
        QThread::msleep(20);
    }
    *error = QStringLiteral("%1 was not ready within %2 ms").arg(url).arg(timeoutMs);
    return false;
}

void PromProcess::terminate(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace lcl::test
