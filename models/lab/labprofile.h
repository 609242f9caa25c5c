#pragma once

#include "core/result.h"
#include "lab/profileerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lcl::lab {

// The lab profile (apiVersion lclab.io/v1, kind LabProfile): what the platform is, for the console, and what
// to create, for lclab-sim. The schema is documented at the top of resources/profiles/localcloudlab.yaml.

enum class ServiceKind { Gateway, Api, Database, Cache, Queue, Observability, Other };
enum class WorkloadKind { Deployment, StatefulSet, DaemonSet };
enum class EdgeKind { Http, Grpc, Database, Cache, Messaging, Logs, Traces, Metrics };

// YAML spellings ("api", "StatefulSet", "messaging") and back; nullopt for an unknown spelling.
QString serviceKindName(ServiceKind kind);
std::optional<ServiceKind> parseServiceKind(const QString& text);
QString workloadKindName(WorkloadKind kind);
std::optional<WorkloadKind> parseWorkloadKind(const QString& text);
QString edgeKindName(EdgeKind kind);
std::optional<EdgeKind> parseEdgeKind(const QString& text);

struct NamespaceSpec {
    QString name;
    QString description;
};

struct ContainerPort {
    QString name;
    int containerPort = 0;
    QString protocol = QStringLiteral("TCP");
};

// A CPU/memory pair as written ("200m", "256Mi") and as numbers; empty text means "not set" (value 0).
struct ResourceAmounts {
    QString cpu;
    QString memory;
    double cpuCores = 0;
    double memoryBytes = 0;
};

struct ResourceRequirements {
    ResourceAmounts requests;
    ResourceAmounts limits;
};

// A PersistentVolumeClaim template (StatefulSets) or a backup's volume.
struct StorageSpec {
    QString size; // "5Gi"
    double sizeBytes = 0;
    QString storageClass;
};

// One workload. As ServiceSpec::workload it is the service's base; LabProfile::workloads() gives the concrete
// objects to create, one per variant when a service has variants (name, replicas, image and labels from the
// variant, everything else from the base), with `serviceId` and `variant` filled.
struct WorkloadSpec {
    WorkloadKind kind = WorkloadKind::Deployment;
    QString name;
    QString ns;          // always filled (defaults to the service's namespace)
    int replicas = 1;    // ignored for DaemonSets
    QString image;
    QString container;   // the main container's name
    QList<ContainerPort> ports;
    ResourceRequirements resources;
    QMap<QString, QString> labels; // pod template labels, also the default Service selector
    std::optional<StorageSpec> storage;
    QString serviceId;
    QString variant;     // empty unless the workload is one of the service's variants
};

// A canary variant (search-api v1/v2): one Deployment of its own behind its own Service.
struct VariantSpec {
    QString name;     // "v1"
    QString workload; // Deployment name, "search-api-v1"
    int replicas = 1;
    QString image;    // empty: the base workload's image
    QMap<QString, QString> labels; // added to the base workload's labels
};

struct ServicePort {
    QString name;
    int port = 0;
    int targetPort = 0;
    QString protocol = QStringLiteral("TCP");
};

// A Kubernetes Service. type is ClusterIP, NodePort, LoadBalancer or Headless (ClusterIP None).
struct KubeServiceSpec {
    QString name;
    QString ns;       // always filled (defaults to the service's namespace)
    QString type = QStringLiteral("ClusterIP");
    QMap<QString, QString> selector; // always filled (defaults to the base workload's labels)
    QList<ServicePort> ports;
    QString serviceId;
};

struct HpaSpec {
    int minReplicas = 1;
    int maxReplicas = 1;
    int targetCpuUtilization = 80; // percent of the CPU request
};

// One HorizontalPodAutoscaler to create: a service's HPA applied to one of its concrete Deployments.
struct HpaObject {
    QString name; // same as the target
    QString ns;
    QString targetKind; // "Deployment" or "StatefulSet"
    QString targetName;
    HpaSpec spec;
    QString serviceId;
};

struct TrafficRoute {
    QString path;   // the http_route label value
    QString method = QStringLiteral("GET");
    int weight = 1; // relative share of the service's requests
};

// What the simulator's traffic model should produce for a service by default.
struct TrafficSpec {
    double requestRate = 0; // requests per second
    double latencyP50Ms = 0;
    double latencyP95Ms = 0;
    double errorRatio = 0;  // 0..1
    QList<TrafficRoute> routes;
};

// Label values the service's metrics carry; each defaults to the service id.
struct Telemetry {
    QString service;   // the `service` label (what a ServiceMonitor adds)
    QString job;       // the `job` label
    QString traceName; // the node name in traces_service_graph_* (client/server labels)
};

struct SloSpec {
    std::optional<double> latencyP95Ms;
    std::optional<double> errorRatio;   // 0..1
    std::optional<double> availability; // 0..1
};

// Console-side thresholds (the shipped alert rules use the same defaults).
struct Thresholds {
    std::optional<double> latencyP95Ms;
    std::optional<double> errorRatio;
    std::optional<double> cpu;    // usage / request
    std::optional<double> memory; // working set / request
    std::optional<int> restarts;  // per 15 minutes
    std::optional<int> queueBacklog;
};

struct ServiceSpec {
    QString id;
    QString displayName; // defaults to the id
    ServiceKind kind = ServiceKind::Other;
    QString ns;          // empty only for external services
    bool external = false;
    QString description;
    std::optional<WorkloadSpec> workload; // none for external services
    QList<VariantSpec> variants;
    QList<KubeServiceSpec> kubeServices;
    std::optional<HpaSpec> hpa;
    std::optional<TrafficSpec> traffic;
    Telemetry telemetry;
    // The effective values: the kind's defaults ("default" kind, then the service's kind), then the service's
    // own keys on top. signals maps a signal name ("requestRate", "errorRatio", "latency", "cpu", "memory",
    // "up", "restarts", "ready", "queueDepth", "connections", ...) to its PromQL template.
    QMap<QString, QString> signalQueries;
    SloSpec slo;
    Thresholds thresholds;
    QStringList runbooks; // built-in runbook ids, "runbooks/api-errors-latency"
    int line = 0;         // where the service is defined, for "open the profile here"
    int column = 0;
};

struct GatewayListener {
    QString name;
    int port = 0;
    QString protocol = QStringLiteral("HTTP"); // HTTP or HTTPS
    QString hostname;
    QString tlsSecret;
};

struct GatewaySpec {
    QString name;
    QString ns;
    QString className = QStringLiteral("eg");
    QString serviceId; // the profile service that implements it (its Envoy proxy)
    QList<GatewayListener> listeners;
};

struct RouteMatch {
    enum class Type { PathPrefix, Exact };
    Type type = Type::PathPrefix;
    QString path;
};

struct RouteBackend {
    QString name; // a Kubernetes Service ("search-api-v1")
    QString ns;   // defaults to the route's namespace
    int port = 0;
    int weight = 1;
    QString serviceId; // resolved: the profile service owning that Kubernetes Service
    QString variant;   // resolved: the variant whose labels the Service selects, if any
};

struct RouteRule {
    QList<RouteMatch> matches;
    QList<RouteBackend> backends;
};

struct RouteSpec {
    QString name;
    QString ns;
    QString gateway;
    QStringList hostnames;
    QList<RouteRule> rules;
    // The Envoy Gateway cluster of rule `index`: "httproute/<ns>/<name>/rule/<index>".
    QString envoyClusterName(int index) const;
};

struct EdgeTraffic {
    double callsPerRequest = 1; // downstream calls per upstream request
    double latencyP50Ms = 0;
    double errorRatio = 0;
};

struct EdgeSpec {
    QString from; // service ids
    QString to;
    EdgeKind kind = EdgeKind::Http;
    QString route; // the HTTPRoute carrying it (gateway → API), empty otherwise
    QString description;
    std::optional<EdgeTraffic> traffic;
    QMap<QString, QString> signalQueries; // effective templates ({{from}}, {{to}})
    QString id() const { return from + QStringLiteral("->") + to; }
};

struct AlertSpec {
    QString name; // alertname in resources/alerts/localcloudlab-rules.yml
    QString severity;
    QStringList services; // empty: any service
    QString runbook;
};

// A Secret the platform expects (search-api-secret with postgres-password and jwt-key). Only key names live in
// the profile; the simulator fills in generated values, the console checks the keys exist.
struct SecretSpec {
    QString name;
    QString ns;
    QStringList keys;
    QString serviceId; // the service that mounts it, if any
};

struct BackupSpec {
    QString name; // CronJob name
    QString ns;
    QString serviceId;
    QString schedule; // validated cron ("0 2 * * *", "@daily")
    QString image;
    QStringList command;
    int keep = 7;
    std::optional<StorageSpec> storage;
    QString restore; // notes shown by the backup wizard
    QString runbook;
};

// Values for the non-label placeholders; empty fields take the profile's defaults.
struct RenderOptions {
    QString window;   // "5m"
    QString quantile; // "0.95"
    int rule = -1;    // routes: the rule index, -1 for all rules
};

class LabProfile final {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::LabProfile)

public:
    static constexpr const char* apiVersion = "lclab.io/v1";

    // Loads and validates. On failure the Error (kind Config) summarises, and `diagnostics` (when given)
    // receives every error and warning with its position; on success it receives the warnings.
    static Result<LabProfile> load(const QString& file, ProfileErrors* diagnostics = nullptr);
    static Result<LabProfile> fromYaml(const QByteArray& yaml, const QString& sourceName,
                                       ProfileErrors* diagnostics = nullptr);
    // The default LocalCloudLab profile, embedded as :/lcl/profiles/localcloudlab.yaml.
    static LabProfile builtin();
    static QString builtinPath();

    LabProfile();

    QString name() const;
    QString displayName() const;
    QString description() const;
    QString sourceName() const; // the file it came from
    ProfileErrors warnings() const;

    const QList<NamespaceSpec>& namespaces() const;
    QStringList namespaceNames() const;

    const QList<ServiceSpec>& services() const;
    const ServiceSpec* service(const QString& id) const; // nullptr when unknown
    QList<ServiceSpec> servicesOfKind(ServiceKind kind) const;
    // The profile service owning a Kubernetes Service or a workload in `ns`; empty when none.
    QString serviceIdForKubeService(const QString& ns, const QString& name) const;
    QString serviceIdForWorkload(const QString& ns, const QString& name) const;

    // The concrete objects to create (variants expanded, namespaces filled).
    QList<WorkloadSpec> workloads() const;
    QList<WorkloadSpec> workloadsOf(const QString& serviceId) const;
    QList<KubeServiceSpec> kubeServices() const;
    QList<HpaObject> hpas() const;

    const QList<GatewaySpec>& gateways() const;
    const QList<RouteSpec>& routes() const;
    const RouteSpec* route(const QString& ns, const QString& name) const;
    const QList<EdgeSpec>& edges() const;
    QList<EdgeSpec> edgesFrom(const QString& serviceId) const;
    QList<EdgeSpec> edgesTo(const QString& serviceId) const;
    const QList<AlertSpec>& alerts() const;
    const QList<BackupSpec>& backups() const;
    const QList<SecretSpec>& secrets() const;
    // Services that share one template for `signal`, so that each group is asked in one batched query
    // (servicesQuery); services without the signal are left out. The number of groups depends on the
    // templates, not on the number of services.
    QList<QStringList> serviceGroupsForSignal(const QString& signal) const;
    const BackupSpec* backup(const QString& ns, const QString& name) const;

    QString defaultWindow() const;   // "5m"
    QString defaultQuantile() const; // "0.95"

    // PromQL for one signal, placeholders substituted. Errors (kind NotFound) name the service or signal
    // that has no template. The batched form needs every service to share the same template text for the
    // signal (true for the defaults of a kind) and matches them all in one query.
    Result<QString> serviceQuery(const QString& serviceId, const QString& signal,
                                 const RenderOptions& options = {}) const;
    Result<QString> servicesQuery(const QStringList& serviceIds, const QString& signal,
                                  const RenderOptions& options = {}) const;
    Result<QString> edgeQuery(const EdgeSpec& edge, const QString& signal, const RenderOptions& options = {}) const;
    Result<QString> routeQuery(const RouteSpec& route, const QString& signal,
                               const RenderOptions& options = {}) const;
    QStringList routeSignalNames() const;

    // The placeholder vocabularies the loader checks templates against.
    static QStringList servicePlaceholders();
    static QStringList edgePlaceholders();
    static QStringList routePlaceholders();

    struct Data;

private:
    explicit LabProfile(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
    friend class LabProfileParser;
};

} // namespace lcl::lab
