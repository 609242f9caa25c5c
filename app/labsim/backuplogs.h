#pragma once

#include <nlohmann/json.hpp>

#include <random>
#include <string>
#include <vector>

namespace lcl::sim {

// What the backup jobs' containers print: pg_dump (verbose), redis-cli BGSAVE/LASTSAVE, rabbitmqctl
// export_definitions, as those tools word it; and how each fails when its server is unreachable.
class BackupLogs final {
public:
    enum class Tool { PgDump, RedisBgsave, RabbitDefinitions, Generic };

    // From the container's command and image.
    static Tool toolFor(const nlohmann::json& container);
    static std::vector<std::string> started(Tool tool, const std::string& pod);
    static std::vector<std::string> succeeded(Tool tool, std::mt19937_64& rng);
    static std::vector<std::string> failed(Tool tool);
};

} // namespace lcl::sim
