#include "labsim/seedreactor.h"

#include "labsim/objectfactory.h"
#include "labsim/objectstore.h"
#include "labsim/seedlogs.h"
#include "labsim/selector.h"

#include <mutex>

namespace lcl::sim {

namespace {

thread_local bool t_reacting = false;

bool ownedBy(const nlohmann::json& object, const std::string& uid)
{
    for (const auto& r : object["metadata"].value("ownerReferences", nlohmann::json::array()))
        if (r.value("uid", "") == uid)
            return true;
    return false;
}

nlohmann::json controllerOf(const nlohmann::json& object)
{
    for (const auto& r : object["metadata"].value("ownerReferences", nlohmann::json::array()))
        if (r.value("controller", false))
            return r;
    return nlohmann::json::object(); // not null: callers read fields with value()
}

// A template without the labels the controllers add, to tell a new rollout from a scale.
nlohmann::json bareTemplate(nlohmann::json tmpl)
{
    if (tmpl.contains("metadata") && tmpl["metadata"].contains("labels"))
        tmpl["metadata"]["labels"].erase("pod-template-hash");
    return tmpl;
}

} // namespace

class SeedReactor::Impl {
public:
    Impl(ObjectStore& store, std::uint64_t seed) : store(store), factory(seed * 7919 + 17) {}

    ObjectStore& store;
    ObjectFactory factory;
    std::mutex mutex; // one reaction at a time: the factory's PRNG and read-modify-write sequences
    int observer = 0;

    const ResourceInfo& r(const char* gr) const { return store.resource(gr); }

    void react(const WatchHub::Change& change);
    void reconcileDeployment(nlohmann::json deployment);
    void reconcileReplicaSet(const nlohmann::json& rs);
    void reconcileStatefulSet(nlohmann::json sts);
    void startJob(nlohmann::json job);
    void runPod(nlohmann::json pod);
    void addPod(nlohmann::json pod);
};

SeedReactor::SeedReactor(ObjectStore& store, std::uint64_t seed) : m_impl(std::make_unique<Impl>(store, seed))
{
    Impl* impl = m_impl.get();
    m_impl->observer = store.addObserver([impl](const WatchHub::Change& change) {
        if (t_reacting)
            return; // our own writes
        t_reacting = true;
        {
            std::lock_guard lock(impl->mutex);
            impl->react(change);
        }
        t_reacting = false;
    });
}

SeedReactor::~SeedReactor()
{
    m_impl->store.removeObserver(m_impl->observer);
}

void SeedReactor::Impl::react(const WatchHub::Change& change)
{
    const auto& o = change.object->object;
    const bool gone = change.type == WatchEventType::Deleted;
    if (change.storage == "deployments.apps" && !gone) {
        reconcileDeployment(o);
    } else if (change.storage == "replicasets.apps" && !gone) {
        reconcileReplicaSet(o);
    } else if (change.storage == "statefulsets.apps" && !gone) {
        reconcileStatefulSet(o);
    } else if (change.storage == "jobs.batch" && change.type == WatchEventType::Added) {
        startJob(o);
    } else if (change.storage == "pods" && change.type == WatchEventType::Added
               && !o.value("status", nlohmann::json::object()).contains("containerStatuses")) {
        runPod(o);
    } else if (change.storage == "pods" && gone) {
        const auto owner = controllerOf(o);
        const auto kind = owner.value("kind", "");
        if (kind == "ReplicaSet")
            if (auto rs = store.get(r("replicasets.apps"), change.ns, owner.value("name", "")))
                reconcileReplicaSet(rs.value()->object);
        if (kind == "StatefulSet")
            if (auto sts = store.get(r("statefulsets.apps"), change.ns, owner.value("name", "")))
                reconcileStatefulSet(sts.value()->object);
    }
}

void SeedReactor::Impl::addPod(nlohmann::json pod)
{
    const auto ns = pod["metadata"].value("namespace", "");
    const auto name = pod["metadata"].value("name", "");
    auto stored = store.put(r("pods"), std::move(pod), {});
    if (!stored)
        return;
    for (const auto& c : stored.value()->object["spec"]["containers"]) {
        const auto flavor = SeedLogs::flavorFor(c.value("image", ""), c.value("name", ""));
        for (auto& line : SeedLogs::startup(flavor, name, factory.rng()))
            store.logs().append(ns, name, c.value("name", ""), std::move(line));
    }
}

void SeedReactor::Impl::reconcileReplicaSet(const nlohmann::json& rs)
{
    const auto ns = rs["metadata"].value("namespace", "");
    const auto uid = rs["metadata"].value("uid", "");
    const int want = rs["spec"].value("replicas", 1);
    std::vector<ObjectPtr> pods;
    for (const auto& p : store.snapshot(r("pods"), ns))
        if (ownedBy(p->object, uid))
            pods.push_back(p);
    for (int i = static_cast<int>(pods.size()); i < want; ++i)
        addPod(factory.pod(rs, rs["metadata"].value("name", "") + "-" + factory.suffix(5), 4));
    for (int i = static_cast<int>(pods.size()) - 1; i >= want; --i)
        store.remove(r("pods"), ns, pods[static_cast<std::size_t>(i)]->name, {});
    auto next = rs;
    nlohmann::json status = {{"observedGeneration", rs["metadata"].value("generation", 1)}, {"replicas", want}};
    if (want > 0) {
        status["fullyLabeledReplicas"] = want;
        status["readyReplicas"] = want;
        status["availableReplicas"] = want;
    }
    if (next["status"] != status) {
        next["status"] = status;
        store.put(r("replicasets.apps"), next, "k3s");
    }
}

void SeedReactor::Impl::reconcileDeployment(nlohmann::json d)
{
    const auto ns = d["metadata"].value("namespace", "");
    const auto uid = d["metadata"].value("uid", "");
    const int want = d["spec"].value("replicas", 1);
    std::vector<nlohmann::json> owned;
    for (const auto& rs : store.snapshot(r("replicasets.apps"), ns))
        if (ownedBy(rs->object, uid))
            owned.push_back(rs->object);
    // The ReplicaSet whose template matches is current; a changed template is a rollout: a new ReplicaSet takes
    // all replicas at once and the old ones go to zero.
    nlohmann::json current;
    for (const auto& rs : owned)
        if (bareTemplate(rs["spec"]["template"]) == bareTemplate(d["spec"]["template"]))
            current = rs;
    int revision = 0;
    for (const auto& rs : owned)
        revision = std::max(revision, std::atoi(rs["metadata"].value("annotations", nlohmann::json::object())
                                                    .value("deployment.kubernetes.io/revision", "0").c_str()));
    if (current.is_null()) {
        current = factory.replicaSet(d, factory.suffix(10));
        current["metadata"]["creationTimestamp"] = ObjectFactory::ago(0);
        current["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = std::to_string(revision + 1);
        current["status"] = {{"replicas", 0}};
        auto stored = store.put(r("replicasets.apps"), current, "k3s");
        if (!stored)
            return;
        current = stored.value()->object;
        d["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = std::to_string(revision + 1);
    }
    for (auto& rs : owned) {
        if (rs["metadata"].value("uid", "") == current["metadata"].value("uid", "") || rs["spec"].value("replicas", 0) == 0)
            continue;
        rs["spec"]["replicas"] = 0;
        store.put(r("replicasets.apps"), rs, "k3s");
        reconcileReplicaSet(rs);
    }
    if (current["spec"].value("replicas", -1) != want) {
        current["spec"]["replicas"] = want;
        current["metadata"]["annotations"]["deployment.kubernetes.io/desired-replicas"] = std::to_string(want);
        store.put(r("replicasets.apps"), current, "k3s");
    }
    reconcileReplicaSet(current);

    const auto now = ObjectFactory::ago(0);
    const auto rsName = current["metadata"].value("name", "");
    nlohmann::json status = {{"observedGeneration", d["metadata"].value("generation", 1)}};
    if (want > 0) {
        status["replicas"] = want;
        status["updatedReplicas"] = want;
        status["readyReplicas"] = want;
        status["availableReplicas"] = want;
    }
    auto old = d.value("status", nlohmann::json::object());
    auto conditions = old.value("conditions", nlohmann::json::array());
    if (conditions.size() != 2)
        conditions = {{{"type", "Available"}, {"status", "True"}, {"lastUpdateTime", now}, {"lastTransitionTime", now},
                       {"reason", "MinimumReplicasAvailable"}, {"message", "Deployment has minimum availability."}},
                      {{"type", "Progressing"}, {"status", "True"}, {"lastUpdateTime", now}, {"lastTransitionTime", now}}};
    conditions[1]["reason"] = "NewReplicaSetAvailable";
    conditions[1]["message"] = "ReplicaSet \"" + rsName + "\" has successfully progressed.";
    status["conditions"] = conditions;
    if (old != status) {
        if (old.value("conditions", nlohmann::json()) != conditions)
            status["conditions"][1]["lastUpdateTime"] = now;
        d["status"] = status;
        store.put(r("deployments.apps"), d, "k3s");
    }
}

void SeedReactor::Impl::reconcileStatefulSet(nlohmann::json sts)
{
    const auto ns = sts["metadata"].value("namespace", "");
    const auto name = sts["metadata"].value("name", "");
    const int want = sts["spec"].value("replicas", 1);
    const auto revision = sts.value("status", nlohmann::json::object()).value("currentRevision", name + "-" + factory.suffix(10));
    for (int i = 0; i < want; ++i) {
        const auto podName = name + "-" + std::to_string(i);
        if (store.get(r("pods"), ns, podName))
            continue;
        auto pod = factory.pod(sts, podName, 4);
        pod["metadata"]["labels"]["apps.kubernetes.io/pod-index"] = std::to_string(i);
        pod["metadata"]["labels"]["controller-revision-hash"] = revision;
        pod["metadata"]["labels"]["statefulset.kubernetes.io/pod-name"] = podName;
        addPod(pod);
    }
    for (const auto& p : store.snapshot(r("pods"), ns)) {
        if (!ownedBy(p->object, sts["metadata"].value("uid", "")))
            continue;
        const auto dash = p->name.rfind('-');
        if (dash != std::string::npos && std::atoi(p->name.c_str() + dash + 1) >= want)
            store.remove(r("pods"), ns, p->name, {});
    }
    nlohmann::json status = {{"observedGeneration", sts["metadata"].value("generation", 1)},
                             {"replicas", want}, {"readyReplicas", want}, {"currentReplicas", want},
                             {"updatedReplicas", want}, {"availableReplicas", want},
                             {"currentRevision", revision}, {"updateRevision", revision}, {"collisionCount", 0}};
    if (sts.value("status", nlohmann::json::object()) != status) {
        sts["status"] = status;
        store.put(r("statefulsets.apps"), sts, "k3s");
    }
}

void SeedReactor::Impl::startJob(nlohmann::json job)
{
    if (job.value("status", nlohmann::json::object()).contains("startTime"))
        return; // seeded with its status
    const auto uid = job["metadata"].value("uid", "");
    const auto name = job["metadata"].value("name", "");
    auto& spec = job["spec"];
    for (auto* labels : {&job["metadata"]["labels"], &spec["template"]["metadata"]["labels"]}) {
        (*labels)["batch.kubernetes.io/controller-uid"] = uid;
        (*labels)["batch.kubernetes.io/job-name"] = name;
        (*labels)["controller-uid"] = uid;
        (*labels)["job-name"] = name;
    }
    if (!spec.contains("selector"))
        spec["selector"] = {{"matchLabels", {{"batch.kubernetes.io/controller-uid", uid}}}};
    job["status"] = {{"startTime", ObjectFactory::ago(0)}, {"active", 1}, {"ready", 0}, {"terminating", 0},
                     {"uncountedTerminatedPods", nlohmann::json::object()}};
    auto stored = store.put(r("jobs.batch"), job, "k3s");
    if (stored)
        addPod(factory.pod(stored.value()->object, name + "-" + factory.suffix(5), 2));
}

void SeedReactor::Impl::runPod(nlohmann::json pod)
{
    // A bare pod created through the API: schedule and start it as the kubelet would.
    nlohmann::json owner = {{"apiVersion", "v1"},
                            {"kind", "Pod"},
                            {"metadata", pod["metadata"]},
                            {"spec", {{"template", {{"metadata", pod["metadata"]}, {"spec", pod["spec"]}}}}}};
    auto running = factory.pod(owner, pod["metadata"].value("name", ""), 2);
    pod["spec"] = running["spec"];
    pod["status"] = running["status"];
    store.put(r("pods"), pod, "k3s");
}

} // namespace lcl::sim
