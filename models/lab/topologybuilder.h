#pragma once

#include "lab/topology.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace lcl::kube {
class ResourceStore;
struct ServiceRecord;
struct WorkloadRecord;
}

namespace lcl::lab {

class LabProfile;
class TopologyTraffic;

// Joins what the cluster has (ResourceStore: Gateways, HTTPRoutes with weighted backendRefs, Services,
// workloads and their pods) with what the lab profile says (which services are APIs, databases, platform;
// the dependencies between them) and the traffic numbers of the metrics layer into one Topology.
// Without a profile the graph is discovered from the store (gateway → routes → services → workloads, with
// StatefulSet-backed services shown as backing services) and dependencies are unknown; without metrics the
// dependency edges carry no numbers. Each case is stated in Topology::notes().
class TopologyBuilder final {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::TopologyBuilder)

public:
    TopologyBuilder(const kube::ResourceStore& store, const LabProfile* profile = nullptr,
                    const TopologyTraffic* traffic = nullptr);

    Topology build();

private:
    void addGateways();
    void addRoutes();
    void addServices();
    void addWorkload(const QString& serviceNode, const kube::WorkloadRecord& workload);
    void addPodGroups(const QString& workloadNode, const kube::WorkloadRecord& workload);
    void addDependencies();
    void addCollapsed(const QString& serviceId, const kube::ServiceRecord& service);
    QString anchorOf(const QString& serviceId) const;
    void applyTraffic(TopologyEdge& edge, const QString& fromService, const QString& toService);

    const kube::ResourceStore& m_store;
    const LabProfile* m_profile;
    const TopologyTraffic* m_traffic;
    Topology m_topology;
    QHash<QString, QString> m_anchors;     // profile service id → its node
    QHash<QString, QString> m_podOwner;    // "ns/pod" → workload node id
    QSet<QString> m_workloadNodes;
};

} // namespace lcl::lab
