#include "labsim/tablewriter.h"

#include "labsim/resourceregistry.h"
#include "labsim/tablewritercells.h"

#include <QDateTime>

namespace lcl::sim {
namespace {

nlohmann::json column(const char* name, const char* type = "string", int priority = 0, const char* format = "")
{
    return {{"name", name}, {"type", type}, {"format", format}, {"description", std::string(name) + " of the object"},
            {"priority", priority}};
}

nlohmann::json rowObject(const nlohmann::json& object, const std::string& includeObject)
{
    if (includeObject == "None")
        return nullptr;
    if (includeObject == "Object")
        return object;
    nlohmann::json metadata = object.value("metadata", nlohmann::json::object());
    metadata.erase("managedFields");
    return {{"kind", "PartialObjectMetadata"}, {"apiVersion", "meta.k8s.io/v1"}, {"metadata", std::move(metadata)}};
}

nlohmann::json tableShell(const ResourceInfo& resource, std::uint64_t rv)
{
    return {{"kind", "Table"},
            {"apiVersion", "meta.k8s.io/v1"},
            {"metadata", {{"resourceVersion", std::to_string(rv)}}},
            {"columnDefinitions", TableWriter::columns(resource)},
            {"rows", nlohmann::json::array()}};
}

} // namespace

nlohmann::json TableWriter::columns(const ResourceInfo& r)
{
    const std::string& p = r.plural;
    nlohmann::json name = column("Name", "string", 0, "name");
    if (p == "pods")
        return {name, column("Ready"), column("Status"), column("Restarts", "string"), column("Age"),
                column("IP", "string", 1), column("Node", "string", 1), column("Nominated Node", "string", 1),
                column("Readiness Gates", "string", 1)};
    if (p == "deployments")
        return {name, column("Ready"), column("Up-to-date", "integer"), column("Available", "integer"), column("Age"),
                column("Containers", "string", 1), column("Images", "string", 1), column("Selector", "string", 1)};
    if (p == "statefulsets")
        return {name, column("Ready"), column("Age"), column("Containers", "string", 1), column("Images", "string", 1)};
    if (p == "replicasets")
        return {name, column("Desired", "integer"), column("Current", "integer"), column("Ready", "integer"),
                column("Age"), column("Containers", "string", 1), column("Images", "string", 1),
                column("Selector", "string", 1)};
    if (p == "daemonsets")
        return {name, column("Desired", "integer"), column("Current", "integer"), column("Ready", "integer"),
                column("Up-to-date", "integer"), column("Available", "integer"), column("Node Selector"), column("Age")};
    if (p == "services")
        return {name, column("Type"), column("Cluster-IP"), column("External-IP"), column("Port(s)"), column("Age"),
                column("Selector", "string", 1)};
    if (p == "jobs")
        return {name, column("Status"), column("Completions"), column("Duration"), column("Age"),
                column("Containers", "string", 1), column("Images", "string", 1), column("Selector", "string", 1)};
    if (p == "cronjobs")
        return {name, column("Schedule"), column("Timezone"), column("Suspend", "boolean"), column("Active", "integer"),
                column("Last Schedule"), column("Age"), column("Containers", "string", 1), column("Images", "string", 1)};
    if (p == "horizontalpodautoscalers")
        return {name, column("Reference"), column("Targets"), column("MinPods", "string"), column("MaxPods", "integer"),
                column("Replicas", "integer"), column("Age")};
    if (p == "namespaces")
        return {name, column("Status"), column("Age")};
    if (p == "nodes")
        return {name, column("Status"), column("Roles"), column("Age"), column("Version"),
                column("Internal-IP", "string", 1), column("OS-Image", "string", 1),
                column("Kernel-Version", "string", 1), column("Container-Runtime", "string", 1)};
    if (p == "events" && r.group.empty())
        return {column("Last Seen"), column("Type"), column("Reason"), column("Object"), column("Message")};
    if (p == "configmaps")
        return {name, column("Data", "integer"), column("Age")};
    if (p == "secrets")
        return {name, column("Type"), column("Data", "integer"), column("Age")};
    if (p == "endpoints")
        return {name, column("Endpoints"), column("Age")};
    if (p == "persistentvolumeclaims")
        return {name, column("Status"), column("Volume"), column("Capacity"), column("Access Modes"),
                column("StorageClass"), column("Age")};
    if (p == "httproutes" || p == "grpcroutes")
        return {name, column("Hostnames"), column("Age")};
    if (p == "gateways")
        return {name, column("Class"), column("Address"), column("Programmed"), column("Age")};
    if (p == "gatewayclasses")
        return {name, column("Controller"), column("Accepted"), column("Age")};
    return {name, column("Age")};
}

nlohmann::json TableWriter::cells(const ResourceInfo& r, const nlohmann::json& object)
{
    return TableWriterCells::cells(r, object);
}

nlohmann::json TableWriter::table(const ResourceInfo& resource, const ListResult& list, const std::string& includeObject)
{
    nlohmann::json table = tableShell(resource, list.resourceVersion);
    if (!list.continueToken.empty())
        table["metadata"]["continue"] = list.continueToken;
    if (list.remainingItemCount)
        table["metadata"]["remainingItemCount"] = *list.remainingItemCount;
    nlohmann::json& rows = table["rows"];
    for (const ObjectPtr& item : list.items)
        rows.push_back({{"cells", cells(resource, item->object)}, {"object", rowObject(item->object, includeObject)}});
    return table;
}

nlohmann::json TableWriter::eventTable(const ResourceInfo& resource, const nlohmann::json& object,
                                       const std::string& includeObject)
{
    const std::string rv = object.contains("metadata") ? object["metadata"].value("resourceVersion", std::string("0"))
                                                       : std::string("0");
    nlohmann::json table = tableShell(resource, 0);
    table["metadata"]["resourceVersion"] = rv;
    table["rows"].push_back({{"cells", cells(resource, object)}, {"object", rowObject(object, includeObject)}});
    return table;
}

std::string TableWriter::humanDuration(std::int64_t seconds)
{
    if (seconds < 0)
        seconds = 0;
    const auto s = [](std::int64_t v) { return std::to_string(v); };
    if (seconds < 60 * 2)
        return s(seconds) + "s";
    const std::int64_t minutes = seconds / 60;
    if (minutes < 10)
        return seconds % 60 == 0 ? s(minutes) + "m" : s(minutes) + "m" + s(seconds % 60) + "s";
    if (minutes < 60 * 3)
        return s(minutes) + "m";
    const std::int64_t hours = minutes / 60;
    if (hours < 8)
        return minutes % 60 == 0 ? s(hours) + "h" : s(hours) + "h" + s(minutes % 60) + "m";
    if (hours < 48)
        return s(hours) + "h";
    if (hours < 24 * 8)
        return hours % 24 == 0 ? s(hours / 24) + "d" : s(hours / 24) + "d" + s(hours % 24) + "h";
    if (hours < 24 * 365 * 2)
        return s(hours / 24) + "d";
    if (hours < 24 * 365 * 8)
        return (hours / 24) % 365 == 0 ? s(hours / 24 / 365) + "y"
                                        : s(hours / 24 / 365) + "y" + s((hours / 24) % 365) + "d";
    return s(hours / 24 / 365) + "y";
}

std::string TableWriter::age(const nlohmann::json& timestamp)
{
    if (!timestamp.is_string())
        return "<unknown>";
    const QDateTime when = QDateTime::fromString(QString::fromStdString(timestamp.get<std::string>()), Qt::ISODate);
    if (!when.isValid())
        return "<unknown>";
    return humanDuration(when.secsTo(QDateTime::currentDateTimeUtc()));
}

std::string TableWriter::podStatus(const nlohmann::json& pod)
{
    return TableWriterCells::podStatus(pod);
}

} // namespace lcl::sim
