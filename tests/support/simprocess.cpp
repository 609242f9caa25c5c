#include "support/simprocess.h"

#include "support/testenv.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QRegularExpression>

namespace lcl::test {
namespace {

constexpr int ReadyTimeoutMs = 15000;

} // namespace

SimProcess::SimProcess() = default;

SimProcess::~SimProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString SimProcess::stateDir() const
{
    return m_stateDir.path();
}

bool SimProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool SimProcess::start(const QStringList& extraArgs)
{
    m_extraArgs = extraArgs;
    if (!m_stateDir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary state directory");
        return false;
    }
    return launch(QStringList{QStringLiteral("--port"), QStringLiteral("0")});
}

bool SimProcess::restart()
{
    if (m_port == 0) {
        m_error = QStringLiteral("restart() before a successful start()");
        return false;
    }
    stop();
    return launch(QStringList{QStringLiteral("--port"), QString::number(m_port)});
}

bool SimProcess::launch(const QStringList& portArgs)
{
    const QString program = binDir() + QStringLiteral("/lclab-sim");
    if (!QFileInfo(program).isExecutable()) {
        m_error = QStringLiteral("lclab-sim is not built at %1").arg(program);
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_stdout.clear();
    m_stderr.clear();
    QStringList args = portArgs;
    args << QStringLiteral("--state-dir") << m_stateDir.path() << m_extraArgs;
    m_process->start(program, args);
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("lclab-sim did not start: %1").arg(m_process->errorString());
        return false;
    }
    static const QRegularExpression ready(
        QStringLiteral("^lclab-sim ready: server=(https://127\\.0\\.0\\.1:(\\d+)) kubeconfig=(\\S+)(?: metrics=\\S+)?$"),
        QRegularExpression::MultilineOption);
    const QDeadlineTimer deadline(ReadyTimeoutMs);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(100);
        m_stdout += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
        const QRegularExpressionMatch match = ready.match(QString::fromUtf8(m_stdout));
        if (match.hasMatch()) {
            m_serverUrl = match.captured(1);
            m_port = static_cast<quint16>(match.captured(2).toUInt());
            m_kubeconfig = match.captured(3);
            return true;
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("lclab-sim exited with code %1: %2")
                          .arg(m_process->exitCode())
                          .arg(QString::fromUtf8(m_stderr.right(2000)));
            return false;
        }
    }
    m_error = QStringLiteral("lclab-sim printed no ready line within 15 s; stderr: %1")
                  .arg(QString::fromUtf8(m_stderr.right(2000)));
    m_process->kill();
    m_process->waitForFinished(5000);
    return false;
}

bool SimProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_error = QStringLiteral("lclab-sim did not stop within 10 s of SIGTERM");
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    m_stderr += m_process->readAllStandardError();
    const bool clean = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    if (!clean)
        m_error = QStringLiteral("lclab-sim exited with code %1").arg(m_process->exitCode());
    return clean;
}

} // namespace lcl::test
