#pragma once

#include "labsim/controllertiming.h"

#include <cstdint>
#include <memory>

namespace lcl::lab {
class LabProfile;
}

namespace lcl::sim {

class EventRecorder;
class FaultBook;
class ObjectStore;

// The simulated control plane and node: deployment, replica set, stateful set, daemon set, job and cron job
// controllers plus the kubelet, on one worker thread fed by the store's change notifications (and by the fault
// book, for the faults that act on pods). Nothing is reconciled at start: the seed is consistent, so a
// 10,000-pod cluster starts without work; objects are looked at when they (or what they own) change.
class Controllers final {
public:
    Controllers(ObjectStore& store, FaultBook& faults, const lab::LabProfile& profile, std::uint64_t seed = 1,
                ControllerTiming timing = {});
    ~Controllers();
    Controllers(const Controllers&) = delete;
    Controllers& operator=(const Controllers&) = delete;

    void start();
    void stop();
    bool isRunning() const;
    EventRecorder& events();
    // Keys waiting (now or later); for tests and diagnostics.
    std::size_t pending() const;

private:
    class Impl;
    std::shared_ptr<Impl> m_impl; // shared with the fault book's observer, which may outlive us
};

} // namespace lcl::sim
