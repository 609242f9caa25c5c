#pragma once

#include <cstdint>
#include <memory>

namespace lcl::sim {

class ObjectStore;

// The instant reactions issue 3 needs until the real controllers (issue 5) exist: a Deployment's replica change
// resizes its newest ReplicaSet and that ReplicaSet's pods at once; a deleted pod of a ReplicaSet or StatefulSet
// is replaced; workload status is recomputed so `kubectl rollout status` finishes; a created Job gets one
// running pod and status.active=1. Lives as long as the object; uninstalls itself on destruction.
class SeedReactor final {
public:
    explicit SeedReactor(ObjectStore& store, std::uint64_t seed = 1);
    ~SeedReactor();
    SeedReactor(const SeedReactor&) = delete;
    SeedReactor& operator=(const SeedReactor&) = delete;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace lcl::sim
