#pragma once

#include "kube/metarecord.h"

#include <QStringList>

namespace lcl::kube {

struct ServicePort {
    QString name;
    QString protocol;            // TCP by default
    int port = 0;
    QString targetPort;          // a number or a port name (IntOrString)
    int nodePort = 0;
};

struct ServiceRecord {
    ObjectMeta meta;
    QString type;                // ClusterIP, NodePort, LoadBalancer, ExternalName
    QString clusterIP;
    QString externalName;
    QStringList externalIPs;     // spec.externalIPs plus status.loadBalancer.ingress ip/hostname
    QList<ServicePort> ports;
    Labels selector;

    // "80/TCP,443:30443/TCP" like kubectl's PORT(S) column.
    QString portsText() const;
};

} // namespace lcl::kube
