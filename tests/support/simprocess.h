#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace lcl::test {

// Starts lclab-sim (from binDir()) on a free loopback port in a temporary state directory and waits for its
// ready line. The process is killed when the object dies, so a failing test leaves no simulator behind.
class SimProcess final {
public:
    SimProcess();
    ~SimProcess();
    SimProcess(const SimProcess&) = delete;
    SimProcess& operator=(const SimProcess&) = delete;

    // Starts the simulator with `--port 0 --state-dir <temp>` plus `extraArgs`; waits up to 15 s for
    // "lclab-sim ready: ...". False (see errorString()) when it did not come up.
    bool start(const QStringList& extraArgs = {});
    // SIGTERM, then wait for a clean exit (kill after 10 s). True when it exited with code 0.
    bool stop();
    // Stops and starts again on the same port and state directory, so clients can reconnect.
    bool restart();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString serverUrl() const { return m_serverUrl; }
    QString kubeconfigPath() const { return m_kubeconfig; }
    QString stateDir() const;
    QString errorString() const { return m_error; }
    // Everything the simulator wrote to stderr so far (its log), for failure messages.
    QByteArray standardError() const { return m_stderr; }

private:
    bool launch(const QStringList& args);

    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_stateDir;
    QStringList m_extraArgs;
    quint16 m_port = 0;
    QString m_serverUrl;
    QString m_kubeconfig;
    QString m_error;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace lcl::test
