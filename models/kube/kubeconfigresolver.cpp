#include "kube/kubeconfigresolver.h"

#include "kube/credentialstatic.h"
#include "kube/execplugincredential.h"
#include "kube/kubeconfig.h"
#include "kube/tokenfilecredential.h"

#include <QFile>
#include <QFileInfo>

namespace lcl::kube {

QString KubeconfigResolver::where(const KubeconfigOrigin& origin)
{
    return origin.line > 0 ? tr("%1, line %2").arg(origin.file).arg(origin.line) : origin.file;
}

Error KubeconfigResolver::configError(const KubeconfigOrigin& origin, const QString& what, const QString& hint)
{
    return Error::make(Error::Kind::Config, where(origin) + QStringLiteral(": ") + what, hint);
}

Result<ClusterConnection> KubeconfigResolver::resolve(const KubeconfigContext& context) const
{
    const QString entry = tr("context \"%1\"").arg(context.name);
    if (context.cluster.isEmpty())
        return configError(context.origin, tr("%1 names no cluster").arg(entry),
                           tr("Add cluster: NAME to the context."));
    const KubeconfigCluster* cluster = m_config.cluster(context.cluster);
    if (!cluster)
        return configError(context.origin,
                           tr("%1 refers to cluster \"%2\", which is not defined").arg(entry, context.cluster),
                           tr("Defined clusters: %1. Fix the context or add the cluster.")
                               .arg(m_config.clusterNames().join(QStringLiteral(", "))));
    ClusterConnection out;
    out.contextName = context.name;
    out.clusterName = cluster->name;
    out.userName = context.user;
    out.defaultNamespace = context.nameSpace.isEmpty() ? QStringLiteral("default") : context.nameSpace;
    if (auto e = applyCluster(*cluster, &out))
        return *e;
    if (context.user.isEmpty()) {
        out.warnings.append(tr("Context \"%1\" names no user: requests are anonymous").arg(context.name));
        return out;
    }
    const KubeconfigUser* user = m_config.user(context.user);
    if (!user)
        return configError(context.origin, tr("%1 refers to user \"%2\", which is not defined").arg(entry, context.user),
                           tr("Defined users: %1. Fix the context or add the user.")
                               .arg(m_config.userNames().join(QStringLiteral(", "))));
    if (auto e = applyUser(*user, *cluster, &out))
        return *e;
    return out;
}

Result<QByteArray> KubeconfigResolver::pem(const QByteArray& data, const QString& file, const char* marker,
                                           const QString& entry, const QString& field,
                                           const KubeconfigOrigin& origin) const
{
    QByteArray bytes = data;
    QString source = field + QStringLiteral("-data");
    if (bytes.isEmpty() && !file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return configError(origin, tr("%1: cannot read %2 %3: %4").arg(entry, field, file, f.errorString()),
                               tr("Check that the file exists and is readable; relative paths are taken from the "
                                  "kubeconfig's folder."));
        bytes = f.readAll();
        source = file;
    }
    if (!bytes.contains(QByteArray("-----BEGIN ")) || !bytes.contains(QByteArray(marker)))
        return configError(origin, tr("%1: %2 does not hold a PEM %3").arg(entry, source, QLatin1String(marker)),
                           tr("The data must be PEM text (-----BEGIN ...-----), base64-encoded once in *-data "
                              "fields."));
    return bytes;
}

std::optional<Error> KubeconfigResolver::applyCluster(const KubeconfigCluster& cluster, ClusterConnection* out) const
{
    const QString entry = tr("cluster \"%1\"").arg(cluster.name);
    if (cluster.server.isEmpty())
        return configError(cluster.origin, tr("%1 has no server").arg(entry),
                           tr("Add server: https://HOST:6443 to the cluster."));
    const QUrl server(cluster.server, QUrl::StrictMode);
    const QString scheme = server.scheme();
    if (!server.isValid() || server.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return configError(cluster.origin, tr("%1: server \"%2\" is not a valid https URL").arg(entry, cluster.server),
                           tr("Write it like https://127.0.0.1:6443."));
    if (scheme == QLatin1String("http"))
        out->warnings.append(tr("Cluster \"%1\" is reached over plain http: nothing is encrypted").arg(cluster.name));
    out->server = server;
    out->tls.serverName = cluster.tlsServerName;
    const bool hasCa = !cluster.caData.isEmpty() || !cluster.caFile.isEmpty();
    if (cluster.insecureSkipVerify && hasCa)
        return configError(cluster.origin,
                           tr("%1 sets both a certificate authority and insecure-skip-tls-verify").arg(entry),
                           tr("Remove insecure-skip-tls-verify (recommended) or the certificate authority."));
    if (cluster.insecureSkipVerify) {
        out->tls.insecureSkipVerify = true;
        out->warnings.append(tr("TLS verification is off for cluster \"%1\" (insecure-skip-tls-verify): anyone on "
                                "the network path could read or change what you see")
                                 .arg(cluster.name));
    }
    if (hasCa) {
        if (!cluster.caData.isEmpty() && !cluster.caFile.isEmpty())
            out->warnings.append(tr("Cluster \"%1\" sets certificate-authority-data and certificate-authority; the "
                                    "data is used")
                                     .arg(cluster.name));
        auto ca = pem(cluster.caData, cluster.caFile, "CERTIFICATE", entry, QStringLiteral("certificate-authority"),
                      cluster.origin);
        if (!ca)
            return ca.error();
        out->tls.caPem = ca.value();
    }
    if (!cluster.proxyUrl.isEmpty()) {
        const QUrl proxy(cluster.proxyUrl, QUrl::StrictMode);
        const QString ps = proxy.scheme();
        if (!proxy.isValid() || proxy.host().isEmpty()
            || (ps != QLatin1String("http") && ps != QLatin1String("https") && ps != QLatin1String("socks5")))
            return configError(cluster.origin, tr("%1: proxy-url \"%2\" is not an http, https or socks5 URL")
                                                   .arg(entry, cluster.proxyUrl),
                               tr("Write it like socks5://localhost:1080."));
        out->proxyUrl = cluster.proxyUrl;
    }
    return std::nullopt;
}

std::optional<Error> KubeconfigResolver::checkExec(const KubeconfigUser& user) const
{
    const ExecPluginConfig& exec = *user.exec;
    const QString entry = tr("user \"%1\"").arg(user.name);
    if (exec.command.isEmpty())
        return configError(user.origin, tr("%1: exec has no command").arg(entry),
                           tr("Set exec.command to the credential plugin to run (e.g. kubelogin)."));
    const bool v1 = exec.apiVersion == QLatin1String("client.authentication.k8s.io/v1");
    const bool v1beta1 = exec.apiVersion == QLatin1String("client.authentication.k8s.io/v1beta1");
    if (!v1 && !v1beta1)
        return configError(user.origin,
                           exec.apiVersion.isEmpty()
                               ? tr("%1: exec has no apiVersion").arg(entry)
                               : tr("%1: exec apiVersion \"%2\" is not supported").arg(entry, exec.apiVersion),
                           tr("Use client.authentication.k8s.io/v1 (or v1beta1); v1alpha1 was removed in "
                              "Kubernetes 1.24."));
    const QString mode = exec.interactiveMode;
    if (v1 && mode.isEmpty())
        return configError(user.origin, tr("%1: exec with apiVersion v1 needs interactiveMode").arg(entry),
                           tr("Add interactiveMode: Never (or IfAvailable)."));
    if (!mode.isEmpty() && mode != QLatin1String("Never") && mode != QLatin1String("IfAvailable")
        && mode != QLatin1String("Always"))
        return configError(user.origin, tr("%1: exec interactiveMode \"%2\" is not Never, IfAvailable or Always")
                                            .arg(entry, mode),
                           tr("Use interactiveMode: Never."));
    return std::nullopt;
}

std::optional<Error> KubeconfigResolver::applyUser(const KubeconfigUser& user, const KubeconfigCluster& cluster,
                                                   ClusterConnection* out) const
{
    const QString entry = tr("user \"%1\"").arg(user.name);
    if (!user.authProvider.isEmpty())
        return configError(user.origin,
                           user.exec ? tr("%1 sets both auth-provider and exec").arg(entry)
                                     : tr("%1 uses the auth-provider \"%2\", which Kubernetes removed")
                                           .arg(entry, user.authProvider),
                           tr("Use an exec credential plugin instead (e.g. kubelogin for OIDC, "
                              "gke-gcloud-auth-plugin, kubelogin for Azure)."));
    const bool basic = !user.username.isEmpty() || !user.password.isEmpty();
    if (basic && (!user.token.isEmpty() || !user.tokenFile.isEmpty()))
        return configError(user.origin, tr("%1: more than one authentication method (token and username/password)")
                                            .arg(entry),
                           tr("Keep either the token or the username and password."));
    const bool hasCert = !user.clientCertData.isEmpty() || !user.clientCertFile.isEmpty();
    const bool hasKey = !user.clientKeyData.isEmpty() || !user.clientKeyFile.isEmpty();
    if (hasCert != hasKey)
        return configError(user.origin,
                           hasCert ? tr("%1 has a client certificate but no client key").arg(entry)
                                   : tr("%1 has a client key but no client certificate").arg(entry),
                           tr("Add client-key(-data) and client-certificate(-data) together."));
    if (hasCert) {
        auto cert = pem(user.clientCertData, user.clientCertFile, "CERTIFICATE", entry,
                        QStringLiteral("client-certificate"), user.origin);
        if (!cert)
            return cert.error();
        auto key = pem(user.clientKeyData, user.clientKeyFile, "PRIVATE KEY", entry, QStringLiteral("client-key"),
                       user.origin);
        if (!key)
            return key.error();
        out->tls.clientCertPem = cert.value();
        out->tls.clientKeyPem = key.value();
    }
    if (user.exec) {
        if (auto e = checkExec(user))
            return e;
        ExecClusterInfo info{cluster.server, cluster.tlsServerName, cluster.insecureSkipVerify, out->tls.caPem,
                             cluster.proxyUrl, cluster.execExtension};
        out->credentials = std::make_shared<ExecPluginCredential>(*user.exec, info);
    } else if (!user.tokenFile.isEmpty()) {
        if (!QFileInfo(user.tokenFile).isReadable())
            return configError(user.origin, tr("%1: tokenFile %2 cannot be read").arg(entry, user.tokenFile),
                               tr("Check the path; relative paths are taken from the kubeconfig's folder."));
        out->credentials = std::make_shared<TokenFileCredential>(user.tokenFile);
    } else if (!user.token.isEmpty()) {
        out->credentials = CredentialStatic::bearer(user.token);
    } else if (basic) {
        out->credentials = CredentialStatic::basic(user.username, user.password);
    } else if (!hasCert) {
        out->warnings.append(tr("User \"%1\" has no credentials: requests are anonymous").arg(user.name));
    }
    return std::nullopt;
}

} // namespace lcl::kube
