#include "support/alertmanagerprocess.h"

#include "support/testenv.h"

#include <QFile>

namespace lcl::test {

AlertmanagerProcess::AlertmanagerProcess() = default;

AlertmanagerProcess::~AlertmanagerProcess()
{
    stop();
}

QString AlertmanagerProcess::program()
{
    return findProgram(QStringLiteral("prometheus-alertmanager"));
}

bool AlertmanagerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString AlertmanagerProcess::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString AlertmanagerProcess::url() const
{
    return QStringLiteral("http://") + address();
}

QByteArray AlertmanagerProcess::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("alertmanager.log")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray AlertmanagerProcess::configYaml() const
{
    QByteArray y = "route:\n"
                   "  receiver: test\n"
                   "  group_by: [alertname]\n"
                   "  group_wait: 1s\n"
                   "  group_interval: 1s\n"
                   "  repeat_interval: 1h\n"
                   "receivers:\n"
                   "  - name: test\n";
    if (!m_webhook.isEmpty())
        y += "    webhook_configs:\n      - url: \"" + m_webhook.toUtf8() + "\"\n        send_resolved: true\n";
    return y;
}

bool AlertmanagerProcess::start(int timeoutMs)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QString binary = program();
    if (binary.isEmpty()) {
        m_error = QStringLiteral("prometheus-alertmanager is not installed (Debian package prometheus-alertmanager)");
        return false;
    }
    const QString config = m_dir.filePath(QStringLiteral("alertmanager.yml"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write %1").arg(config);
        return false;
    }
    f.write(configYaml());
    f.close();
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_port = freeLoopbackPort();
        const QStringList args{
            QStringLiteral("--config.file=%1").arg(config),
            QStringLiteral("--storage.path=%1").arg(m_dir.filePath(QStringLiteral("data"))),
            QStringLiteral("--web.listen-address=%1").arg(address()),
            QStringLiteral("--web.external-url=%1").arg(url()),
            QStringLiteral("--cluster.listen-address="),
        };
        m_process = PromProcess::launch(binary, args, m_dir.filePath(QStringLiteral("alertmanager.log")));
        if (PromProcess::waitReady(url() + QStringLiteral("/-/ready"), *m_process, timeoutMs, &m_error))
            return true;
        PromProcess::terminate(*m_process);
        m_error += QStringLiteral("\n") + QString::fromUtf8(log().right(2000));
    }
    return false;
}

void AlertmanagerProcess::stop()
{
    if (m_process)
        PromProcess::terminate(*m_process);
}

AlertmanagerProcess::Answer AlertmanagerProcess::get(const QString& pathAndQuery, int timeoutMs) const
{
    return PromProcess::request("GET", url() + pathAndQuery, {}, {}, timeoutMs);
}

AlertmanagerProcess::Answer AlertmanagerProcess::postJson(const QString& path, const QByteArray& json,
                                                          int timeoutMs) const
{
    return PromProcess::request("POST", url() + path, json, "application/json", timeoutMs);
}

AlertmanagerProcess::Answer AlertmanagerProcess::del(const QString& path, int timeoutMs) const
{
    return PromProcess::request("DELETE", url() + path, {}, {}, timeoutMs);
}

} // namespace lcl::test
