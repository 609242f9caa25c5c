#include "labsim/tablewritercells.h"

#include "labsim/resourceregistry.h"
#include "labsim/tablewriter.h"

#include <QDateTime>

namespace lcl::sim {
namespace {

using nlohmann::json;

const json& at(const json& object, std::initializer_list<const char*> path)
{
    static const json null;
    const json* node = &object;
    for (const char* key : path) {
        if (!node->is_object())
            return null;
        const auto it = node->find(key);
        if (it == node->end())
            return null;
        node = &*it;
    }
    return *node;
}

std::string str(const json& value, const std::string& fallback = "")
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_integer())
        return std::to_string(value.get<std::int64_t>());
    return fallback;
}

std::int64_t num(const json& value)
{
    return value.is_number_integer() ? value.get<std::int64_t>() : 0;
}

std::string joinStrings(const std::vector<std::string>& parts, const char* sep = ",")
{
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : sep) + p;
    return out;
}

std::string containerField(const json& podSpec, const char* field)
{
    std::vector<std::string> values;
    for (const json& c : at(podSpec, {"containers"}).is_array() ? at(podSpec, {"containers"}) : json::array())
        values.push_back(str(at(c, {field})));
    return joinStrings(values);
}

std::string selectorString(const json& selector)
{
    std::vector<std::string> parts;
    if (const json& labels = at(selector, {"matchLabels"}); labels.is_object())
        for (const auto& [k, v] : labels.items())
            parts.push_back(k + '=' + str(v));
    return parts.empty() ? "<none>" : joinStrings(parts);
}

std::string mapSelector(const json& selector)
{
    std::vector<std::string> parts;
    if (selector.is_object())
        for (const auto& [k, v] : selector.items())
            parts.push_back(k + '=' + str(v));
    return parts.empty() ? "<none>" : joinStrings(parts);
}

std::string age(const json& object)
{
    return TableWriter::age(at(object, {"metadata", "creationTimestamp"}));
}

json podCells(const json& pod)
{
    const json& statuses = at(pod, {"status", "containerStatuses"});
    const json& containers = at(pod, {"spec", "containers"});
    std::int64_t ready = 0, restarts = 0;
    if (statuses.is_array())
        for (const json& s : statuses) {
            ready += at(s, {"ready"}).is_boolean() && at(s, {"ready"}).get<bool>() ? 1 : 0;
            restarts += num(at(s, {"restartCount"}));
        }
    const std::size_t total = containers.is_array() ? containers.size() : 0;
    return {str(at(pod, {"metadata", "name"})),
            std::to_string(ready) + '/' + std::to_string(total),
            TableWriterCells::podStatus(pod),
            restarts,
            age(pod),
            str(at(pod, {"status", "podIP"}), "<none>"),
            str(at(pod, {"spec", "nodeName"}), "<none>"),
            "<none>",
            "<none>"};
}

std::string servicePorts(const json& service)
{
    std::vector<std::string> parts;
    for (const json& p : at(service, {"spec", "ports"}).is_array() ? at(service, {"spec", "ports"}) : json::array()) {
        std::string part = std::to_string(num(at(p, {"port"})));
        if (at(p, {"nodePort"}).is_number_integer())
            part += ':' + std::to_string(num(at(p, {"nodePort"})));
        parts.push_back(part + '/' + str(at(p, {"protocol"}), "TCP"));
    }
    return parts.empty() ? "<none>" : joinStrings(parts);
}

std::string jobStatus(const json& job)
{
    const json& conditions = at(job, {"status", "conditions"});
    if (conditions.is_array())
        for (const char* type : {"Complete", "Failed"})
            for (const json& c : conditions)
                if (str(at(c, {"type"})) == type && str(at(c, {"status"})) == "True")
                    return type;
    if (at(job, {"spec", "suspend"}).is_boolean() && at(job, {"spec", "suspend"}).get<bool>())
        return "Suspended";
    return "Running";
}

std::string jobDuration(const json& job)
{
    const QDateTime start = QDateTime::fromString(QString::fromStdString(str(at(job, {"status", "startTime"}))), Qt::ISODate);
    if (!start.isValid())
        return "";
    QDateTime end = QDateTime::fromString(QString::fromStdString(str(at(job, {"status", "completionTime"}))), Qt::ISODate);
    if (!end.isValid())
        end = QDateTime::currentDateTimeUtc();
    return TableWriter::humanDuration(start.secsTo(end));
}

std::string hpaTargets(const json& hpa)
{
    std::vector<std::string> parts;
    const json& current = at(hpa, {"status", "currentMetrics"});
    for (const json& m : at(hpa, {"spec", "metrics"}).is_array() ? at(hpa, {"spec", "metrics"}) : json::array()) {
        const std::string target = str(at(m, {"resource", "target", "averageUtilization"}), "");
        const std::string name = str(at(m, {"resource", "name"}), "cpu");
        std::string now = "<unknown>";
        if (current.is_array())
            for (const json& c : current)
                if (str(at(c, {"resource", "name"})) == name && at(c, {"resource", "current", "averageUtilization"}).is_number())
                    now = std::to_string(num(at(c, {"resource", "current", "averageUtilization"}))) + '%';
        if (!target.empty())
            parts.push_back(name + ": " + now + '/' + target + '%');
    }
    return parts.empty() ? "<none>" : joinStrings(parts, ", ");
}

std::string eventObject(const json& event)
{
    std::string kind = str(at(event, {"involvedObject", "kind"}));
    for (char& c : kind)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return kind + '/' + str(at(event, {"involvedObject", "name"}));
}

std::string eventLastSeen(const json& event)
{
    for (const json* t : {&at(event, {"series", "lastObservedTime"}), &at(event, {"lastTimestamp"}),
                          &at(event, {"eventTime"}), &at(event, {"firstTimestamp"})})
        if (t->is_string())
            return TableWriter::age(*t);
    return age(event);
}

std::string nodeStatus(const json& node)
{
    const json& conditions = at(node, {"status", "conditions"});
    if (conditions.is_array())
        for (const json& c : conditions)
            if (str(at(c, {"type"})) == "Ready")
                return str(at(c, {"status"})) == "True" ? "Ready" : "NotReady";
    return "Unknown";
}

std::string nodeRoles(const json& node)
{
    std::vector<std::string> roles;
    if (const json& labels = at(node, {"metadata", "labels"}); labels.is_object())
        for (const auto& [k, v] : labels.items())
            if (k.rfind("node-role.kubernetes.io/", 0) == 0)
                roles.push_back(k.substr(24));
    return roles.empty() ? "<none>" : joinStrings(roles);
}

std::string conditionStatus(const json& conditions, const char* type)
{
    if (conditions.is_array())
        for (const json& c : conditions)
            if (str(at(c, {"type"})) == type)
                return str(at(c, {"status"}), "Unknown");
    return "Unknown";
}

bool isSidecar(const json& pod, const std::string& name)
{
    const json& inits = at(pod, {"spec", "initContainers"});
    if (inits.is_array())
        for (const json& c : inits)
            if (str(at(c, {"name"})) == name)
                return str(at(c, {"restartPolicy"})) == "Always";
    return false;
}

} // namespace

std::string TableWriterCells::podStatus(const json& pod)
{
    std::string reason = str(at(pod, {"status", "reason"}), str(at(pod, {"status", "phase"}), "Unknown"));
    const json& initStatuses = at(pod, {"status", "initContainerStatuses"});
    if (initStatuses.is_array()) {
        std::size_t i = 0;
        for (const json& s : initStatuses) {
            const json& terminated = at(s, {"state", "terminated"});
            if (terminated.is_object() && num(at(terminated, {"exitCode"})) == 0) {
                ++i;
                continue;
            }
            if (terminated.is_object())
                return "Init:" + str(at(terminated, {"reason"}), "ExitCode:" + std::to_string(num(at(terminated, {"exitCode"}))));
            const std::string waiting = str(at(s, {"state", "waiting", "reason"}));
            if (!waiting.empty() && waiting != "PodInitializing")
                return "Init:" + waiting;
            if (at(s, {"state", "running"}).is_object() && isSidecar(pod, str(at(s, {"name"})))) {
                ++i; // a started native sidecar counts as done
                continue;
            }
            return "Init:" + std::to_string(i) + '/' + std::to_string(initStatuses.size());
        }
    }
    const json& statuses = at(pod, {"status", "containerStatuses"});
    bool hasRunning = false;
    if (statuses.is_array()) {
        for (auto it = statuses.rbegin(); it != statuses.rend(); ++it) {
            const json& s = *it;
            const std::string waiting = str(at(s, {"state", "waiting", "reason"}));
            const json& terminated = at(s, {"state", "terminated"});
            if (!waiting.empty())
                reason = waiting;
            else if (terminated.is_object())
                reason = str(at(terminated, {"reason"}),
                             at(terminated, {"signal"}).is_number() ? "Signal:" + std::to_string(num(at(terminated, {"signal"})))
                                                                    : "ExitCode:" + std::to_string(num(at(terminated, {"exitCode"}))));
            else if (at(s, {"ready"}).is_boolean() && at(s, {"ready"}).get<bool>())
                hasRunning = true;
        }
        if (reason == "Completed" && hasRunning)
            reason = conditionStatus(at(pod, {"status", "conditions"}), "Ready") == "True" ? "Running" : "NotReady";
    }
    if (at(pod, {"metadata", "deletionTimestamp"}).is_string())
        reason = str(at(pod, {"status", "reason"})) == "NodeLost" ? "Unknown" : "Terminating";
    return reason;
}

json TableWriterCells::cells(const ResourceInfo& r, const json& o)
{
    const std::string& p = r.plural;
    const std::string name = str(at(o, {"metadata", "name"}));
    const json& spec = at(o, {"spec"});
    const json& status = at(o, {"status"});
    const json& podSpec = at(spec, {"template", "spec"});
    if (p == "pods")
        return podCells(o);
    if (p == "deployments")
        return {name, std::to_string(num(at(status, {"readyReplicas"}))) + '/' + std::to_string(num(at(spec, {"replicas"}))),
                num(at(status, {"updatedReplicas"})), num(at(status, {"availableReplicas"})), age(o),
                containerField(podSpec, "name"), containerField(podSpec, "image"), selectorString(at(spec, {"selector"}))};
    if (p == "statefulsets")
        return {name, std::to_string(num(at(status, {"readyReplicas"}))) + '/' + std::to_string(num(at(spec, {"replicas"}))),
                age(o), containerField(podSpec, "name"), containerField(podSpec, "image")};
    if (p == "replicasets")
        return {name, num(at(spec, {"replicas"})), num(at(status, {"replicas"})), num(at(status, {"readyReplicas"})), age(o),
                containerField(podSpec, "name"), containerField(podSpec, "image"), selectorString(at(spec, {"selector"}))};
    if (p == "daemonsets")
        return {name, num(at(status, {"desiredNumberScheduled"})), num(at(status, {"currentNumberScheduled"})),
                num(at(status, {"numberReady"})), num(at(status, {"updatedNumberScheduled"})),
                num(at(status, {"numberAvailable"})), mapSelector(at(podSpec, {"nodeSelector"})), age(o)};
    if (p == "services") {
        std::vector<std::string> external;
        if (const json& ing = at(status, {"loadBalancer", "ingress"}); ing.is_array())
            for (const json& i : ing)
                external.push_back(str(at(i, {"ip"}), str(at(i, {"hostname"}))));
        const std::string type = str(at(spec, {"type"}), "ClusterIP");
        return {name, type, str(at(spec, {"clusterIP"}), "<none>"),
                external.empty() ? (type == "LoadBalancer" ? "<pending>" : "<none>") : joinStrings(external),
                servicePorts(o), age(o), mapSelector(at(spec, {"selector"}))};
    }
    if (p == "jobs") {
        const std::int64_t completions = at(spec, {"completions"}).is_number() ? num(at(spec, {"completions"})) : 1;
        return {name, jobStatus(o), std::to_string(num(at(status, {"succeeded"}))) + '/' + std::to_string(completions),
                jobDuration(o), age(o), containerField(podSpec, "name"), containerField(podSpec, "image"),
                selectorString(at(spec, {"selector"}))};
    }
    if (p == "cronjobs") {
        const json& jobSpec = at(spec, {"jobTemplate", "spec", "template", "spec"});
        const json& active = at(status, {"active"});
        return {name, str(at(spec, {"schedule"})), str(at(spec, {"timeZone"}), "<none>"),
                at(spec, {"suspend"}).is_boolean() && at(spec, {"suspend"}).get<bool>(),
                active.is_array() ? static_cast<std::int64_t>(active.size()) : 0,
                at(status, {"lastScheduleTime"}).is_string() ? TableWriter::age(at(status, {"lastScheduleTime"})) : "<none>",
                age(o), containerField(jobSpec, "name"), containerField(jobSpec, "image")};
    }
    if (p == "horizontalpodautoscalers")
        return {name, str(at(spec, {"scaleTargetRef", "kind"})) + '/' + str(at(spec, {"scaleTargetRef", "name"})),
                hpaTargets(o), str(at(spec, {"minReplicas"}), "<unset>"), num(at(spec, {"maxReplicas"})),
                num(at(status, {"currentReplicas"})), age(o)};
    if (p == "namespaces")
        return {name, str(at(status, {"phase"}), "Active"), age(o)};
    if (p == "nodes") {
        std::string ip = "<none>";
        if (const json& addrs = at(status, {"addresses"}); addrs.is_array())
            for (const json& a : addrs)
                if (str(at(a, {"type"})) == "InternalIP")
                    ip = str(at(a, {"address"}));
        return {name, nodeStatus(o), nodeRoles(o), age(o), str(at(status, {"nodeInfo", "kubeletVersion"})), ip,
                str(at(status, {"nodeInfo", "osImage"})), str(at(status, {"nodeInfo", "kernelVersion"})),
                str(at(status, {"nodeInfo", "containerRuntimeVersion"}))};
    }
    if (p == "events" && r.group.empty())
        return {eventLastSeen(o), str(at(o, {"type"})), str(at(o, {"reason"})), eventObject(o), str(at(o, {"message"}))};
    if (p == "configmaps" || p == "secrets") {
        std::int64_t count = 0;
        for (const char* key : {"data", "binaryData", "stringData"})
            if (at(o, {key}).is_object())
                count += static_cast<std::int64_t>(at(o, {key}).size());
        if (p == "configmaps")
            return {name, count, age(o)};
        return {name, str(at(o, {"type"}), "Opaque"), count, age(o)};
    }
    if (p == "endpoints") {
        std::vector<std::string> eps;
        if (const json& subsets = at(o, {"subsets"}); subsets.is_array())
            for (const json& s : subsets)
                for (const json& a : at(s, {"addresses"}).is_array() ? at(s, {"addresses"}) : json::array())
                    for (const json& port : at(s, {"ports"}).is_array() ? at(s, {"ports"}) : json::array())
                        eps.push_back(str(at(a, {"ip"})) + ':' + std::to_string(num(at(port, {"port"}))));
        return {name, eps.empty() ? "<none>" : joinStrings(eps), age(o)};
    }
    if (p == "persistentvolumeclaims")
        return {name, str(at(status, {"phase"}), "Pending"), str(at(spec, {"volumeName"})),
                str(at(status, {"capacity", "storage"})), "RWO", str(at(spec, {"storageClassName"})), age(o)};
    if (p == "httproutes" || p == "grpcroutes") {
        std::vector<std::string> hosts;
        if (const json& h = at(spec, {"hostnames"}); h.is_array())
            for (const json& host : h)
                hosts.push_back(str(host));
        return {name, hosts.empty() ? "" : joinStrings(hosts), age(o)};
    }
    if (p == "gateways") {
        std::string address;
        if (const json& a = at(status, {"addresses"}); a.is_array() && !a.empty())
            address = str(at(a[0], {"value"}));
        return {name, str(at(spec, {"gatewayClassName"})), address, conditionStatus(at(status, {"conditions"}), "Programmed"),
                age(o)};
    }
    if (p == "gatewayclasses")
        return {name, str(at(spec, {"controllerName"})), conditionStatus(at(status, {"conditions"}), "Accepted"), age(o)};
    return {name, age(o)};
}

} // namespace lcl::sim
