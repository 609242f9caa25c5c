#include "labsim/controllers.h"

#include "labsim/controllercontext.h"
#include "labsim/controllerdaemonset.h"
#include "labsim/controllerdeployment.h"
#include "labsim/controllerfaults.h"
#include "labsim/controllerreplicaset.h"
#include "labsim/controllerstatefulset.h"
#include "labsim/controllerutil.h"
#include "labsim/cronjobcontroller.h"
#include "labsim/eventrecorder.h"
#include "labsim/jobcontroller.h"
#include "labsim/kubelet.h"
#include "labsim/objectstore.h"

#include "core/logging.h"

#include <spdlog/spdlog.h>

#include <QString>

#include <atomic>
#include <thread>

namespace lcl::sim {

using Kind = ControllerKey::Kind;

class Controllers::Impl {
public:
    Impl(ObjectStore& store, FaultBook& book, const lab::LabProfile& profile, std::uint64_t seed,
         ControllerTiming timing)
        : store(store), timing(timing), faults(book, profile), events(store, seed),
          context(store, queue, events, faults, this->timing, seed), kubelet(context), replicaSets(context),
          deployments(context), statefulSets(context), daemonSets(context), jobs(context), cronJobs(context)
    {
    }

    void onChange(const WatchHub::Change& change);
    void onFault(const Fault& fault);
    void run();
    void dispatch(const ControllerKey& key);
    void adoptRevisions();

    ObjectStore& store;
    ControllerTiming timing;
    ControllerQueue queue;
    ControllerFaults faults;
    EventRecorder events;
    ControllerContext context;
    Kubelet kubelet;
    ControllerReplicaSet replicaSets;
    ControllerDeployment deployments;
    ControllerStatefulSet statefulSets;
    ControllerDaemonSet daemonSets;
    JobController jobs;
    CronJobController cronJobs;
    std::thread worker;
    int observer = -1;
    std::atomic<bool> running{false};
};

namespace {

const std::map<std::string, Kind>& kindOfStorage()
{
    static const std::map<std::string, Kind> kinds = {
        {"pods", Kind::Pod},           {"replicasets.apps", Kind::ReplicaSet}, {"deployments.apps", Kind::Deployment},
        {"statefulsets.apps", Kind::StatefulSet}, {"daemonsets.apps", Kind::DaemonSet}, {"jobs.batch", Kind::Job},
        {"cronjobs.batch", Kind::CronJob}};
    return kinds;
}

const std::map<std::string, Kind>& kindOfOwner()
{
    static const std::map<std::string, Kind> kinds = {{"ReplicaSet", Kind::ReplicaSet}, {"Deployment", Kind::Deployment},
                                                      {"StatefulSet", Kind::StatefulSet}, {"DaemonSet", Kind::DaemonSet},
                                                      {"Job", Kind::Job}, {"CronJob", Kind::CronJob}};
    return kinds;
}

} // namespace

void Controllers::Impl::onChange(const WatchHub::Change& change)
{
    const auto kind = kindOfStorage().find(change.storage);
    if (kind == kindOfStorage().end())
        return;
    if (change.type != WatchEventType::Deleted || kind->second == Kind::Pod)
        queue.add({kind->second, change.ns, change.name});
    // The owner hears about its dependents, as the controllers' pod and replica set informers make them do.
    if (const auto* ref = ControllerUtil::controllerRef(change.object->object)) {
        const auto owner = kindOfOwner().find(ref->value("kind", ""));
        if (owner != kindOfOwner().end())
            queue.add({owner->second, change.ns, ref->value("name", "")});
    }
}

void Controllers::Impl::onFault(const Fault& fault)
{
    if (fault.kind != FaultKind::CrashLoop && fault.kind != FaultKind::OomKilled && fault.kind != FaultKind::DependencyDown
        && fault.kind != FaultKind::LatencySpike && fault.kind != FaultKind::ErrorBurst)
        return;
    for (const auto& pod : store.snapshot(store.resource("pods")))
        if (faults.targets(fault, pod->object))
            queue.add({Kind::Pod, pod->ns, pod->name});
}

void Controllers::Impl::dispatch(const ControllerKey& key)
{
    switch (key.kind) {
    case Kind::Pod:
        return kubelet.reconcile(key.ns, key.name);
    case Kind::ReplicaSet:
        return replicaSets.reconcile(key.ns, key.name);
    case Kind::Deployment:
        return deployments.reconcile(key.ns, key.name);
    case Kind::StatefulSet:
        return statefulSets.reconcile(key.ns, key.name);
    case Kind::DaemonSet:
        return daemonSets.reconcile(key.ns, key.name);
    case Kind::Job:
        return jobs.reconcile(key.ns, key.name);
    case Kind::CronJob:
        return cronJobs.reconcile(key.ns, key.name);
    }
}

// The seeded stateful and daemon sets' pods carry revisions the controllers did not name; they are taken as
// the revision of the template those objects have now, so a later template change rolls them and nothing else does.
void Controllers::Impl::adoptRevisions()
{
    for (const auto& sts : store.snapshot(store.resource("statefulsets.apps"))) {
        const auto& o = sts->object;
        const auto revision = o.value("status", nlohmann::json::object()).value("updateRevision", "");
        if (!revision.empty())
            context.revisionFor(ControllerUtil::uidOf(o), sts->name, o["spec"]["template"], &revision);
    }
    for (const auto& ds : store.snapshot(store.resource("daemonsets.apps"))) {
        const auto& o = ds->object;
        for (const auto& pod : context.ownedBy("pods", ds->ns, ControllerUtil::uidOf(o))) {
            const auto& m = pod->object["metadata"];
            const auto revision = m.contains("labels") ? m["labels"].value("controller-revision-hash", "") : std::string();
            context.revisionFor(ControllerUtil::uidOf(o), ds->name, o["spec"]["template"], &revision);
            break;
        }
    }
}

void Controllers::Impl::run()
{
    ControllerKey key;
    while (queue.next(key)) {
        try {
            dispatch(key);
        } catch (const std::exception& e) {
            // A malformed object (applied by hand) must not stop the control plane.
            logging::logger("sim")->warn("controller: {}/{}: {}", key.ns, key.name, e.what());
        }
    }
}

namespace {

// LCLAB_SIM_TIME_SCALE=10 makes the kubelet and controllers ten times slower (for demos and hand-run drills).
ControllerTiming fromEnvironment(ControllerTiming timing)
{
    const double factor = qEnvironmentVariable("LCLAB_SIM_TIME_SCALE").toDouble();
    return factor > 0 ? timing.scaled(factor) : timing;
}

} // namespace

Controllers::Controllers(ObjectStore& store, FaultBook& faults, const lab::LabProfile& profile, std::uint64_t seed,
                         ControllerTiming timing)
    : m_impl(std::make_shared<Impl>(store, faults, profile, seed, fromEnvironment(timing)))
{
    std::weak_ptr<Impl> weak = m_impl;
    faults.addObserver([weak](const Fault& fault, bool) {
        if (auto impl = weak.lock(); impl && impl->running)
            impl->onFault(fault);
    });
}

Controllers::~Controllers()
{
    stop();
}

void Controllers::start()
{
    if (m_impl->running.exchange(true))
        return;
    m_impl->queue.reset();
    m_impl->adoptRevisions();
    m_impl->cronJobs.armAll();
    m_impl->store.setPodTermination(true); // the kubelet finishes what a delete starts
    Impl* impl = m_impl.get();
    m_impl->observer = m_impl->store.addObserver([impl](const WatchHub::Change& change) { impl->onChange(change); });
    m_impl->worker = std::thread([impl] { impl->run(); });
}

void Controllers::stop()
{
    if (!m_impl->running.exchange(false))
        return;
    m_impl->store.setPodTermination(false);
    m_impl->store.removeObserver(m_impl->observer);
    m_impl->queue.stop();
    if (m_impl->worker.joinable())
        m_impl->worker.join();
}

bool Controllers::isRunning() const
{
    return m_impl->running;
}

EventRecorder& Controllers::events()
{
    return m_impl->events;
}

std::size_t Controllers::pending() const
{
    return m_impl->queue.size();
}

} // namespace lcl::sim
