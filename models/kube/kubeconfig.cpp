#include "kube/kubeconfig.h"

#include "kube/kubeconfigparser.h"
#include "kube/kubeconfigresolver.h"

#include <QDir>
#include <QFileInfo>

namespace lcl::kube {

QStringList Kubeconfig::defaultFiles()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty())
        return env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return {QDir::homePath() + QStringLiteral("/.kube/config")};
}

Result<Kubeconfig> Kubeconfig::load(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return loadFiles({explicitPath}, true);
    return loadFiles(defaultFiles(), false);
}

Result<Kubeconfig> Kubeconfig::loadFiles(const QStringList& files, bool explicitFile)
{
    Kubeconfig config;
    for (const QString& path : files) {
        if (!QFileInfo::exists(path)) {
            if (explicitFile)
                return Error::make(Error::Kind::Config, tr("The kubeconfig %1 does not exist").arg(path),
                                   tr("Check the path given with --kubeconfig."));
            config.m_warnings.append(tr("Skipped the kubeconfig %1: it does not exist").arg(path));
            continue;
        }
        auto file = KubeconfigParser::parseFile(path);
        if (!file)
            return file.error();
        config.merge(file.value());
    }
    if (config.m_files.isEmpty())
        return Error::make(Error::Kind::Config,
                           files.isEmpty() ? tr("No kubeconfig was given")
                                           : tr("No kubeconfig found (looked for %1)").arg(files.join(QStringLiteral(", "))),
                           tr("Copy your cluster's kubeconfig to ~/.kube/config (k3s writes /etc/rancher/k3s/k3s.yaml), "
                              "set KUBECONFIG, or start the console with --kubeconfig FILE."));
    return config;
}

Result<Kubeconfig> Kubeconfig::fromYaml(const QByteArray& text, const QString& path)
{
    auto file = KubeconfigParser::parse(text, path);
    if (!file)
        return file.error();
    Kubeconfig config;
    config.merge(file.value());
    return config;
}

void Kubeconfig::merge(const KubeconfigFile& file)
{
    m_files.append(file.path);
    m_warnings.append(file.warnings);
    // First definition wins, whole entries at a time (client-go loader.go).
    for (const auto& c : file.clusters) {
        if (!m_clusters.contains(c.name))
            m_clusters.insert(c.name, c);
    }
    for (const auto& u : file.users) {
        if (!m_users.contains(u.name))
            m_users.insert(u.name, u);
    }
    for (const auto& c : file.contexts) {
        if (!m_contexts.contains(c.name))
            m_contexts.insert(c.name, c);
    }
    if (m_currentContext.isEmpty() && !file.currentContext.isEmpty()) {
        m_currentContext = file.currentContext;
        m_currentContextFile = file.path;
    }
}

const KubeconfigContext* Kubeconfig::context(const QString& name) const
{
    auto it = m_contexts.constFind(name);
    return it == m_contexts.cend() ? nullptr : &it.value();
}

const KubeconfigCluster* Kubeconfig::cluster(const QString& name) const
{
    auto it = m_clusters.constFind(name);
    return it == m_clusters.cend() ? nullptr : &it.value();
}

const KubeconfigUser* Kubeconfig::user(const QString& name) const
{
    auto it = m_users.constFind(name);
    return it == m_users.cend() ? nullptr : &it.value();
}

Result<ClusterConnection> Kubeconfig::resolve(const QString& contextName) const
{
    QString name = contextName;
    if (name.isEmpty()) {
        if (m_currentContext.isEmpty())
            return Error::make(Error::Kind::Config,
                               tr("%1 sets no current-context").arg(m_files.join(QStringLiteral(", "))),
                               tr("Choose a context (%1), or set one with kubectl config use-context NAME.")
                                   .arg(contextNames().join(QStringLiteral(", "))));
        name = m_currentContext;
        if (!m_contexts.contains(name))
            return Error::make(Error::Kind::Config,
                               tr("%1: current-context \"%2\" names no context").arg(m_currentContextFile, name),
                               contextNames().isEmpty()
                                   ? tr("The file defines no contexts at all.")
                                   : tr("Defined contexts: %1.").arg(contextNames().join(QStringLiteral(", "))));
    }
    const KubeconfigContext* ctx = context(name);
    if (!ctx)
        return Error::make(Error::Kind::Config, tr("There is no context \"%1\" in %2").arg(name, m_files.join(QStringLiteral(", "))),
                           tr("Defined contexts: %1.").arg(contextNames().join(QStringLiteral(", "))));
    return KubeconfigResolver(*this).resolve(*ctx);
}

} // namespace lcl::kube
