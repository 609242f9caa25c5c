#pragma once

#include "labsim/faultbook.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lcl::lab {
class LabProfile;
}

namespace lcl::sim {

// Which injected faults hit which objects: a pod belongs to a workload (its Deployment, StatefulSet, DaemonSet
// or Job) and through the lab profile to a service; a fault names either. Thread-safe (read-only after
// construction; the FaultBook locks itself).
class ControllerFaults final {
public:
    ControllerFaults(FaultBook& book, const lab::LabProfile& profile);

    FaultBook& book() { return m_book; }
    // The names a fault may use for this pod: its workload's name and the profile service it belongs to.
    std::vector<std::string> targetsOf(const nlohmann::json& pod) const;
    std::optional<Fault> podFault(FaultKind kind, const nlohmann::json& pod) const;
    bool targets(const Fault& fault, const nlohmann::json& pod) const;
    // A backup job fails when a BackupFailed fault names its CronJob (or nothing), or when the service it backs
    // up is down.
    bool backupFails(const nlohmann::json& job) const;

    static std::string workloadOf(const nlohmann::json& pod);

private:
    FaultBook& m_book;
    std::map<std::string, std::string> m_serviceOfWorkload; // "ns/name" -> profile service id
    std::map<std::string, std::string> m_serviceOfBackup;   // "ns/cronjob" -> profile service id
};

} // namespace lcl::sim
