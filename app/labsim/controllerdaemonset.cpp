#include "labsim/controllerdaemonset.h"

#include "labsim/controllercontext.h"
#include "labsim/controllerutil.h"
#include "labsim/eventrecorder.h"

namespace lcl::sim {

void ControllerDaemonSet::reconcile(const std::string& ns, const std::string& name)
{
    const auto stored = m_ctx.get("daemonsets.apps", ns, name);
    if (!stored || stored->object["metadata"].contains("deletionTimestamp"))
        return;
    const auto& ds = stored->object;
    std::vector<nlohmann::json> pods;
    bool terminating = false; // a pod of the node still shutting down: its replacement waits until it is gone
    for (const auto& p : m_ctx.ownedBy("pods", ns, ControllerUtil::uidOf(ds))) {
        if (ControllerUtil::podActive(p->object))
            pods.push_back(p->object);
        else if (p->object["metadata"].contains("deletionTimestamp"))
            terminating = true;
    }
    const auto labelOf = [](const nlohmann::json& pod) {
        const auto& m = pod["metadata"];
        return m.contains("labels") ? m["labels"].value("controller-revision-hash", "") : std::string();
    };
    const auto adopt = pods.empty() ? std::string() : labelOf(pods.front());
    const auto revision = m_ctx.revisionFor(ControllerUtil::uidOf(ds), name, ds["spec"]["template"],
                                            pods.empty() ? nullptr : &adopt);
    for (auto it = pods.begin(); it != pods.end();) {
        if (labelOf(*it) == revision && it == pods.begin()) {
            ++it;
            continue;
        }
        const auto podName = ControllerUtil::nameOf(*it);
        if (m_ctx.remove("pods", ns, podName)) {
            m_ctx.events.record(ds, "Normal", "SuccessfulDelete", "Deleted pod: " + podName, "daemonset-controller");
            terminating = terminating || m_ctx.get("pods", ns, podName) != nullptr; // within its grace period
        }
        it = pods.erase(it);
    }
    if (pods.empty() && !terminating) {
        auto pod = m_ctx.newPod(ds, name + "-" + m_ctx.factory.suffix(5));
        pod["metadata"]["labels"]["controller-revision-hash"] = revision;
        pod["metadata"]["labels"]["pod-template-generation"] = std::to_string(ds["metadata"].value("generation", 1));
        if (const auto made = m_ctx.create("pods", pod)) {
            pods.push_back(made->object);
            m_ctx.events.record(ds, "Normal", "SuccessfulCreate", "Created pod: " + ControllerUtil::nameOf(made->object),
                                "daemonset-controller");
        }
    }
    const int ready = !pods.empty() && ControllerUtil::podReady(pods.front()) ? 1 : 0;
    nlohmann::json status = {{"currentNumberScheduled", static_cast<int>(pods.size())},
                             {"desiredNumberScheduled", 1},
                             {"numberMisscheduled", 0},
                             {"numberReady", ready},
                             {"observedGeneration", ds["metadata"].value("generation", 1)},
                             {"updatedNumberScheduled", static_cast<int>(pods.size())}};
    if (ready)
        status["numberAvailable"] = 1;
    else
        status["numberUnavailable"] = 1;
    m_ctx.writeStatus("daemonsets.apps", ds, status);
}

} // namespace lcl::sim
