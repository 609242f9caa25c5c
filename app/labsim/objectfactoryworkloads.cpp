#include "labsim/objectfactory.h"

#include "labsim/objectfactorydefaults.h"

namespace lcl::sim {

nlohmann::json ObjectFactory::podTemplate(const Workload& w) const
{
    nlohmann::json container = {{"name", w.container.empty() ? w.name : w.container}, {"image", w.image}};
    nlohmann::json ports = nlohmann::json::array();
    for (const auto& p : w.ports) {
        nlohmann::json port = {{"containerPort", p.port}, {"protocol", p.protocol}};
        if (!p.name.empty())
            port["name"] = p.name;
        ports.push_back(port);
    }
    if (!ports.empty())
        container["ports"] = ports;
    nlohmann::json resources = nlohmann::json::object();
    if (!w.cpuRequest.empty())
        resources["requests"]["cpu"] = w.cpuRequest;
    if (!w.memoryRequest.empty())
        resources["requests"]["memory"] = w.memoryRequest;
    if (!w.cpuLimit.empty())
        resources["limits"]["cpu"] = w.cpuLimit;
    if (!w.memoryLimit.empty())
        resources["limits"]["memory"] = w.memoryLimit;
    container["resources"] = resources;
    if (!w.env.empty()) {
        nlohmann::json env = nlohmann::json::array();
        for (const auto& [k, v] : w.env)
            env.push_back({{"name", k}, {"value", v}});
        container["env"] = env;
    }
    if (!w.command.empty())
        container["command"] = w.command;
    if (!w.storageSize.empty())
        container["volumeMounts"] = {{{"name", "data"}, {"mountPath", "/data"}}};
    if (!ports.empty() && w.storageSize.empty() && !w.ports.front().name.empty()) {
        // HTTP services get probes like the LocalCloudLab charts define (chapter 17).
        container["readinessProbe"] = {{"httpGet", {{"path", "/health/ready"}, {"port", w.ports.front().port}, {"scheme", "HTTP"}}},
                                       {"periodSeconds", 10}, {"timeoutSeconds", 1}, {"successThreshold", 1},
                                       {"failureThreshold", 3}};
    }
    nlohmann::json spec = {{"containers", {container}}};
    ObjectFactoryDefaults::applyPodSpec(spec);
    return {{"metadata", {{"creationTimestamp", nullptr}, {"labels", w.labels}}}, {"spec", spec}};
}

nlohmann::json ObjectFactory::deployment(const Workload& w)
{
    const std::int64_t age = 86'400 * 6;
    const auto created = ago(age);
    const auto progressed = ago(age - 20);
    nlohmann::json m = meta(w.ns, w.name, age, w.labels);
    m["generation"] = 1;
    m["annotations"] = {{"deployment.kubernetes.io/revision", "1"}};
    const auto rsName = w.name + "-" + suffix(10);
    nlohmann::json o = {
        {"apiVersion", "apps/v1"},
        {"kind", "Deployment"},
        {"metadata", m},
        {"spec",
         {{"replicas", w.replicas},
          {"selector", {{"matchLabels", w.labels}}},
          {"template", podTemplate(w)},
          {"strategy", {{"type", "RollingUpdate"}, {"rollingUpdate", {{"maxUnavailable", "25%"}, {"maxSurge", "25%"}}}}},
          {"revisionHistoryLimit", 10},
          {"progressDeadlineSeconds", 600}}},
        {"status",
         {{"observedGeneration", 1},
          {"replicas", w.replicas},
          {"updatedReplicas", w.replicas},
          {"readyReplicas", w.replicas},
          {"availableReplicas", w.replicas},
          {"conditions",
           {{{"type", "Available"}, {"status", "True"}, {"lastUpdateTime", progressed}, {"lastTransitionTime", progressed},
             {"reason", "MinimumReplicasAvailable"}, {"message", "Deployment has minimum availability."}},
            {{"type", "Progressing"}, {"status", "True"}, {"lastUpdateTime", progressed}, {"lastTransitionTime", created},
             {"reason", "NewReplicaSetAvailable"},
             {"message", "ReplicaSet \"" + rsName + "\" has successfully progressed."}}}}}}};
    if (w.replicas == 0) {
        for (const char* k : {"replicas", "updatedReplicas", "readyReplicas", "availableReplicas"})
            o["status"].erase(k);
    }
    stampManager(o, "kubectl-client-side-apply", "Update", created);
    stampManager(o, "k3s", "Update", progressed, "status");
    return o;
}

nlohmann::json ObjectFactory::replicaSet(const nlohmann::json& deployment, const std::string& hash)
{
    const auto& dm = deployment["metadata"];
    const auto name = dm.value("name", "") + "-" + hash;
    const std::int64_t age = 86'400 * 6;
    auto labels = deployment["spec"]["selector"]["matchLabels"];
    labels["pod-template-hash"] = hash;
    nlohmann::json m = meta(dm.value("namespace", ""), name, age);
    m["labels"] = labels;
    m["generation"] = 1;
    m["annotations"] = {{"deployment.kubernetes.io/desired-replicas", std::to_string(deployment["spec"].value("replicas", 1))},
                        {"deployment.kubernetes.io/max-replicas",
                         std::to_string(deployment["spec"].value("replicas", 1) + 1)},
                        {"deployment.kubernetes.io/revision", "1"}};
    m["ownerReferences"] = {ownerReference(deployment)};
    auto tmpl = deployment["spec"]["template"];
    tmpl["metadata"]["labels"]["pod-template-hash"] = hash;
    const int replicas = deployment["spec"].value("replicas", 1);
    nlohmann::json status = {{"observedGeneration", 1}, {"replicas", replicas}, {"fullyLabeledReplicas", replicas},
                             {"readyReplicas", replicas}, {"availableReplicas", replicas}};
    if (replicas == 0)
        status = {{"observedGeneration", 1}, {"replicas", 0}};
    nlohmann::json o = {{"apiVersion", "apps/v1"},
                        {"kind", "ReplicaSet"},
                        {"metadata", m},
                        {"spec", {{"replicas", replicas}, {"selector", {{"matchLabels", labels}}}, {"template", tmpl}}},
                        {"status", status}};
    stampManager(o, "k3s", "Update", ago(age));
    stampManager(o, "k3s", "Update", ago(age - 20), "status");
    return o;
}

nlohmann::json ObjectFactory::statefulSet(const Workload& w)
{
    const std::int64_t age = 86'400 * 10;
    nlohmann::json m = meta(w.ns, w.name, age, w.labels);
    m["generation"] = 1;
    const auto revision = w.name + "-" + suffix(10);
    nlohmann::json spec = {{"replicas", w.replicas},
                           {"selector", {{"matchLabels", w.labels}}},
                           {"serviceName", w.serviceName.empty() ? w.name + "-headless" : w.serviceName},
                           {"template", podTemplate(w)},
                           {"podManagementPolicy", "OrderedReady"},
                           {"updateStrategy", {{"type", "RollingUpdate"}, {"rollingUpdate", {{"partition", 0}}}}},
                           {"revisionHistoryLimit", 10},
                           {"persistentVolumeClaimRetentionPolicy", {{"whenDeleted", "Retain"}, {"whenScaled", "Retain"}}}};
    if (!w.storageSize.empty())
        spec["volumeClaimTemplates"] = {
            {{"apiVersion", "v1"},
             {"kind", "PersistentVolumeClaim"},
             {"metadata", {{"name", "data"}, {"creationTimestamp", nullptr}, {"labels", w.labels}}},
             {"spec", {{"accessModes", {"ReadWriteOnce"}}, {"resources", {{"requests", {{"storage", w.storageSize}}}}},
                       {"storageClassName", w.storageClass}, {"volumeMode", "Filesystem"}}},
             {"status", {{"phase", "Pending"}}}}};
    nlohmann::json o = {{"apiVersion", "apps/v1"},
                        {"kind", "StatefulSet"},
                        {"metadata", m},
                        {"spec", spec},
                        {"status",
                         {{"observedGeneration", 1},
                          {"replicas", w.replicas},
                          {"readyReplicas", w.replicas},
                          {"currentReplicas", w.replicas},
                          {"updatedReplicas", w.replicas},
                          {"availableReplicas", w.replicas},
                          {"currentRevision", revision},
                          {"updateRevision", revision},
                          {"collisionCount", 0}}}};
    stampManager(o, "helm", "Update", ago(age));
    stampManager(o, "k3s", "Update", ago(age - 30), "status");
    return o;
}

nlohmann::json ObjectFactory::daemonSet(const Workload& w)
{
    const std::int64_t age = 86'400 * 9;
    nlohmann::json m = meta(w.ns, w.name, age, w.labels);
    m["generation"] = 1;
    m["annotations"] = {{"deprecated.daemonset.template.generation", "1"}};
    nlohmann::json o = {{"apiVersion", "apps/v1"},
                        {"kind", "DaemonSet"},
                        {"metadata", m},
                        {"spec",
                         {{"selector", {{"matchLabels", w.labels}}},
                          {"template", podTemplate(w)},
                          {"updateStrategy", {{"type", "RollingUpdate"},
                                              {"rollingUpdate", {{"maxUnavailable", 1}, {"maxSurge", 0}}}}},
                          {"revisionHistoryLimit", 10}}},
                        {"status",
                         {{"currentNumberScheduled", 1},
                          {"desiredNumberScheduled", 1},
                          {"numberAvailable", 1},
                          {"numberMisscheduled", 0},
                          {"numberReady", 1},
                          {"observedGeneration", 1},
                          {"updatedNumberScheduled", 1}}}};
    stampManager(o, "helm", "Update", ago(age));
    stampManager(o, "k3s", "Update", ago(age - 30), "status");
    return o;
}

nlohmann::json ObjectFactory::cronJob(const std::string& ns, const std::string& name, const std::string& schedule,
                                      const std::string& image, const std::vector<std::string>& command)
{
    const std::int64_t age = 86'400 * 8;
    Workload w;
    w.name = name;
    w.image = image;
    w.command = command;
    w.labels = {{"app.kubernetes.io/name", name}, {"app.kubernetes.io/component", "backup"}};
    auto tmpl = podTemplate(w);
    tmpl["spec"]["restartPolicy"] = "OnFailure";
    nlohmann::json o = {
        {"apiVersion", "batch/v1"},
        {"kind", "CronJob"},
        {"metadata", meta(ns, name, age, {{"app.kubernetes.io/component", "backup"}})},
        {"spec",
         {{"schedule", schedule},
          {"concurrencyPolicy", "Forbid"},
          {"suspend", false},
          {"successfulJobsHistoryLimit", 3},
          {"failedJobsHistoryLimit", 1},
          {"jobTemplate",
           {{"metadata", {{"creationTimestamp", nullptr}, {"labels", {{"app.kubernetes.io/component", "backup"}}}}},
            {"spec", {{"backoffLimit", 2}, {"template", tmpl}}}}}}},
        {"status", {{"lastScheduleTime", ago(3600 * 5)}, {"lastSuccessfulTime", ago(3600 * 5 - 95)}}}};
    o["metadata"]["generation"] = 1;
    stampManager(o, "kubectl-client-side-apply", "Update", ago(age));
    stampManager(o, "k3s", "Update", ago(3600 * 5 - 95), "status");
    return o;
}

nlohmann::json ObjectFactory::job(const std::string& ns, const std::string& name, const nlohmann::json& cronJob,
                                  bool complete)
{
    const std::int64_t age = complete ? 3600 * 5 : 5;
    const auto controllerUid = uid();
    nlohmann::json m = {{"name", name}, {"namespace", ns}, {"uid", controllerUid}, {"creationTimestamp", ago(age)},
                        {"generation", 1}};
    nlohmann::json spec;
    if (cronJob.is_object()) {
        spec = cronJob["spec"]["jobTemplate"]["spec"];
        m["ownerReferences"] = {ownerReference(cronJob)};
        m["annotations"] = {{"batch.kubernetes.io/cronjob-scheduled-timestamp", ago(age)}};
    } else {
        spec = {{"template", {{"spec", {{"containers", {{{"name", name}, {"image", "busybox:1.36"}}}}}}}}};
    }
    ObjectFactoryDefaults::applyPodSpec(spec["template"]["spec"]);
    if (spec["template"]["spec"].value("restartPolicy", "Always") == "Always")
        spec["template"]["spec"]["restartPolicy"] = "Never";
    const nlohmann::json selectorLabels = {{"batch.kubernetes.io/controller-uid", controllerUid}};
    auto labels = spec["template"]["metadata"].value("labels", nlohmann::json::object());
    labels["batch.kubernetes.io/controller-uid"] = controllerUid;
    labels["batch.kubernetes.io/job-name"] = name;
    labels["controller-uid"] = controllerUid;
    labels["job-name"] = name;
    spec["template"]["metadata"]["labels"] = labels;
    spec["template"]["metadata"]["creationTimestamp"] = nullptr;
    spec["selector"] = {{"matchLabels", selectorLabels}};
    for (const auto& [k, v] : std::initializer_list<std::pair<const char*, nlohmann::json>>{
             {"parallelism", 1}, {"completions", 1}, {"backoffLimit", 6}, {"completionMode", "NonIndexed"},
             {"suspend", false}, {"manualSelector", false}, {"podReplacementPolicy", "TerminatingOrFailed"}})
        if (!spec.contains(k))
            spec[k] = v;
    m["labels"] = {{"batch.kubernetes.io/controller-uid", controllerUid}, {"batch.kubernetes.io/job-name", name},
                   {"controller-uid", controllerUid}, {"job-name", name}};
    nlohmann::json status;
    if (complete) {
        const auto done = ago(age - 95);
        status = {{"startTime", ago(age)}, {"completionTime", done}, {"succeeded", 1}, {"ready", 0},
                  {"terminating", 0}, {"uncountedTerminatedPods", nlohmann::json::object()},
                  {"conditions", {condition("SuccessCriteriaMet", "True", "CompletionsReached",
                                            "Reached expected number of succeeded pods", done),
                                  condition("Complete", "True", "CompletionsReached",
                                            "Reached expected number of succeeded pods", done)}}};
        for (auto& c : status["conditions"])
            c["lastProbeTime"] = done;
    } else {
        status = {{"startTime", ago(age)}, {"active", 1}, {"ready", 1}, {"terminating", 0},
                  {"uncountedTerminatedPods", nlohmann::json::object()}};
    }
    nlohmann::json o = {{"apiVersion", "batch/v1"}, {"kind", "Job"}, {"metadata", m}, {"spec", spec}, {"status", status}};
    stampManager(o, "k3s", "Update", ago(age));
    stampManager(o, "k3s", "Update", ago(complete ? age - 95 : age), "status");
    return o;
}

nlohmann::json ObjectFactory::hpa(const std::string& ns, const std::string& name, const std::string& targetKind,
                                  const std::string& targetName, int minReplicas, int maxReplicas, int targetCpu,
                                  int currentReplicas, int currentCpu)
{
    const std::int64_t age = 86'400 * 5;
    const auto t = ago(age - 60);
    nlohmann::json o = {
        {"apiVersion", "autoscaling/v2"},
        {"kind", "HorizontalPodAutoscaler"},
        {"metadata", meta(ns, name, age)},
        {"spec",
         {{"scaleTargetRef", {{"apiVersion", "apps/v1"}, {"kind", targetKind}, {"name", targetName}}},
          {"minReplicas", minReplicas},
          {"maxReplicas", maxReplicas},
          {"metrics", {{{"type", "Resource"},
                        {"resource", {{"name", "cpu"}, {"target", {{"type", "Utilization"}, {"averageUtilization", targetCpu}}}}}}}}}},
        {"status",
         {{"currentReplicas", currentReplicas},
          {"desiredReplicas", currentReplicas},
          {"currentMetrics",
           {{{"type", "Resource"},
             {"resource", {{"name", "cpu"}, {"current", {{"averageUtilization", currentCpu},
                                                         {"averageValue", std::to_string(currentCpu * 2) + "m"}}}}}}}},
          {"conditions",
           {condition("AbleToScale", "True", "ReadyForNewScale", "recommended size matches current size", t),
            condition("ScalingActive", "True", "ValidMetricFound",
                      "the HPA was able to successfully calculate a replica count from cpu resource utilization "
                      "(percentage of request)", t),
            condition("ScalingLimited", "False", "DesiredWithinRange",
                      "the desired count is within the acceptable range", t)}}}}};
    o["metadata"]["generation"] = 1;
    stampManager(o, "kubectl-client-side-apply", "Update", ago(age));
    stampManager(o, "k3s", "Update", t, "status");
    return o;
}

} // namespace lcl::sim
