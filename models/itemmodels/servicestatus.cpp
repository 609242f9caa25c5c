#include "itemmodels/servicestatus.h"

#include "itemmodels/serviceentry.h"
#include "kube/resourcestore.h"

#include <QMap>

namespace lcl::itemmodels {

QString ServiceStatus::stateName(State state)
{
    switch (state) {
    case State::Ok:
        return tr("Healthy");
    case State::Warning:
        return tr("Warning");
    case State::Critical:
        return tr("Critical");
    case State::Unknown:
        break;
    }
    return tr("Unknown");
}

const metrics::EntityMetrics* ServiceStatus::metricsOf(const ServiceEntry& entry,
                                                      const metrics::MetricsSnapshot& snapshot)
{
    for (const QString& key : entry.metricKeys) {
        auto it = snapshot.services.constFind(key);
        if (it != snapshot.services.cend())
            return &it.value();
    }
    return nullptr;
}

ServiceStatus ServiceStatus::evaluate(const ServiceEntry& entry, const kube::ResourceStore& store,
                                      const metrics::MetricsSnapshot* snapshot)
{
    ServiceStatus s;
    for (const ResourceKey& key : entry.workloads) {
        if (const auto* w = store.get<kube::WorkloadRecord>(key)) {
            s.deployed = true;
            s.desired += w->desired;
            s.ready += w->ready;
        }
    }
    QMap<QString, int> problems; // reason → pods
    for (const ResourceKey& key : entry.pods(store)) {
        if (const auto* pod = store.get<kube::PodRecord>(key)) {
            const QString problem = pod->problem();
            if (!problem.isEmpty()) {
                ++problems[problem];
                ++s.problemPods;
            }
        }
    }
    if (snapshot) {
        if (const metrics::EntityMetrics* m = metricsOf(entry, *snapshot)) {
            s.requestRate = m->value(metrics::SignalNames::requestRate);
            s.errorRatio = m->value(metrics::SignalNames::errorRatio);
            s.latencyP95 = m->value(metrics::SignalNames::latencyP95);
        }
    }

    QStringList reasons;
    State state = State::Ok;
    auto worse = [&state](State candidate) {
        if (int(candidate) > int(state))
            state = candidate;
    };
    if (!s.deployed) {
        s.state = State::Unknown;
        s.reason = tr("not found in the cluster");
        return s;
    }
    if (s.desired == 0) {
        reasons << tr("scaled to zero");
    } else if (s.ready == 0) {
        worse(State::Critical);
        reasons << tr("no replica ready");
    } else if (s.ready < s.desired) {
        worse(State::Warning);
        reasons << tr("%1 of %2 replicas ready").arg(s.ready).arg(s.desired);
    }
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        worse(it.key() == QLatin1String("CrashLoopBackOff") || it.key() == QLatin1String("OOMKilled")
                  ? State::Critical
                  : State::Warning);
        reasons << tr("%n pod(s) in %1", nullptr, it.value()).arg(it.key());
    }
    if (s.errorRatio.hasValue() && entry.errorRatioThreshold && s.errorRatio.value > *entry.errorRatioThreshold) {
        worse(s.errorRatio.value > 2 * *entry.errorRatioThreshold ? State::Critical : State::Warning);
        reasons << tr("%1 % errors (limit %2 %)")
                       .arg(s.errorRatio.value * 100, 0, 'f', 1)
                       .arg(*entry.errorRatioThreshold * 100, 0, 'f', 1);
    }
    if (s.latencyP95.hasValue() && entry.latencyP95Threshold
        && s.latencyP95.value * 1000 > *entry.latencyP95Threshold) {
        worse(State::Warning);
        reasons << tr("p95 %1 ms (limit %2 ms)").arg(qRound(s.latencyP95.value * 1000)).arg(*entry.latencyP95Threshold);
    }
    s.state = state;
    s.reason = reasons.isEmpty() ? tr("healthy") : reasons.join(QStringLiteral(", "));
    return s;
}

} // namespace lcl::itemmodels
