#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace lcl::sim {

// Complete Kubernetes objects shaped like a k3s v1.31 server returns them (fixtures/real): uid, timestamps,
// managedFields, ownerReferences, defaults and a consistent status. Deterministic for a seed: names' random
// suffixes, uids and IPs come from one seeded PRNG.
class ObjectFactory final {
public:
    struct Port {
        std::string name;
        int port = 0;
        std::string protocol = "TCP";
    };

    // What a workload's pods run.
    struct Workload {
        std::string ns;
        std::string name;
        std::string image;
        std::string container; // defaults to name
        std::vector<Port> ports;
        int replicas = 1;
        std::map<std::string, std::string> labels; // pod template labels and selector
        std::string cpuRequest, memoryRequest, cpuLimit, memoryLimit;
        std::vector<std::pair<std::string, std::string>> env;
        std::vector<std::string> command;
        std::string storageSize;  // StatefulSets: a "data" volumeClaimTemplate
        std::string storageClass = "local-path";
        std::string serviceName;  // StatefulSets: the governing (headless) service
    };

    static constexpr const char* kNodeName = "lclab-node-1";
    static constexpr const char* kNodeIp = "192.168.56.10";
    static constexpr const char* kKubeletVersion = "v1.31.4+k3s1";

    explicit ObjectFactory(std::uint64_t seed = 1);

    std::mt19937_64& rng() { return m_rng; }
    std::string uid();
    std::string suffix(int length = 5); // apimachinery's alphabet
    std::string podIp();
    // Age of seeded objects: `secondsAgo` before now, RFC3339.
    static std::string ago(std::int64_t seconds);

    nlohmann::json namespaceObject(const std::string& name, std::int64_t ageSeconds = 86'400 * 12);
    nlohmann::json node();
    nlohmann::json serviceAccount(const std::string& ns, const std::string& name);
    nlohmann::json configMap(const std::string& ns, const std::string& name,
                             const std::map<std::string, std::string>& data);
    nlohmann::json secret(const std::string& ns, const std::string& name,
                          const std::map<std::string, std::string>& data);

    // A Deployment with status for `w.replicas` ready pods; its ReplicaSet (hash in labels) and pods follow.
    nlohmann::json deployment(const Workload& w);
    nlohmann::json replicaSet(const nlohmann::json& deployment, const std::string& hash);
    // A running, ready pod of `owner` (a ReplicaSet, StatefulSet, DaemonSet or Job) built from its template.
    nlohmann::json pod(const nlohmann::json& owner, const std::string& name, std::int64_t ageSeconds = 3600 * 30);
    nlohmann::json statefulSet(const Workload& w);
    nlohmann::json daemonSet(const Workload& w);
    nlohmann::json persistentVolumeClaim(const std::string& ns, const std::string& name, const std::string& size,
                                         const std::string& storageClass,
                                         const std::map<std::string, std::string>& labels = {});

    nlohmann::json service(const std::string& ns, const std::string& name, const std::string& type,
                           const std::map<std::string, std::string>& selector, const std::vector<Port>& ports,
                           const std::vector<int>& targetPorts = {});
    nlohmann::json endpointSlice(const nlohmann::json& service, const std::vector<nlohmann::json>& pods);
    nlohmann::json endpoints(const nlohmann::json& service, const std::vector<nlohmann::json>& pods);

    nlohmann::json cronJob(const std::string& ns, const std::string& name, const std::string& schedule,
                           const std::string& image, const std::vector<std::string>& command);
    // A Job created from a cron job (or by hand when cronJob is null), complete when `complete`.
    nlohmann::json job(const std::string& ns, const std::string& name, const nlohmann::json& cronJob, bool complete);
    nlohmann::json hpa(const std::string& ns, const std::string& name, const std::string& targetKind,
                       const std::string& targetName, int minReplicas, int maxReplicas, int targetCpu,
                       int currentReplicas, int currentCpu);

    nlohmann::json gatewayClass(const std::string& name);
    nlohmann::json gateway(const std::string& ns, const std::string& name, const std::string& className,
                           const std::vector<nlohmann::json>& listeners, const std::string& address);
    nlohmann::json httpRoute(const std::string& ns, const std::string& name, const nlohmann::json& parentRef,
                             const std::vector<std::string>& hostnames, const nlohmann::json& rules);
    // A CustomResourceDefinition for a served custom kind (the Gateway API ones).
    nlohmann::json customResourceDefinition(const std::string& group, const std::string& kind,
                                            const std::string& plural, const std::vector<std::string>& shortNames,
                                            bool namespaced);
    // A core/v1 Event about `involved`.
    nlohmann::json event(const nlohmann::json& involved, const std::string& type, const std::string& reason,
                         const std::string& message, const std::string& component, std::int64_t ageSeconds,
                         int count = 1);

    // The managedFields entry a controller or kubectl leaves on an object it wrote.
    static void stampManager(nlohmann::json& object, const std::string& manager, const std::string& operation,
                             const std::string& time, const std::string& subresource = {});

    static nlohmann::json ownerReference(const nlohmann::json& owner, bool controller = true);
    static nlohmann::json condition(const std::string& type, const std::string& status, const std::string& reason,
                                    const std::string& message, const std::string& time, bool withProbeTime = false);

private:
    nlohmann::json podTemplate(const Workload& w) const;
    nlohmann::json meta(const std::string& ns, const std::string& name, std::int64_t ageSeconds,
                        const std::map<std::string, std::string>& labels = {});

    std::mt19937_64 m_rng;
    int m_nextPodIp = 10;
};

} // namespace lcl::sim
