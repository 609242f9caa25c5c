#pragma once

#include "labsim/objectfactory.h"
#include "labsim/objectstoreerror.h"
#include "labsim/objectstoretypes.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace lcl::sim {

class ObjectStore;

// Shared steps of the seeds: puts factory objects into the store and expands workloads into their
// ReplicaSets, pods, PVCs, services' endpoints and container logs.
class SeedBuilder final {
public:
    SeedBuilder(ObjectStore& store, std::uint64_t seed, bool withLogs = true);

    ObjectFactory& factory() { return m_factory; }
    // Stores `object` under `groupResource`; the first failure is kept and later puts are skipped (null then).
    ObjectPtr put(const char* groupResource, nlohmann::json object);
    bool ok() const { return m_error.code == 0; }
    const ObjectStoreError& error() const { return m_error; }

    void cluster(const std::vector<std::string>& namespaces); // node, namespaces, service accounts, root CA
    void ensureNamespace(const std::string& ns);
    // Returns the Deployment. `clonePods`: replicas after the first are copies with a new identity (the scale
    // seed's fast path; building each pod from scratch costs most of the seeding time).
    nlohmann::json deployment(const ObjectFactory::Workload& w, bool clonePods = false);
    nlohmann::json statefulSet(const ObjectFactory::Workload& w);
    nlohmann::json daemonSet(const ObjectFactory::Workload& w);
    nlohmann::json service(const std::string& ns, const std::string& name, const std::string& type,
                           const std::map<std::string, std::string>& selector,
                           const std::vector<ObjectFactory::Port>& ports, const std::vector<int>& targetPorts = {});
    void backup(const std::string& ns, const std::string& name, const std::string& schedule, const std::string& image,
                const std::vector<std::string>& command);
    void gatewayApi(); // the three CRDs
    // Pods created so far in `ns` (for services' endpoints and events).
    const std::vector<ObjectPtr>& podsIn(const std::string& ns) { return m_pods[ns]; }

private:
    void addPod(const nlohmann::json& pod);

    ObjectStore& m_store;
    ObjectFactory m_factory;
    bool m_withLogs;
    ObjectStoreError m_error;
    std::map<std::string, std::vector<ObjectPtr>> m_pods;
    std::vector<std::string> m_namespaces;
};

} // namespace lcl::sim
