#include "labsim/seed.h"

#include "labsim/objectstore.h"
#include "labsim/seedbuilder.h"

#include "lab/labprofile.h"

#include <QDir>

namespace lcl::sim {

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

std::map<std::string, std::string> labels(const QMap<QString, QString>& map)
{
    std::map<std::string, std::string> out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out[s(it.key())] = s(it.value());
    return out;
}

ObjectFactory::Workload workloadOf(const lab::WorkloadSpec& spec)
{
    ObjectFactory::Workload w;
    w.ns = s(spec.ns);
    w.name = s(spec.name);
    w.image = s(spec.image);
    w.container = s(spec.container);
    w.replicas = spec.replicas;
    w.labels = labels(spec.labels);
    if (w.labels.empty())
        w.labels = {{"app", w.name}};
    for (const auto& p : spec.ports)
        w.ports.push_back({s(p.name), p.containerPort, s(p.protocol)});
    w.cpuRequest = s(spec.resources.requests.cpu);
    w.memoryRequest = s(spec.resources.requests.memory);
    w.cpuLimit = s(spec.resources.limits.cpu);
    w.memoryLimit = s(spec.resources.limits.memory);
    if (spec.storage) {
        w.storageSize = s(spec.storage->size);
        if (!spec.storage->storageClass.isEmpty())
            w.storageClass = s(spec.storage->storageClass);
    }
    return w;
}

// k3s's own kube-system workloads, unless the profile already describes them.
void k3sSystem(SeedBuilder& b, const lab::LabProfile& profile)
{
    const auto has = [&profile](const char* name) {
        return !profile.serviceIdForWorkload(QStringLiteral("kube-system"), QString::fromLatin1(name)).isEmpty();
    };
    if (!has("coredns")) {
        ObjectFactory::Workload w{"kube-system", "coredns", "rancher/mirrored-coredns-coredns:1.11.3", "coredns",
                                  {{"dns", 53, "UDP"}, {"dns-tcp", 53, "TCP"}, {"metrics", 9153, "TCP"}}, 1,
                                  {{"k8s-app", "kube-dns"}}, "100m", "70Mi", "", "170Mi", {}, {}, {}, "local-path", {}};
        b.deployment(w);
        b.service("kube-system", "kube-dns", "ClusterIP", {{"k8s-app", "kube-dns"}},
                  {{"dns", 53, "UDP"}, {"dns-tcp", 53, "TCP"}, {"metrics", 9153, "TCP"}});
    }
    if (!has("local-path-provisioner")) {
        ObjectFactory::Workload w{"kube-system", "local-path-provisioner",
                                  "rancher/local-path-provisioner:v0.0.30", "local-path-provisioner", {}, 1,
                                  {{"app", "local-path-provisioner"}}, "", "", "", "", {}, {}, {}, "local-path", {}};
        b.deployment(w);
    }
    if (!has("metrics-server")) {
        ObjectFactory::Workload w{"kube-system", "metrics-server", "rancher/mirrored-metrics-server:v0.7.2",
                                  "metrics-server", {{"https", 10250, "TCP"}}, 1, {{"k8s-app", "metrics-server"}},
                                  "100m", "70Mi", "", "", {}, {}, {}, "local-path", {}};
        b.deployment(w);
        b.service("kube-system", "metrics-server", "ClusterIP", {{"k8s-app", "metrics-server"}},
                  {{"https", 443, "TCP"}}, {10250});
    }
}

void events(SeedBuilder& b, ObjectStore& store)
{
    auto& f = b.factory();
    // A handful of the events a week-old cluster still shows (kube events expire after an hour on a real one).
    for (const char* ns : {"search", "checkin", "postgres", "caching"}) {
        const auto& pods = b.podsIn(ns);
        if (pods.empty())
            continue;
        const auto& pod = pods.front()->object;
        const auto name = pod["metadata"].value("name", "");
        const auto image = pod["spec"]["containers"][0].value("image", "");
        b.put("events", f.event(pod, "Normal", "Scheduled",
                                "Successfully assigned " + std::string(ns) + "/" + name + " to " + ObjectFactory::kNodeName,
                                "default-scheduler", 1800));
        b.put("events", f.event(pod, "Normal", "Pulled",
                                "Container image \"" + image + "\" already present on machine", "kubelet", 1795));
        b.put("events", f.event(pod, "Normal", "Created", "Created container " +
                                pod["spec"]["containers"][0].value("name", ""), "kubelet", 1794));
        b.put("events", f.event(pod, "Normal", "Started", "Started container " +
                                pod["spec"]["containers"][0].value("name", ""), "kubelet", 1793));
    }
    const auto& checkin = b.podsIn("checkin");
    if (!checkin.empty())
        b.put("events", f.event(checkin.back()->object, "Warning", "Unhealthy",
                                "Readiness probe failed: Get \"http://" + checkin.back()->object["status"].value("podIP", "")
                                    + ":8080/health/ready\": context deadline exceeded (Client.Timeout exceeded while "
                                      "awaiting headers)",
                                "kubelet", 420, 3));
    for (const auto& d : store.snapshot(store.resource("deployments.apps"), "search")) {
        const auto rsMessage = d->object["status"]["conditions"][1].value("message", "");
        const auto start = rsMessage.find('"') + 1;
        b.put("events", f.event(d->object, "Normal", "ScalingReplicaSet",
                                "Scaled up replica set " + rsMessage.substr(start, rsMessage.find('"', start) - start)
                                    + " to " + std::to_string(d->object["spec"].value("replicas", 1)),
                                "deployment-controller", 1810));
    }
}

} // namespace

StoreResult<bool> Seed::seedProfile(ObjectStore& store, const lab::LabProfile& profile, std::uint64_t seed)
{
    SeedBuilder b(store, seed);
    std::vector<std::string> namespaces;
    for (const auto& ns : profile.namespaces())
        namespaces.push_back(s(ns.name));
    b.cluster(namespaces);
    b.gatewayApi();
    k3sSystem(b, profile);

    for (const auto& spec : profile.workloads()) {
        const auto w = workloadOf(spec);
        switch (spec.kind) {
        case lab::WorkloadKind::Deployment:
            b.deployment(w);
            break;
        case lab::WorkloadKind::StatefulSet: {
            auto sts = w;
            for (const auto& svc : profile.kubeServices())
                if (svc.ns == spec.ns && svc.type == QLatin1String("Headless") && svc.serviceId == spec.serviceId)
                    sts.serviceName = s(svc.name);
            b.statefulSet(sts);
            break;
        }
        case lab::WorkloadKind::DaemonSet:
            b.daemonSet(w);
            break;
        }
    }
    for (const auto& svc : profile.kubeServices()) {
        std::vector<ObjectFactory::Port> ports;
        std::vector<int> targets;
        for (const auto& p : svc.ports) {
            ports.push_back({s(p.name), p.port, s(p.protocol)});
            targets.push_back(p.targetPort);
        }
        b.service(s(svc.ns), s(svc.name), s(svc.type), labels(svc.selector), ports, targets);
    }
    if (profile.services().isEmpty() == false)
        b.put("secrets", b.factory().secret("search", "search-api-secret",
                                            {{"postgres-password", "c2ltdWxhdGVkLXBhc3N3b3Jk"},
                                             {"jwt-key", "c2ltdWxhdGVkLWp3dC1rZXk="}}));

    for (const auto& hpa : profile.hpas()) {
        int current = hpa.spec.minReplicas;
        for (const auto& w : profile.workloads())
            if (w.ns == hpa.ns && w.name == hpa.targetName)
                current = w.replicas;
        b.put("horizontalpodautoscalers.autoscaling",
              b.factory().hpa(s(hpa.ns), s(hpa.name), s(hpa.targetKind), s(hpa.targetName), hpa.spec.minReplicas,
                              hpa.spec.maxReplicas, hpa.spec.targetCpuUtilization, current,
                              hpa.spec.targetCpuUtilization / 2 + 7));
    }

    std::vector<std::string> classes;
    for (const auto& gw : profile.gateways()) {
        if (std::find(classes.begin(), classes.end(), s(gw.className)) == classes.end()) {
            classes.push_back(s(gw.className));
            b.put("gatewayclasses.gateway.networking.k8s.io", b.factory().gatewayClass(s(gw.className)));
        }
        std::vector<nlohmann::json> listeners;
        for (const auto& l : gw.listeners) {
            nlohmann::json listener = {{"name", s(l.name)}, {"port", l.port}, {"protocol", s(l.protocol)},
                                       {"allowedRoutes", {{"namespaces", {{"from", "All"}}}}}};
            if (!l.hostname.isEmpty())
                listener["hostname"] = s(l.hostname);
            if (!l.tlsSecret.isEmpty())
                listener["tls"] = {{"mode", "Terminate"},
                                   {"certificateRefs", {{{"group", ""}, {"kind", "Secret"}, {"name", s(l.tlsSecret)}}}}};
            listeners.push_back(listener);
        }
        b.ensureNamespace(s(gw.ns));
        auto gateway = b.factory().gateway(s(gw.ns), s(gw.name), s(gw.className), listeners, "192.168.56.240");
        int attached = 0;
        for (const auto& r : profile.routes())
            attached += r.gateway == gw.name ? 1 : 0;
        for (auto& ls : gateway["status"]["listeners"])
            ls["attachedRoutes"] = attached;
        b.put("gateways.gateway.networking.k8s.io", gateway);
    }
    for (const auto& r : profile.routes()) {
        QString gwNs = r.ns;
        for (const auto& gw : profile.gateways())
            if (gw.name == r.gateway)
                gwNs = gw.ns;
        nlohmann::json rules = nlohmann::json::array();
        for (const auto& rule : r.rules) {
            nlohmann::json matches = nlohmann::json::array();
            for (const auto& m : rule.matches)
                matches.push_back({{"path", {{"type", m.type == lab::RouteMatch::Type::Exact ? "Exact" : "PathPrefix"},
                                             {"value", s(m.path)}}}});
            nlohmann::json backends = nlohmann::json::array();
            for (const auto& be : rule.backends) {
                nlohmann::json ref = {{"group", ""}, {"kind", "Service"}, {"name", s(be.name)}, {"port", be.port},
                                      {"weight", be.weight}};
                if (!be.ns.isEmpty() && be.ns != r.ns)
                    ref["namespace"] = s(be.ns);
                backends.push_back(ref);
            }
            nlohmann::json jr = {{"backendRefs", backends}};
            if (!matches.empty())
                jr["matches"] = matches;
            rules.push_back(jr);
        }
        std::vector<std::string> hostnames;
        for (const auto& h : r.hostnames)
            hostnames.push_back(s(h));
        b.put("httproutes.gateway.networking.k8s.io",
              b.factory().httpRoute(s(r.ns), s(r.name), {{"name", s(r.gateway)}, {"namespace", s(gwNs)}}, hostnames,
                                    rules));
    }
    for (const auto& backup : profile.backups()) {
        std::vector<std::string> command;
        for (const auto& c : backup.command)
            command.push_back(s(c));
        b.backup(s(backup.ns), s(backup.name), s(backup.schedule), s(backup.image), command);
    }
    events(b, store);
    if (!b.ok())
        return b.error();
    return true;
}

StoreResult<bool> Seed::seedLocalCloudLab(ObjectStore& store, std::uint64_t seed)
{
    auto profile = lab::LabProfile::builtin();
    if (profile.namespaces().isEmpty()) {
        // The embedded copy is missing (a binary linked without the resource): read the source tree's file.
        const auto root = qEnvironmentVariable("LCL_SOURCE_DIR");
        if (!root.isEmpty()) {
            auto loaded = lab::LabProfile::load(QDir(root).filePath(QStringLiteral("resources/profiles/localcloudlab.yaml")));
            if (loaded)
                profile = loaded.value();
        }
    }
    if (profile.namespaces().isEmpty())
        return ObjectStoreError::internal("the built-in LocalCloudLab profile could not be loaded");
    return seedProfile(store, profile, seed);
}

} // namespace lcl::sim
