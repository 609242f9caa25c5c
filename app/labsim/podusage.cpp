#include "labsim/podusage.h"

#include "labsim/metricsapi.h"
#include "labsim/objectstore.h"
#include "labsim/trafficmodel.h"

#include <algorithm>
#include <functional>

namespace lcl::sim {
namespace {

struct WorkloadMatch {
    std::string serviceId;
    std::string container;
    std::size_t labels = 0;
};

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

void PodUsage::advance(double seconds)
{
    const std::vector<ObjectPtr> pods = m_store.snapshot(m_store.resource("pods"));
    std::map<std::string, int>& nominalPods = m_nominalPods;

    // Which profile service each pod serves (the workload whose labels it carries, the most specific one).
    std::vector<WorkloadMatch> matches(pods.size());
    std::map<std::string, int> serving;
    for (std::size_t i = 0; i < pods.size(); ++i) {
        const nlohmann::json& meta = pods[i]->object["metadata"];
        const auto labelsIt = meta.find("labels");
        if (labelsIt == meta.end() || !labelsIt->is_object())
            continue;
        for (const Workload& w : m_workloads) {
            if (w.ns != pods[i]->ns || w.labels.size() < matches[i].labels)
                continue;
            bool all = true;
            for (auto it = w.labels.cbegin(); all && it != w.labels.cend(); ++it) {
                const auto found = labelsIt->find(it->first);
                all = found != labelsIt->end() && found->is_string() && found->get_ref<const std::string&>() == it->second;
            }
            if (all)
                matches[i] = {w.serviceId, w.container, w.labels.size()};
        }
        if (!matches[i].serviceId.empty() && ready(pods[i]->object))
            ++serving[matches[i].serviceId];
    }

    std::vector<ContainerUsage> rows;
    std::map<std::string, std::size_t> index;
    std::map<std::string, double> cpuSeconds;
    for (std::size_t i = 0; i < pods.size(); ++i) {
        const nlohmann::json& pod = pods[i]->object;
        if (pod.value("status", nlohmann::json::object()).value("phase", std::string()) != "Running")
            continue;
        const std::string uid = pod["metadata"].value("uid", pods[i]->name);
        const WorkloadMatch& match = matches[i];
        const ServiceLoad load = match.serviceId.empty() ? ServiceLoad{} : m_model.load(match.serviceId);
        const TrafficFaults faults = match.serviceId.empty() ? TrafficFaults{} : m_model.faultsOf(match.serviceId);
        const nlohmann::json& containers = pod["spec"].value("containers", nlohmann::json::array());
        for (const nlohmann::json& c : containers) {
            ContainerUsage row;
            row.ns = pods[i]->ns;
            row.pod = pods[i]->name;
            row.container = c.value("name", std::string());
            row.image = c.value("image", std::string());
            row.node = pod["spec"].value("nodeName", std::string());
            row.serviceId = match.serviceId;
            row.cpuRequestCores = MetricsApi::milliCpu(quantity(c, "requests", "cpu")) / 1000.0;
            row.memoryRequestBytes = MetricsApi::bytes(quantity(c, "requests", "memory"));
            row.memoryLimitBytes = MetricsApi::bytes(quantity(c, "limits", "memory"));
            const double share = idleShare(row.pod + '/' + row.container);
            const double cpuBase = row.cpuRequestCores > 0 ? row.cpuRequestCores : 0.005;
            const double memoryBase = row.memoryRequestBytes > 0 ? row.memoryRequestBytes : 32 * 1048576.0;
            const bool main = !match.serviceId.empty() && (row.container == match.container || containers.size() == 1);
            if (main && load.nominalRequestsPerSecond > 0) {
                // Utilization = 5 % idle + 45 % at the nominal load per pod, in proportion to the load now.
                const double perPod = load.requestsPerSecond / std::max(1, serving[match.serviceId]);
                const double nominalPerPod = load.nominalRequestsPerSecond / std::max(1, nominalPods[match.serviceId]);
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
            const std::string key = uid + '/' + row.container;
            const auto previous = m_cpuSeconds.find(key);
            // A new container starts with what it used while starting, so rate() has two points soon.
            row.cpuSecondsTotal = (previous == m_cpuSeconds.end() ? row.cpuCores : previous->second) + row.cpuCores * seconds;
            cpuSeconds[key] = row.cpuSecondsTotal;
            index[row.ns + '/' + row.pod + '/' + row.container] = rows.size();
            rows.push_back(std::move(row));
        }
    }
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
