#pragma once

#include <string>

namespace lcl::sim {

class ControllerContext;

// statefulset-controller: ordinal pods name-0..N-1 created in order (OrderedReady waits for each to be ready,
// Parallel does not), scale-down from the highest ordinal, RollingUpdate from the highest ordinal down to the
// partition one pod at a time, and status with currentRevision/updateRevision.
class ControllerStatefulSet final {
public:
    explicit ControllerStatefulSet(ControllerContext& context) : m_ctx(context) {}

    void reconcile(const std::string& ns, const std::string& name);

private:
    ControllerContext& m_ctx;
};

} // namespace lcl::sim
