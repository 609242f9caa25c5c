#pragma once

// A real Prometheus (and optionally Alertmanager) from the Debian packages as child processes on free loopback
// ports, configured in a private temporary directory, killed when the object dies. Minimal on purpose: the
// shared fixtures in tests/support were not there when these tests were written.

#include "net/httpclient.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace lcl::test {

class MetricsLabProcesses final {
public:
    ~MetricsLabProcesses()
    {
        for (QProcess* p : {m_prometheus.get(), m_alertmanager.get()}) {
            if (p && p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    QString prometheusUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_promPort); }
    QString alertmanagerUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_amPort); }
    QString error() const { return m_error; }

    bool startAlertmanager(const QString& program)
    {
        m_amPort = freeLoopbackPort();
        write(QStringLiteral("alertmanager.yml"), "route: {receiver: blackhole, group_wait: 1s, group_interval: 1s, "
                                                  "repeat_interval: 1h}\nreceivers: [{name: blackhole}]\n");
        m_alertmanager = launch(program, {QStringLiteral("--config.file=") + path(QStringLiteral("alertmanager.yml")),
                                          QStringLiteral("--storage.path=") + path(QStringLiteral("am-data")),
                                          QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_amPort),
                                          QStringLiteral("--cluster.listen-address=")});
        return waitReady(alertmanagerUrl(), m_alertmanager.get());
    }

    // `scrapeConfigs` is the YAML list under scrape_configs; `rules` a rules file (empty: none).
    bool startPrometheus(const QString& program, const QByteArray& scrapeConfigs, const QByteArray& rules = {})
    {
        m_promPort = freeLoopbackPort();
        QByteArray config = "global: {scrape_interval: 1s, evaluation_interval: 1s}\n";
        if (!rules.isEmpty()) {
            write(QStringLiteral("rules.yml"), rules);
            config += "rule_files: ['" + path(QStringLiteral("rules.yml")).toUtf8() + "']\n";
        }
        if (m_amPort)
            config += "alerting: {alertmanagers: [{static_configs: [{targets: ['127.0.0.1:" + QByteArray::number(m_amPort)
                      + "']}]}]}\n";
        config += "scrape_configs:\n" + scrapeConfigs;
        write(QStringLiteral("prometheus.yml"), config);
        m_prometheus = launch(program, {QStringLiteral("--config.file=") + path(QStringLiteral("prometheus.yml")),
                                        QStringLiteral("--storage.tsdb.path=") + path(QStringLiteral("prom-data")),
                                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_promPort),
                                        QStringLiteral("--rules.alert.resend-delay=1s")});
        return waitReady(prometheusUrl(), m_prometheus.get());
    }

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    void write(const QString& name, const QByteArray& data)
    {
        QFile f(path(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
    }

    std::unique_ptr<QProcess> launch(const QString& program, const QStringList& args)
    {
        auto p = std::make_unique<QProcess>();
        p->setStandardOutputFile(QProcess::nullDevice());
        p->setStandardErrorFile(path(QFileInfo(program).fileName() + QStringLiteral(".log")));
        p->start(program, args);
        return p;
    }

    bool waitReady(const QString& url, QProcess* process)
    {
        net::HttpClient http;
        for (int i = 0; i < 300; ++i) {
            if (process->state() == QProcess::NotRunning) {
                m_error = QStringLiteral("%1 exited: see %2").arg(process->program(), m_dir.path());
                return false;
            }
            net::HttpRequest r;
            r.url = QUrl(url + QStringLiteral("/-/ready"));
            r.timeoutMs = 1000;
            const auto answer = http.sendAndWait(r);
            if (answer && answer->status == 200)
                return true;
            QTest::qWait(100);
        }
        m_error = QStringLiteral("%1 did not become ready within 30 s").arg(url);
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_prometheus;
    std::unique_ptr<QProcess> m_alertmanager;
    quint16 m_promPort = 0;
    quint16 m_amPort = 0;
    QString m_error;
};

} // namespace lcl::test
