#pragma once

#include "lab/labprofile.h"

#include <QHash>

namespace lcl::lab {

// Everything a loaded profile holds; shared read-only between copies of LabProfile.
struct LabProfile::Data {
    QString name;
    QString displayName;
    QString description;
    QString sourceName;
    ProfileErrors warnings;
    QString window = QStringLiteral("5m");
    QString quantile = QStringLiteral("0.95");
    QList<NamespaceSpec> namespaces;
    QList<ServiceSpec> services;
    QList<GatewaySpec> gateways;
    QList<RouteSpec> routes;
    QList<EdgeSpec> edges;
    QList<AlertSpec> alerts;
    QList<BackupSpec> backups;
    QList<SecretSpec> secrets;
    QMap<QString, QString> routeSignals;
    QHash<QString, qsizetype> serviceIndex;

    void reindex();
};

} // namespace lcl::lab
