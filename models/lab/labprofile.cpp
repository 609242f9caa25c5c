#include "lab/labprofile.h"

#include "lab/labprofiledata.h"
#include "lab/promqltemplate.h"

#include <QFile>

#include <array>

namespace lcl::lab {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> parseName(const QString& text, const std::array<std::pair<Enum, QLatin1String>, N>& names)
{
    for (const auto& [value, name] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
QString nameOf(Enum value, const std::array<std::pair<Enum, QLatin1String>, N>& names)
{
    for (const auto& [v, name] : names) {
        if (v == value)
            return name;
    }
    return {};
}

const std::array<std::pair<ServiceKind, QLatin1String>, 7> kServiceKinds{{
    {ServiceKind::Gateway, QLatin1String("gateway")},
    {ServiceKind::Api, QLatin1String("api")},
    {ServiceKind::Database, QLatin1String("database")},
    {ServiceKind::Cache, QLatin1String("cache")},
    {ServiceKind::Queue, QLatin1String("queue")},
    {ServiceKind::Observability, QLatin1String("observability")},
    {ServiceKind::Other, QLatin1String("other")},
}};

const std::array<std::pair<WorkloadKind, QLatin1String>, 3> kWorkloadKinds{{
    {WorkloadKind::Deployment, QLatin1String("Deployment")},
    {WorkloadKind::StatefulSet, QLatin1String("StatefulSet")},
    {WorkloadKind::DaemonSet, QLatin1String("DaemonSet")},
}};

const std::array<std::pair<EdgeKind, QLatin1String>, 8> kEdgeKinds{{
    {EdgeKind::Http, QLatin1String("http")},
    {EdgeKind::Grpc, QLatin1String("grpc")},
    {EdgeKind::Database, QLatin1String("database")},
    {EdgeKind::Cache, QLatin1String("cache")},
    {EdgeKind::Messaging, QLatin1String("messaging")},
    {EdgeKind::Logs, QLatin1String("logs")},
    {EdgeKind::Traces, QLatin1String("traces")},
    {EdgeKind::Metrics, QLatin1String("metrics")},
}};

const LabProfile::Data& emptyData()
{
    static const LabProfile::Data data;
    return data;
}

// The regex that matches a workload's pods: Deployments add two hashes, StatefulSets an ordinal,
// DaemonSets one suffix.
QString podPattern(const WorkloadSpec& w)
{
    switch (w.kind) {
    case WorkloadKind::StatefulSet:
        return w.name + QStringLiteral("-[0-9]+");
    case WorkloadKind::Deployment:
    case WorkloadKind::DaemonSet:
        break;
    }
    return w.name + QStringLiteral("-.*");
}

} // namespace

QString serviceKindName(ServiceKind kind) { return nameOf(kind, kServiceKinds); }
std::optional<ServiceKind> parseServiceKind(const QString& text) { return parseName(text, kServiceKinds); }
QString workloadKindName(WorkloadKind kind) { return nameOf(kind, kWorkloadKinds); }
std::optional<WorkloadKind> parseWorkloadKind(const QString& text) { return parseName(text, kWorkloadKinds); }
QString edgeKindName(EdgeKind kind) { return nameOf(kind, kEdgeKinds); }
std::optional<EdgeKind> parseEdgeKind(const QString& text) { return parseName(text, kEdgeKinds); }

QString RouteSpec::envoyClusterName(int index) const
{
    return QStringLiteral("httproute/%1/%2/rule/%3").arg(ns, name).arg(index);
}

void LabProfile::Data::reindex()
{
    serviceIndex.clear();
    for (qsizetype i = 0; i < services.size(); ++i)
        serviceIndex.insert(services.at(i).id, i);
}

LabProfile::LabProfile() = default;

LabProfile::LabProfile(std::shared_ptr<const Data> data) : d(std::move(data)) {}

Result<LabProfile> LabProfile::load(const QString& file, ProfileErrors* diagnostics)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        const QString message = tr("Cannot read the lab profile %1: %2").arg(file, f.errorString());
        if (diagnostics)
            *diagnostics = {ProfileError{ProfileError::Severity::Error, file, 0, 0, message}};
        return Error::make(Error::Kind::Config, message,
                           tr("Check the path given with --profile, or start without one to use the built-in "
                              "LocalCloudLab profile."));
    }
    return fromYaml(f.readAll(), file, diagnostics);
}

QString LabProfile::builtinPath()
{
    return QStringLiteral(":/lcl/profiles/localcloudlab.yaml");
}

LabProfile LabProfile::builtin()
{
    static const LabProfile profile = [] {
        auto loaded = load(builtinPath());
        // The built-in profile is tested to load; an empty profile keeps the console usable if it ever breaks.
        return loaded.ok() ? loaded.value() : LabProfile();
    }();
    return profile;
}

#define LCL_D (d ? *d : emptyData())

QString LabProfile::name() const { return LCL_D.name; }
QString LabProfile::displayName() const { return LCL_D.displayName; }
QString LabProfile::description() const { return LCL_D.description; }
QString LabProfile::sourceName() const { return LCL_D.sourceName; }
ProfileErrors LabProfile::warnings() const { return LCL_D.warnings; }
const QList<NamespaceSpec>& LabProfile::namespaces() const { return LCL_D.namespaces; }
const QList<ServiceSpec>& LabProfile::services() const { return LCL_D.services; }
const QList<GatewaySpec>& LabProfile::gateways() const { return LCL_D.gateways; }
const QList<RouteSpec>& LabProfile::routes() const { return LCL_D.routes; }
const QList<EdgeSpec>& LabProfile::edges() const { return LCL_D.edges; }
const QList<AlertSpec>& LabProfile::alerts() const { return LCL_D.alerts; }
const QList<BackupSpec>& LabProfile::backups() const { return LCL_D.backups; }
const QList<SecretSpec>& LabProfile::secrets() const { return LCL_D.secrets; }

QList<QStringList> LabProfile::serviceGroupsForSignal(const QString& signal) const
{
    QList<QStringList> groups;
    QStringList templates;
    for (const ServiceSpec& s : services()) {
        const QString t = s.signalQueries.value(signal);
        if (t.isEmpty())
            continue;
        const qsizetype i = templates.indexOf(t);
        if (i < 0) {
            templates.append(t);
            groups.append(QStringList{s.id});
        } else {
            groups[i].append(s.id);
        }
    }
    return groups;
}
QString LabProfile::defaultWindow() const { return LCL_D.window; }
QString LabProfile::defaultQuantile() const { return LCL_D.quantile; }
QStringList LabProfile::routeSignalNames() const { return LCL_D.routeSignals.keys(); }

QStringList LabProfile::namespaceNames() const
{
    QStringList names;
    for (const NamespaceSpec& ns : namespaces())
        names.append(ns.name);
    return names;
}

const ServiceSpec* LabProfile::service(const QString& id) const
{
    const auto it = LCL_D.serviceIndex.constFind(id);
    return it == LCL_D.serviceIndex.cend() ? nullptr : &LCL_D.services.at(*it);
}

QList<ServiceSpec> LabProfile::servicesOfKind(ServiceKind kind) const
{
    QList<ServiceSpec> result;
    for (const ServiceSpec& s : services()) {
        if (s.kind == kind)
            result.append(s);
    }
    return result;
}

QString LabProfile::serviceIdForKubeService(const QString& ns, const QString& name) const
{
    for (const ServiceSpec& s : services()) {
        for (const KubeServiceSpec& k : s.kubeServices) {
            if (k.ns == ns && k.name == name)
                return s.id;
        }
    }
    return {};
}

QString LabProfile::serviceIdForWorkload(const QString& ns, const QString& name) const
{
    for (const WorkloadSpec& w : workloads()) {
        if (w.ns == ns && w.name == name)
            return w.serviceId;
    }
    return {};
}

QList<WorkloadSpec> LabProfile::workloadsOf(const QString& serviceId) const
{
    QList<WorkloadSpec> result;
    const ServiceSpec* s = service(serviceId);
    if (!s || !s->workload)
        return result;
    if (s->variants.isEmpty()) {
        result.append(*s->workload);
        return result;
    }
    for (const VariantSpec& v : s->variants) {
        WorkloadSpec w = *s->workload;
        w.name = v.workload;
        w.replicas = v.replicas;
        if (!v.image.isEmpty())
            w.image = v.image;
        for (auto it = v.labels.cbegin(); it != v.labels.cend(); ++it)
            w.labels.insert(it.key(), it.value());
        w.variant = v.name;
        result.append(w);
    }
    return result;
}

QList<WorkloadSpec> LabProfile::workloads() const
{
    QList<WorkloadSpec> result;
    for (const ServiceSpec& s : services())
        result.append(workloadsOf(s.id));
    return result;
}

QList<KubeServiceSpec> LabProfile::kubeServices() const
{
    QList<KubeServiceSpec> result;
    for (const ServiceSpec& s : services())
        result.append(s.kubeServices);
    return result;
}

QList<HpaObject> LabProfile::hpas() const
{
    QList<HpaObject> result;
    for (const ServiceSpec& s : services()) {
        if (!s.hpa)
            continue;
        for (const WorkloadSpec& w : workloadsOf(s.id))
            result.append({w.name, w.ns, workloadKindName(w.kind), w.name, *s.hpa, s.id});
    }
    return result;
}

const RouteSpec* LabProfile::route(const QString& ns, const QString& name) const
{
    for (const RouteSpec& r : routes()) {
        if (r.ns == ns && r.name == name)
            return &r;
    }
    return nullptr;
}

QList<EdgeSpec> LabProfile::edgesFrom(const QString& serviceId) const
{
    QList<EdgeSpec> result;
    for (const EdgeSpec& e : edges()) {
        if (e.from == serviceId)
            result.append(e);
    }
    return result;
}

QList<EdgeSpec> LabProfile::edgesTo(const QString& serviceId) const
{
    QList<EdgeSpec> result;
    for (const EdgeSpec& e : edges()) {
        if (e.to == serviceId)
            result.append(e);
    }
    return result;
}

const BackupSpec* LabProfile::backup(const QString& ns, const QString& name) const
{
    for (const BackupSpec& b : backups()) {
        if (b.ns == ns && b.name == name)
            return &b;
    }
    return nullptr;
}

QStringList LabProfile::servicePlaceholders()
{
    return {QStringLiteral("service"),  QStringLiteral("namespace"), QStringLiteral("job"),
            QStringLiteral("workload"), QStringLiteral("pods"),      QStringLiteral("container"),
            QStringLiteral("window"),   QStringLiteral("quantile")};
}

QStringList LabProfile::edgePlaceholders()
{
    return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("window"), QStringLiteral("quantile")};
}

QStringList LabProfile::routePlaceholders()
{
    return {QStringLiteral("route"), QStringLiteral("namespace"), QStringLiteral("rule"), QStringLiteral("window"),
            QStringLiteral("quantile")};
}

Result<QString> LabProfile::serviceQuery(const QString& serviceId, const QString& signal,
                                         const RenderOptions& options) const
{
    return servicesQuery({serviceId}, signal, options);
}

Result<QString> LabProfile::servicesQuery(const QStringList& serviceIds, const QString& signal,
                                          const RenderOptions& options) const
{
    if (serviceIds.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("No service was named for the signal \"%1\".").arg(signal));
    QString text;
    QHash<QString, QStringList> values;
    for (const QString& id : serviceIds) {
        const ServiceSpec* s = service(id);
        if (!s)
            return Error::make(Error::Kind::NotFound, tr("The lab profile has no service \"%1\".").arg(id));
        const QString t = s->signalQueries.value(signal);
        if (t.isEmpty()) {
            return Error::make(Error::Kind::NotFound,
                               tr("The lab profile defines no \"%1\" query for the service \"%2\".").arg(signal, id),
                               tr("Add it under the service's signals, or under defaults.kinds.%1.signals.")
                                   .arg(serviceKindName(s->kind)));
        }
        if (!text.isEmpty() && t != text) {
            return Error::make(Error::Kind::Invalid,
                               tr("The services %1 use different \"%2\" queries and cannot be asked in one query.")
                                   .arg(serviceIds.join(QStringLiteral(", ")), signal));
        }
        text = t;
        values[QStringLiteral("service")].append(s->telemetry.service);
        values[QStringLiteral("job")].append(s->telemetry.job);
        if (!values[QStringLiteral("namespace")].contains(s->ns))
            values[QStringLiteral("namespace")].append(s->ns);
        for (const WorkloadSpec& w : workloadsOf(id)) {
            values[QStringLiteral("workload")].append(w.name);
            values[QStringLiteral("container")].append(w.container);
            values[QStringLiteral("pods")].append(podPattern(w));
        }
    }
    // Pod patterns are regexes already; they go in unescaped.
    QStringList raw = PromQlTemplate::defaultRawNames();
    raw.append(QStringLiteral("pods"));
    values.insert(QStringLiteral("window"), {options.window.isEmpty() ? defaultWindow() : options.window});
    values.insert(QStringLiteral("quantile"), {options.quantile.isEmpty() ? defaultQuantile() : options.quantile});
    return PromQlTemplate(text).render(values, raw);
}

Result<QString> LabProfile::edgeQuery(const EdgeSpec& edge, const QString& signal, const RenderOptions& options) const
{
    const QString text = edge.signalQueries.value(signal);
    if (text.isEmpty()) {
        return Error::make(Error::Kind::NotFound,
                           tr("The lab profile defines no \"%1\" query for the edge %2.").arg(signal, edge.id()));
    }
    const ServiceSpec* from = service(edge.from);
    const ServiceSpec* to = service(edge.to);
    QHash<QString, QStringList> values{
        {QStringLiteral("from"), {from ? from->telemetry.traceName : edge.from}},
        {QStringLiteral("to"), {to ? to->telemetry.traceName : edge.to}},
        {QStringLiteral("window"), {options.window.isEmpty() ? defaultWindow() : options.window}},
        {QStringLiteral("quantile"), {options.quantile.isEmpty() ? defaultQuantile() : options.quantile}},
    };
    return PromQlTemplate(text).render(values);
}

Result<QString> LabProfile::routeQuery(const RouteSpec& route, const QString& signal,
                                       const RenderOptions& options) const
{
    const QString text = LCL_D.routeSignals.value(signal);
    if (text.isEmpty()) {
        return Error::make(Error::Kind::NotFound,
                           tr("The lab profile defines no \"%1\" query for routes.").arg(signal),
                           tr("Add it under defaults.routes.signals."));
    }
    QHash<QString, QStringList> values{
        {QStringLiteral("route"), {route.name}},
        {QStringLiteral("namespace"), {route.ns}},
        {QStringLiteral("rule"), {options.rule < 0 ? QStringLiteral("[0-9]+") : QString::number(options.rule)}},
        {QStringLiteral("window"), {options.window.isEmpty() ? defaultWindow() : options.window}},
        {QStringLiteral("quantile"), {options.quantile.isEmpty() ? defaultQuantile() : options.quantile}},
    };
    return PromQlTemplate(text).render(values);
}

#undef LCL_D

} // namespace lcl::lab
