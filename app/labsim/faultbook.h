#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace lcl::sim {

// The kinds of trouble the simulator can be told to have. Workload faults name a profile service (or a
// workload) as target; dependency faults name the backing service ("postgresql", "redis", "rabbitmq");
// backup faults name a backup CronJob ("" = every backup); API-server faults have no target.
enum class FaultKind {
    CrashLoop,      // the target's pods crash on start: restarts climb, CrashLoopBackOff
    OomKilled,      // the target's containers are OOMKilled (lastState.terminated.reason), memory at the limit
    LatencySpike,   // the target answers `value` milliseconds slower
    ErrorBurst,     // the target answers a `value` share (0..1) of its requests with 5xx
    TrafficSurge,   // the target gets `value` times its usual request rate (drives the HPA)
    DependencyDown, // the backing service is down: *_up = 0, its callers' errors rise
    BackupFailed,   // the backup jobs' pods fail with a realistic error in their logs
    DropWatches,    // every open watch is closed (once at add, and again every `value` seconds when > 0)
    GoneStorm,      // every watch request and every watch in flight gets 410 Expired
    Api503,         // a `value` share (0..1) of API requests get 503 ServiceUnavailable
    ApiSlow,        // API requests are delayed by `value` milliseconds
};

struct Fault {
    std::uint64_t id = 0; // assigned by FaultBook::add
    FaultKind kind = FaultKind::ErrorBurst;
    std::string target;
    double value = 0;     // meaning per kind (see FaultKind); 0 takes the kind's default
    std::chrono::system_clock::time_point since;

    nlohmann::json toJson() const;
    // Accepts {"kind": "error-burst", "target": "search-api", "value": 0.4}; the error names what is wrong.
    static std::optional<Fault> fromJson(const nlohmann::json& json, std::string* error);
};

// "crash-loop", "oom", "latency", "error-burst", "dependency-down", "backup-failed", "drop-watches",
// "gone-storm", "api-503", "api-slow", "traffic-surge".
std::string faultKindName(FaultKind kind);
std::optional<FaultKind> faultKindFromName(const std::string& name);
std::vector<std::string> faultKindNames();
// The value a fault of this kind gets when added with 0.
double defaultFaultValue(FaultKind kind);
// Whether the kind needs a target.
bool faultNeedsTarget(FaultKind kind);

// The faults in effect, shared by the API server, the controllers, the kubelet and the traffic model.
// Thread-safe; readers call `active`/`find` on every tick or request, so those are cheap.
class FaultBook final {
public:
    FaultBook() = default;
    FaultBook(const FaultBook&) = delete;
    FaultBook& operator=(const FaultBook&) = delete;

    // Returns the stored fault with its id. A second fault of the same kind and target replaces the first.
    Fault add(Fault fault);
    bool remove(std::uint64_t id);
    // Removes every fault (of one kind / for one target when given); returns how many went.
    std::size_t clear(std::optional<FaultKind> kind = std::nullopt, const std::string& target = {});
    std::vector<Fault> list() const;

    // The fault of this kind on this target, if any. For workload faults `target` may be a service or a
    // workload name; a fault whose target is "" applies to every target.
    std::optional<Fault> find(FaultKind kind, const std::string& target = {}) const;
    bool active(FaultKind kind, const std::string& target = {}) const { return find(kind, target).has_value(); }
    bool any(FaultKind kind) const;
    // Bumped on every change, so pollers can notice cheaply.
    std::uint64_t generation() const;

    // Called after every add/remove/clear with the fault(s) concerned and whether they were added (outside the
    // lock, on the caller's thread).
    using Observer = std::function<void(const Fault& fault, bool added)>;
    void addObserver(Observer observer);

private:
    void notify(const std::vector<Fault>& faults, bool added) const;

    mutable std::mutex m_mutex;
    std::vector<Fault> m_faults;
    std::vector<Observer> m_observers;
    std::uint64_t m_nextId = 1;
    std::uint64_t m_generation = 0;
};

} // namespace lcl::sim
