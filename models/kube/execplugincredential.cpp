#include "kube/execplugincredential.h"

#include "core/logging.h"
#include "core/redact.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace lcl::kube {

namespace {

// Enough of the plugin's stderr to explain a failure, without flooding the log.
QString stderrExcerpt(const QByteArray& raw, int maxChars)
{
    QString text = redactSecrets(QString::fromUtf8(raw).trimmed());
    if (text.size() > maxChars)
        text = QStringLiteral("…") + text.right(maxChars);
    return text;
}

} // namespace

ExecPluginCredential::ExecPluginCredential(ExecPluginConfig config, ExecClusterInfo cluster)
    : m_config(std::move(config)), m_cluster(std::move(cluster))
{
}

QString ExecPluginCredential::pluginName() const
{
    return QFileInfo(m_config.command).fileName();
}

Result<QByteArray> ExecPluginCredential::authorization()
{
    std::lock_guard lock(m_mutex);
    const bool fresh = m_cached
                       && (!m_cached->expiration.isValid() || QDateTime::currentDateTimeUtc() < m_cached->expiration);
    if (!fresh) {
        m_cached.reset();
        auto output = run();
        if (!output)
            return output.error();
        m_cached = output.value();
    }
    return m_cached->token.isEmpty() ? QByteArray() : "Bearer " + m_cached->token;
}

void ExecPluginCredential::invalidate()
{
    std::lock_guard lock(m_mutex);
    m_cached.reset();
}

CredentialProvider::TlsIdentity ExecPluginCredential::tlsIdentity()
{
    std::lock_guard lock(m_mutex);
    if (!m_cached)
        return {};
    return {m_cached->clientCertificatePem, m_cached->clientKeyPem};
}

Result<QString> ExecPluginCredential::program() const
{
    const QString& command = m_config.command;
    QString path;
    if (command.contains(QLatin1Char('/')))
        path = QDir::isAbsolutePath(command) ? command : QDir(m_config.baseDir).absoluteFilePath(command);
    else
        path = QStandardPaths::findExecutable(command);
    if (path.isEmpty() || !QFileInfo(path).isExecutable())
        return Error::make(Error::Kind::Config, tr("The credential plugin %1 was not found").arg(command),
                           m_config.installHint.isEmpty()
                               ? tr("Install it, or fix users[].user.exec.command in the kubeconfig.")
                               : m_config.installHint);
    return QDir::cleanPath(path);
}

QByteArray ExecPluginCredential::execInfo() const
{
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (m_config.provideClusterInfo) {
        QJsonObject cluster{{QStringLiteral("server"), m_cluster.server}};
        if (!m_cluster.tlsServerName.isEmpty())
            cluster.insert(QStringLiteral("tls-server-name"), m_cluster.tlsServerName);
        if (m_cluster.insecureSkipVerify)
            cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!m_cluster.caPem.isEmpty())
            cluster.insert(QStringLiteral("certificate-authority-data"), QString::fromLatin1(m_cluster.caPem.toBase64()));
        if (!m_cluster.proxyUrl.isEmpty())
            cluster.insert(QStringLiteral("proxy-url"), m_cluster.proxyUrl);
        if (!m_cluster.configJson.isEmpty())
            cluster.insert(QStringLiteral("config"), QJsonDocument::fromJson(m_cluster.configJson).object());
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info{{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("apiVersion"), m_config.apiVersion},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

Result<ExecPluginOutput> ExecPluginCredential::run()
{
    const QString name = pluginName();
    if (m_config.interactiveMode == QLatin1String("Always"))
        return Error::make(Error::Kind::Auth,
                           tr("The credential plugin %1 needs a terminal (interactiveMode: Always)").arg(name),
                           tr("The console cannot answer prompts. Log in once in a terminal so the plugin caches a "
                              "credential, or set interactiveMode to IfAvailable or Never."));
    auto path = program();
    if (!path)
        return path.error();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto& [key, value] : m_config.env)
        env.insert(key, value);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo()));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setWorkingDirectory(m_config.baseDir.isEmpty() ? QDir::currentPath() : m_config.baseDir);
    ++m_runs;
    logging::logger("kube")->info("running credential plugin {}", name.toStdString());
    process.start(path.value(), m_config.args);
    if (!process.waitForStarted(10000))
        return Error::make(Error::Kind::Config, tr("The credential plugin %1 could not be started").arg(name),
                           tr("Check that %1 is an executable program.").arg(path.value()), process.errorString());
    if (!process.waitForFinished(int(m_timeLimit.count()))) {
        process.kill();
        process.waitForFinished(5000);
        return Error::make(Error::Kind::Timeout,
                           tr("The credential plugin %1 did not finish within %2 s").arg(name).arg(m_timeLimit.count() / 1000.0),
                           tr("The plugin may be waiting for input the console cannot give, or for a slow login "
                              "service. Run it in a terminal to see what it is waiting for."),
                           stderrExcerpt(process.readAllStandardError(), 2000));
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = stderrExcerpt(err, 300);
        QString hint = said.isEmpty() ? tr("Run the plugin in a terminal to see why it fails.")
                                      : tr("The plugin said: %1").arg(said);
        if (!m_config.installHint.isEmpty())
            hint += QLatin1Char('\n') + m_config.installHint;
        return Error::make(Error::Kind::Auth,
                           tr("The credential plugin %1 failed (exit code %2)").arg(name).arg(process.exitCode()), hint,
                           stderrExcerpt(err, 2000));
    }
    return ExecPluginOutput::parse(out, m_config.apiVersion, name);
}

} // namespace lcl::kube
