#pragma once

#include <set>
#include <string>

namespace lcl::sim {

class ControllerContext;

// cronjob-controller for the jobs a CronJob owns (scheduled or made with `kubectl create job --from=cronjob/x`):
// status.active, lastSuccessfulTime, SawCompletedJob events and the successful/failed jobs history limits.
// Schedules are not run: the simulated lab's backups are daily.
class CronJobController final {
public:
    explicit CronJobController(ControllerContext& context);

    void reconcile(const std::string& ns, const std::string& name);

private:
    ControllerContext& m_ctx;
    std::string m_startedAt;       // jobs finished before the controllers started were seen by an earlier run
    std::set<std::string> m_seen;  // uids of finished jobs already reported
};

} // namespace lcl::sim
