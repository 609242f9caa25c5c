#pragma once

#include "kube/clusterconnection.h"
#include "kube/execpluginconfig.h"
#include "kube/execpluginoutput.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>

namespace lcl::kube {

// What KUBERNETES_EXEC_INFO tells a plugin about the cluster when provideClusterInfo is set.
struct ExecClusterInfo {
    QString server;
    QString tlsServerName;
    bool insecureSkipVerify = false;
    QByteArray caPem;
    QString proxyUrl;
    QByteArray configJson; // the cluster's client.authentication.k8s.io/exec extension
};

// An exec credential plugin (kubectl's client.authentication.k8s.io v1/v1beta1 contract): runs the command
// with the kubeconfig's args and env plus KUBERNETES_EXEC_INFO, parses the ExecCredential it prints, and
// caches it until expirationTimestamp (or until invalidate() after a 401).
//
// authorization() BLOCKS while the plugin runs (up to the time limit). It is meant for the net thread, where
// ClusterConnection's HttpRequest::prepare calls it; never call it on the GUI thread. The console has no
// terminal: interactiveMode Always fails with a clear message, Never and IfAvailable run without stdin.
class ExecPluginCredential final : public CredentialProvider {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::ExecPluginCredential)

public:
    ExecPluginCredential(ExecPluginConfig config, ExecClusterInfo cluster);

    void setTimeLimit(std::chrono::milliseconds limit) { m_timeLimit = limit; }

    Result<QByteArray> authorization() override;
    void invalidate() override;
    TlsIdentity tlsIdentity() override;

    int runCount() const { return m_runs; } // how often the plugin was started

private:
    Result<ExecPluginOutput> run();
    Result<QString> program() const;
    QByteArray execInfo() const;
    QString pluginName() const;

    ExecPluginConfig m_config;
    ExecClusterInfo m_cluster;
    std::chrono::milliseconds m_timeLimit{30000};
    std::mutex m_mutex;
    std::optional<ExecPluginOutput> m_cached;
    std::atomic<int> m_runs{0};
};

} // namespace lcl::kube
