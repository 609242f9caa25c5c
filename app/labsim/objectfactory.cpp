#include "labsim/objectfactory.h"

#include "labsim/kubeletstatus.h"
#include "labsim/objectfactorydefaults.h"
#include "labsim/objectstoremetadata.h"

#include <cstdio>

namespace lcl::sim {

namespace {

std::string hex(std::mt19937_64& rng, int length)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < length; ++i)
        s += kHex[rng() % 16];
    return s;
}

std::string qosClass(const nlohmann::json& containers)
{
    bool any = false;
    bool guaranteed = true;
    for (const auto& c : containers) {
        const auto res = c.value("resources", nlohmann::json::object());
        const auto req = res.value("requests", nlohmann::json::object());
        const auto lim = res.value("limits", nlohmann::json::object());
        any = any || !req.empty() || !lim.empty();
        guaranteed = guaranteed && lim.contains("cpu") && lim.contains("memory")
                     && req.value("cpu", lim["cpu"]) == lim["cpu"] && req.value("memory", lim["memory"]) == lim["memory"];
    }
    if (!any)
        return "BestEffort";
    return guaranteed ? "Guaranteed" : "Burstable";
}

} // namespace

ObjectFactory::ObjectFactory(std::uint64_t seed) : m_rng(seed * 0x9e3779b97f4a7c15ULL + 0x1c1a) {}

std::string ObjectFactory::uid()
{
    return ObjectStoreMetadata::uuid(m_rng);
}

std::string ObjectFactory::suffix(int length)
{
    static constexpr char kAlphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    std::string s;
    for (int i = 0; i < length; ++i)
        s += kAlphabet[m_rng() % (sizeof kAlphabet - 1)];
    return s;
}

std::string ObjectFactory::podIp()
{
    const int n = m_nextPodIp++;
    return "10.42." + std::to_string((n / 250) % 256) + "." + std::to_string(n % 250 + 2);
}

std::string ObjectFactory::ago(std::int64_t seconds)
{
    return ObjectStoreMetadata::timestamp(-seconds);
}

void ObjectFactory::stampManager(nlohmann::json& object, const std::string& manager, const std::string& operation,
                                 const std::string& time, const std::string& subresource)
{
    ObjectStoreMetadata::recordManager(object, manager, operation, object.value("apiVersion", "v1"), subresource);
    object["metadata"]["managedFields"].back()["time"] = time;
}

nlohmann::json ObjectFactory::ownerReference(const nlohmann::json& owner, bool controller)
{
    return {{"apiVersion", owner.value("apiVersion", "")},
            {"kind", owner.value("kind", "")},
            {"name", owner["metadata"].value("name", "")},
            {"uid", owner["metadata"].value("uid", "")},
            {"controller", controller},
            {"blockOwnerDeletion", true}};
}

nlohmann::json ObjectFactory::condition(const std::string& type, const std::string& status, const std::string& reason,
                                        const std::string& message, const std::string& time, bool withProbeTime)
{
    nlohmann::json c = {{"type", type}, {"status", status}, {"lastTransitionTime", time}};
    if (withProbeTime)
        c["lastProbeTime"] = nullptr;
    if (!reason.empty())
        c["reason"] = reason;
    if (!message.empty())
        c["message"] = message;
    return c;
}

nlohmann::json ObjectFactory::meta(const std::string& ns, const std::string& name, std::int64_t ageSeconds,
                                   const std::map<std::string, std::string>& labels)
{
    nlohmann::json m = {{"name", name}, {"uid", uid()}, {"creationTimestamp", ago(ageSeconds)}};
    if (!ns.empty())
        m["namespace"] = ns;
    if (!labels.empty())
        m["labels"] = labels;
    return m;
}

nlohmann::json ObjectFactory::namespaceObject(const std::string& name, std::int64_t ageSeconds)
{
    nlohmann::json o = {{"apiVersion", "v1"},
                        {"kind", "Namespace"},
                        {"metadata", meta({}, name, ageSeconds, {{"kubernetes.io/metadata.name", name}})},
                        {"spec", {{"finalizers", {"kubernetes"}}}},
                        {"status", {{"phase", "Active"}}}};
    stampManager(o, name == "kube-system" || name == "default" ? "k3s" : "kubectl-create", "Update", ago(ageSeconds));
    return o;
}

nlohmann::json ObjectFactory::node()
{
    const auto created = ago(86'400 * 30);
    const std::string name = kNodeName;
    nlohmann::json labels = {{"beta.kubernetes.io/arch", "amd64"},
                             {"beta.kubernetes.io/instance-type", "k3s"},
                             {"beta.kubernetes.io/os", "linux"},
                             {"kubernetes.io/arch", "amd64"},
                             {"kubernetes.io/hostname", name},
                             {"kubernetes.io/os", "linux"},
                             {"node-role.kubernetes.io/control-plane", "true"},
                             {"node-role.kubernetes.io/master", "true"},
                             {"node.kubernetes.io/instance-type", "k3s"}};
    const auto capacity = nlohmann::json{{"cpu", "8"}, {"ephemeral-storage", "203056560Ki"},
                                         {"hugepages-1Gi", "0"}, {"hugepages-2Mi", "0"},
                                         {"memory", "32862352Ki"}, {"pods", "110"}};
    auto allocatable = capacity;
    allocatable["ephemeral-storage"] = "197533851103";
    const auto heartbeat = ago(20);
    auto cond = [&](const char* type, const char* status, const char* reason, const char* message) {
        return nlohmann::json{{"type", type}, {"status", status}, {"lastHeartbeatTime", heartbeat},
                              {"lastTransitionTime", created}, {"reason", reason}, {"message", message}};
    };
    nlohmann::json m = meta({}, name, 86'400 * 30);
    m["labels"] = labels;
    m["annotations"] = {{"alpha.kubernetes.io/provided-node-ip", kNodeIp},
                        {"flannel.alpha.coreos.com/backend-type", "vxlan"},
                        {"flannel.alpha.coreos.com/public-ip", kNodeIp},
                        {"k3s.io/hostname", name},
                        {"k3s.io/internal-ip", kNodeIp},
                        {"k3s.io/node-args", "[\"server\"]"},
                        {"node.alpha.kubernetes.io/ttl", "0"},
                        {"volumes.kubernetes.io/controller-managed-attach-detach", "true"}};
    m["finalizers"] = {"wrangler.cattle.io/node"};
    nlohmann::json o = {
        {"apiVersion", "v1"},
        {"kind", "Node"},
        {"metadata", m},
        {"spec", {{"podCIDR", "10.42.0.0/24"}, {"podCIDRs", {"10.42.0.0/24"}}, {"providerID", "k3s://" + name}}},
        {"status",
         {{"addresses", {{{"type", "InternalIP"}, {"address", kNodeIp}}, {{"type", "Hostname"}, {"address", name}}}},
          {"allocatable", allocatable},
          {"capacity", capacity},
          {"conditions",
           {cond("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
            cond("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
            cond("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
            cond("Ready", "True", "KubeletReady", "kubelet is posting ready status")}},
          {"daemonEndpoints", {{"kubeletEndpoint", {{"Port", 10250}}}}},
          {"images", nlohmann::json::array()},
          {"nodeInfo",
           {{"architecture", "amd64"},
            {"bootID", uid()},
            {"containerRuntimeVersion", "containerd://1.7.23-k3s2"},
            {"kernelVersion", "6.1.0-28-amd64"},
            {"kubeProxyVersion", kKubeletVersion},
            {"kubeletVersion", kKubeletVersion},
            {"machineID", hex(m_rng, 32)},
            {"operatingSystem", "linux"},
            {"osImage", "Debian GNU/Linux 12 (bookworm)"},
            {"systemUUID", uid()}}}}}};
    stampManager(o, "k3s", "Update", created);
    stampManager(o, "k3s", "Update", heartbeat, "status");
    return o;
}

nlohmann::json ObjectFactory::serviceAccount(const std::string& ns, const std::string& name)
{
    nlohmann::json o = {{"apiVersion", "v1"}, {"kind", "ServiceAccount"}, {"metadata", meta(ns, name, 86'400 * 12)}};
    stampManager(o, "k3s", "Update", o["metadata"]["creationTimestamp"]);
    return o;
}

nlohmann::json ObjectFactory::configMap(const std::string& ns, const std::string& name,
                                        const std::map<std::string, std::string>& data)
{
    nlohmann::json o = {{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", meta(ns, name, 86'400 * 12)},
                        {"data", data}};
    stampManager(o, "kubectl-create", "Update", o["metadata"]["creationTimestamp"]);
    return o;
}

nlohmann::json ObjectFactory::secret(const std::string& ns, const std::string& name,
                                     const std::map<std::string, std::string>& data)
{
    nlohmann::json o = {{"apiVersion", "v1"}, {"kind", "Secret"}, {"metadata", meta(ns, name, 86'400 * 12)},
                        {"type", "Opaque"}, {"data", data}};
    stampManager(o, "kubectl-create", "Update", o["metadata"]["creationTimestamp"]);
    return o;
}

nlohmann::json ObjectFactory::pod(const nlohmann::json& owner, const std::string& name, std::int64_t ageSeconds)
{
    const auto& ownerMeta = owner["metadata"];
    const auto ns = ownerMeta.value("namespace", "default");
    const auto ownerKind = owner.value("kind", "");
    const bool isJob = ownerKind == "Job";
    const bool jobDone = isJob && owner.value("status", nlohmann::json::object()).value("succeeded", 0) > 0;
    const auto& tmpl = ownerKind == "CronJob" ? owner["spec"]["jobTemplate"]["spec"]["template"] : owner["spec"]["template"];
    auto labels = tmpl.value("metadata", nlohmann::json::object()).value("labels", nlohmann::json::object());
    nlohmann::json m = meta(ns, name, ageSeconds);
    if (!labels.empty())
        m["labels"] = labels;
    if (const auto ann = tmpl.value("metadata", nlohmann::json::object()).value("annotations", nlohmann::json()); ann.is_object())
        m["annotations"] = ann;
    if (ownerKind == "ReplicaSet" || ownerKind == "Job" || ownerKind == "DaemonSet")
        m["generateName"] = ownerMeta.value("name", "") + "-";
    m["ownerReferences"] = {ownerReference(owner)};

    auto spec = tmpl.value("spec", nlohmann::json::object());
    ObjectFactoryDefaults::applyPodSpec(spec);
    const auto tokenVolume = "kube-api-access-" + suffix(5);
    for (auto& c : spec["containers"])
        c["volumeMounts"].push_back({{"name", tokenVolume}, {"readOnly", true},
                                     {"mountPath", "/var/run/secrets/kubernetes.io/serviceaccount"}});
    spec["volumes"].push_back(
        {{"name", tokenVolume},
         {"projected",
          {{"defaultMode", 420},
           {"sources",
            {{{"serviceAccountToken", {{"expirationSeconds", 3607}, {"path", "token"}}}},
             {{"configMap", {{"name", "kube-root-ca.crt"}, {"items", {{{"key", "ca.crt"}, {"path", "ca.crt"}}}}}}},
             {{"downwardAPI",
               {{"items", {{{"path", "namespace"}, {"fieldRef", {{"apiVersion", "v1"}, {"fieldPath", "metadata.namespace"}}}}}}}}}}}}}});
    spec["nodeName"] = kNodeName;
    spec["serviceAccountName"] = spec.value("serviceAccountName", "default");
    spec["serviceAccount"] = spec["serviceAccountName"];
    spec["enableServiceLinks"] = true;
    spec["preemptionPolicy"] = "PreemptLowerPriority";
    spec["priority"] = 0;
    spec["tolerations"] = {{{"key", "node.kubernetes.io/not-ready"}, {"operator", "Exists"}, {"effect", "NoExecute"},
                            {"tolerationSeconds", 300}},
                           {{"key", "node.kubernetes.io/unreachable"}, {"operator", "Exists"},
                            {"effect", "NoExecute"}, {"tolerationSeconds", 300}}};
    if (ownerKind == "StatefulSet") {
        spec["hostname"] = name;
        spec["subdomain"] = owner["spec"].value("serviceName", ownerMeta.value("name", ""));
    }

    const auto created = ago(ageSeconds);
    const auto started = ago(ageSeconds - 2);
    const auto ready = ago(ageSeconds - 6);
    const auto ip = podIp();
    nlohmann::json statuses = nlohmann::json::array();
    for (const auto& c : spec["containers"]) {
        const auto image = KubeletStatus::qualifiedImage(c.value("image", ""));
        const auto repo = image.substr(0, image.rfind(':'));
        nlohmann::json state;
        if (jobDone)
            state = {{"terminated", {{"exitCode", 0}, {"reason", "Completed"}, {"startedAt", started},
                                     {"finishedAt", ago(ageSeconds - 40)}, {"containerID", ""}}}};
        else
            state = {{"running", {{"startedAt", started}}}};
        const auto containerId = "containerd://" + hex(m_rng, 64);
        if (jobDone)
            state["terminated"]["containerID"] = containerId;
        statuses.push_back({{"containerID", containerId},
                            {"image", image},
                            {"imageID", repo + "@sha256:" + hex(m_rng, 64)},
                            {"lastState", nlohmann::json::object()},
                            {"name", c.value("name", "")},
                            {"ready", !jobDone},
                            {"restartCount", 0},
                            {"started", !jobDone},
                            {"state", state},
                            {"volumeMounts",
                             {{{"name", tokenVolume}, {"mountPath", "/var/run/secrets/kubernetes.io/serviceaccount"},
                               {"readOnly", true}, {"recursiveReadOnly", "Disabled"}}}}});
    }
    const char* readyStatus = jobDone ? "False" : "True";
    const std::string readyReason = jobDone ? "PodCompleted" : "";
    nlohmann::json status = {
        {"phase", jobDone ? "Succeeded" : "Running"},
        {"conditions",
         {condition("PodReadyToStartContainers", jobDone ? "False" : "True", "", "", started, true),
          condition("Initialized", "True", readyReason, "", created, true),
          condition("Ready", readyStatus, readyReason, "", ready, true),
          condition("ContainersReady", readyStatus, readyReason, "", ready, true),
          condition("PodScheduled", "True", "", "", created, true)}},
        {"hostIP", kNodeIp},
        {"hostIPs", {{{"ip", kNodeIp}}}},
        {"podIP", ip},
        {"podIPs", {{{"ip", ip}}}},
        {"startTime", created},
        {"containerStatuses", statuses},
        {"qosClass", qosClass(spec["containers"])}};
    nlohmann::json o = {{"apiVersion", "v1"}, {"kind", "Pod"}, {"metadata", m}, {"spec", spec}, {"status", status}};
    stampManager(o, ownerKind == "StatefulSet" ? "kube-controller-manager" : "k3s", "Update", created);
    stampManager(o, "k3s", "Update", ready, "status");
    return o;
}

nlohmann::json ObjectFactory::persistentVolumeClaim(const std::string& ns, const std::string& name,
                                                    const std::string& size, const std::string& storageClass,
                                                    const std::map<std::string, std::string>& labels)
{
    nlohmann::json m = meta(ns, name, 86'400 * 10, labels);
    m["annotations"] = {{"pv.kubernetes.io/bind-completed", "yes"},
                        {"pv.kubernetes.io/bound-by-controller", "yes"},
                        {"volume.beta.kubernetes.io/storage-provisioner", "rancher.io/local-path"},
                        {"volume.kubernetes.io/selected-node", kNodeName},
                        {"volume.kubernetes.io/storage-provisioner", "rancher.io/local-path"}};
    m["finalizers"] = {"kubernetes.io/pvc-protection"};
    nlohmann::json o = {
        {"apiVersion", "v1"},
        {"kind", "PersistentVolumeClaim"},
        {"metadata", m},
        {"spec",
         {{"accessModes", {"ReadWriteOnce"}},
          {"resources", {{"requests", {{"storage", size}}}}},
          {"storageClassName", storageClass},
          {"volumeMode", "Filesystem"},
          {"volumeName", "pvc-" + m.value("uid", "")}}},
        {"status", {{"phase", "Bound"}, {"accessModes", {"ReadWriteOnce"}}, {"capacity", {{"storage", size}}}}}};
    stampManager(o, "kube-controller-manager", "Update", m["creationTimestamp"]);
    return o;
}

nlohmann::json ObjectFactory::service(const std::string& ns, const std::string& name, const std::string& type,
                                      const std::map<std::string, std::string>& selector,
                                      const std::vector<Port>& ports, const std::vector<int>& targetPorts)
{
    const bool headless = type == "Headless";
    nlohmann::json spec = {{"type", headless ? "ClusterIP" : type},
                           {"sessionAffinity", "None"},
                           {"ipFamilies", {"IPv4"}},
                           {"ipFamilyPolicy", "SingleStack"},
                           {"internalTrafficPolicy", "Cluster"}};
    const auto ip = headless ? std::string("None") : ObjectFactoryDefaults::clusterIp(m_rng);
    spec["clusterIP"] = ip;
    spec["clusterIPs"] = {ip};
    if (!selector.empty())
        spec["selector"] = selector;
    if (headless)
        spec["publishNotReadyAddresses"] = true;
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < ports.size(); ++i) {
        nlohmann::json p = {{"name", ports[i].name}, {"port", ports[i].port}, {"protocol", ports[i].protocol},
                            {"targetPort", i < targetPorts.size() && targetPorts[i] ? targetPorts[i] : ports[i].port}};
        if (ports[i].name.empty())
            p.erase("name");
        if (type == "LoadBalancer" || type == "NodePort")
            p["nodePort"] = 30000 + static_cast<int>(m_rng() % 2768);
        list.push_back(p);
    }
    spec["ports"] = list;
    nlohmann::json status = {{"loadBalancer", nlohmann::json::object()}};
    if (type == "LoadBalancer") {
        spec["externalTrafficPolicy"] = "Cluster";
        spec["allocateLoadBalancerNodePorts"] = true;
        status["loadBalancer"] = {{"ingress", {{{"ip", "192.168.56.240"}, {"ipMode", "VIP"}}}}};
    }
    nlohmann::json o = {{"apiVersion", "v1"}, {"kind", "Service"}, {"metadata", meta(ns, name, 86'400 * 10)},
                        {"spec", spec}, {"status", status}};
    stampManager(o, "kubectl-client-side-apply", "Update", o["metadata"]["creationTimestamp"]);
    return o;
}

} // namespace lcl::sim
