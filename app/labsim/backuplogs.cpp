#include "labsim/backuplogs.h"

#include "labsim/objectstoremetadata.h"

namespace lcl::sim {

namespace {

bool has(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

std::string stamp()
{
    auto t = ObjectStoreMetadata::timestamp(); // 2026-11-26T02:00:04Z -> 20261126-0200
    return t.substr(0, 4) + t.substr(5, 2) + t.substr(8, 2) + "-" + t.substr(11, 2) + t.substr(14, 2);
}

} // namespace

BackupLogs::Tool BackupLogs::toolFor(const nlohmann::json& container)
{
    std::string text = container.value("image", "");
    for (const char* key : {"command", "args"})
        if (container.contains(key) && container[key].is_array())
            for (const auto& part : container[key])
                if (part.is_string())
                    text += " " + part.get<std::string>();
    if (has(text, "pg_dump"))
        return Tool::PgDump;
    if (has(text, "BGSAVE") || has(text, "redis-cli"))
        return Tool::RedisBgsave;
    if (has(text, "export_definitions") || has(text, "rabbitmqadmin"))
        return Tool::RabbitDefinitions;
    return Tool::Generic;
}

std::vector<std::string> BackupLogs::started(Tool tool, const std::string& pod)
{
    switch (tool) {
    case Tool::PgDump:
        return {"pg_dump: last built-in OID is 16383", "pg_dump: reading extensions",
                "pg_dump: identifying extension members", "pg_dump: reading schemas",
                "pg_dump: reading user-defined tables"};
    case Tool::RedisBgsave:
        return {"Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe."};
    case Tool::RabbitDefinitions:
        return {"Exporting definitions in JSON to a file at \"/backup/defs-" + stamp().substr(0, 8) + ".json\" ..."};
    case Tool::Generic:
        break;
    }
    return {"Starting " + pod};
}

std::vector<std::string> BackupLogs::succeeded(Tool tool, std::mt19937_64& rng)
{
    switch (tool) {
    case Tool::PgDump: {
        std::vector<std::string> lines;
        for (const char* db : {"search", "checkin"}) {
            lines.push_back(std::string("pg_dump: saving database definition"));
            for (const char* table : {"public.__EFMigrationsHistory", "public.flights", "public.bookings"})
                lines.push_back(std::string("pg_dump: dumping contents of table \"") + table + "\"");
            lines.push_back(std::string("pg_dump: finished ") + db + " -> /backup/" + db + "-" + stamp() + ".dump ("
                            + std::to_string(18 + rng() % 30) + "." + std::to_string(rng() % 10) + " MB)");
        }
        return lines;
    }
    case Tool::RedisBgsave:
        return {std::to_string(1764100000 + rng() % 90000), "Background saving started",
                std::to_string(1764190000 + rng() % 9000),
                "'/data/dump.rdb' -> '/backup/dump-" + stamp().substr(0, 8) + ".rdb'"};
    case Tool::RabbitDefinitions:
        return {"Successfully exported definitions for vhost \"/\" (" + std::to_string(4 + rng() % 6) + " queues, "
                + std::to_string(2 + rng() % 4) + " exchanges, " + std::to_string(3 + rng() % 8) + " bindings)"};
    case Tool::Generic:
        break;
    }
    return {"Done"};
}

std::vector<std::string> BackupLogs::failed(Tool tool)
{
    switch (tool) {
    case Tool::PgDump:
        return {"pg_dump: error: connection to server at \"postgresql.postgres.svc.cluster.local\" (10.43.118.20), "
                "port 5432 failed: Connection refused",
                "\tIs the server running on that host and accepting TCP/IP connections?"};
    case Tool::RedisBgsave:
        return {"Could not connect to Redis at redis-master:6379: Connection refused"};
    case Tool::RabbitDefinitions:
        return {"Error: unable to perform an operation on node 'rabbit@rabbitmq-0.rabbitmq-headless'. Please see "
                "diagnostics information and suggestions below.",
                "",
                "Most common reasons for this are:",
                "",
                " * Target node is unreachable (e.g. due to hostname resolution, TCP connection or firewall issues)",
                " * CLI tool fails to authenticate with the server (e.g. due to CLI tool's Erlang cookie not matching "
                "that of the server)",
                " * Target node is not running"};
    case Tool::Generic:
        break;
    }
    return {"Error: backup failed"};
}

} // namespace lcl::sim
