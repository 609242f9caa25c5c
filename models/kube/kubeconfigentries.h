#pragma once

#include "kube/execpluginconfig.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lcl::kube {

// Where an entry came from, for messages that name the file and the line.
struct KubeconfigOrigin {
    QString file;
    int line = 0; // 1-based; 0 when unknown
};

// clusters[] of a kubeconfig, paths already absolute (resolved against the defining file).
struct KubeconfigCluster {
    QString name;
    KubeconfigOrigin origin;
    QString server;
    QByteArray caData;       // decoded certificate-authority-data (PEM)
    QString caFile;          // certificate-authority
    QString tlsServerName;
    bool insecureSkipVerify = false;
    QString proxyUrl;
    QByteArray execExtension; // JSON of extensions[client.authentication.k8s.io/exec].extension, if any
};

// users[] of a kubeconfig.
struct KubeconfigUser {
    QString name;
    KubeconfigOrigin origin;
    QString token;
    QString tokenFile;
    QByteArray clientCertData;
    QString clientCertFile;
    QByteArray clientKeyData;
    QString clientKeyFile;
    QString username;
    QString password;
    QString authProvider;     // name of a legacy auth-provider, unsupported
    std::optional<ExecPluginConfig> exec;
};

// contexts[] of a kubeconfig.
struct KubeconfigContext {
    QString name;
    KubeconfigOrigin origin;
    QString cluster;
    QString user;
    QString nameSpace;        // empty: "default"
};

} // namespace lcl::kube
