#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lcl::kube {

// users[].user.exec of a kubeconfig (client.authentication.k8s.io v1 / v1beta1).
struct ExecPluginConfig {
    QString apiVersion;                       // client.authentication.k8s.io/v1 or /v1beta1
    QString command;                          // PATH lookup unless it contains '/'
    QStringList args;
    QList<QPair<QString, QString>> env;       // added to the host environment
    QString interactiveMode;                  // Never | IfAvailable | Always
    bool provideClusterInfo = false;
    QString installHint;
    QString baseDir;                          // directory of the kubeconfig that defined it (relative commands)
};

} // namespace lcl::kube
