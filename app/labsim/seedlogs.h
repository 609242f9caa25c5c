#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace lcl::sim {

// Realistic container log lines for the seeded pods: ASP.NET Core (Serilog JSON) for the APIs, PostgreSQL,
// Redis, RabbitMQ, Envoy access logs, and generic lines for the rest.
class SeedLogs final {
public:
    enum class Flavor { DotNet, Postgres, Redis, RabbitMq, Envoy, Backup, Generic };

    static Flavor flavorFor(const std::string& image, const std::string& container);
    // The lines a container printed since it started.
    static std::vector<std::string> startup(Flavor flavor, const std::string& pod, std::mt19937_64& rng);
    // One line of steady-state activity (served requests, checkpoints, ...).
    static std::string activity(Flavor flavor, const std::string& pod, std::mt19937_64& rng);
};

} // namespace lcl::sim
