#pragma once

#include "metrics/metricssnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace lcl::kube {
class ResourceStore;
}

namespace lcl::itemmodels {

struct ServiceEntry;

// The state of one service at one moment, in a colour and in words: replicas from the store, problems of its
// pods, and its request rate, error ratio and p95 from the latest metrics snapshot held against the profile's
// thresholds. Metrics that did not come back stay Missing; they never count as zero.
struct ServiceStatus {
    Q_DECLARE_TR_FUNCTIONS(lcl::itemmodels::ServiceStatus)

public:
    enum class State { Unknown, Ok, Warning, Critical };

    State state = State::Unknown;
    QString reason; // translated: "healthy", "1 of 3 replicas ready", "2 pods in CrashLoopBackOff"
    int ready = 0;
    int desired = 0;
    bool deployed = false; // at least one of its workloads is in the store
    int problemPods = 0;
    metrics::MetricValue requestRate;
    metrics::MetricValue errorRatio;
    metrics::MetricValue latencyP95; // seconds

    static ServiceStatus evaluate(const ServiceEntry& entry, const kube::ResourceStore& store,
                                  const metrics::MetricsSnapshot* snapshot);
    // The entity the snapshot holds for the entry, null when none of its keys is there.
    static const metrics::EntityMetrics* metricsOf(const ServiceEntry& entry, const metrics::MetricsSnapshot& snapshot);
    static QString stateName(State state); // translated
};

} // namespace lcl::itemmodels
