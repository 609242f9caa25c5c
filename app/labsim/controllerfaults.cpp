#include "labsim/controllerfaults.h"

#include "labsim/controllerutil.h"

#include "lab/labprofile.h"

namespace lcl::sim {

ControllerFaults::ControllerFaults(FaultBook& book, const lab::LabProfile& profile) : m_book(book)
{
    for (const auto& w : profile.workloads())
        m_serviceOfWorkload[QString(w.ns + QLatin1Char('/') + w.name).toStdString()] = w.serviceId.toStdString();
    for (const auto& b : profile.backups())
        m_serviceOfBackup[QString(b.ns + QLatin1Char('/') + b.name).toStdString()] = b.serviceId.toStdString();
}

std::string ControllerFaults::workloadOf(const nlohmann::json& pod)
{
    const auto* ref = ControllerUtil::controllerRef(pod);
    if (!ref)
        return ControllerUtil::nameOf(pod);
    auto name = ref->value("name", "");
    if (ref->value("kind", "") == "ReplicaSet") {
        const auto& m = pod["metadata"];
        const auto hash = m.contains("labels") ? m["labels"].value("pod-template-hash", "") : std::string();
        if (!hash.empty() && name.size() > hash.size() + 1 && name.ends_with("-" + hash))
            name.resize(name.size() - hash.size() - 1);
        else if (const auto dash = name.rfind('-'); dash != std::string::npos)
            name.resize(dash);
    }
    return name;
}

std::vector<std::string> ControllerFaults::targetsOf(const nlohmann::json& pod) const
{
    const auto workload = workloadOf(pod);
    std::vector<std::string> out{workload};
    const auto it = m_serviceOfWorkload.find(ControllerUtil::nsOf(pod) + "/" + workload);
    if (it != m_serviceOfWorkload.end() && !it->second.empty() && it->second != workload)
        out.push_back(it->second);
    return out;
}

std::optional<Fault> ControllerFaults::podFault(FaultKind kind, const nlohmann::json& pod) const
{
    if (!m_book.any(kind))
        return std::nullopt;
    for (const auto& target : targetsOf(pod))
        if (auto fault = m_book.find(kind, target))
            return fault;
    return std::nullopt;
}

bool ControllerFaults::targets(const Fault& fault, const nlohmann::json& pod) const
{
    if (fault.target.empty())
        return true;
    for (const auto& target : targetsOf(pod))
        if (target == fault.target)
            return true;
    return false;
}

bool ControllerFaults::backupFails(const nlohmann::json& job) const
{
    const auto* ref = ControllerUtil::controllerRef(job);
    if (!ref || ref->value("kind", "") != "CronJob")
        return false; // only backups (jobs of a CronJob) fail on purpose
    const auto cronJob = ref->value("name", "");
    if (m_book.find(FaultKind::BackupFailed, cronJob))
        return true;
    const auto it = m_serviceOfBackup.find(ControllerUtil::nsOf(job) + "/" + cronJob);
    return it != m_serviceOfBackup.end() && !it->second.empty()
           && (m_book.find(FaultKind::BackupFailed, it->second) || m_book.find(FaultKind::DependencyDown, it->second));
}

} // namespace lcl::sim
