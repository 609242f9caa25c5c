#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace lcl::sim {

struct ResourceInfo;

// The cells of one Table row per kind, following kubectl's printers (kubernetes pkg/printers/internalversion).
class TableWriterCells final {
public:
    static nlohmann::json cells(const ResourceInfo& resource, const nlohmann::json& object);
    static std::string podStatus(const nlohmann::json& pod);
};

} // namespace lcl::sim
