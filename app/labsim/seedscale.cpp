#include "labsim/seed.h"

#include "labsim/objectstore.h"
#include "labsim/seedbuilder.h"

#include <cstdio>

namespace lcl::sim {

StoreResult<bool> Seed::seedScale(ObjectStore& store, int pods, std::uint64_t seed)
{
    // Logs are skipped: benchmarks measure the API, and 30,000 pods of log rings would dominate memory.
    SeedBuilder b(store, seed, /*withLogs=*/false);
    b.cluster({});
    constexpr int kPodsPerDeployment = 10;
    constexpr int kPodsPerNamespace = 100;
    int made = 0;
    char buf[32];
    for (int nsIndex = 0; made < pods && b.ok(); ++nsIndex) {
        std::snprintf(buf, sizeof buf, "scale-%04d", nsIndex);
        const std::string ns = buf;
        for (int d = 0; d < kPodsPerNamespace / kPodsPerDeployment && made < pods && b.ok(); ++d) {
            std::snprintf(buf, sizeof buf, "app-%02d", d);
            ObjectFactory::Workload w;
            w.ns = ns;
            w.name = buf;
            w.image = "ghcr.io/localcloudlab/scale-app:1.0." + std::to_string(d);
            w.ports = {{"http", 8080, "TCP"}};
            w.replicas = std::min(kPodsPerDeployment, pods - made);
            w.labels = {{"app", w.name}};
            w.cpuRequest = "50m";
            w.memoryRequest = "64Mi";
            b.deployment(w, /*clonePods=*/true);
            made += w.replicas;
        }
    }
    if (!b.ok())
        return b.error();
    return true;
}

} // namespace lcl::sim
