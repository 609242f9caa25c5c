#pragma once

#include <string>

namespace lcl::sim {

class ControllerContext;

// daemonset-controller on the single node: one pod of the current template, replaced when the template changes,
// and the scheduling counts in status. A deleted pod's replacement waits until it has gone (a terminating pod
// still counts as the node's), as in Kubernetes.
class ControllerDaemonSet final {
public:
    explicit ControllerDaemonSet(ControllerContext& context) : m_ctx(context) {}

    void reconcile(const std::string& ns, const std::string& name);

private:
    ControllerContext& m_ctx;
};

} // namespace lcl::sim
