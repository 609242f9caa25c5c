#include "labsim/controllertiming.h"

namespace lcl::sim {

ControllerTiming ControllerTiming::scaled(double factor) const
{
    const auto scale = [factor](std::chrono::milliseconds d) {
        return std::chrono::milliseconds(static_cast<long long>(static_cast<double>(d.count()) * factor));
    };
    ControllerTiming t;
    t.schedule = scale(schedule);
    t.containerCreating = scale(containerCreating);
    t.ready = scale(ready);
    t.crashAfter = scale(crashAfter);
    t.backoffBase = scale(backoffBase);
    t.backoffMax = scale(backoffMax);
    t.jobRun = scale(jobRun);
    t.probePeriod = scale(probePeriod);
    t.terminating = scale(terminating);
    t.clockSpeed = clockSpeed;
    return t;
}

} // namespace lcl::sim
