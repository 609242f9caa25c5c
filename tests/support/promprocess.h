#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace lcl::test {

// A real Prometheus (Debian package `prometheus`) started on a free 127.0.0.1 port in a temporary directory with
// a generated configuration: the scrape targets a test gives, 1 s scrape and evaluation intervals, the rule
// files it gives, alerts sent to an Alertmanager with a 1 s resend delay. Killed when the object dies; the child
// also gets SIGKILL if the test process itself dies, so no Prometheus is left behind.
class PromProcess final {
public:
    struct Target {
        QString job;
        QString address;       // "127.0.0.1:9100"
        QString metricsPath = QStringLiteral("/metrics");
        QString scheme = QStringLiteral("http");
        bool insecureSkipVerify = false; // https targets with a self-signed certificate (lclab-sim)
        QString bearerToken;             // sent as Authorization: Bearer (kept in the temporary directory only)
    };

    // A blocking HTTP exchange for tests (QtNetwork on a local event loop); status 0 when nothing answered.
    struct Answer {
        int status = 0;
        QByteArray body;
        QString error;
    };

    PromProcess();
    ~PromProcess();
    PromProcess(const PromProcess&) = delete;
    PromProcess& operator=(const PromProcess&) = delete;

    // The path of the `prometheus` binary, empty when the package is not installed.
    static QString program();

    void addTarget(const Target& target);
    // Scrapes this Prometheus itself as job "prometheus" (a target that is always up).
    void addSelfTarget();
    void addRuleFile(const QString& path); // copied into the temporary directory at start()
    void setAlertmanager(const QString& address); // "127.0.0.1:9093"
    void setScrapeInterval(const QString& interval) { m_interval = interval; }

    // Writes the configuration, starts Prometheus and waits until /-/ready answers 200 (up to `timeoutMs`).
    bool start(int timeoutMs = 20000);
    // SIGTERM, then SIGKILL after 5 s.
    void stop();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString url() const; // "http://127.0.0.1:<port>"
    QString directory() const { return m_dir.path(); }
    QString configPath() const;
    QString errorString() const { return m_error; }
    QByteArray log() const; // what Prometheus wrote to stdout/stderr

    // GET (or POST with an x-www-form-urlencoded body) against this Prometheus.
    Answer get(const QString& pathAndQuery, int timeoutMs = 10000) const;
    Answer post(const QString& path, const QByteArray& form, int timeoutMs = 10000) const;

    static Answer request(const QByteArray& method, const QString& url, const QByteArray& body,
                          const QByteArray& contentType, int timeoutMs);
    // Starts `program args` with the test's no-orphan settings and its output going to `logFile`.
    static std::unique_ptr<QProcess> launch(const QString& program, const QStringList& args, const QString& logFile);
    // Polls `url` until it answers 200 or the time is up (or the process died).
    static bool waitReady(const QString& url, const QProcess& process, int timeoutMs, QString* error);
    // SIGTERM, wait, SIGKILL.
    static void terminate(QProcess& process);

private:
    QByteArray configYaml() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QList<Target> m_targets;
    QStringList m_ruleFiles;
    QString m_alertmanager;
    QString m_interval = QStringLiteral("1s");
    bool m_self = false;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace lcl::test
