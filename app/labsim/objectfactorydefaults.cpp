#include "labsim/objectfactorydefaults.h"

namespace lcl::sim {

namespace {

void setDefault(nlohmann::json& o, const char* key, nlohmann::json value)
{
    if (!o.is_object())
        o = nlohmann::json::object();
    if (!o.contains(key) || o[key].is_null())
        o[key] = std::move(value);
}

void defaultContainer(nlohmann::json& c)
{
    const auto image = c.value("image", "");
    const bool latest = image.find(':') == std::string::npos || image.ends_with(":latest");
    setDefault(c, "imagePullPolicy", latest ? "Always" : "IfNotPresent");
    setDefault(c, "terminationMessagePath", "/dev/termination-log");
    setDefault(c, "terminationMessagePolicy", "File");
    setDefault(c, "resources", nlohmann::json::object());
    if (auto it = c.find("ports"); it != c.end() && it->is_array())
        for (auto& p : *it)
            setDefault(p, "protocol", "TCP");
}

void defaultTemplate(nlohmann::json& spec)
{
    auto& tmpl = spec["template"];
    if (!tmpl.is_object())
        return;
    tmpl["metadata"]["creationTimestamp"] = nullptr;
    ObjectFactoryDefaults::applyPodSpec(tmpl["spec"]);
}

} // namespace

std::string ObjectFactoryDefaults::clusterIp(std::mt19937_64& rng)
{
    std::uniform_int_distribution<int> third(0, 254);
    std::uniform_int_distribution<int> fourth(2, 254);
    return "10.43." + std::to_string(third(rng)) + "." + std::to_string(fourth(rng));
}

void ObjectFactoryDefaults::applyPodSpec(nlohmann::json& podSpec)
{
    if (!podSpec.is_object())
        return;
    for (const char* list : {"containers", "initContainers"})
        if (auto it = podSpec.find(list); it != podSpec.end() && it->is_array())
            for (auto& c : *it)
                defaultContainer(c);
    setDefault(podSpec, "restartPolicy", "Always");
    setDefault(podSpec, "terminationGracePeriodSeconds", 30);
    setDefault(podSpec, "dnsPolicy", "ClusterFirst");
    setDefault(podSpec, "securityContext", nlohmann::json::object());
    setDefault(podSpec, "schedulerName", "default-scheduler");
}

void ObjectFactoryDefaults::apply(const std::string& kind, nlohmann::json& o, std::mt19937_64& rng)
{
    auto& spec = o["spec"];
    if (kind == "Deployment") {
        setDefault(spec, "replicas", 1);
        setDefault(spec, "revisionHistoryLimit", 10);
        setDefault(spec, "progressDeadlineSeconds", 600);
        setDefault(spec, "strategy", {{"type", "RollingUpdate"},
                                      {"rollingUpdate", {{"maxUnavailable", "25%"}, {"maxSurge", "25%"}}}});
        defaultTemplate(spec);
    } else if (kind == "ReplicaSet") {
        setDefault(spec, "replicas", 1);
        defaultTemplate(spec);
    } else if (kind == "StatefulSet") {
        setDefault(spec, "replicas", 1);
        setDefault(spec, "podManagementPolicy", "OrderedReady");
        setDefault(spec, "revisionHistoryLimit", 10);
        setDefault(spec, "updateStrategy", {{"type", "RollingUpdate"}, {"rollingUpdate", {{"partition", 0}}}});
        setDefault(spec, "persistentVolumeClaimRetentionPolicy", {{"whenDeleted", "Retain"}, {"whenScaled", "Retain"}});
        defaultTemplate(spec);
    } else if (kind == "DaemonSet") {
        setDefault(spec, "revisionHistoryLimit", 10);
        setDefault(spec, "updateStrategy",
                   {{"type", "RollingUpdate"}, {"rollingUpdate", {{"maxUnavailable", 1}, {"maxSurge", 0}}}});
        defaultTemplate(spec);
    } else if (kind == "Job") {
        setDefault(spec, "parallelism", 1);
        setDefault(spec, "completions", 1);
        setDefault(spec, "backoffLimit", 6);
        setDefault(spec, "completionMode", "NonIndexed");
        setDefault(spec, "suspend", false);
        defaultTemplate(spec);
        if (spec["template"].is_object())
            setDefault(spec["template"]["spec"], "restartPolicy", "Never");
    } else if (kind == "CronJob") {
        setDefault(spec, "concurrencyPolicy", "Allow");
        setDefault(spec, "suspend", false);
        setDefault(spec, "successfulJobsHistoryLimit", 3);
        setDefault(spec, "failedJobsHistoryLimit", 1);
        auto& jt = spec["jobTemplate"];
        if (jt.is_object()) {
            setDefault(jt, "metadata", {{"creationTimestamp", nullptr}});
            defaultTemplate(jt["spec"]);
        }
    } else if (kind == "Pod") {
        applyPodSpec(spec);
        setDefault(spec, "serviceAccountName", "default");
        setDefault(spec, "serviceAccount", spec["serviceAccountName"]);
        setDefault(spec, "enableServiceLinks", true);
        setDefault(spec, "preemptionPolicy", "PreemptLowerPriority");
        setDefault(spec, "priority", 0);
        setDefault(spec, "tolerations",
                   nlohmann::json::array({{{"key", "node.kubernetes.io/not-ready"}, {"operator", "Exists"},
                                           {"effect", "NoExecute"}, {"tolerationSeconds", 300}},
                                          {{"key", "node.kubernetes.io/unreachable"}, {"operator", "Exists"},
                                           {"effect", "NoExecute"}, {"tolerationSeconds", 300}}}));
        setDefault(o, "status", {{"phase", "Pending"}, {"qosClass", "BestEffort"}});
    } else if (kind == "Service") {
        setDefault(spec, "type", "ClusterIP");
        setDefault(spec, "sessionAffinity", "None");
        if (spec.value("clusterIP", "") != "None") {
            setDefault(spec, "clusterIP", clusterIp(rng));
        }
        setDefault(spec, "clusterIPs", nlohmann::json::array({spec["clusterIP"]}));
        setDefault(spec, "ipFamilies", nlohmann::json::array({"IPv4"}));
        setDefault(spec, "ipFamilyPolicy", "SingleStack");
        setDefault(spec, "internalTrafficPolicy", "Cluster");
        if (auto it = spec.find("ports"); it != spec.end() && it->is_array())
            for (auto& p : *it) {
                setDefault(p, "protocol", "TCP");
                setDefault(p, "targetPort", p.value("port", 80));
            }
        setDefault(o, "status", {{"loadBalancer", nlohmann::json::object()}});
    } else if (kind == "Namespace") {
        auto& labels = o["metadata"]["labels"];
        setDefault(labels, "kubernetes.io/metadata.name", o["metadata"].value("name", ""));
        setDefault(spec, "finalizers", nlohmann::json::array({"kubernetes"}));
        setDefault(o, "status", {{"phase", "Active"}});
    } else if (kind == "PersistentVolumeClaim") {
        setDefault(spec, "volumeMode", "Filesystem");
        setDefault(spec, "storageClassName", "local-path");
        setDefault(o, "status", {{"phase", "Pending"}});
    } else if (kind == "ConfigMap" || kind == "Secret" || kind == "ServiceAccount" || kind == "Event"
               || kind == "Endpoints" || kind == "EndpointSlice" || kind.starts_with("Role")
               || kind.starts_with("ClusterRole") || kind == "ControllerRevision") {
        o.erase("spec");
        if (kind == "Secret")
            setDefault(o, "type", "Opaque");
        return;
    }
    if (spec.is_null())
        o.erase("spec");
}

} // namespace lcl::sim
