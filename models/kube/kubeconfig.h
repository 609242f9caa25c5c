#pragma once

#include "core/result.h"
#include "kube/clusterconnection.h"
#include "kube/kubeconfigentries.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace lcl::kube {

struct KubeconfigFile;

// The kubeconfig the console works with: one file (--kubeconfig), the files of KUBECONFIG merged by
// client-go's rules (the first file to define a name wins the whole entry; the first current-context wins),
// or ~/.kube/config. Plain value; load it anywhere, resolve contexts into ClusterConnections.
class Kubeconfig final {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::Kubeconfig)

public:
    // `explicitPath` (--kubeconfig) wins and must exist; else $KUBECONFIG; else ~/.kube/config.
    static Result<Kubeconfig> load(const QString& explicitPath = {});
    // The files in order, merged. With `explicitFile` a single missing file is an error.
    static Result<Kubeconfig> loadFiles(const QStringList& files, bool explicitFile = false);
    // One file's text, for tests and for a pasted kubeconfig.
    static Result<Kubeconfig> fromYaml(const QByteArray& text, const QString& path);

    // KUBECONFIG split on ':' (empty entries dropped), or ~/.kube/config when it is unset.
    static QStringList defaultFiles();

    QStringList files() const { return m_files; }
    QString currentContext() const { return m_currentContext; }
    QList<KubeconfigContext> contexts() const { return m_contexts.values(); }
    QStringList contextNames() const { return m_contexts.keys(); }
    QStringList clusterNames() const { return m_clusters.keys(); }
    QStringList userNames() const { return m_users.keys(); }
    const KubeconfigContext* context(const QString& name) const;
    const KubeconfigCluster* cluster(const QString& name) const;
    const KubeconfigUser* user(const QString& name) const;
    QStringList warnings() const { return m_warnings; } // translated, e.g. skipped missing files

    // The connection for `contextName` (empty: the current context), or a Config error naming the file, the
    // entry and what is wrong.
    Result<ClusterConnection> resolve(const QString& contextName = {}) const;

private:
    void merge(const KubeconfigFile& file);

    QStringList m_files;
    QString m_currentContext;
    QString m_currentContextFile;
    QMap<QString, KubeconfigCluster> m_clusters;
    QMap<QString, KubeconfigUser> m_users;
    QMap<QString, KubeconfigContext> m_contexts;
    QStringList m_warnings;
};

} // namespace lcl::kube
