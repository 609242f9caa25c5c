#include "labsim/seedlogs.h"

#include "labsim/objectstoremetadata.h"

#include <array>

namespace lcl::sim {

namespace {

bool contains(const std::string& s, const char* part)
{
    return s.find(part) != std::string::npos;
}

std::string traceId(std::mt19937_64& rng, int length)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < length; ++i)
        s += kHex[rng() % 16];
    return s;
}

std::string serilog(const std::string& level, const std::string& template_, const std::string& extra,
                    std::mt19937_64& rng)
{
    return "{\"@t\":\"" + ObjectStoreMetadata::microTimestamp() + "\",\"@mt\":\"" + template_ + "\""
           + (level.empty() ? std::string() : ",\"@l\":\"" + level + "\"") + extra + ",\"TraceId\":\""
           + traceId(rng, 32) + "\",\"SpanId\":\"" + traceId(rng, 16) + "\"}";
}

} // namespace

SeedLogs::Flavor SeedLogs::flavorFor(const std::string& image, const std::string& container)
{
    const auto s = image + " " + container;
    if (contains(s, "backup") || contains(s, "definitions"))
        return Flavor::Backup;
    if (contains(s, "postgres"))
        return Flavor::Postgres;
    if (contains(s, "redis"))
        return Flavor::Redis;
    if (contains(s, "rabbitmq"))
        return Flavor::RabbitMq;
    if (contains(s, "envoy"))
        return Flavor::Envoy;
    if (contains(s, "-api") || contains(s, "dotnet") || contains(s, "aspnet"))
        return Flavor::DotNet;
    return Flavor::Generic;
}

std::vector<std::string> SeedLogs::startup(Flavor flavor, const std::string& pod, std::mt19937_64& rng)
{
    switch (flavor) {
    case Flavor::DotNet:
        return {serilog("", "Now listening on: {address}", ",\"address\":\"http://[::]:8080\"", rng),
                serilog("", "Application started. Press Ctrl+C to shut down.", "", rng),
                serilog("", "Hosting environment: {EnvName}", ",\"EnvName\":\"Production\"", rng),
                serilog("", "Content root path: {ContentRoot}", ",\"ContentRoot\":\"/app\"", rng),
                serilog("", "Connected to PostgreSQL {Host} (pool size {PoolSize})",
                        ",\"Host\":\"postgresql.postgres.svc.cluster.local\",\"PoolSize\":100", rng),
                serilog("", "Redis connection established to {Endpoint}",
                        ",\"Endpoint\":\"redis-master.caching.svc.cluster.local:6379\"", rng)};
    case Flavor::Postgres:
        return {"postgresql 07:00:01.12 INFO  ==> ** Starting PostgreSQL setup **",
                "postgresql 07:00:01.20 INFO  ==> Validating settings in POSTGRESQL_* env vars..",
                "postgresql 07:00:01.35 INFO  ==> Loading custom pre-init scripts...",
                "postgresql 07:00:02.02 INFO  ==> ** PostgreSQL setup finished! **",
                "postgresql 07:00:02.10 INFO  ==> ** Starting PostgreSQL **",
                "2026-11-26 07:00:02.142 GMT [1] LOG:  starting PostgreSQL 16.4 on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit",
                "2026-11-26 07:00:02.143 GMT [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432",
                "2026-11-26 07:00:02.151 GMT [1] LOG:  database system is ready to accept connections"};
    case Flavor::Redis:
        return {"redis 07:00:01.05 INFO  ==> ** Starting Redis setup **",
                "redis 07:00:01.30 INFO  ==> ** Redis setup finished! **",
                "1:C 26 Nov 2026 07:00:01.352 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
                "1:C 26 Nov 2026 07:00:01.352 * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started",
                "1:M 26 Nov 2026 07:00:01.353 * Running mode=standalone, port=6379.",
                "1:M 26 Nov 2026 07:00:01.354 * DB loaded from disk: 0.012 seconds",
                "1:M 26 Nov 2026 07:00:01.354 * Ready to accept connections tcp"};
    case Flavor::RabbitMq:
        return {"2026-11-26 07:00:04.101231+00:00 [info] <0.230.0>  Starting RabbitMQ 3.13.7 on Erlang 26.2.5",
                "2026-11-26 07:00:04.215022+00:00 [info] <0.230.0>  node           : rabbit@" + pod + ".rabbitmq-headless.messaging.svc.cluster.local",
                "2026-11-26 07:00:06.402219+00:00 [info] <0.608.0> Ready to start client connection listeners",
                "2026-11-26 07:00:06.410118+00:00 [info] <0.773.0> started TCP listener on [::]:5672",
                "2026-11-26 07:00:06.822016+00:00 [info] <0.230.0> Server startup complete; 5 plugins started."};
    case Flavor::Envoy:
        return {"[2026-11-26 07:00:01.101][1][info][main] [source/server/server.cc:430] initializing epoch 0 (base id=0, hot restart version=11.104)",
                "[2026-11-26 07:00:01.350][1][info][main] [source/server/server.cc:978] all clusters initialized. initializing init manager",
                "[2026-11-26 07:00:01.351][1][info][config] [source/common/listener_manager/listener_manager_impl.cc:930] all dependencies initialized. starting workers"};
    case Flavor::Backup:
        return {"Starting backup of " + pod, "Connecting to the server...", "Dump written to /backup/latest (42.7 MiB)",
                "Pruned 1 old backup(s); keeping 7", "Backup finished successfully"};
    case Flavor::Generic:
        break;
    }
    return {"level=info ts=" + ObjectStoreMetadata::microTimestamp() + " msg=\"Starting " + pod + "\"",
            "level=info ts=" + ObjectStoreMetadata::microTimestamp() + " msg=\"Server is ready to receive requests\""};
}

std::string SeedLogs::activity(Flavor flavor, const std::string& pod, std::mt19937_64& rng)
{
    static constexpr std::array<const char*, 4> kPaths = {"/search", "/search/suggest", "/checkin", "/health/ready"};
    switch (flavor) {
    case Flavor::DotNet: {
        const auto path = kPaths[rng() % kPaths.size()];
        const auto ms = 5 + static_cast<int>(rng() % 120);
        return serilog("", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                       std::string(",\"RequestMethod\":\"GET\",\"RequestPath\":\"") + path
                           + "\",\"StatusCode\":200,\"Elapsed\":" + std::to_string(ms) + ".2143",
                       rng);
    }
    case Flavor::Postgres:
        return ObjectStoreMetadata::timestamp() + " GMT [" + std::to_string(60 + rng() % 900)
               + "] LOG:  checkpoint complete: wrote " + std::to_string(rng() % 300) + " buffers";
    case Flavor::Redis:
        return "1:M " + ObjectStoreMetadata::timestamp() + " * 100 changes in 300 seconds. Saving...";
    case Flavor::RabbitMq:
        return ObjectStoreMetadata::microTimestamp() + " [info] <0.1201.0> accepting AMQP connection 10.42.0."
               + std::to_string(2 + rng() % 200) + ":" + std::to_string(40000 + rng() % 20000) + " -> 10.42.0.9:5672";
    case Flavor::Envoy:
        return "[" + ObjectStoreMetadata::microTimestamp() + "] \"GET /search HTTP/1.1\" 200 - 0 "
               + std::to_string(200 + rng() % 4000) + " " + std::to_string(3 + rng() % 80) + " \"-\" \"curl/8.5.0\"";
    case Flavor::Backup:
        return "backup step finished";
    case Flavor::Generic:
        break;
    }
    return "level=info ts=" + ObjectStoreMetadata::microTimestamp() + " caller=main.go:" + std::to_string(100 + rng() % 400)
           + " msg=\"" + pod + " healthy\"";
}

} // namespace lcl::sim
