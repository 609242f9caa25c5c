#pragma once

#include <chrono>
#include <cstdint>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

namespace lcl::sim {

class ControllerContext;
class CronSchedule;

// cronjob-controller: runs spec.schedule (in spec.timeZone, else UTC) on the simulated clock (ControllerTiming::clockSpeed simulated
// seconds per real second, starting at the wall clock), creating `<cronjob>-<scheduled minutes since epoch>` jobs
// from spec.jobTemplate with suspend, concurrencyPolicy and startingDeadlineSeconds; and follows the jobs a CronJob
// owns (scheduled or made with `kubectl create job --from=cronjob/x`): status.active, lastScheduleTime,
// lastSuccessfulTime, SawCompletedJob events and the history limits. Only times after the controllers started
// fire, so a restarted simulator does not replay the schedules it missed.
class CronJobController final {
public:
    explicit CronJobController(ControllerContext& context);

    void reconcile(const std::string& ns, const std::string& name);
    // Queues every cron job for its next scheduled time (nothing is due at start).
    void armAll();

private:
    // The simulated clock, in seconds since the epoch.
    double now() const;
    // Queues the cron job `cj` for its next scheduled time after `now`.
    void arm(const nlohmann::json& cj, const CronSchedule& schedule, double now);
    // spec.schedule read in spec.timeZone; nullopt with `reason` and `why` (an event's) when either is bad.
    static std::optional<CronSchedule> scheduleOf(const nlohmann::json& cj, std::string* reason, std::string* why);
    // Runs the latest scheduled time that is due (once) and queues the next one.
    void schedule(const nlohmann::json& cj, nlohmann::json& status);
    // Creates the job scheduled at `scheduled` unless the concurrency policy forbids it; updates `status`.
    bool run(const nlohmann::json& cj, std::int64_t scheduled, nlohmann::json& status);

    ControllerContext& m_ctx;
    std::string m_startedAt;       // jobs finished before the controllers started were seen by an earlier run
    std::int64_t m_startedAtSeconds = 0;
    std::chrono::steady_clock::time_point m_startedSteady;
    std::set<std::string> m_seen;  // uids of finished jobs already reported
};

} // namespace lcl::sim
