#pragma once

#include "core/resourcekey.h"
#include "kube/metarecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace lcl::kube {
class ResourceStore;
}
namespace lcl::lab {
class LabProfile;
}

namespace lcl::itemmodels {

// One service as the overview and the service detail see it: the lab profile's service (or, without a
// profile, one discovered workload) joined with the store's keys of what runs it.
struct ServiceEntry {
    Q_DECLARE_TR_FUNCTIONS(lcl::itemmodels::ServiceEntry)

public:
    QString id;            // profile service id, or the workload's name
    QString displayName;
    QString ns;
    QString kindName;      // translated: "API", "Database", "Gateway", ...
    int kindOrder = 0;     // gateway first, observability last
    QList<ResourceKey> workloads;    // deployments / statefulsets / daemonsets
    QList<ResourceKey> kubeServices; // services
    QList<ResourceKey> hpas;         // horizontalpodautoscalers
    kube::Labels podSelector;        // the first Kubernetes Service's selector, else the workload's
    QStringList metricKeys;          // keys the snapshot may use for it, most specific first
    std::optional<double> latencyP95Threshold; // ms
    std::optional<double> errorRatioThreshold; // 0..1
    QStringList routes;       // "search/search-api: /search → search-api-v1 (90 %)"
    QStringList dependsOn;    // "postgresql (database)"
    QStringList usedBy;

    // Every service of the profile that runs in the cluster (external ones left out), or without a profile
    // every workload of the store, ordered by kind and name.
    static QList<ServiceEntry> collect(const kube::ResourceStore& store, const lab::LabProfile* profile);
    // Pods of every workload of the entry.
    QList<ResourceKey> pods(const kube::ResourceStore& store) const;
};

} // namespace lcl::itemmodels
