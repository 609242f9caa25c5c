#include "labsim/cronjobcontroller.h"

#include "labsim/controllercontext.h"
#include "labsim/controllerutil.h"
#include "labsim/eventrecorder.h"
#include "labsim/objectstoremetadata.h"

#include <algorithm>

namespace lcl::sim {

namespace {

using json = nlohmann::json;

// "Complete", "Failed" or "" (still running).
std::string outcome(const json& job)
{
    for (const auto& c : job.value("status", json::object()).value("conditions", json::array()))
        if ((c.value("type", "") == "Complete" || c.value("type", "") == "Failed") && c.value("status", "") == "True")
            return c.value("type", "");
    return {};
}

std::string created(const json& o)
{
    return o["metadata"].value("creationTimestamp", "");
}

} // namespace

CronJobController::CronJobController(ControllerContext& context)
    : m_ctx(context), m_startedAt(ObjectStoreMetadata::timestamp())
{
}

void CronJobController::reconcile(const std::string& ns, const std::string& name)
{
    const auto stored = m_ctx.get("cronjobs.batch", ns, name);
    if (!stored || stored->object["metadata"].contains("deletionTimestamp"))
        return;
    const auto& cj = stored->object;
    std::vector<json> jobs;
    for (const auto& j : m_ctx.ownedBy("jobs.batch", ns, ControllerUtil::uidOf(cj)))
        jobs.push_back(j->object);
    std::sort(jobs.begin(), jobs.end(), [](const json& a, const json& b) { return created(a) < created(b); });
    auto status = cj.value("status", json::object());
    json active = json::array();
    std::vector<const json*> succeeded, failed;
    for (const auto& job : jobs) {
        const auto result = outcome(job);
        if (result.empty()) {
            active.push_back({{"apiVersion", "batch/v1"}, {"kind", "Job"}, {"name", ControllerUtil::nameOf(job)},
                              {"namespace", ns}, {"resourceVersion", job["metadata"].value("resourceVersion", "")},
                              {"uid", ControllerUtil::uidOf(job)}});
            continue;
        }
        (result == "Complete" ? succeeded : failed).push_back(&job);
        const auto done = job["status"].value("completionTime", "");
        if (result == "Complete" && done > status.value("lastSuccessfulTime", ""))
            status["lastSuccessfulTime"] = done;
        if (created(job) >= m_startedAt && m_seen.insert(ControllerUtil::uidOf(job)).second)
            m_ctx.events.record(cj, "Normal", "SawCompletedJob",
                                "Saw completed job: " + ControllerUtil::nameOf(job) + ", condition: " + result,
                                "cronjob-controller");
    }
    const auto prune = [&](std::vector<const json*>& list, int keep) {
        for (std::size_t i = 0; static_cast<int>(list.size() - i) > keep; ++i)
            if (m_ctx.remove("jobs.batch", ns, ControllerUtil::nameOf(*list[i])))
                m_ctx.events.record(cj, "Normal", "SuccessfulDelete", "Deleted job " + ControllerUtil::nameOf(*list[i]),
                                    "cronjob-controller");
    };
    prune(succeeded, cj["spec"].value("successfulJobsHistoryLimit", 3));
    prune(failed, cj["spec"].value("failedJobsHistoryLimit", 1));
    if (active.empty())
        status.erase("active");
    else
        status["active"] = active;
    m_ctx.writeStatus("cronjobs.batch", cj, status);
}

} // namespace lcl::sim
