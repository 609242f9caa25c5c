#include "labsim/controllerdeployment.h"

#include "labsim/controllercontext.h"
#include "labsim/controllerutil.h"
#include "labsim/eventrecorder.h"
#include "labsim/objectstoremetadata.h"

#include <algorithm>

namespace lcl::sim {

namespace {

using json = nlohmann::json;

int specReplicas(const json& o)
{
    return o["spec"].value("replicas", 1);
}

int statusInt(const json& o, const char* field)
{
    return o.contains("status") ? o["status"].value(field, 0) : 0;
}

struct Limits {
    int surge = 0;
    int unavailable = 0;
};

Limits limitsOf(const json& d)
{
    const int desired = specReplicas(d);
    const auto strategy = d["spec"].value("strategy", json::object());
    const auto rolling = strategy.value("rollingUpdate", json::object());
    Limits l;
    l.surge = ControllerUtil::intOrPercent(rolling.value("maxSurge", json("25%")), desired, true, 1);
    l.unavailable = ControllerUtil::intOrPercent(rolling.value("maxUnavailable", json("25%")), desired, false, 0);
    if (l.surge == 0 && l.unavailable == 0)
        l.unavailable = 1;
    return l;
}

} // namespace

void ControllerDeployment::reconcile(const std::string& ns, const std::string& name)
{
    const auto stored = m_ctx.get("deployments.apps", ns, name);
    if (!stored || stored->object["metadata"].contains("deletionTimestamp"))
        return;
    json d = stored->object;
    std::vector<json> owned;
    for (const auto& rs : m_ctx.ownedBy("replicasets.apps", ns, ControllerUtil::uidOf(d)))
        owned.push_back(rs->object);
    bool created = false;
    json newRs = ensureNewReplicaSet(d, owned, created);
    if (newRs.is_null())
        return;
    std::vector<json> old;
    for (auto& rs : owned)
        if (ControllerUtil::uidOf(rs) != ControllerUtil::uidOf(newRs))
            old.push_back(rs);
    std::sort(old.begin(), old.end(), [](const json& a, const json& b) {
        return ControllerUtil::revision(a) < ControllerUtil::revision(b);
    });
    if (!d["spec"].value("paused", false)) {
        if (d["spec"].value("strategy", json::object()).value("type", "RollingUpdate") == "Recreate")
            recreate(d, newRs, old);
        else
            rollingUpdate(d, newRs, old);
        cleanup(d, old);
    }
    writeStatus(d, newRs, old, created);
}

json ControllerDeployment::ensureNewReplicaSet(json& d, std::vector<json>& owned, bool& created)
{
    const auto tmpl = ControllerUtil::bareTemplate(d["spec"]["template"]);
    int maxRevision = 0;
    for (const auto& rs : owned)
        maxRevision = std::max(maxRevision, ControllerUtil::revision(rs));
    json newRs;
    for (const auto& rs : owned)
        if (ControllerUtil::bareTemplate(rs["spec"]["template"]) == tmpl)
            newRs = rs;
    std::string revision;
    if (newRs.is_null()) {
        const auto hash = ControllerUtil::templateHash(d["spec"]["template"]);
        newRs = m_ctx.factory.replicaSet(d, hash);
        for (const char* k : {"uid", "creationTimestamp", "managedFields"})
            newRs["metadata"].erase(k);
        newRs["spec"]["replicas"] = 0;
        newRs.erase("status");
        revision = std::to_string(maxRevision + 1);
        newRs["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = revision;
        const auto made = m_ctx.create("replicasets.apps", newRs);
        if (!made)
            return json(); // a name collision or a race: the watch brings us back
        newRs = made->object;
        owned.push_back(newRs);
        created = true;
    } else if (ControllerUtil::revision(newRs) < maxRevision) {
        // A rollback (or a template set back by hand): the old ReplicaSet becomes the newest revision.
        revision = std::to_string(maxRevision + 1);
        newRs["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = revision;
        if (const auto written = m_ctx.writeObject("replicasets.apps", newRs))
            newRs = written->object;
        for (auto& rs : owned)
            if (ControllerUtil::uidOf(rs) == ControllerUtil::uidOf(newRs))
                rs = newRs;
    } else {
        revision = std::to_string(ControllerUtil::revision(newRs));
    }
    auto& annotations = d["metadata"]["annotations"];
    if (!annotations.is_object() || annotations.value("deployment.kubernetes.io/revision", "") != revision) {
        annotations["deployment.kubernetes.io/revision"] = revision;
        if (const auto written = m_ctx.writeObject("deployments.apps", d))
            d = written->object;
    }
    return newRs;
}

bool ControllerDeployment::scale(const json& d, json& rs, int replicas, int maxSurge)
{
    const int from = specReplicas(rs);
    if (from == replicas)
        return false;
    auto next = rs;
    next["spec"]["replicas"] = replicas;
    next["metadata"]["annotations"]["deployment.kubernetes.io/desired-replicas"] = std::to_string(specReplicas(d));
    next["metadata"]["annotations"]["deployment.kubernetes.io/max-replicas"] = std::to_string(specReplicas(d) + maxSurge);
    const auto written = m_ctx.writeObject("replicasets.apps", next);
    if (!written)
        return false;
    rs = written->object;
    m_ctx.events.record(d, "Normal", "ScalingReplicaSet",
                        std::string(replicas > from ? "Scaled up" : "Scaled down") + " replica set "
                            + ControllerUtil::nameOf(rs) + " from " + std::to_string(from) + " to "
                            + std::to_string(replicas),
                        "deployment-controller");
    return true;
}

void ControllerDeployment::rollingUpdate(const json& d, json& newRs, std::vector<json>& old)
{
    const int desired = specReplicas(d);
    const auto limits = limitsOf(d);
    int total = specReplicas(newRs);
    for (const auto& rs : old)
        total += specReplicas(rs);
    if (specReplicas(newRs) > desired) {
        scale(d, newRs, desired, limits.surge);
    } else if (specReplicas(newRs) < desired) {
        const int room = desired + limits.surge - total;
        if (room > 0)
            scale(d, newRs, specReplicas(newRs) + std::min(room, desired - specReplicas(newRs)), limits.surge);
    }
    // Old replicas go only as fast as the new ones become available (minAvailable = desired - maxUnavailable).
    const int minAvailable = desired - limits.unavailable;
    int available = statusInt(newRs, "availableReplicas");
    for (const auto& rs : old)
        available += statusInt(rs, "availableReplicas");
    const int newUnavailable = std::max(0, specReplicas(newRs) - statusInt(newRs, "availableReplicas"));
    total = specReplicas(newRs);
    for (const auto& rs : old)
        total += specReplicas(rs);
    int cleanup = total - minAvailable - newUnavailable;
    for (auto& rs : old) { // unhealthy old replicas first: they serve nothing
        if (cleanup <= 0)
            break;
        const int unhealthy = std::max(0, specReplicas(rs) - statusInt(rs, "availableReplicas"));
        const int cut = std::min(unhealthy, cleanup);
        if (cut > 0 && scale(d, rs, specReplicas(rs) - cut, limits.surge))
            cleanup -= cut;
    }
    int scaleDown = available - minAvailable - newUnavailable;
    for (auto& rs : old) {
        if (scaleDown <= 0)
            break;
        const int cut = std::min(specReplicas(rs), scaleDown);
        if (cut > 0 && scale(d, rs, specReplicas(rs) - cut, limits.surge))
            scaleDown -= cut;
    }
}

void ControllerDeployment::recreate(const json& d, json& newRs, std::vector<json>& old)
{
    bool oldRunning = false;
    for (auto& rs : old) {
        scale(d, rs, 0, 0);
        oldRunning = oldRunning || statusInt(rs, "replicas") > 0;
    }
    if (!oldRunning)
        scale(d, newRs, specReplicas(d), 0);
}

void ControllerDeployment::cleanup(const json& d, std::vector<json>& old)
{
    const int limit = d["spec"].value("revisionHistoryLimit", 10);
    std::vector<const json*> idle;
    for (const auto& rs : old)
        if (specReplicas(rs) == 0 && statusInt(rs, "replicas") == 0)
            idle.push_back(&rs);
    for (std::size_t i = 0; static_cast<int>(idle.size() - i) > limit; ++i)
        m_ctx.remove("replicasets.apps", ControllerUtil::nsOf(*idle[i]), ControllerUtil::nameOf(*idle[i]));
}

void ControllerDeployment::writeStatus(const json& d, const json& newRs, const std::vector<json>& old, bool created)
{
    const int desired = specReplicas(d);
    int replicas = statusInt(newRs, "replicas"), ready = statusInt(newRs, "readyReplicas");
    int available = statusInt(newRs, "availableReplicas"), total = specReplicas(newRs);
    for (const auto& rs : old) {
        replicas += statusInt(rs, "replicas");
        ready += statusInt(rs, "readyReplicas");
        available += statusInt(rs, "availableReplicas");
        total += specReplicas(rs);
    }
    const int updated = statusInt(newRs, "replicas");
    json status = {{"observedGeneration", d["metadata"].value("generation", 1)}};
    const auto put = [&status](const char* field, int value) {
        if (value > 0)
            status[field] = value;
    };
    put("replicas", replicas);
    put("updatedReplicas", updated);
    put("readyReplicas", ready);
    put("availableReplicas", available);
    put("unavailableReplicas", std::max(0, total - available));
    const auto now = ObjectStoreMetadata::timestamp();
    const auto rsName = ControllerUtil::nameOf(newRs);
    auto conditions = d.value("status", json::object()).value("conditions", json::array());
    const bool minimum = available >= desired - limitsOf(d).unavailable;
    ControllerUtil::setCondition(conditions,
                                 ControllerUtil::condition("Available", minimum ? "True" : "False",
                                                           minimum ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
                                                           minimum ? "Deployment has minimum availability."
                                                                   : "Deployment does not have minimum availability.",
                                                           now));
    const bool complete = updated == desired && replicas == desired && available == desired;
    json progressing;
    if (complete)
        progressing = ControllerUtil::condition("Progressing", "True", "NewReplicaSetAvailable",
                                                "ReplicaSet \"" + rsName + "\" has successfully progressed.", now);
    else if (created)
        progressing = ControllerUtil::condition("Progressing", "True", "NewReplicaSetCreated",
                                                "Created new replica set \"" + rsName + "\"", now);
    else
        progressing = ControllerUtil::condition("Progressing", "True", "ReplicaSetUpdated",
                                                "ReplicaSet \"" + rsName + "\" is progressing.", now);
    ControllerUtil::setCondition(conditions, progressing);
    status["conditions"] = conditions;
    if (d.contains("status") && d["status"].contains("collisionCount"))
        status["collisionCount"] = d["status"]["collisionCount"];
    m_ctx.writeStatus("deployments.apps", d, status);
}

} // namespace lcl::sim
