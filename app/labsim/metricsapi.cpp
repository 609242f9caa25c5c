#include "labsim/metricsapi.h"

#include "labsim/handlercontext.h"
#include "labsim/handlerpath.h"
#include "labsim/handlerrest.h"
#include "labsim/objectstore.h"

#include <QDateTime>

#include <cmath>
#include <map>
#include <mutex>

namespace lcl::sim {
namespace {

std::string nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

std::string request(const nlohmann::json& container, const char* resource)
{
    const nlohmann::json& resources = container.value("resources", nlohmann::json::object());
    for (const char* kind : {"requests", "limits"})
        if (resources.contains(kind) && resources[kind].is_object() && resources[kind].contains(resource)
            && resources[kind][resource].is_string())
            return resources[kind][resource].get<std::string>();
    return {};
}

// A steady per-name factor in [0.8, 1.2), so numbers differ between pods but not between calls.
double jitter(const std::string& name)
{
    return 0.8 + static_cast<double>(std::hash<std::string>{}(name) % 400) / 1000.0;
}

std::string cpuText(double milli)
{
    return std::to_string(static_cast<long long>(std::max(1.0, std::round(milli)))) + 'm';
}

std::string memoryText(double bytes)
{
    return std::to_string(static_cast<long long>(std::max(1.0, std::round(bytes / 1024.0)))) + "Ki";
}

std::mutex g_usageMutex;
std::map<const ObjectStore*, MetricsApi::UsageLookup>& usageSources()
{
    static std::map<const ObjectStore*, MetricsApi::UsageLookup> sources;
    return sources;
}

} // namespace

void MetricsApi::attachUsage(const ObjectStore* store, UsageLookup lookup)
{
    const std::lock_guard lock(g_usageMutex);
    if (lookup)
        usageSources()[store] = std::move(lookup);
    else
        usageSources().erase(store);
}

MetricsApi::UsageLookup MetricsApi::usageFor(const ObjectStore* store)
{
    const std::lock_guard lock(g_usageMutex);
    const auto it = usageSources().find(store);
    return it == usageSources().end() ? UsageLookup{} : it->second;
}

double MetricsApi::milliCpu(const std::string& q)
{
    if (q.empty())
        return 0;
    try {
        if (q.back() == 'm')
            return std::stod(q.substr(0, q.size() - 1));
        return std::stod(q) * 1000.0;
    } catch (const std::exception&) {
        return 0;
    }
}

double MetricsApi::bytes(const std::string& q)
{
    static const std::pair<const char*, double> suffixes[] = {
        {"Ki", 1024.0}, {"Mi", 1048576.0}, {"Gi", 1073741824.0}, {"Ti", 1099511627776.0},
        {"k", 1e3},     {"M", 1e6},        {"G", 1e9},           {"T", 1e12}};
    try {
        for (const auto& [suffix, factor] : suffixes) {
            const std::string s(suffix);
            if (q.size() > s.size() && q.compare(q.size() - s.size(), s.size(), s) == 0)
                return std::stod(q.substr(0, q.size() - s.size())) * factor;
        }
        return q.empty() ? 0 : std::stod(q);
    } catch (const std::exception&) {
        return 0;
    }
}

nlohmann::json MetricsApi::podMetrics(const nlohmann::json& pod, const UsageLookup& lookup)
{
    const nlohmann::json& meta = pod.value("metadata", nlohmann::json::object());
    const std::string name = meta.value("name", std::string());
    nlohmann::json containers = nlohmann::json::array();
    const nlohmann::json& spec = pod.value("spec", nlohmann::json::object());
    for (const nlohmann::json& c : spec.value("containers", nlohmann::json::array())) {
        const std::string cname = c.value("name", std::string());
        if (lookup) {
            if (const auto usage = lookup(meta.value("namespace", std::string()), name, cname)) {
                containers.push_back({{"name", cname},
                                      {"usage", {{"cpu", cpuText(usage->first * 1000.0)}, {"memory", memoryText(usage->second)}}}});
                continue;
            }
        }
        const double factor = jitter(name + '/' + cname);
        const double cpu = milliCpu(request(c, "cpu"));
        const double memory = bytes(request(c, "memory"));
        containers.push_back({{"name", cname},
                              {"usage",
                               {{"cpu", cpuText(cpu > 0 ? cpu * 0.4 * factor : 5 * factor)},
                                {"memory", memoryText(memory > 0 ? memory * 0.6 * factor : 32 * 1048576.0 * factor)}}}});
    }
    nlohmann::json metadata = {{"name", name},
                               {"namespace", meta.value("namespace", std::string())},
                               {"creationTimestamp", nowStamp()}};
    if (meta.contains("labels"))
        metadata["labels"] = meta["labels"];
    return {{"kind", "PodMetrics"},       {"apiVersion", "metrics.k8s.io/v1beta1"}, {"metadata", metadata},
            {"timestamp", nowStamp()},    {"window", "10.002s"},                    {"containers", containers}};
}

void MetricsApi::handle(HandlerContext& context, const HandlerPath& path) const
{
    const ResourceInfo& pods = m_store.resource("pods");
    ListOptions selectors;
    selectors.labelSelector = context.query("labelSelector");
    const bool nodes = path.plural == "nodes";
    const StoreResult<ListResult> podList = m_store.list(pods, nodes ? std::string() : path.ns, nodes ? ListOptions{} : selectors);
    if (!podList)
        return HandlerRest::sendError(context, podList.error());

    const UsageLookup lookup = usageFor(&m_store);
    nlohmann::json items = nlohmann::json::array();
    if (!nodes) {
        for (const ObjectPtr& pod : podList.value().items) {
            if (pod->object.value("status", nlohmann::json::object()).value("phase", std::string()) != "Running")
                continue;
            if (!path.name.empty() && pod->name != path.name)
                continue;
            items.push_back(podMetrics(pod->object, lookup));
        }
    } else {
        const StoreResult<ListResult> nodeList = m_store.list(m_store.resource("nodes"), {}, selectors);
        if (!nodeList)
            return HandlerRest::sendError(context, nodeList.error());
        for (const ObjectPtr& node : nodeList.value().items) {
            if (!path.name.empty() && node->name != path.name)
                continue;
            double cpu = 250, memory = 900 * 1048576.0; // the k3s server and system daemons
            for (const ObjectPtr& pod : podList.value().items) {
                if (pod->object.value("spec", nlohmann::json::object()).value("nodeName", std::string()) != node->name)
                    continue;
                const nlohmann::json metrics = podMetrics(pod->object, lookup);
                for (const nlohmann::json& c : metrics["containers"]) {
                    cpu += milliCpu(c["usage"]["cpu"].get<std::string>());
                    memory += bytes(c["usage"]["memory"].get<std::string>());
                }
            }
            nlohmann::json metadata = {{"name", node->name}, {"creationTimestamp", nowStamp()}};
            if (node->object.contains("metadata") && node->object["metadata"].contains("labels"))
                metadata["labels"] = node->object["metadata"]["labels"];
            items.push_back({{"kind", "NodeMetrics"}, {"apiVersion", "metrics.k8s.io/v1beta1"}, {"metadata", metadata},
                             {"timestamp", nowStamp()}, {"window", "10.002s"},
                             {"usage", {{"cpu", cpuText(cpu)}, {"memory", memoryText(memory)}}}});
        }
    }
    if (!path.name.empty()) {
        if (items.empty())
            return HandlerRest::sendError(context, ObjectStoreError::notFound(path.plural + ".metrics.k8s.io", path.name));
        return context.sendJson(200, items.front());
    }
    context.sendJson(200, {{"kind", nodes ? "NodeMetricsList" : "PodMetricsList"},
                           {"apiVersion", "metrics.k8s.io/v1beta1"},
                           {"metadata", nlohmann::json::object()},
                           {"items", items}});
}

} // namespace lcl::sim
