#include "labsim/kubeletstatus.h"

#include "labsim/objectstoremetadata.h"

namespace lcl::sim {

std::string KubeletStatus::qualifiedImage(const std::string& image)
{
    const auto slash = image.find('/');
    const bool hasRegistry = slash != std::string::npos
                             && (image.substr(0, slash).find('.') != std::string::npos
                                 || image.substr(0, slash).find(':') != std::string::npos);
    std::string ref = image;
    if (slash == std::string::npos)
        ref = "library/" + ref;
    if (!hasRegistry)
        ref = "docker.io/" + ref;
    if (ref.find(':', ref.rfind('/')) == std::string::npos)
        ref += ":latest";
    return ref;
}

std::string KubeletStatus::containerId(std::mt19937_64& rng)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s = "containerd://";
    for (int i = 0; i < 64; ++i)
        s += kHex[rng() % 16];
    return s;
}

namespace {

nlohmann::json base(const nlohmann::json& container, int restartCount, nlohmann::json lastState, std::mt19937_64& rng)
{
    const auto image = KubeletStatus::qualifiedImage(container.value("image", ""));
    std::string digest;
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = 0; i < 64; ++i)
        digest += kHex[rng() % 16];
    return {{"image", image},
            {"imageID", image.substr(0, image.rfind(':')) + "@sha256:" + digest},
            {"lastState", lastState.is_object() ? std::move(lastState) : nlohmann::json::object()},
            {"name", container.value("name", "")},
            {"ready", false},
            {"restartCount", restartCount},
            {"started", false}};
}

} // namespace

nlohmann::json KubeletStatus::waiting(const nlohmann::json& container, const std::string& reason,
                                      const std::string& message, int restartCount, nlohmann::json lastState,
                                      std::mt19937_64& rng)
{
    auto s = base(container, restartCount, std::move(lastState), rng);
    nlohmann::json w = {{"reason", reason}};
    if (!message.empty())
        w["message"] = message;
    s["state"] = {{"waiting", w}};
    if (reason == "ContainerCreating")
        s["imageID"] = ""; // not pulled yet; clients (python-kubernetes) require the key
    else if (s["lastState"].contains("terminated"))
        s["containerID"] = s["lastState"]["terminated"].value("containerID", "");
    return s;
}

nlohmann::json KubeletStatus::running(const nlohmann::json& container, const std::string& startedAt, bool ready,
                                      int restartCount, nlohmann::json lastState, std::mt19937_64& rng)
{
    auto s = base(container, restartCount, std::move(lastState), rng);
    s["containerID"] = containerId(rng);
    s["ready"] = ready;
    s["started"] = true;
    s["state"] = {{"running", {{"startedAt", startedAt}}}};
    return s;
}

nlohmann::json KubeletStatus::terminated(const std::string& reason, int exitCode, const std::string& startedAt,
                                         const std::string& finishedAt, const std::string& containerId)
{
    return {{"terminated", {{"containerID", containerId}, {"exitCode", exitCode}, {"finishedAt", finishedAt},
                            {"reason", reason}, {"startedAt", startedAt}}}};
}

void KubeletStatus::setCondition(nlohmann::json& status, const std::string& type, bool value,
                                 const std::string& reason, const std::string& message)
{
    auto& conditions = status["conditions"];
    if (!conditions.is_array())
        conditions = nlohmann::json::array();
    nlohmann::json c = {{"type", type}, {"status", value ? "True" : "False"}, {"lastProbeTime", nullptr},
                        {"lastTransitionTime", ObjectStoreMetadata::timestamp()}};
    if (!reason.empty())
        c["reason"] = reason;
    if (!message.empty())
        c["message"] = message;
    for (auto& existing : conditions) {
        if (existing.value("type", "") != type)
            continue;
        if (existing.value("status", "") == c["status"] && existing.contains("lastTransitionTime"))
            c["lastTransitionTime"] = existing["lastTransitionTime"];
        existing = std::move(c);
        return;
    }
    conditions.push_back(std::move(c));
}

void KubeletStatus::setReady(nlohmann::json& status, bool ready, const std::string& containerNames,
                             const std::string& doneReason)
{
    if (ready) {
        setCondition(status, "Ready", true);
        setCondition(status, "ContainersReady", true);
    } else if (!doneReason.empty()) {
        setCondition(status, "Ready", false, doneReason);
        setCondition(status, "ContainersReady", false, doneReason);
    } else {
        const auto message = "containers with unready status: [" + containerNames + "]";
        setCondition(status, "Ready", false, "ContainersNotReady", message);
        setCondition(status, "ContainersReady", false, "ContainersNotReady", message);
    }
}

} // namespace lcl::sim
