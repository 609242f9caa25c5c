#include "labsim/kubeletmessages.h"

#include "labsim/seedlogs.h"

namespace lcl::sim {

namespace {

SeedLogs::Flavor flavorOf(const nlohmann::json& pod)
{
    const auto& c = pod["spec"]["containers"][0];
    return SeedLogs::flavorFor(c.value("image", ""), c.value("name", ""));
}

} // namespace

std::string KubeletMessages::readinessFailed(const nlohmann::json& pod, Probe probe)
{
    const auto& c = pod["spec"]["containers"][0];
    const auto ip = pod.value("status", nlohmann::json::object()).value("podIP", "10.42.0.1");
    int port = 8080;
    if (c.contains("ports") && !c["ports"].empty())
        port = c["ports"][0].value("containerPort", 8080);
    const auto url = "http://" + ip + ":" + std::to_string(port) + "/health/ready";
    if (probe == Probe::Timeout)
        return "Readiness probe failed: Get \"" + url
               + "\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)";
    if (probe == Probe::ServerError)
        return "Readiness probe failed: HTTP probe failed with statuscode: 503";
    switch (flavorOf(pod)) {
    case SeedLogs::Flavor::Postgres:
        return "Readiness probe failed: 127.0.0.1:5432 - no response";
    case SeedLogs::Flavor::Redis:
        return "Readiness probe failed: Could not connect to Redis at localhost:6379: Connection refused";
    case SeedLogs::Flavor::RabbitMq:
        return "Readiness probe failed: Error: unable to perform an operation on node 'rabbit@"
               + pod["metadata"].value("name", "") + "'. Please see diagnostics information and suggestions below.";
    default:
        break;
    }
    return "Readiness probe failed: Get \"" + url + "\": dial tcp " + ip + ":" + std::to_string(port)
           + ": connect: connection refused";
}

std::vector<std::string> KubeletMessages::crashLines(const nlohmann::json& pod, const std::string& container)
{
    switch (flavorOf(pod)) {
    case SeedLogs::Flavor::DotNet:
        return {"Unhandled exception. System.InvalidOperationException: Unable to resolve service for type "
                "'Npgsql.NpgsqlDataSource' while attempting to activate '" + container + ".Repositories.Store'.",
                "   at Microsoft.Extensions.DependencyInjection.ActivatorUtilities.ThrowHelperUnableToResolveService()",
                "   at Microsoft.AspNetCore.Builder.WebApplication.Run(String url)",
                "   at Program.<Main>$(String[] args) in /src/Program.cs:line 57"};
    case SeedLogs::Flavor::Postgres:
        return {"FATAL:  could not map anonymous shared memory: Cannot allocate memory",
                "LOG:  database system is shut down"};
    case SeedLogs::Flavor::Redis:
        return {"1:M # Fatal error loading the DB, check server logs. Exiting."};
    case SeedLogs::Flavor::RabbitMq:
        return {"[error] <0.230.0> BOOT FAILED", "[error] <0.230.0> Error during startup: {error,eacces}"};
    default:
        break;
    }
    return {"panic: runtime error: invalid memory address or nil pointer dereference",
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x5b4c1e]"};
}

} // namespace lcl::sim
