#include "labsim/cronjobcontroller.h"

#include "labsim/controllercontext.h"
#include "labsim/controllerutil.h"
#include "labsim/cronschedule.h"
#include "labsim/eventrecorder.h"
#include "labsim/objectfactory.h"
#include "labsim/objectstore.h"
#include "labsim/objectstoremetadata.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

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

std::string format(std::int64_t seconds)
{
    const auto t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

// RFC3339 (UTC, as the store writes it) to seconds; 0 when empty or unreadable.
std::int64_t parseTime(const std::string& text)
{
    std::tm tm{};
    if (std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min,
                    &tm.tm_sec)
        != 6)
        return 0;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return static_cast<std::int64_t>(timegm(&tm));
}

json jobReference(const json& job)
{
    return {{"apiVersion", "batch/v1"}, {"kind", "Job"}, {"name", ControllerUtil::nameOf(job)},
            {"namespace", ControllerUtil::nsOf(job)}, {"resourceVersion", job["metadata"].value("resourceVersion", "")},
            {"uid", ControllerUtil::uidOf(job)}};
}

constexpr int kMaxMissed = 100; // the real controller's limit before it warns and takes only the latest

} // namespace

CronJobController::CronJobController(ControllerContext& context)
    : m_ctx(context),
      m_startedAt(ObjectStoreMetadata::timestamp()),
      m_startedAtSeconds(parseTime(m_startedAt)),
      m_startedSteady(std::chrono::steady_clock::now())
{
}

double CronJobController::now() const
{
    const std::chrono::duration<double> real = std::chrono::steady_clock::now() - m_startedSteady;
    return static_cast<double>(m_startedAtSeconds) + real.count() * m_ctx.timing.clockSpeed;
}

void CronJobController::armAll()
{
    const double t = now();
    for (const auto& cj : m_ctx.store.snapshot(m_ctx.resource("cronjobs.batch")))
        if (!cj->object["spec"].value("suspend", false))
            if (const auto schedule = scheduleOf(cj->object, nullptr, nullptr))
                arm(cj->object, *schedule, t);
}

void CronJobController::arm(const json& cj, const CronSchedule& schedule, double now)
{
    const auto next = schedule.next(static_cast<std::int64_t>(std::floor(now)));
    if (!next)
        return;
    const double speed = m_ctx.timing.clockSpeed > 0 ? m_ctx.timing.clockSpeed : 1.0;
    const auto wait = std::chrono::milliseconds(static_cast<long long>((static_cast<double>(*next) - now) / speed * 1000)
                                                + 5);
    m_ctx.queue.addAfter({ControllerKey::Kind::CronJob, ControllerUtil::nsOf(cj), ControllerUtil::nameOf(cj)}, wait);
}

bool CronJobController::run(const json& cj, std::int64_t scheduled, json& status)
{
    const auto ns = ControllerUtil::nsOf(cj);
    const auto jobName = ControllerUtil::nameOf(cj) + "-" + std::to_string(scheduled / 60);
    const auto policy = cj["spec"].value("concurrencyPolicy", "Allow");
    auto active = status.value("active", json::array());
    if (m_ctx.get("jobs.batch", ns, jobName)) {
        status["lastScheduleTime"] = format(scheduled); // made already (a write of this status was lost)
        return false;
    }
    if (policy == "Forbid" && !active.empty()) {
        m_ctx.events.record(cj, "Normal", "JobAlreadyActive",
                            "Not starting job because prior execution is running and concurrency policy is Forbid",
                            "cronjob-controller");
        return false;
    }
    if (policy == "Replace") {
        for (const auto& ref : active)
            if (m_ctx.remove("jobs.batch", ns, ref.value("name", "")))
                m_ctx.events.record(cj, "Normal", "SuccessfulDelete", "Deleted job " + ref.value("name", ""),
                                    "cronjob-controller");
        active = json::array();
    }
    const auto& tmpl = cj["spec"].value("jobTemplate", json::object());
    const auto tmplMeta = tmpl.value("metadata", json::object());
    json annotations = tmplMeta.value("annotations", json::object());
    annotations["batch.kubernetes.io/cronjob-scheduled-timestamp"] = format(scheduled);
    json job = {{"apiVersion", "batch/v1"},
                {"kind", "Job"},
                {"metadata",
                 {{"name", jobName},
                  {"namespace", ns},
                  {"annotations", annotations},
                  {"ownerReferences", {ObjectFactory::ownerReference(cj)}}}},
                {"spec", tmpl.value("spec", json::object())}};
    if (tmplMeta.contains("labels") && tmplMeta["labels"].is_object())
        job["metadata"]["labels"] = tmplMeta["labels"];
    const auto made = m_ctx.create("jobs.batch", job);
    if (!made) {
        m_ctx.events.record(cj, "Warning", "FailedCreate", "Error creating job: " + jobName, "cronjob-controller");
        return false;
    }
    m_ctx.events.record(cj, "Normal", "SuccessfulCreate", "Created job " + jobName, "cronjob-controller");
    active.push_back(jobReference(made->object));
    status["active"] = active;
    status["lastScheduleTime"] = format(scheduled);
    return true;
}

std::optional<CronSchedule> CronJobController::scheduleOf(const json& cj, std::string* reason, std::string* why)
{
    std::string error;
    const auto expression = cj["spec"].value("schedule", "");
    auto schedule = CronSchedule::parse(expression, &error);
    if (!schedule) {
        if (reason && why) {
            *reason = "UnparseableSchedule";
            *why = "unparseable schedule: \"" + expression + "\" : " + error;
        }
        return std::nullopt;
    }
    const auto zone = cj["spec"].find("timeZone");
    if (zone != cj["spec"].end() && zone->is_string() && !schedule->setTimeZone(zone->get<std::string>(), &error)) {
        if (reason && why) {
            *reason = "UnknownTimeZone";
            *why = "invalid timeZone: \"" + zone->get<std::string>() + "\": " + error;
        }
        return std::nullopt;
    }
    return schedule;
}

void CronJobController::schedule(const json& cj, json& status)
{
    std::string reason;
    std::string why;
    const auto schedule = scheduleOf(cj, &reason, &why);
    if (!schedule) {
        m_ctx.events.record(cj, "Warning", reason, why, "cronjob-controller");
        return;
    }
    const double clock = now();
    const auto t = static_cast<std::int64_t>(std::floor(clock));
    const auto last = status.value("lastScheduleTime", "");
    std::int64_t earliest = std::max(parseTime(last.empty() ? created(cj) : last), m_startedAtSeconds);
    if (cj["spec"].contains("startingDeadlineSeconds") && cj["spec"]["startingDeadlineSeconds"].is_number_integer())
        earliest = std::max(earliest, t - cj["spec"]["startingDeadlineSeconds"].get<std::int64_t>());
    if (const auto due = schedule->previous(t); due && *due > earliest) {
        int missed = 0;
        for (auto at = schedule->next(earliest); at && *at <= t && missed <= kMaxMissed; at = schedule->next(*at))
            ++missed;
        if (missed > kMaxMissed)
            m_ctx.events.record(cj, "Warning", "TooManyMissedTimes",
                                "too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check "
                                "clock skew",
                                "cronjob-controller");
        run(cj, *due, status);
    }
    arm(cj, *schedule, clock);
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
            active.push_back(jobReference(job));
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
    if (!cj["spec"].value("suspend", false))
        schedule(cj, status);
    m_ctx.writeStatus("cronjobs.batch", cj, status);
}

} // namespace lcl::sim
