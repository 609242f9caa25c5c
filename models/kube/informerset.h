#pragma once

#include "kube/clusterconnection.h"
#include "kube/informeroptions.h"
#include "kube/resourcekind.h"

#include <QList>
#include <QObject>

#include <map>
#include <memory>

namespace lcl::net {
class HttpClient;
}

namespace lcl::kube {

class Informer;
class ResourceStore;

// The informers of one cluster connection: one per kind, all feeding one store. Gateway API kinds are added
// only when the caller says the API serves them (until discovery exists, a flag).
class InformerSet final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InformerSet)

public:
    struct Options {
        QString ns;                 // empty: all namespaces (cluster-scoped kinds ignore it)
        bool gatewayApi = false;    // the cluster serves gateway.networking.k8s.io/v1
        QList<ResourceKind> kinds;  // empty: defaultKinds(gatewayApi)
        InformerOptions informer;
    };

    InformerSet(ClusterConnection connection, net::HttpClient* http, ResourceStore* store, Options options,
                QObject* parent = nullptr);
    ~InformerSet() override;

    static QList<ResourceKind> defaultKinds(bool gatewayApi);

    void start();
    void stop();

    QList<ResourceKind> kinds() const;
    Informer* informer(ResourceKind kind) const;
    // Every informer has listed at least once (forbidden and unserved kinds count as settled).
    bool isSynced() const;

Q_SIGNALS:
    void synced();            // isSynced() became true
    void statusChanged(lcl::kube::ResourceKind kind);

private:
    void onInformerStatus(ResourceKind kind);

    std::map<ResourceKind, std::unique_ptr<Informer>> m_informers;
    bool m_reportedSynced = false;
};

} // namespace lcl::kube
