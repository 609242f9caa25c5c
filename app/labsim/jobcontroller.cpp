#include "labsim/jobcontroller.h"

#include "labsim/controllercontext.h"
#include "labsim/controllerutil.h"
#include "labsim/eventrecorder.h"
#include "labsim/objectstoremetadata.h"

#include <algorithm>

namespace lcl::sim {

namespace {

using json = nlohmann::json;

bool finished(const json& job)
{
    for (const auto& c : job.value("status", json::object()).value("conditions", json::array()))
        if ((c.value("type", "") == "Complete" || c.value("type", "") == "Failed") && c.value("status", "") == "True")
            return true;
    return false;
}

json jobCondition(const std::string& type, const std::string& reason, const std::string& message, const std::string& now)
{
    return {{"type", type}, {"status", "True"}, {"lastProbeTime", now}, {"lastTransitionTime", now},
            {"reason", reason}, {"message", message}};
}

} // namespace

bool JobController::ensureSelector(json& job)
{
    const auto uid = ControllerUtil::uidOf(job);
    const auto name = ControllerUtil::nameOf(job);
    auto& tmplLabels = job["spec"]["template"]["metadata"]["labels"];
    if (job["spec"].contains("selector") && tmplLabels.is_object() && tmplLabels.contains("batch.kubernetes.io/job-name"))
        return true;
    for (json* labels : {&job["metadata"]["labels"], &tmplLabels}) {
        (*labels)["batch.kubernetes.io/controller-uid"] = uid;
        (*labels)["batch.kubernetes.io/job-name"] = name;
        (*labels)["controller-uid"] = uid;
        (*labels)["job-name"] = name;
    }
    if (!job["spec"].contains("selector"))
        job["spec"]["selector"] = {{"matchLabels", {{"batch.kubernetes.io/controller-uid", uid}}}};
    const auto written = m_ctx.writeObject("jobs.batch", job);
    if (!written)
        return false;
    job = written->object;
    return true;
}

void JobController::reconcile(const std::string& ns, const std::string& name)
{
    const auto stored = m_ctx.get("jobs.batch", ns, name);
    if (!stored || stored->object["metadata"].contains("deletionTimestamp") || finished(stored->object))
        return;
    json job = stored->object;
    if (job["spec"].value("suspend", false) || !ensureSelector(job))
        return;
    const auto& spec = job["spec"];
    const int completions = spec.value("completions", 1);
    const int parallelism = spec.value("parallelism", 1);
    const int backoffLimit = spec.value("backoffLimit", 6);
    const bool onFailure = spec["template"].value("spec", json::object()).value("restartPolicy", "Never") == "OnFailure";
    int succeeded = 0, failed = 0, ready = 0, restarts = 0;
    std::vector<std::string> active;
    for (const auto& p : m_ctx.ownedBy("pods", ns, ControllerUtil::uidOf(job))) {
        const auto phase = ControllerUtil::phase(p->object);
        if (phase == "Succeeded") {
            ++succeeded;
        } else if (phase == "Failed") {
            ++failed;
        } else if (!p->object["metadata"].contains("deletionTimestamp")) {
            active.push_back(p->name);
            ready += ControllerUtil::podReady(p->object) ? 1 : 0;
            for (const auto& c : p->object.value("status", json::object()).value("containerStatuses", json::array()))
                restarts += c.value("restartCount", 0);
        }
    }
    auto status = job.value("status", json::object());
    const auto now = ObjectStoreMetadata::timestamp();
    if (!status.contains("startTime"))
        status["startTime"] = now;
    const bool pastLimit = onFailure ? (backoffLimit == 0 ? restarts > 0 : restarts >= backoffLimit)
                                     : failed > backoffLimit;
    json conditions = status.value("conditions", json::array());
    if (pastLimit) {
        for (const auto& pod : active)
            if (m_ctx.remove("pods", ns, pod))
                ++failed;
        active.clear();
        ready = 0;
        const auto message = std::string("Job has reached the specified backoff limit");
        conditions.push_back(jobCondition("FailureTarget", "BackoffLimitExceeded", message, now));
        conditions.push_back(jobCondition("Failed", "BackoffLimitExceeded", message, now));
        m_ctx.events.record(job, "Warning", "BackoffLimitExceeded", message, "job-controller");
    } else if (succeeded >= completions) {
        const auto message = std::string("Reached expected number of succeeded pods");
        conditions.push_back(jobCondition("SuccessCriteriaMet", "CompletionsReached", message, now));
        conditions.push_back(jobCondition("Complete", "CompletionsReached", message, now));
        status["completionTime"] = now;
        m_ctx.events.record(job, "Normal", "Completed", "Job completed", "job-controller");
    } else {
        const int want = std::min(parallelism, completions - succeeded) - static_cast<int>(active.size());
        for (int i = 0; i < want; ++i) {
            const auto podName = name + "-" + m_ctx.factory.suffix(5);
            if (!m_ctx.create("pods", m_ctx.newPod(job, podName)))
                break;
            active.push_back(podName);
            m_ctx.events.record(job, "Normal", "SuccessfulCreate", "Created pod: " + podName, "job-controller");
        }
    }
    if (!conditions.empty())
        status["conditions"] = conditions;
    for (const auto& [field, value] : {std::pair{"active", static_cast<int>(active.size())}, std::pair{"succeeded", succeeded},
                                       std::pair{"failed", failed}}) {
        if (value > 0)
            status[field] = value;
        else
            status.erase(field);
    }
    status["ready"] = ready;
    status["terminating"] = 0;
    status["uncountedTerminatedPods"] = json::object();
    m_ctx.writeStatus("jobs.batch", job, status);
}

} // namespace lcl::sim
