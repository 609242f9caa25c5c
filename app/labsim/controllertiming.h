#pragma once

#include <chrono>

namespace lcl::sim {

// How fast the simulated kubelet and controllers move. The defaults take a pod from Pending to Ready in about a
// second, so tests stay quick; the demo may slow everything down with `scaled`.
struct ControllerTiming {
    std::chrono::milliseconds schedule{100};          // created -> PodScheduled
    std::chrono::milliseconds containerCreating{300}; // scheduled -> containers running
    std::chrono::milliseconds ready{500};             // running -> readiness probe passes
    std::chrono::milliseconds crashAfter{700};        // a crash-looping container runs this long
    std::chrono::milliseconds backoffBase{800};       // CrashLoopBackOff doubles from here ...
    std::chrono::milliseconds backoffMax{4000};       // ... up to here (kubelet: 10 s .. 5 min)
    std::chrono::milliseconds jobRun{800};            // a job's container runs this long
    std::chrono::milliseconds probePeriod{2000};      // failing readiness probes repeat (Unhealthy events)
    // A deleted pod's containers stop and it goes after its grace period, but at most this long: the simulated
    // containers exit on SIGTERM, as well-behaved ones do (the default 30 s would only make everything wait).
    std::chrono::milliseconds terminating{1500};
    double clockSpeed = 1.0; // simulated seconds per real second for cron schedules (lclab-sim --speed); not scaled

    ControllerTiming scaled(double factor) const;
};

} // namespace lcl::sim
