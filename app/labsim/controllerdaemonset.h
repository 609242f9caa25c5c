#pragma once

#include <string>

namespace lcl::sim {

class ControllerContext;

// daemonset-controller on the single node: one pod of the current template, replaced when the template changes,
// and the scheduling counts in status.
class ControllerDaemonSet final {
public:
    explicit ControllerDaemonSet(ControllerContext& context) : m_ctx(context) {}

    void reconcile(const std::string& ns, const std::string& name);

private:
    ControllerContext& m_ctx;
};

} // namespace lcl::sim
