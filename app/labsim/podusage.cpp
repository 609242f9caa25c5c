#include "labsim/podusage.h"

#include "labsim/metricsapi.h"
#include "labsim/objectstore.h"
#include "labsim/trafficmodel.h"

#include <algorithm>
#include <functional>

namespace lcl::sim {
namespace {

std::string quantity(const nlohmann::json& container, const char* kind, const char* resource)
{
    const nlohmann::json* r = &container;
    for (const char* key : {"resources", kind, resource}) {
        if (!r->is_object() || !r->contains(key))
            return {};
        r = &(*r)[key];
    }
    return r->is_string() ? r->get<std::string>() : std::string();
}

bool ready(const nlohmann::json& pod)
{
    const nlohmann::json& status = pod.value("status", nlohmann::json::object());
    if (status.value("phase", std::string()) != "Running")
        return false;
    for (const nlohmann::json& c : status.value("conditions", nlohmann::json::array()))
        if (c.value("type", std::string()) == "Ready")
            return c.value("status", std::string()) == "True";
    return true;
}

} // namespace

PodUsage::PodUsage(ObjectStore& store, const TrafficModel& model) : m_store(store), m_model(model)
{
    for (const lab::WorkloadSpec& w : model.profile().workloads()) {
        Workload workload{w.ns.toStdString(), w.serviceId.toStdString(), w.container.toStdString(), {}};
        for (auto it = w.labels.cbegin(); it != w.labels.cend(); ++it)
            workload.labels.emplace_back(it.key().toStdString(), it.value().toStdString());
        if (!workload.labels.empty())
            m_workloads.push_back(std::move(workload));
        m_nominalPods[w.serviceId.toStdString()] += std::max(1, w.replicas);
    }
}

double PodUsage::idleShare(const std::string& name)
{
    return 0.8 + static_cast<double>(std::hash<std::string>{}(name) % 400) / 1000.0;
}

PodUsage::PodInfo PodUsage::describe(const ObjectPtr& pod) const
{
    PodInfo info;
    info.object = pod;
    const nlohmann::json& o = pod->object;
    const nlohmann::json& meta = o["metadata"];
    info.uid = meta.value("uid", pod->name);
    info.running = o.value("status", nlohmann::json::object()).value("phase", std::string()) == "Running";
    info.ready = ready(o);
    // Which profile service the pod serves: the workload whose labels it carries, the most specific one.
    std::size_t matched = 0;
    const auto labels = meta.find("labels");
    if (labels != meta.end() && labels->is_object()) {
        for (const Workload& w : m_workloads) {
            if (w.ns != pod->ns || w.labels.size() < matched)
                continue;
            bool all = true;
            for (auto it = w.labels.cbegin(); all && it != w.labels.cend(); ++it) {
                const auto found = labels->find(it->first);
                all = found != labels->end() && found->is_string() && found->get_ref<const std::string&>() == it->second;
            }
            if (all) {
                info.serviceId = w.serviceId;
                info.mainContainer = w.container;
                matched = w.labels.size();
            }
        }
    }
    const nlohmann::json& spec = o["spec"];
    const nlohmann::json& containers = spec.value("containers", nlohmann::json::array());
    for (const nlohmann::json& c : containers) {
        ContainerUsage row;
        row.ns = pod->ns;
        row.pod = pod->name;
        row.container = c.value("name", std::string());
        row.image = c.value("image", std::string());
        row.node = spec.value("nodeName", std::string());
        row.serviceId = info.serviceId;
        row.cpuRequestCores = MetricsApi::milliCpu(quantity(c, "requests", "cpu")) / 1000.0;
        row.memoryRequestBytes = MetricsApi::bytes(quantity(c, "requests", "memory"));
        row.memoryLimitBytes = MetricsApi::bytes(quantity(c, "limits", "memory"));
        info.main.push_back(!info.serviceId.empty() && (row.container == info.mainContainer || containers.size() == 1));
        info.shares.push_back(idleShare(row.pod + '/' + row.container));
        info.containers.push_back(std::move(row));
    }
    return info;
}

void PodUsage::advance(double seconds)
{
    const std::vector<ObjectPtr> pods = m_store.snapshot(m_store.resource("pods"));
    // Unchanged pods keep their parsed description (stored objects are immutable, so the pointer says it all).
    std::unordered_map<const StoredObject*, PodInfo> infos;
    infos.reserve(pods.size());
    std::map<std::string, int> serving;
    for (const ObjectPtr& pod : pods) {
        auto previous = m_pods.find(pod.get());
        PodInfo info = previous != m_pods.end() ? std::move(previous->second) : describe(pod);
        if (!info.serviceId.empty() && info.ready)
            ++serving[info.serviceId];
        infos.emplace(pod.get(), std::move(info));
    }

    std::map<std::string, std::pair<ServiceLoad, TrafficFaults>> services;
    for (const auto& [id, n] : serving)
        services[id] = {m_model.load(id), m_model.faultsOf(id)};
    std::vector<ContainerUsage> rows;
    std::map<std::string, std::size_t> index;
    std::map<std::string, double> cpuSeconds;
    for (const ObjectPtr& pod : pods) {
        const PodInfo& info = infos.at(pod.get());
        if (!info.running)
            continue;
        const auto service = services.find(info.serviceId);
        const ServiceLoad load = service == services.end() ? ServiceLoad{} : service->second.first;
        const TrafficFaults faults = service == services.end() ? TrafficFaults{} : service->second.second;
        for (std::size_t c = 0; c < info.containers.size(); ++c) {
            ContainerUsage row = info.containers[c];
            const double share = info.shares[c];
            const bool main = info.main[c];
            const double cpuBase = row.cpuRequestCores > 0 ? row.cpuRequestCores : 0.005;
            const double memoryBase = row.memoryRequestBytes > 0 ? row.memoryRequestBytes : 32 * 1048576.0;
            if (main && load.nominalRequestsPerSecond > 0) {
                // Utilization = 5 % idle + 45 % at the nominal load per pod, in proportion to the load now.
                const double perPod = load.requestsPerSecond / std::max(1, serving[info.serviceId]);
                const double nominalPerPod = load.nominalRequestsPerSecond / std::max(1, m_nominalPods[info.serviceId]);
                const double utilization = 0.05 + 0.45 * perPod / nominalPerPod;
                row.cpuCores = cpuBase * utilization * (0.95 + 0.1 * (share - 0.8) / 0.4);
                row.memoryBytes = memoryBase * (0.5 + 0.1 * std::min(2.0, perPod / nominalPerPod)) * share;
            } else {
                row.cpuCores = cpuBase * 0.4 * share;
                row.memoryBytes = memoryBase * 0.6 * share;
            }
            if (main && faults.crashing)
                row.cpuCores = cpuBase * 0.02;
            if (main && faults.oom)
                row.memoryBytes = row.memoryLimitBytes > 0 ? row.memoryLimitBytes : memoryBase * 1.5;
            std::string key = info.uid + '/' + row.container;
            const auto previous = m_cpuSeconds.find(key);
            // A new container starts with what it used while starting, so rate() has two points soon.
            row.cpuSecondsTotal = (previous == m_cpuSeconds.end() ? row.cpuCores : previous->second) + row.cpuCores * seconds;
            cpuSeconds.emplace(std::move(key), row.cpuSecondsTotal);
            index.emplace(row.ns + '/' + row.pod + '/' + row.container, rows.size());
            rows.push_back(std::move(row));
        }
    }
    m_pods = std::move(infos);
    const std::lock_guard lock(m_mutex);
    m_rows = std::move(rows);
    m_index = std::move(index);
    m_cpuSeconds = std::move(cpuSeconds);
    ++m_generation;
}

std::uint64_t PodUsage::generation() const
{
    const std::lock_guard lock(m_mutex);
    return m_generation;
}

std::vector<ContainerUsage> PodUsage::rows() const
{
    const std::lock_guard lock(m_mutex);
    return m_rows;
}

std::optional<ContainerUsage> PodUsage::find(const std::string& ns, const std::string& pod, const std::string& container) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_index.find(ns + '/' + pod + '/' + container);
    if (it == m_index.end())
        return std::nullopt;
    return m_rows[it->second];
}

} // namespace lcl::sim
