#include "labsim/faultbook.h"

#include <algorithm>
#include <array>
#include <utility>

namespace lcl::sim {

namespace {

struct KindName {
    FaultKind kind;
    const char* name;
    double defaultValue;
    bool needsTarget;
};

constexpr std::array<KindName, 11> kKinds{{
    {FaultKind::CrashLoop, "crash-loop", 0, true},
    {FaultKind::OomKilled, "oom", 0, true},
    {FaultKind::LatencySpike, "latency", 800, true},
    {FaultKind::ErrorBurst, "error-burst", 0.4, true},
    {FaultKind::TrafficSurge, "traffic-surge", 4, true},
    {FaultKind::DependencyDown, "dependency-down", 0, true},
    {FaultKind::BackupFailed, "backup-failed", 0, false},
    {FaultKind::DropWatches, "drop-watches", 0, false},
    {FaultKind::GoneStorm, "gone-storm", 0, false},
    {FaultKind::Api503, "api-503", 0.3, false},
    {FaultKind::ApiSlow, "api-slow", 1500, false},
}};

const KindName& entry(FaultKind kind)
{
    return *std::find_if(kKinds.begin(), kKinds.end(), [kind](const KindName& k) { return k.kind == kind; });
}

} // namespace

std::string faultKindName(FaultKind kind)
{
    return entry(kind).name;
}

std::optional<FaultKind> faultKindFromName(const std::string& name)
{
    for (const KindName& k : kKinds) {
        if (name == k.name)
            return k.kind;
    }
    return std::nullopt;
}

std::vector<std::string> faultKindNames()
{
    std::vector<std::string> names;
    for (const KindName& k : kKinds)
        names.emplace_back(k.name);
    return names;
}

double defaultFaultValue(FaultKind kind)
{
    return entry(kind).defaultValue;
}

bool faultNeedsTarget(FaultKind kind)
{
    return entry(kind).needsTarget;
}

nlohmann::json Fault::toJson() const
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(since.time_since_epoch()).count();
    return {{"id", id}, {"kind", faultKindName(kind)}, {"target", target}, {"value", value}, {"since", seconds}};
}

std::optional<Fault> Fault::fromJson(const nlohmann::json& json, std::string* error)
{
    auto fail = [error](std::string message) -> std::optional<Fault> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    if (!json.is_object())
        return fail("a fault is a JSON object with kind, target and value");
    const auto kindIt = json.find("kind");
    if (kindIt == json.end() || !kindIt->is_string())
        return fail("\"kind\" is missing or not a string");
    const std::optional<FaultKind> kind = faultKindFromName(kindIt->get<std::string>());
    if (!kind) {
        std::string known;
        for (const std::string& name : faultKindNames())
            known += (known.empty() ? "" : ", ") + name;
        return fail("unknown fault kind \"" + kindIt->get<std::string>() + "\"; known kinds: " + known);
    }
    Fault fault;
    fault.kind = *kind;
    if (const auto it = json.find("target"); it != json.end() && !it->is_null()) {
        if (!it->is_string())
            return fail("\"target\" must be a string");
        fault.target = it->get<std::string>();
    }
    if (faultNeedsTarget(fault.kind) && fault.target.empty())
        return fail("a " + faultKindName(fault.kind) + " fault needs a target (a service of the profile)");
    if (const auto it = json.find("value"); it != json.end() && !it->is_null()) {
        if (!it->is_number())
            return fail("\"value\" must be a number");
        fault.value = it->get<double>();
    }
    if (fault.value < 0)
        return fail("\"value\" must not be negative");
    const bool isShare = fault.kind == FaultKind::ErrorBurst || fault.kind == FaultKind::Api503;
    if (isShare && fault.value > 1)
        return fail("\"value\" of a " + faultKindName(fault.kind) + " fault is a share between 0 and 1");
    if (fault.value == 0)
        fault.value = defaultFaultValue(fault.kind);
    return fault;
}

Fault FaultBook::add(Fault fault)
{
    std::vector<Fault> replaced;
    {
        const std::lock_guard lock(m_mutex);
        const auto same = [&fault](const Fault& f) { return f.kind == fault.kind && f.target == fault.target; };
        std::copy_if(m_faults.begin(), m_faults.end(), std::back_inserter(replaced), same);
        m_faults.erase(std::remove_if(m_faults.begin(), m_faults.end(), same), m_faults.end());
        fault.id = m_nextId++;
        if (fault.value == 0)
            fault.value = defaultFaultValue(fault.kind);
        fault.since = std::chrono::system_clock::now();
        m_faults.push_back(fault);
        ++m_generation;
    }
    notify(replaced, false);
    notify({fault}, true);
    return fault;
}

bool FaultBook::remove(std::uint64_t id)
{
    std::vector<Fault> removed;
    {
        const std::lock_guard lock(m_mutex);
        const auto it = std::find_if(m_faults.begin(), m_faults.end(), [id](const Fault& f) { return f.id == id; });
        if (it == m_faults.end())
            return false;
        removed.push_back(*it);
        m_faults.erase(it);
        ++m_generation;
    }
    notify(removed, false);
    return true;
}

std::size_t FaultBook::clear(std::optional<FaultKind> kind, const std::string& target)
{
    std::vector<Fault> removed;
    {
        const std::lock_guard lock(m_mutex);
        const auto matches = [&](const Fault& f) {
            return (!kind || f.kind == *kind) && (target.empty() || f.target == target);
        };
        std::copy_if(m_faults.begin(), m_faults.end(), std::back_inserter(removed), matches);
        m_faults.erase(std::remove_if(m_faults.begin(), m_faults.end(), matches), m_faults.end());
        if (!removed.empty())
            ++m_generation;
    }
    notify(removed, false);
    return removed.size();
}

std::vector<Fault> FaultBook::list() const
{
    const std::lock_guard lock(m_mutex);
    return m_faults;
}

std::optional<Fault> FaultBook::find(FaultKind kind, const std::string& target) const
{
    const std::lock_guard lock(m_mutex);
    for (const Fault& f : m_faults) {
        if (f.kind == kind && (f.target.empty() || target.empty() || f.target == target))
            return f;
    }
    return std::nullopt;
}

bool FaultBook::any(FaultKind kind) const
{
    const std::lock_guard lock(m_mutex);
    return std::any_of(m_faults.begin(), m_faults.end(), [kind](const Fault& f) { return f.kind == kind; });
}

std::uint64_t FaultBook::generation() const
{
    const std::lock_guard lock(m_mutex);
    return m_generation;
}

void FaultBook::addObserver(Observer observer)
{
    const std::lock_guard lock(m_mutex);
    m_observers.push_back(std::move(observer));
}

void FaultBook::notify(const std::vector<Fault>& faults, bool added) const
{
    std::vector<Observer> observers;
    {
        const std::lock_guard lock(m_mutex);
        observers = m_observers;
    }
    for (const Fault& fault : faults) {
        for (const Observer& observer : observers)
            observer(fault, added);
    }
}

} // namespace lcl::sim
