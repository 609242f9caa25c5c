#pragma once

#include "core/connectionstate.h"
#include "core/result.h"
#include "kube/clusterconnection.h"
#include "kube/kubeconfig.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace lcl::net {
class HttpClient;
}
namespace lcl::kube {
class InformerSet;
class ResourceStore;
} // namespace lcl::kube

namespace lcl::lab {

// One connection to one cluster, as the window and the command-line report use it: the kubeconfig and its
// contexts, the server's version, the informers and the store they fill. Lives on the GUI thread; every
// network step is asynchronous.
class ClusterSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterSession)

public:
    explicit ClusterSession(QObject* parent = nullptr);
    ~ClusterSession() override;

    // Reads the kubeconfig (explicit file, else $KUBECONFIG merged, else ~/.kube/config). No network.
    Result<QStringList> loadKubeconfig(const QString& explicitPath = {});
    QStringList contexts() const;
    QString kubeconfigCurrentContext() const;

    // Connects to `context` (empty: the kubeconfig's current context): version, then informers for every
    // kind, scoped to `ns` when given. stateChanged() tells each step; synced() when every kind has listed.
    void connectTo(const QString& context = {}, const QString& ns = {});
    void disconnectFromCluster();

    const ConnectionState& state() const { return m_state; }
    const Error& lastError() const { return m_lastError; }
    QString context() const { return m_context; }
    QString serverVersion() const { return m_serverVersion; }
    const kube::ClusterConnection* connection() const;
    bool isSynced() const;

    net::HttpClient* http() const { return m_http.get(); }
    kube::ResourceStore* store() const { return m_store.get(); }
    kube::InformerSet* informers() const { return m_informers.get(); }

    // Blocks in a local event loop until synced or failed, at most `timeoutMs` (for --report).
    bool waitForSync(int timeoutMs);

Q_SIGNALS:
    void stateChanged(const lcl::ConnectionState& state);
    void synced();
    void failed(const lcl::Error& error);

private:
    void onVersion(quint64 generation, const Result<QByteArray>& body, bool gatewayApi);
    void setState(ConnectionState::Phase phase, const QString& summary);
    void fail(const Error& error);

    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<kube::ResourceStore> m_store;
    std::unique_ptr<kube::InformerSet> m_informers;
    std::optional<kube::Kubeconfig> m_kubeconfig;
    std::optional<kube::ClusterConnection> m_connection;
    ConnectionState m_state;
    Error m_lastError;
    QString m_context;
    QString m_namespace;
    QString m_serverVersion;
    quint64 m_generation = 0;
};

} // namespace lcl::lab
