#pragma once

#include "core/result.h"
#include "kube/clusterconnection.h"
#include "kube/kubeconfigentries.h"

#include <QCoreApplication>

namespace lcl::kube {

class Kubeconfig;

// Turns one context of a loaded kubeconfig into a ClusterConnection: checks the cluster and the user the
// way client-go's validation and transport do, reads the files they name, and picks the credential provider.
class KubeconfigResolver final {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::KubeconfigResolver)

public:
    explicit KubeconfigResolver(const Kubeconfig& config) : m_config(config) {}

    Result<ClusterConnection> resolve(const KubeconfigContext& context) const;

private:
    std::optional<Error> applyCluster(const KubeconfigCluster& cluster, ClusterConnection* out) const;
    std::optional<Error> applyUser(const KubeconfigUser& user, const KubeconfigCluster& cluster,
                                   ClusterConnection* out) const;
    std::optional<Error> checkExec(const KubeconfigUser& user) const;
    // Reads PEM data from `data` or from `file`; `marker` must occur in it ("CERTIFICATE", "PRIVATE KEY").
    Result<QByteArray> pem(const QByteArray& data, const QString& file, const char* marker, const QString& entry,
                           const QString& field, const KubeconfigOrigin& origin) const;

    static QString where(const KubeconfigOrigin& origin);
    static Error configError(const KubeconfigOrigin& origin, const QString& what, const QString& hint);

    const Kubeconfig& m_config;
};

} // namespace lcl::kube
