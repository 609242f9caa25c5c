#include "labsim/seedbuilder.h"

#include "labsim/objectstore.h"
#include "labsim/seedlogs.h"
#include "labsim/selector.h"

#include <algorithm>
#include <ctime>

namespace lcl::sim {

SeedBuilder::SeedBuilder(ObjectStore& store, std::uint64_t seed, bool withLogs)
    : m_store(store), m_factory(seed), m_withLogs(withLogs)
{
    m_error.code = 0;
}

ObjectPtr SeedBuilder::put(const char* groupResource, nlohmann::json object)
{
    if (!ok())
        return nullptr;
    const auto* info = m_store.registry().findByGroupResource(groupResource);
    if (!info) {
        m_error = ObjectStoreError::internal(std::string("seed: unknown resource ") + groupResource);
        return nullptr;
    }
    auto stored = m_store.put(*info, std::move(object), {});
    if (!stored) {
        m_error = stored.error();
        return nullptr;
    }
    return stored.value();
}

void SeedBuilder::ensureNamespace(const std::string& ns)
{
    if (std::find(m_namespaces.begin(), m_namespaces.end(), ns) != m_namespaces.end())
        return;
    m_namespaces.push_back(ns);
    put("namespaces", m_factory.namespaceObject(ns, ns.starts_with("kube-") || ns == "default" ? 86'400 * 30 : 86'400 * 12));
    put("serviceaccounts", m_factory.serviceAccount(ns, "default"));
    put("configmaps", m_factory.configMap(ns, "kube-root-ca.crt",
                                          {{"ca.crt", "-----BEGIN CERTIFICATE-----\nMIIBdzCCAR2gAwIBAgIBADAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBhrM3Mtc2Vy\n-----END CERTIFICATE-----\n"}}));
}

void SeedBuilder::cluster(const std::vector<std::string>& namespaces)
{
    put("nodes", m_factory.node());
    for (const char* ns : {"default", "kube-system", "kube-public", "kube-node-lease"})
        ensureNamespace(ns);
    for (const auto& ns : namespaces)
        ensureNamespace(ns);
}

void SeedBuilder::addPod(const nlohmann::json& pod)
{
    auto stored = put("pods", pod);
    if (!stored)
        return;
    const auto& ns = stored->ns;
    const auto& name = stored->name;
    m_pods[ns].push_back(stored);
    if (!m_withLogs)
        return;
    for (const auto& c : stored->object["spec"]["containers"]) {
        const auto container = c.value("name", "");
        const auto flavor = SeedLogs::flavorFor(c.value("image", ""), container);
        for (auto& line : SeedLogs::startup(flavor, name, m_factory.rng()))
            m_store.logs().append(ns, name, container, std::move(line));
        for (int i = 0; i < 12; ++i)
            m_store.logs().append(ns, name, container, SeedLogs::activity(flavor, name, m_factory.rng()));
    }
}

nlohmann::json SeedBuilder::deployment(const ObjectFactory::Workload& w, bool clonePods)
{
    ensureNamespace(w.ns);
    auto stored = put("deployments.apps", m_factory.deployment(w));
    if (!stored)
        return {};
    const auto& d = stored->object;
    // The ReplicaSet name the Progressing condition already names keeps the two consistent.
    const auto message = d["status"]["conditions"][1].value("message", "");
    const auto start = message.find('"') + 1;
    const auto rsName = message.substr(start, message.find('"', start) - start);
    const auto hash = rsName.substr(rsName.rfind('-') + 1);
    auto rsStored = put("replicasets.apps", m_factory.replicaSet(d, hash));
    if (!rsStored)
        return d;
    const auto& rs = rsStored->object;
    nlohmann::json first;
    for (int i = 0; i < w.replicas && ok(); ++i) {
        const auto podName = rsName + "-" + m_factory.suffix(5);
        if (!clonePods || first.is_null()) {
            auto pod = m_factory.pod(rs, podName);
            if (clonePods)
                first = pod;
            addPod(std::move(pod));
            continue;
        }
        auto pod = first;
        pod["metadata"]["name"] = podName;
        pod["metadata"]["uid"] = m_factory.uid();
        const auto ip = m_factory.podIp();
        pod["status"]["podIP"] = ip;
        pod["status"]["podIPs"] = {{{"ip", ip}}};
        for (auto& c : pod["status"]["containerStatuses"])
            c["containerID"] = "containerd://" + m_factory.uid() + m_factory.uid().substr(0, 28);
        addPod(std::move(pod));
    }
    return d;
}

nlohmann::json SeedBuilder::statefulSet(const ObjectFactory::Workload& w)
{
    ensureNamespace(w.ns);
    auto stored = put("statefulsets.apps", m_factory.statefulSet(w));
    if (!stored)
        return {};
    const auto& s = stored->object;
    for (int i = 0; i < w.replicas && ok(); ++i) {
        const auto podName = w.name + "-" + std::to_string(i);
        auto pod = m_factory.pod(s, podName, 86'400 * 10 - 60);
        auto& labels = pod["metadata"]["labels"];
        labels["apps.kubernetes.io/pod-index"] = std::to_string(i);
        labels["controller-revision-hash"] = s["status"].value("currentRevision", "");
        labels["statefulset.kubernetes.io/pod-name"] = podName;
        if (!w.storageSize.empty()) {
            const auto claim = "data-" + podName;
            put("persistentvolumeclaims", m_factory.persistentVolumeClaim(w.ns, claim, w.storageSize, w.storageClass, w.labels));
            const nlohmann::json volume = {{"name", "data"}, {"persistentVolumeClaim", {{"claimName", claim}}}};
            pod["spec"]["volumes"].insert(pod["spec"]["volumes"].begin(), volume);
        }
        addPod(pod);
    }
    return s;
}

nlohmann::json SeedBuilder::daemonSet(const ObjectFactory::Workload& w)
{
    ensureNamespace(w.ns);
    auto stored = put("daemonsets.apps", m_factory.daemonSet(w));
    if (!stored)
        return {};
    const auto& d = stored->object;
    {
        auto pod = m_factory.pod(d, w.name + "-" + m_factory.suffix(5));
        pod["metadata"]["labels"]["controller-revision-hash"] = m_factory.suffix(10);
        pod["metadata"]["labels"]["pod-template-generation"] = "1";
        addPod(pod);
    }
    return d;
}

nlohmann::json SeedBuilder::service(const std::string& ns, const std::string& name, const std::string& type,
                                    const std::map<std::string, std::string>& selector,
                                    const std::vector<ObjectFactory::Port>& ports, const std::vector<int>& targetPorts)
{
    ensureNamespace(ns);
    auto stored = put("services", m_factory.service(ns, name, type, selector, ports, targetPorts));
    if (!stored)
        return {};
    const auto& svc = stored->object;
    std::vector<nlohmann::json> selected;
    if (!selector.empty()) {
        nlohmann::json sel = {{"matchLabels", selector}};
        const auto parsed = Selector::fromLabelSelector(sel);
        for (const auto& pod : m_pods[ns])
            if (parsed && parsed->matches(pod->object["metadata"].value("labels", nlohmann::json()))
                && pod->object["status"].value("phase", "") == "Running")
                selected.push_back(pod->object);
    }
    put("endpoints", m_factory.endpoints(svc, selected));
    put("endpointslices.discovery.k8s.io", m_factory.endpointSlice(svc, selected));
    return svc;
}

void SeedBuilder::backup(const std::string& ns, const std::string& name, const std::string& schedule,
                         const std::string& image, const std::vector<std::string>& command)
{
    ensureNamespace(ns);
    auto cjStored = put("cronjobs.batch", m_factory.cronJob(ns, name, schedule, image, command));
    if (!cjStored)
        return;
    const auto& cj = cjStored->object;
    // The last scheduled run, complete: <cronjob>-<scheduled time in minutes>, as the controller names it.
    const auto minutes = (std::time(nullptr) - 3600 * 5) / 60;
    auto jobStored = put("jobs.batch", m_factory.job(ns, name + "-" + std::to_string(minutes), cj, true));
    if (jobStored) {
        const auto& job = jobStored->object;
        auto pod = m_factory.pod(job, job["metadata"].value("name", "") + "-" + m_factory.suffix(5), 3600 * 5);
        addPod(pod);
    }
}

void SeedBuilder::gatewayApi()
{
    const std::string group = "gateway.networking.k8s.io";
    put("customresourcedefinitions.apiextensions.k8s.io",
        m_factory.customResourceDefinition(group, "GatewayClass", "gatewayclasses", {"gc"}, false));
    put("customresourcedefinitions.apiextensions.k8s.io",
        m_factory.customResourceDefinition(group, "Gateway", "gateways", {"gtw"}, true));
    put("customresourcedefinitions.apiextensions.k8s.io",
        m_factory.customResourceDefinition(group, "HTTPRoute", "httproutes", {}, true));
}

} // namespace lcl::sim
