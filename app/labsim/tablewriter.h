#pragma once

#include "labsim/objectstoretypes.h"

#include <nlohmann/json.hpp>

#include <string>

namespace lcl::sim {

struct ResourceInfo;

// meta.k8s.io/v1 Table output (kubernetes-api.md §4.3) with the columns kubectl shows for each kind: pods
// Name/Ready/Status/Restarts/Age, deployments Name/Ready/Up-to-date/Available/Age, and so on; Name/Age for
// kinds without their own printer.
class TableWriter final {
public:
    // `includeObject`: "None", "Object" or "" / "Metadata" (rows carry PartialObjectMetadata).
    static nlohmann::json table(const ResourceInfo& resource, const ListResult& list, const std::string& includeObject);
    // A one-row Table for a watch event's object.
    static nlohmann::json eventTable(const ResourceInfo& resource, const nlohmann::json& object,
                                     const std::string& includeObject);

    static nlohmann::json columns(const ResourceInfo& resource);
    static nlohmann::json cells(const ResourceInfo& resource, const nlohmann::json& object);

    // kubectl's HumanDuration: "45s", "5m12s", "3h", "2d5h", ...
    static std::string humanDuration(std::int64_t seconds);
    // The age of an RFC3339 timestamp relative to now, "<unknown>" when absent.
    static std::string age(const nlohmann::json& timestamp);
    // The Pod STATUS cell as kubectl's printPod computes it.
    static std::string podStatus(const nlohmann::json& pod);
};

} // namespace lcl::sim
