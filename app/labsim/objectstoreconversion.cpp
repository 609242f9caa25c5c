#include "labsim/objectstoreconversion.h"

#include "labsim/resourceregistry.h"

namespace lcl::sim {

namespace {

void rename(nlohmann::json& o, const char* from, const char* to)
{
    if (auto it = o.find(from); it != o.end()) {
        o[to] = std::move(*it);
        o.erase(from);
    }
}

bool isEventsV1(const ResourceInfo& r)
{
    return r.group == "events.k8s.io";
}

bool isHpaV1(const ResourceInfo& r)
{
    return r.group == "autoscaling" && r.version == "v1";
}

} // namespace

bool ObjectStoreConversion::needed(const ResourceInfo& resource)
{
    return isEventsV1(resource) || isHpaV1(resource);
}

nlohmann::json ObjectStoreConversion::toStorage(const ResourceInfo& resource, nlohmann::json o)
{
    if (isEventsV1(resource)) {
        o["apiVersion"] = "v1";
        rename(o, "regarding", "involvedObject");
        rename(o, "note", "message");
        rename(o, "deprecatedSource", "source");
        rename(o, "deprecatedFirstTimestamp", "firstTimestamp");
        rename(o, "deprecatedLastTimestamp", "lastTimestamp");
        rename(o, "deprecatedCount", "count");
        rename(o, "reportingController", "reportingComponent");
    } else if (isHpaV1(resource)) {
        o["apiVersion"] = "autoscaling/v2";
        auto& spec = o["spec"];
        if (spec.is_object() && spec.contains("targetCPUUtilizationPercentage")) {
            spec["metrics"] = nlohmann::json::array(
                {{{"type", "Resource"},
                  {"resource",
                   {{"name", "cpu"},
                    {"target", {{"type", "Utilization"}, {"averageUtilization", spec["targetCPUUtilizationPercentage"]}}}}}}});
            spec.erase("targetCPUUtilizationPercentage");
        }
    }
    return o;
}

nlohmann::json ObjectStoreConversion::fromStorage(const ResourceInfo& resource, nlohmann::json o)
{
    if (isEventsV1(resource)) {
        o["apiVersion"] = "events.k8s.io/v1";
        rename(o, "involvedObject", "regarding");
        rename(o, "message", "note");
        rename(o, "source", "deprecatedSource");
        rename(o, "firstTimestamp", "deprecatedFirstTimestamp");
        rename(o, "lastTimestamp", "deprecatedLastTimestamp");
        rename(o, "count", "deprecatedCount");
        rename(o, "reportingComponent", "reportingController");
        if (!o.contains("eventTime") || o["eventTime"].is_null()) {
            // eventTime is required in events.k8s.io/v1; old producers leave it empty, so use the first time.
            auto first = o.value("deprecatedFirstTimestamp", nlohmann::json());
            if (first.is_string()) {
                auto s = first.get<std::string>();
                if (!s.empty() && s.back() == 'Z')
                    s.insert(s.size() - 1, ".000000");
                o["eventTime"] = s;
            }
        }
    } else if (isHpaV1(resource)) {
        o["apiVersion"] = "autoscaling/v1";
        auto& spec = o["spec"];
        if (spec.is_object()) {
            for (const auto& m : spec.value("metrics", nlohmann::json::array()))
                if (m.value("type", "") == "Resource" && m["resource"].value("name", "") == "cpu")
                    spec["targetCPUUtilizationPercentage"] =
                        m["resource"]["target"].value("averageUtilization", 80);
            spec.erase("metrics");
            spec.erase("behavior");
        }
        auto& status = o["status"];
        if (status.is_object()) {
            for (const auto& m : status.value("currentMetrics", nlohmann::json::array()))
                if (m.value("type", "") == "Resource" && m["resource"].value("name", "") == "cpu")
                    status["currentCPUUtilizationPercentage"] =
                        m["resource"]["current"].value("averageUtilization", 0);
            status.erase("currentMetrics");
            status.erase("conditions");
        }
    }
    return o;
}

} // namespace lcl::sim
