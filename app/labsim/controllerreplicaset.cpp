#include "labsim/controllerreplicaset.h"

#include "labsim/controllercontext.h"
#include "labsim/controllerutil.h"
#include "labsim/eventrecorder.h"

#include <algorithm>

namespace lcl::sim {

namespace {

constexpr int kBurst = 500; // pods created or deleted per pass, like the controller's slow-start batches

// Deletion preference (controller.ActivePods ordering, shortened): unscheduled, then not ready, then newest.
int rank(const nlohmann::json& pod)
{
    const auto& status = pod.value("status", nlohmann::json::object());
    if (!status.contains("containerStatuses"))
        return 0;
    return ControllerUtil::podReady(pod) ? 2 : 1;
}

} // namespace

void ControllerReplicaSet::reconcile(const std::string& ns, const std::string& name)
{
    const auto stored = m_ctx.get("replicasets.apps", ns, name);
    if (!stored || stored->object["metadata"].contains("deletionTimestamp"))
        return;
    const auto& rs = stored->object;
    const int want = rs["spec"].value("replicas", 1);
    std::vector<ObjectPtr> active;
    for (auto& p : m_ctx.ownedBy("pods", ns, ControllerUtil::uidOf(rs)))
        if (ControllerUtil::podActive(p->object))
            active.push_back(std::move(p));
    const int have = static_cast<int>(active.size());
    int count = have;
    if (have < want) {
        for (int i = 0; i < std::min(want - have, kBurst); ++i) {
            const auto podName = name + "-" + m_ctx.factory.suffix(5);
            if (!m_ctx.create("pods", m_ctx.newPod(rs, podName)))
                break;
            ++count;
            m_ctx.events.record(rs, "Normal", "SuccessfulCreate", "Created pod: " + podName, "replicaset-controller");
        }
    } else if (have > want) {
        std::stable_sort(active.begin(), active.end(), [](const ObjectPtr& a, const ObjectPtr& b) {
            const int ra = rank(a->object), rb = rank(b->object);
            if (ra != rb)
                return ra < rb;
            return a->object["metadata"].value("creationTimestamp", "") > b->object["metadata"].value("creationTimestamp", "");
        });
        for (int i = 0; i < std::min(have - want, kBurst); ++i) {
            if (!m_ctx.remove("pods", ns, active[static_cast<std::size_t>(i)]->name))
                continue;
            --count;
            m_ctx.events.record(rs, "Normal", "SuccessfulDelete", "Deleted pod: " + active[static_cast<std::size_t>(i)]->name,
                                "replicaset-controller");
        }
        active.erase(active.begin(), active.begin() + (have - count));
    }
    int ready = 0;
    for (const auto& p : active)
        ready += ControllerUtil::podReady(p->object) ? 1 : 0;
    nlohmann::json status = {{"replicas", count}, {"observedGeneration", rs["metadata"].value("generation", 1)}};
    if (count > 0)
        status["fullyLabeledReplicas"] = count;
    if (ready > 0) {
        status["readyReplicas"] = ready;
        status["availableReplicas"] = ready;
    }
    m_ctx.writeStatus("replicasets.apps", rs, status);
}

} // namespace lcl::sim
