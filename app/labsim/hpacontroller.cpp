#include "labsim/hpacontroller.h"

#include "core/logging.h"
#include "labsim/objectstore.h"
#include "labsim/podusage.h"

#include <QDateTime>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace lcl::sim {
namespace {

using nlohmann::json;

std::string nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

json condition(const json& previous, const char* type, bool ok, const char* reason, const std::string& message)
{
    std::string since = nowStamp();
    for (const json& c : previous)
        if (c.value("type", std::string()) == type && c.value("status", std::string()) == (ok ? "True" : "False"))
            since = c.value("lastTransitionTime", since);
    return {{"type", type}, {"status", ok ? "True" : "False"}, {"lastTransitionTime", since}, {"reason", reason}, {"message", message}};
}

bool selects(const json& matchLabels, const json& labels)
{
    for (const auto& [key, value] : matchLabels.items())
        if (!labels.contains(key) || labels[key] != value)
            return false;
    return true;
}

} // namespace

HpaController::HpaController(ObjectStore& store, const PodUsage& usage, Config config)
    : m_store(store), m_usage(usage), m_config(config)
{
}

HpaController::Utilization HpaController::utilization(const std::string& ns, const json& matchLabels) const
{
    Utilization result;
    double cores = 0, requests = 0;
    for (const ObjectPtr& pod : m_store.snapshot(m_store.resource("pods"), ns)) {
        const json& meta = pod->object["metadata"];
        if (!selects(matchLabels, meta.value("labels", json::object())))
            continue;
        bool counted = false;
        for (const json& c : pod->object["spec"].value("containers", json::array())) {
            const auto usage = m_usage.find(ns, pod->name, c.value("name", std::string()));
            if (!usage)
                continue;
            cores += usage->cpuCores;
            requests += usage->cpuRequestCores;
            counted = true;
        }
        result.readyPods += counted ? 1 : 0;
    }
    if (requests > 0)
        result.percent = 100.0 * cores / requests;
    if (result.readyPods > 0)
        result.averageCores = cores / result.readyPods;
    return result;
}

void HpaController::reconcile(double now)
{
    for (const ObjectPtr& hpa : m_store.snapshot(m_store.resource("horizontalpodautoscalers.autoscaling")))
        reconcileOne(hpa->object, now);
}

void HpaController::reconcileOne(const json& hpa, double now)
{
    const std::string ns = hpa["metadata"].value("namespace", std::string());
    const std::string name = hpa["metadata"].value("name", std::string());
    const json& spec = hpa.value("spec", json::object());
    const json& ref = spec.value("scaleTargetRef", json::object());
    const std::string kind = ref.value("kind", std::string());
    const char* resourceName = kind == "Deployment" ? "deployments.apps" : kind == "StatefulSet" ? "statefulsets.apps" : nullptr;
    double targetPercent = 0;
    for (const json& m : spec.value("metrics", json::array()))
        if (m.value("type", std::string()) == "Resource" && m.value("resource", json::object()).value("name", std::string()) == "cpu")
            targetPercent = m["resource"].value("target", json::object()).value("averageUtilization", 0.0);
    if (!resourceName || targetPercent <= 0)
        return;
    const ResourceInfo& resource = m_store.resource(resourceName);
    const StoreResult<ObjectPtr> target = m_store.get(resource, ns, ref.value("name", std::string()));
    if (!target)
        return;
    const json& workload = target.value()->object;
    const int current = workload["spec"].value("replicas", 1);
    const int minReplicas = spec.value("minReplicas", 1);
    const int maxReplicas = spec.value("maxReplicas", std::max(1, minReplicas));
    const Utilization use = utilization(ns, workload["spec"].value("selector", json::object()).value("matchLabels", json::object()));
    if (current == 0)
        return; // scaled to zero by hand: autoscaling is off

    int recommended = current;
    const double ratio = use.percent / targetPercent;
    if (use.readyPods > 0 && std::abs(ratio - 1.0) > 0.1)
        recommended = int(std::ceil(use.readyPods * ratio));
    recommended = std::clamp(recommended, minReplicas, maxReplicas);
    const bool limited = recommended != int(std::ceil(use.readyPods * ratio)) && use.readyPods > 0 && std::abs(ratio - 1.0) > 0.1;

    const std::string key = ns + '/' + name;
    auto& history = m_recommendations[key];
    history.emplace_back(now, recommended);
    std::erase_if(history, [&](const auto& r) { return r.first < now - m_config.scaleDownStabilizationSeconds; });
    int desired = recommended;
    if (recommended < current)
        for (const auto& [when, replicas] : history)
            desired = std::max(desired, std::min(replicas, current));

    json status = hpa.value("status", json::object());
    const json previousConditions = status.value("conditions", json::array());
    if (desired != current) {
        WriteOptions options;
        options.fieldManager = "horizontal-pod-autoscaler";
        if (m_store.setScale(resource, ns, workload["metadata"].value("name", std::string()), desired, options)) {
            status["lastScaleTime"] = nowStamp();
            lcl::logging::logger("sim")->info("hpa {}: {} → {} replicas (cpu {:.0f}% of request, target {:.0f}%)", key,
                                              current, desired, use.percent, targetPercent);
        }
    }
    status["observedGeneration"] = hpa["metadata"].value("generation", 1);
    status["currentReplicas"] = workload.value("status", json::object()).value("replicas", current);
    status["desiredReplicas"] = desired;
    status["currentMetrics"] = json::array({{{"type", "Resource"},
                                             {"resource",
                                              {{"name", "cpu"},
                                               {"current",
                                                {{"averageUtilization", int(std::lround(use.percent))},
                                                 {"averageValue", std::to_string(std::lround(use.averageCores * 1000)) + "m"}}}}}}});
    const bool stabilizing = desired > recommended;
    status["conditions"] = json::array(
        {condition(previousConditions, "AbleToScale", true, stabilizing ? "ScaleDownStabilized" : "ReadyForNewScale",
                   stabilizing ? "recent recommendations were higher than current one, applying the highest recent recommendation"
                               : "recommended size matches current size"),
         condition(previousConditions, "ScalingActive", use.readyPods > 0, use.readyPods > 0 ? "ValidMetricFound" : "FailedGetResourceMetric",
                   use.readyPods > 0 ? "the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)"
                                     : "the HPA was unable to compute the replica count: no pods with metrics"),
         condition(previousConditions, "ScalingLimited", limited, limited ? "TooManyReplicas" : "DesiredWithinRange",
                   limited ? "the desired replica count is more than the maximum replica count"
                           : "the desired count is within the acceptable range")});
    if (limited && recommended == minReplicas) {
        status["conditions"][2]["reason"] = "TooFewReplicas";
        status["conditions"][2]["message"] = "the desired replica count is less than the minimum replica count";
    }
    if (status == hpa.value("status", json::object()))
        return;
    json updated = hpa;
    updated["status"] = status;
    WriteOptions options;
    options.fieldManager = "horizontal-pod-autoscaler";
    if (auto written = m_store.update(m_store.resource("horizontalpodautoscalers.autoscaling"), ns, name, updated, options, true); !written)
        lcl::logging::logger("sim")->debug("hpa {}: status not written: {}", key, written.error().message);
}

} // namespace lcl::sim
