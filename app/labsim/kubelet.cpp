#include "labsim/kubelet.h"

#include "labsim/backuplogs.h"
#include "labsim/controllercontext.h"
#include "labsim/controllerfaults.h"
#include "labsim/controllerutil.h"
#include "labsim/eventrecorder.h"
#include "labsim/kubeletmessages.h"
#include "labsim/kubeletstatus.h"
#include "labsim/objectstore.h"
#include "labsim/objectstoremetadata.h"
#include "labsim/seedlogs.h"

#include <algorithm>

namespace lcl::sim {

namespace {

using json = nlohmann::json;
using std::chrono::milliseconds;

bool hasCondition(const json& status, const char* type)
{
    if (!status.contains("conditions"))
        return false;
    for (const auto& c : status["conditions"])
        if (c.value("type", "") == type && c.value("status", "") == "True")
            return true;
    return false;
}

std::string containerNames(const json& pod)
{
    std::string names;
    for (const auto& c : pod["spec"]["containers"])
        names += (names.empty() ? "" : " ") + c.value("name", "");
    return names;
}

bool isJobPod(const json& pod)
{
    const auto* ref = ControllerUtil::controllerRef(pod);
    return ref && ref->value("kind", "") == "Job";
}

json containerStatusAt(const json& status, std::size_t i)
{
    if (status.contains("containerStatuses") && status["containerStatuses"].size() > i)
        return status["containerStatuses"][i];
    return json::object();
}

} // namespace

Kubelet::Kubelet(ControllerContext& context) : m_ctx(context) {}

milliseconds Kubelet::remaining(Track& track, const std::string& stage, milliseconds delay)
{
    const auto now = Clock::now();
    if (track.stage != stage) {
        track.stage = stage;
        track.since = now;
    }
    const auto left = std::chrono::duration_cast<milliseconds>(track.since + delay - now);
    return left.count() > 0 ? left : milliseconds(0);
}

milliseconds Kubelet::backoff(int restarts) const
{
    auto delay = m_ctx.timing.backoffBase;
    for (int i = 1; i < restarts && delay < m_ctx.timing.backoffMax; ++i)
        delay *= 2;
    return std::min(delay, m_ctx.timing.backoffMax);
}

void Kubelet::requeue(const json& pod, milliseconds delay)
{
    m_ctx.queue.addAfter({ControllerKey::Kind::Pod, ControllerUtil::nsOf(pod), ControllerUtil::nameOf(pod)}, delay);
}

void Kubelet::log(const json& pod, const std::string& container, const std::vector<std::string>& lines)
{
    for (const auto& line : lines)
        m_ctx.store.logs().append(ControllerUtil::nsOf(pod), ControllerUtil::nameOf(pod), container, line);
}

void Kubelet::reconcile(const std::string& ns, const std::string& name)
{
    const auto key = ns + "/" + name;
    const auto stored = m_ctx.get("pods", ns, name);
    if (!stored) {
        m_tracks.erase(key);
        return;
    }
    const auto& pod = stored->object;
    const auto phase = ControllerUtil::phase(pod);
    if (pod["metadata"].contains("deletionTimestamp")) {
        if (terminate(pod, m_tracks[key]))
            m_tracks.erase(key);
        return;
    }
    if (phase == "Succeeded" || phase == "Failed") {
        m_tracks.erase(key);
        return;
    }
    auto& track = m_tracks[key];
    const auto status = pod.value("status", json::object());
    if (!hasCondition(status, "PodScheduled")) {
        if (const auto left = remaining(track, "pending", m_ctx.timing.schedule); left.count() > 0)
            return requeue(pod, left);
        schedule(pod);
        return requeue(pod, m_ctx.timing.containerCreating);
    }
    const auto first = containerStatusAt(status, 0);
    const auto state = first.value("state", json::object());
    const int restarts = first.value("restartCount", 0);
    if (first.empty() || state.contains("waiting")) {
        const bool backingOff = state.contains("waiting") && state["waiting"].value("reason", "") == "CrashLoopBackOff";
        const auto stage = backingOff ? "backoff:" + std::to_string(restarts) : std::string("creating");
        const auto delay = backingOff ? backoff(restarts) : m_ctx.timing.containerCreating;
        if (const auto left = remaining(track, stage, delay); left.count() > 0)
            return requeue(pod, left);
        startContainers(pod, backingOff);
        return requeue(pod, std::min({m_ctx.timing.ready, m_ctx.timing.crashAfter, m_ctx.timing.jobRun}));
    }
    if (!state.contains("running"))
        return; // terminated: a finished job container
    const auto stage = "running:" + std::to_string(restarts);
    if (isJobPod(pod)) {
        if (const auto left = remaining(track, stage, m_ctx.timing.jobRun); left.count() > 0)
            return requeue(pod, left);
        return finishJob(pod);
    }
    const auto crashLoop = m_ctx.faults.podFault(FaultKind::CrashLoop, pod);
    const auto oom = m_ctx.faults.podFault(FaultKind::OomKilled, pod);
    if (crashLoop || oom) {
        if (const auto left = remaining(track, stage, m_ctx.timing.crashAfter); left.count() > 0)
            return requeue(pod, left);
        crash(pod, !crashLoop);
        return requeue(pod, backoff(restarts + 1));
    }
    probe(pod, track, stage);
}

bool Kubelet::terminate(const json& pod, Track& track)
{
    if (track.stage != "terminating") {
        const auto statuses = pod.value("status", json::object()).value("containerStatuses", json::array());
        for (const auto& c : statuses)
            if (c.value("state", json::object()).contains("running"))
                m_ctx.events.record(pod, "Normal", "Killing", "Stopping container " + c.value("name", ""), "kubelet");
    }
    const milliseconds grace(pod["metadata"].value("deletionGracePeriodSeconds", std::int64_t(0)) * 1000);
    if (const auto left = remaining(track, "terminating", std::min(grace, m_ctx.timing.terminating)); left.count() > 0) {
        requeue(pod, left);
        return false;
    }
    m_ctx.remove("pods", ControllerUtil::nsOf(pod), ControllerUtil::nameOf(pod), 0);
    return true;
}

void Kubelet::schedule(json pod)
{
    if (pod["spec"].value("nodeName", "").empty()) {
        pod["spec"]["nodeName"] = ObjectFactory::kNodeName;
        const auto bound = m_ctx.writeObject("pods", pod);
        if (!bound)
            return;
        pod = bound->object;
    }
    auto status = pod.value("status", json::object());
    status["phase"] = "Pending";
    status["hostIP"] = ObjectFactory::kNodeIp;
    status["hostIPs"] = {{{"ip", ObjectFactory::kNodeIp}}};
    status["startTime"] = ObjectStoreMetadata::timestamp();
    KubeletStatus::setCondition(status, "PodReadyToStartContainers", false);
    KubeletStatus::setCondition(status, "Initialized", true);
    KubeletStatus::setReady(status, false, containerNames(pod));
    KubeletStatus::setCondition(status, "PodScheduled", true);
    json statuses = json::array();
    for (const auto& c : pod["spec"]["containers"])
        statuses.push_back(KubeletStatus::waiting(c, "ContainerCreating", {}, 0, {}, m_ctx.factory.rng()));
    status["containerStatuses"] = statuses;
    if (!m_ctx.writeStatus("pods", pod, status))
        return;
    const auto ns = ControllerUtil::nsOf(pod);
    m_ctx.events.record(pod, "Normal", "Scheduled",
                        "Successfully assigned " + ns + "/" + ControllerUtil::nameOf(pod) + " to "
                            + ObjectFactory::kNodeName,
                        "default-scheduler");
    for (const auto& c : pod["spec"]["containers"])
        m_ctx.events.record(pod, "Normal", "Pulling", "Pulling image \"" + c.value("image", "") + "\"", "kubelet");
}

void Kubelet::startContainers(const json& pod, bool restart)
{
    auto status = pod.value("status", json::object());
    const auto now = ObjectStoreMetadata::timestamp();
    if (!status.contains("podIP")) {
        const int n = m_nextIp++;
        const auto ip = "10.42." + std::to_string(1 + (n / 250) % 250) + "." + std::to_string(n % 250 + 2);
        status["podIP"] = ip;
        status["podIPs"] = {{{"ip", ip}}};
    }
    json statuses = json::array();
    const auto& containers = pod["spec"]["containers"];
    for (std::size_t i = 0; i < containers.size(); ++i) {
        const auto previous = containerStatusAt(status, i);
        statuses.push_back(KubeletStatus::running(containers[i], now, false, previous.value("restartCount", 0),
                                                  previous.value("lastState", json::object()), m_ctx.factory.rng()));
    }
    status["containerStatuses"] = statuses;
    status["phase"] = "Running";
    KubeletStatus::setCondition(status, "PodReadyToStartContainers", true);
    KubeletStatus::setReady(status, false, containerNames(pod));
    if (!m_ctx.writeStatus("pods", pod, status))
        return;
    for (const auto& c : containers) {
        const auto image = c.value("image", "");
        const auto cname = c.value("name", "");
        if (restart) {
            m_ctx.events.record(pod, "Normal", "Pulled",
                                "Container image \"" + image + "\" already present on machine", "kubelet");
            m_ctx.store.logs().restart(ControllerUtil::nsOf(pod), ControllerUtil::nameOf(pod), cname);
        } else {
            const auto size = 40'000'000 + m_ctx.factory.rng()() % 200'000'000;
            m_ctx.events.record(pod, "Normal", "Pulled",
                                "Successfully pulled image \"" + image + "\" in 1.204s (1.204s including waiting). "
                                    "Image size: " + std::to_string(size) + " bytes.",
                                "kubelet");
        }
        m_ctx.events.record(pod, "Normal", "Created", "Created container " + cname, "kubelet");
        m_ctx.events.record(pod, "Normal", "Started", "Started container " + cname, "kubelet");
        if (isJobPod(pod))
            log(pod, cname, BackupLogs::started(BackupLogs::toolFor(c), ControllerUtil::nameOf(pod)));
        else
            log(pod, cname,
                SeedLogs::startup(SeedLogs::flavorFor(image, cname), ControllerUtil::nameOf(pod), m_ctx.factory.rng()));
    }
}

void Kubelet::crash(const json& pod, bool oom)
{
    auto status = pod.value("status", json::object());
    const auto now = ObjectStoreMetadata::timestamp();
    const auto podRef = ControllerUtil::nameOf(pod) + "_" + ControllerUtil::nsOf(pod) + "(" + ControllerUtil::uidOf(pod) + ")";
    json statuses = json::array();
    const auto& containers = pod["spec"]["containers"];
    for (std::size_t i = 0; i < containers.size(); ++i) {
        const auto previous = containerStatusAt(status, i);
        const auto cname = containers[i].value("name", "");
        const auto startedAt = previous.value("state", json::object()).value("running", json::object()).value("startedAt", now);
        const auto last = KubeletStatus::terminated(oom ? "OOMKilled" : "Error", oom ? 137 : 1, startedAt, now,
                                                    previous.value("containerID", ""));
        const int restarts = previous.value("restartCount", 0) + 1;
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(backoff(restarts)).count();
        statuses.push_back(KubeletStatus::waiting(containers[i], "CrashLoopBackOff",
                                                  "back-off " + std::to_string(std::max<long long>(seconds, 1))
                                                      + "s restarting failed container=" + cname + " pod=" + podRef,
                                                  restarts, last, m_ctx.factory.rng()));
        if (!oom)
            log(pod, cname, KubeletMessages::crashLines(pod, cname));
    }
    status["containerStatuses"] = statuses;
    KubeletStatus::setReady(status, false, containerNames(pod));
    if (!m_ctx.writeStatus("pods", pod, status))
        return;
    for (const auto& c : containers)
        m_ctx.events.record(pod, "Warning", "BackOff",
                            "Back-off restarting failed container " + c.value("name", "") + " in pod " + podRef,
                            "kubelet");
}

void Kubelet::finishJob(const json& pod)
{
    const auto* ref = ControllerUtil::controllerRef(pod);
    const auto job = m_ctx.get("jobs.batch", ControllerUtil::nsOf(pod), ref->value("name", ""));
    const bool fails = job && m_ctx.faults.backupFails(job->object);
    const bool onFailure = pod["spec"].value("restartPolicy", "Never") == "OnFailure";
    auto status = pod.value("status", json::object());
    const auto now = ObjectStoreMetadata::timestamp();
    json statuses = json::array();
    const auto& containers = pod["spec"]["containers"];
    const auto podRef = ControllerUtil::nameOf(pod) + "_" + ControllerUtil::nsOf(pod) + "(" + ControllerUtil::uidOf(pod) + ")";
    for (std::size_t i = 0; i < containers.size(); ++i) {
        const auto previous = containerStatusAt(status, i);
        const auto tool = BackupLogs::toolFor(containers[i]);
        log(pod, containers[i].value("name", ""), fails ? BackupLogs::failed(tool) : BackupLogs::succeeded(tool, m_ctx.factory.rng()));
        const auto startedAt = previous.value("state", json::object()).value("running", json::object()).value("startedAt", now);
        auto end = KubeletStatus::terminated(fails ? "Error" : "Completed", fails ? 1 : 0, startedAt, now,
                                             previous.value("containerID", ""));
        if (fails && onFailure) {
            statuses.push_back(KubeletStatus::waiting(containers[i], "CrashLoopBackOff",
                                                      "back-off restarting failed container=" + containers[i].value("name", "") + " pod=" + podRef,
                                                      previous.value("restartCount", 0) + 1, end, m_ctx.factory.rng()));
            continue;
        }
        auto done = previous;
        done["state"] = end;
        done["ready"] = false;
        done["started"] = false;
        statuses.push_back(done);
    }
    status["containerStatuses"] = statuses;
    if (fails && onFailure) {
        KubeletStatus::setReady(status, false, containerNames(pod));
    } else {
        status["phase"] = fails ? "Failed" : "Succeeded";
        KubeletStatus::setCondition(status, "PodReadyToStartContainers", false);
        KubeletStatus::setReady(status, false, {}, fails ? "PodFailed" : "PodCompleted");
    }
    if (!m_ctx.writeStatus("pods", pod, status))
        return;
    if (fails && onFailure) {
        for (const auto& c : containers)
            m_ctx.events.record(pod, "Warning", "BackOff",
                                "Back-off restarting failed container " + c.value("name", "") + " in pod " + podRef,
                                "kubelet");
        requeue(pod, backoff(containerStatusAt(status, 0).value("restartCount", 1)));
    }
}

void Kubelet::probe(const json& pod, Track& track, const std::string& stage)
{
    const auto down = m_ctx.faults.podFault(FaultKind::DependencyDown, pod);
    const auto slow = m_ctx.faults.podFault(FaultKind::LatencySpike, pod);
    const auto errors = m_ctx.faults.podFault(FaultKind::ErrorBurst, pod);
    const bool ready = ControllerUtil::podReady(pod);
    const auto now = Clock::now();
    const bool probeDue = now - track.lastProbe >= m_ctx.timing.probePeriod;
    if (down) {
        if (ready)
            setReady(pod, false);
        if (probeDue) {
            track.lastProbe = now;
            m_ctx.events.record(pod, "Warning", "Unhealthy",
                                KubeletMessages::readinessFailed(pod, KubeletMessages::Probe::Refused), "kubelet");
        }
        return requeue(pod, m_ctx.timing.probePeriod);
    }
    if (!ready) {
        if (const auto left = remaining(track, stage, m_ctx.timing.ready); left.count() > 0)
            return requeue(pod, left);
        setReady(pod, true);
    }
    if (slow || errors) {
        if (probeDue) {
            track.lastProbe = now;
            m_ctx.events.record(pod, "Warning", "Unhealthy",
                                KubeletMessages::readinessFailed(pod, slow ? KubeletMessages::Probe::Timeout
                                                                           : KubeletMessages::Probe::ServerError),
                                "kubelet");
        }
        requeue(pod, m_ctx.timing.probePeriod);
    }
}

void Kubelet::setReady(const json& pod, bool ready)
{
    auto status = pod.value("status", json::object());
    if (status.contains("containerStatuses"))
        for (auto& c : status["containerStatuses"])
            c["ready"] = ready;
    KubeletStatus::setReady(status, ready, containerNames(pod));
    m_ctx.writeStatus("pods", pod, status);
}

} // namespace lcl::sim
