#pragma once

#include "support/promprocess.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace lcl::test {

// A real Alertmanager (Debian package `prometheus-alertmanager`) on a free 127.0.0.1 port in a temporary
// directory, gossip disabled (--cluster.listen-address=), grouping and repeats short enough for tests, every
// alert routed to one receiver (a webhook when the test gives a URL, otherwise none). Killed when the object
// dies; also when the test process dies.
class AlertmanagerProcess final {
public:
    using Answer = PromProcess::Answer;

    AlertmanagerProcess();
    ~AlertmanagerProcess();
    AlertmanagerProcess(const AlertmanagerProcess&) = delete;
    AlertmanagerProcess& operator=(const AlertmanagerProcess&) = delete;

    static QString program(); // empty when prometheus-alertmanager is not installed

    void setWebhookUrl(const QString& url) { m_webhook = url; }

    bool start(int timeoutMs = 20000); // waits for /-/ready
    void stop();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString address() const; // "127.0.0.1:<port>", for PromProcess::setAlertmanager()
    QString url() const;     // "http://127.0.0.1:<port>"
    QString directory() const { return m_dir.path(); }
    QString errorString() const { return m_error; }
    QByteArray log() const;

    Answer get(const QString& pathAndQuery, int timeoutMs = 10000) const;
    Answer postJson(const QString& path, const QByteArray& json, int timeoutMs = 10000) const;
    Answer del(const QString& path, int timeoutMs = 10000) const;

private:
    QByteArray configYaml() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_webhook;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace lcl::test
