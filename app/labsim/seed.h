#pragma once

#include "labsim/objectstoreerror.h"

#include <cstdint>

namespace lcl::lab {
class LabProfile;
}

namespace lcl::sim {

class ObjectStore;

// Fills an empty store with a complete cluster: the single k3s node, kube-system, the LocalCloudLab namespaces
// and workloads (deployments with their replica sets and pods, statefulsets with ordinal pods, services,
// endpoint slices, the gateway and its routes, HPAs, backup cron jobs, the monitoring stack), a few events and
// container logs. Deterministic for a given `seed`.
class Seed final {
public:
    // The built-in LocalCloudLab (reference/localcloudlab.md).
    static StoreResult<bool> seedLocalCloudLab(ObjectStore& store, std::uint64_t seed = 1);
    // What a lab profile describes (namespaces, workloads, routes, HPAs, backups).
    static StoreResult<bool> seedProfile(ObjectStore& store, const lab::LabProfile& profile, std::uint64_t seed = 1);
    // Benchmark scale: `pods` pods in deployments of ~10 pods across namespaces of ~100 pods, plus the node.
    static StoreResult<bool> seedScale(ObjectStore& store, int pods, std::uint64_t seed = 1);
};

} // namespace lcl::sim
