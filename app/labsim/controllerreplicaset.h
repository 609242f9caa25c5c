#pragma once

#include <string>

namespace lcl::sim {

class ControllerContext;

// replicaset-controller: keeps spec.replicas pods of the template (creating with SuccessfulCreate, deleting
// not-ready and newest pods first with SuccessfulDelete) and reports replicas/ready/available in status.
class ControllerReplicaSet final {
public:
    explicit ControllerReplicaSet(ControllerContext& context) : m_ctx(context) {}

    void reconcile(const std::string& ns, const std::string& name);

private:
    ControllerContext& m_ctx;
};

} // namespace lcl::sim
