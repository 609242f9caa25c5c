#include "labsim/controllerstatefulset.h"

#include "labsim/controllercontext.h"
#include "labsim/controllerutil.h"
#include "labsim/eventrecorder.h"
#include "labsim/objectfactory.h"

#include <algorithm>
#include <map>
#include <set>

namespace lcl::sim {

namespace {

using json = nlohmann::json;

std::string revisionOf(const json& pod)
{
    const auto& m = pod["metadata"];
    return m.contains("labels") ? m["labels"].value("controller-revision-hash", "") : std::string();
}

std::string claimNameOf(const json& tmpl, const std::string& podName)
{
    return tmpl.value("metadata", json::object()).value("name", "") + "-" + podName;
}

bool retentionDeletes(const json& sts, const char* when)
{
    const auto policy = sts["spec"].value("persistentVolumeClaimRetentionPolicy", json::object());
    return policy.is_object() && policy.value(when, "Retain") == "Delete";
}

} // namespace

void ControllerStatefulSet::syncClaimOwners(const json& sts, const json& pod, bool condemned)
{
    const auto ns = ControllerUtil::nsOf(sts);
    const auto setUid = ControllerUtil::uidOf(sts);
    const auto podUid = ControllerUtil::uidOf(pod);
    const bool bySet = retentionDeletes(sts, "whenDeleted");
    const bool byPod = condemned && retentionDeletes(sts, "whenScaled");
    for (const auto& tmpl : sts["spec"].value("volumeClaimTemplates", json::array())) {
        const auto stored = m_ctx.get("persistentvolumeclaims", ns, claimNameOf(tmpl, ControllerUtil::nameOf(pod)));
        if (!stored)
            continue;
        const auto refs = stored->object["metadata"].value("ownerReferences", json::array());
        json wanted = json::array();
        for (const auto& r : refs) // owners that are neither this set nor this pod stay as they are
            if (r.value("uid", "") != setUid && r.value("uid", "") != podUid)
                wanted.push_back(r);
        if (bySet)
            wanted.push_back({{"apiVersion", "apps/v1"}, {"kind", "StatefulSet"}, {"name", ControllerUtil::nameOf(sts)},
                              {"uid", setUid}, {"controller", true}, {"blockOwnerDeletion", true}});
        if (byPod)
            wanted.push_back({{"apiVersion", "v1"}, {"kind", "Pod"}, {"name", ControllerUtil::nameOf(pod)},
                              {"uid", podUid}});
        if (wanted == refs)
            continue;
        auto claim = stored->object;
        if (wanted.empty())
            claim["metadata"].erase("ownerReferences");
        else
            claim["metadata"]["ownerReferences"] = std::move(wanted);
        m_ctx.writeObject("persistentvolumeclaims", std::move(claim));
    }
}

bool ControllerStatefulSet::ensureClaims(const json& sts, const std::string& podName, json* volumes)
{
    const auto ns = ControllerUtil::nsOf(sts);
    *volumes = json::array();
    for (const auto& tmpl : sts["spec"].value("volumeClaimTemplates", json::array())) {
        const auto tmplName = tmpl.value("metadata", json::object()).value("name", "");
        const auto claimName = claimNameOf(tmpl, podName);
        volumes->push_back({{"name", tmplName}, {"persistentVolumeClaim", {{"claimName", claimName}}}});
        if (m_ctx.get("persistentvolumeclaims", ns, claimName))
            continue;
        json labels = tmpl["metadata"].value("labels", json::object());
        const auto selector = sts["spec"].value("selector", json::object()).value("matchLabels", json::object());
        for (const auto& [k, v] : selector.items())
            labels[k] = v;
        json spec = tmpl.value("spec", json::object());
        if (!spec.contains("storageClassName"))
            spec["storageClassName"] = "local-path";
        json claim = {{"apiVersion", "v1"},
                      {"kind", "PersistentVolumeClaim"},
                      {"metadata", {{"name", claimName}, {"namespace", ns}, {"labels", labels}}},
                      {"spec", spec}};
        auto made = m_ctx.create("persistentvolumeclaims", claim);
        if (!made) {
            m_ctx.events.record(sts, "Warning", "FailedCreate",
                                "create Claim " + claimName + " for Pod " + podName + " in StatefulSet "
                                    + ControllerUtil::nameOf(sts) + " failed",
                                "statefulset-controller");
            return false;
        }
        m_ctx.events.record(sts, "Normal", "SuccessfulCreate",
                            "create Claim " + claimName + " Pod " + podName + " in StatefulSet "
                                + ControllerUtil::nameOf(sts) + " success",
                            "statefulset-controller");
        // k3s's local-path provisioner binds it to a new volume named after the claim's uid.
        auto bound = made->object;
        bound["spec"]["volumeName"] = "pvc-" + ControllerUtil::uidOf(bound);
        auto& annotations = bound["metadata"]["annotations"];
        annotations["pv.kubernetes.io/bind-completed"] = "yes";
        annotations["pv.kubernetes.io/bound-by-controller"] = "yes";
        annotations["volume.beta.kubernetes.io/storage-provisioner"] = "rancher.io/local-path";
        annotations["volume.kubernetes.io/selected-node"] = ObjectFactory::kNodeName;
        annotations["volume.kubernetes.io/storage-provisioner"] = "rancher.io/local-path";
        if (const auto written = m_ctx.writeObject("persistentvolumeclaims", bound))
            bound = written->object;
        const auto size = spec.value("resources", json::object()).value("requests", json::object()).value("storage", "1Gi");
        m_ctx.writeStatus("persistentvolumeclaims", bound,
                          {{"phase", "Bound"},
                           {"accessModes", spec.value("accessModes", json::array({"ReadWriteOnce"}))},
                           {"capacity", {{"storage", size}}}});
    }
    return true;
}

void ControllerStatefulSet::reconcile(const std::string& ns, const std::string& name)
{
    const auto stored = m_ctx.get("statefulsets.apps", ns, name);
    if (!stored || stored->object["metadata"].contains("deletionTimestamp"))
        return;
    const auto& sts = stored->object;
    const auto oldStatus = sts.value("status", json::object());
    const int want = sts["spec"].value("replicas", 1);
    const bool ordered = sts["spec"].value("podManagementPolicy", "OrderedReady") != "Parallel";
    // Adopting the stored revision is right only while the status describes the current spec.
    const bool observed = oldStatus.value("observedGeneration", 0) == sts["metadata"].value("generation", 1);
    const auto adopt = observed ? oldStatus.value("updateRevision", "") : std::string();
    const auto update = m_ctx.revisionFor(ControllerUtil::uidOf(sts), name, sts["spec"]["template"],
                                          adopt.empty() ? nullptr : &adopt);
    std::map<int, json> pods;
    std::set<int> terminating; // their names come back once the kubelet has removed them
    for (const auto& p : m_ctx.ownedBy("pods", ns, ControllerUtil::uidOf(sts))) {
        const auto dash = p->name.rfind('-');
        if (dash == std::string::npos)
            continue;
        const int ordinal = std::atoi(p->name.c_str() + dash + 1);
        if (ControllerUtil::podActive(p->object))
            pods[ordinal] = p->object;
        else if (p->object["metadata"].contains("deletionTimestamp"))
            terminating.insert(ordinal);
    }
    const auto event = [&](const std::string& reason, const std::string& verb, const std::string& pod) {
        m_ctx.events.record(sts, "Normal", reason,
                            verb + " Pod " + pod + " in StatefulSet " + name + " successful", "statefulset-controller");
    };
    bool allReady = true;
    for (int i = 0; i < want; ++i) {
        const auto it = pods.find(i);
        if (it == pods.end()) {
            if (ordered && !allReady)
                break;
            if (terminating.count(i)) {
                allReady = false;
                if (ordered)
                    break;
                continue;
            }
            const auto podName = name + "-" + std::to_string(i);
            json claims;
            if (!ensureClaims(sts, podName, &claims))
                break;
            auto pod = m_ctx.newPod(sts, podName);
            // The claims come first and replace a template volume of the same name, as in Kubernetes.
            for (const auto& v : pod["spec"].value("volumes", json::array()))
                if (std::none_of(claims.begin(), claims.end(), [&](const json& c) { return c["name"] == v["name"]; }))
                    claims.push_back(v);
            if (!claims.empty())
                pod["spec"]["volumes"] = claims;
            pod["metadata"]["labels"]["apps.kubernetes.io/pod-index"] = std::to_string(i);
            pod["metadata"]["labels"]["controller-revision-hash"] = update;
            pod["metadata"]["labels"]["statefulset.kubernetes.io/pod-name"] = podName;
            if (const auto made = m_ctx.create("pods", pod)) {
                pods[i] = made->object;
                event("SuccessfulCreate", "create", podName);
            }
            allReady = false;
            if (ordered)
                break;
            continue;
        }
        allReady = allReady && ControllerUtil::podReady(it->second);
    }
    for (const auto& [i, p] : pods)
        syncClaimOwners(sts, p, i >= want);
    // Scale down (highest ordinal first) and roll (highest stale ordinal above the partition), one pod at a time.
    if (allReady) {
        for (auto it = pods.rbegin(); it != pods.rend(); ++it) {
            if (it->first < want)
                break;
            const auto podName = ControllerUtil::nameOf(it->second);
            if (m_ctx.remove("pods", ns, podName))
                event("SuccessfulDelete", "delete", podName);
            pods.erase(it->first);
            allReady = false;
            break;
        }
    }
    const auto strategy = sts["spec"].value("updateStrategy", json::object());
    const int partition = strategy.value("rollingUpdate", json::object()).value("partition", 0);
    if (allReady && strategy.value("type", "RollingUpdate") == "RollingUpdate") {
        for (auto it = pods.rbegin(); it != pods.rend(); ++it) {
            if (it->first < partition)
                break;
            if (revisionOf(it->second) == update)
                continue;
            const auto podName = ControllerUtil::nameOf(it->second);
            if (m_ctx.remove("pods", ns, podName))
                event("SuccessfulDelete", "delete", podName);
            pods.erase(it->first);
            break;
        }
    }
    int ready = 0, updated = 0, current = 0;
    const auto currentRevision = oldStatus.value("currentRevision", update);
    for (const auto& [i, p] : pods) {
        ready += ControllerUtil::podReady(p) ? 1 : 0;
        updated += revisionOf(p) == update ? 1 : 0;
        current += revisionOf(p) == currentRevision ? 1 : 0;
    }
    const bool done = updated == want && ready == want && static_cast<int>(pods.size()) == want;
    json status = {{"observedGeneration", sts["metadata"].value("generation", 1)},
                   {"replicas", static_cast<int>(pods.size())},
                   {"currentRevision", done ? update : currentRevision},
                   {"updateRevision", update},
                   {"collisionCount", oldStatus.value("collisionCount", 0)}};
    const auto put = [&status](const char* field, int value) {
        if (value > 0)
            status[field] = value;
    };
    put("readyReplicas", ready);
    put("availableReplicas", ready);
    put("currentReplicas", done ? updated : current);
    put("updatedReplicas", updated);
    m_ctx.writeStatus("statefulsets.apps", sts, status);
}

} // namespace lcl::sim
