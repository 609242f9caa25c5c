#include "lab/labprofileparser.h"

#include "lab/labprofilevalues.h"

namespace lcl::lab {

namespace {

QStringList serviceKindList()
{
    QStringList names;
    for (ServiceKind k : {ServiceKind::Gateway, ServiceKind::Api, ServiceKind::Database, ServiceKind::Cache,
                          ServiceKind::Queue, ServiceKind::Observability, ServiceKind::Other})
        names.append(serviceKindName(k));
    return names;
}

template <typename T>
void overlay(std::optional<T>& base, const std::optional<T>& top)
{
    if (top)
        base = top;
}

} // namespace

void LabProfileParser::parseServices(const YAML::Node& node)
{
    if (m_reader.sequence(node, QStringLiteral("services"))) {
        for (const YAML::Node& item : node)
            parseService(item);
    }
    m_data->reindex();

    // Names that must be unique within a namespace across all services.
    QHash<QString, int> workloads;
    QHash<QString, int> kubeServices;
    for (const ServiceSpec& s : m_data->services) {
        const auto report = [&](QHash<QString, int>& seen, const QString& key, const QString& what, int line, int col) {
            if (const auto first = seen.constFind(key); first != seen.cend() && *first != line) {
                YAML::Mark mark;
                mark.line = line - 1;
                mark.column = col - 1;
                mark.pos = 0;
                m_reader.error(mark, tr("duplicate %1 \"%2\" (first defined at line %3)").arg(what, key).arg(*first));
                return;
            }
            seen.insert(key, line);
        };
        for (const WorkloadSpec& w : LabProfileParser::make(m_data).workloadsOf(s.id))
            report(workloads, w.ns + QLatin1Char('/') + w.name, tr("workload"), s.line, s.column);
        for (const KubeServiceSpec& k : s.kubeServices)
            report(kubeServices, k.ns + QLatin1Char('/') + k.name, tr("Kubernetes Service"), s.line, s.column);
    }
}

void LabProfileParser::parseService(const YAML::Node& node)
{
    const QStringList keys{QStringLiteral("id"),        QStringLiteral("displayName"), QStringLiteral("kind"),
                           QStringLiteral("namespace"), QStringLiteral("external"),    QStringLiteral("description"),
                           QStringLiteral("workload"),  QStringLiteral("variants"),    QStringLiteral("kubeServices"),
                           QStringLiteral("hpa"),       QStringLiteral("traffic"),     QStringLiteral("telemetry"),
                           QStringLiteral("signals"),   QStringLiteral("slo"),         QStringLiteral("thresholds"),
                           QStringLiteral("runbooks")};
    const QString idText = node.IsMap() && node["id"].IsScalar() ? LabProfileReader::text(node["id"]) : QString();
    const QString what = idText.isEmpty() ? tr("a service") : tr("service \"%1\"").arg(idText);
    if (!m_reader.map(node, what, keys, {QStringLiteral("id"), QStringLiteral("kind")}))
        return;
    ServiceSpec s;
    const YAML::Mark mark = LabProfileReader::markOf(node);
    s.line = mark.line + 1;
    s.column = mark.column + 1;
    const auto id = m_reader.name(node, "id");
    if (!id)
        return;
    for (const ServiceSpec& other : std::as_const(m_data->services)) {
        if (other.id == *id) {
            m_reader.error(LabProfileReader::markOf(node["id"]),
                           tr("duplicate service id \"%1\" (first defined at line %2)").arg(*id).arg(other.line));
            return;
        }
    }
    s.id = *id;
    s.displayName = m_reader.string(node, "displayName").value_or(s.id);
    s.description = m_reader.string(node, "description").value_or(QString());
    if (const auto kind = m_reader.oneOf(node, "kind", serviceKindList()))
        s.kind = *parseServiceKind(*kind);
    s.external = m_reader.boolean(node, "external").value_or(false);
    s.ns = m_reader.name(node, "namespace").value_or(QString());
    if (s.external) {
        if (node["workload"])
            m_reader.error(LabProfileReader::markOf(node["workload"]),
                           tr("external service \"%1\" cannot have a workload").arg(s.id));
    } else if (!node["namespace"]) {
        m_reader.error(mark, tr("%1 is missing the required key \"%2\"").arg(what, QStringLiteral("namespace")));
    }
    checkNamespace(node, s.ns);

    if (node["workload"] && !s.external)
        s.workload = parseWorkload(node["workload"], s);
    s.variants = parseVariants(node["variants"], s);
    s.kubeServices = parseKubeServices(node["kubeServices"], s);
    if (node["hpa"])
        s.hpa = parseHpa(node["hpa"]);
    if (s.hpa && (!s.workload || s.workload->kind == WorkloadKind::DaemonSet)) {
        m_reader.error(LabProfileReader::markOf(node["hpa"]),
                       tr("\"hpa\" needs a Deployment or StatefulSet workload in service \"%1\"").arg(s.id));
    }
    if (node["traffic"])
        s.traffic = parseTraffic(node["traffic"]);

    s.telemetry = {s.id, s.id, s.id};
    if (const YAML::Node t = node["telemetry"];
        t && m_reader.map(t, QStringLiteral("telemetry"),
                          {QStringLiteral("service"), QStringLiteral("job"), QStringLiteral("traceName")})) {
        s.telemetry.service = m_reader.string(t, "service").value_or(s.id);
        s.telemetry.job = m_reader.string(t, "job").value_or(s.id);
        s.telemetry.traceName = m_reader.string(t, "traceName").value_or(s.id);
    }
    applyKindDefaults(s, node);
    m_data->services.append(s);
}

void LabProfileParser::applyKindDefaults(ServiceSpec& s, const YAML::Node& node)
{
    const KindDefaults all = m_kindDefaults.value(QStringLiteral("default"));
    const KindDefaults own = m_kindDefaults.value(serviceKindName(s.kind));
    const KindDefaults mine = [&] {
        KindDefaults d;
        d.signalQueries = parseSignals(node["signals"], LabProfile::servicePlaceholders());
        d.slo = parseSlo(node["slo"]);
        d.thresholds = parseThresholds(node["thresholds"]);
        if (node["runbooks"])
            d.runbooks = parseRunbooks(node);
        return d;
    }();
    for (const KindDefaults* layer : {&all, &own, &mine}) {
        for (auto it = layer->signalQueries.cbegin(); it != layer->signalQueries.cend(); ++it) {
            if (it.value().isEmpty())
                s.signalQueries.remove(it.key());
            else
                s.signalQueries.insert(it.key(), it.value());
        }
        overlay(s.slo.latencyP95Ms, layer->slo.latencyP95Ms);
        overlay(s.slo.errorRatio, layer->slo.errorRatio);
        overlay(s.slo.availability, layer->slo.availability);
        overlay(s.thresholds.latencyP95Ms, layer->thresholds.latencyP95Ms);
        overlay(s.thresholds.errorRatio, layer->thresholds.errorRatio);
        overlay(s.thresholds.cpu, layer->thresholds.cpu);
        overlay(s.thresholds.memory, layer->thresholds.memory);
        overlay(s.thresholds.restarts, layer->thresholds.restarts);
        overlay(s.thresholds.queueBacklog, layer->thresholds.queueBacklog);
        if (layer->runbooks)
            s.runbooks = *layer->runbooks;
    }
    // Workload signals mean nothing without a workload.
    if (!s.workload) {
        for (const char* name : {"cpu", "memory", "restarts", "ready"})
            s.signalQueries.remove(QLatin1String(name));
    }
}

std::optional<WorkloadSpec> LabProfileParser::parseWorkload(const YAML::Node& node, const ServiceSpec& service)
{
    const QStringList keys{QStringLiteral("kind"),      QStringLiteral("name"),     QStringLiteral("namespace"),
                           QStringLiteral("replicas"),  QStringLiteral("image"),    QStringLiteral("container"),
                           QStringLiteral("ports"),     QStringLiteral("resources"), QStringLiteral("labels"),
                           QStringLiteral("storage")};
    const QString what = tr("the workload of service \"%1\"").arg(service.id);
    if (!m_reader.map(node, what, keys,
                      {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("image")}))
        return std::nullopt;
    WorkloadSpec w;
    w.serviceId = service.id;
    if (const auto kind = m_reader.oneOf(node, "kind",
                                         {QStringLiteral("Deployment"), QStringLiteral("StatefulSet"),
                                          QStringLiteral("DaemonSet")}))
        w.kind = *parseWorkloadKind(*kind);
    w.name = m_reader.name(node, "name", true).value_or(QString());
    w.ns = m_reader.name(node, "namespace").value_or(service.ns);
    if (node["namespace"])
        checkNamespace(node, w.ns);
    w.replicas = m_reader.integer(node, "replicas", 0, 1000).value_or(1);
    w.image = m_reader.string(node, "image").value_or(QString());
    w.container = m_reader.name(node, "container").value_or(w.name);
    w.labels = m_reader.stringMap(node, "labels");
    if (w.labels.isEmpty())
        w.labels.insert(QStringLiteral("app"), w.name);
    if (const YAML::Node ports = node["ports"]; m_reader.sequence(ports, QStringLiteral("ports"))) {
        for (const YAML::Node& p : ports) {
            if (!m_reader.map(p, tr("a container port"),
                              {QStringLiteral("name"), QStringLiteral("containerPort"), QStringLiteral("protocol")},
                              {QStringLiteral("containerPort")}))
                continue;
            ContainerPort port;
            port.name = m_reader.name(p, "name").value_or(QString());
            port.containerPort = m_reader.integer(p, "containerPort", 1, 65535).value_or(0);
            port.protocol = m_reader.oneOf(p, "protocol", {QStringLiteral("TCP"), QStringLiteral("UDP")})
                                .value_or(QStringLiteral("TCP"));
            w.ports.append(port);
        }
    }
    if (const YAML::Node r = node["resources"];
        r && m_reader.map(r, QStringLiteral("resources"), {QStringLiteral("requests"), QStringLiteral("limits")})) {
        w.resources.requests = parseAmounts(r["requests"], QStringLiteral("requests"));
        w.resources.limits = parseAmounts(r["limits"], QStringLiteral("limits"));
        const auto& req = w.resources.requests;
        const auto& lim = w.resources.limits;
        if ((!lim.cpu.isEmpty() && req.cpuCores > lim.cpuCores) ||
            (!lim.memory.isEmpty() && req.memoryBytes > lim.memoryBytes)) {
            m_reader.error(LabProfileReader::markOf(r["requests"], LabProfileReader::markOf(r)),
                           tr("the requests of service \"%1\" exceed its limits").arg(service.id));
        }
    }
    if (node["storage"]) {
        w.storage = parseStorage(node["storage"]);
        if (w.kind != WorkloadKind::StatefulSet)
            m_reader.error(LabProfileReader::markOf(node["storage"]),
                           tr("\"storage\" (a volume claim template) needs kind StatefulSet"));
    }
    return w;
}

ResourceAmounts LabProfileParser::parseAmounts(const YAML::Node& node, const QString& what)
{
    ResourceAmounts a;
    if (!node.IsDefined() || node.IsNull() ||
        !m_reader.map(node, what, {QStringLiteral("cpu"), QStringLiteral("memory")}))
        return a;
    if (const auto cpu = m_reader.string(node, "cpu")) {
        if (const auto cores = values::parseCpu(*cpu)) {
            a.cpu = *cpu;
            a.cpuCores = *cores;
        } else {
            m_reader.error(LabProfileReader::markOf(node["cpu"]),
                           tr("\"cpu\" must be a CPU quantity like 200m or 0.5, not \"%1\"").arg(*cpu));
        }
    }
    if (const auto memory = m_reader.string(node, "memory")) {
        if (const auto bytes = values::parseBytes(*memory)) {
            a.memory = *memory;
            a.memoryBytes = *bytes;
        } else {
            m_reader.error(LabProfileReader::markOf(node["memory"]),
                           tr("\"memory\" must be a quantity like 256Mi or 1Gi, not \"%1\"").arg(*memory));
        }
    }
    return a;
}

std::optional<StorageSpec> LabProfileParser::parseStorage(const YAML::Node& node)
{
    if (!m_reader.map(node, QStringLiteral("storage"), {QStringLiteral("size"), QStringLiteral("storageClass")},
                      {QStringLiteral("size")}))
        return std::nullopt;
    StorageSpec s;
    if (const auto size = m_reader.string(node, "size")) {
        if (const auto bytes = values::parseBytes(*size)) {
            s.size = *size;
            s.sizeBytes = *bytes;
        } else {
            m_reader.error(LabProfileReader::markOf(node["size"]),
                           tr("\"size\" must be a quantity like 5Gi, not \"%1\"").arg(*size));
        }
    }
    s.storageClass = m_reader.name(node, "storageClass", true).value_or(QStringLiteral("local-path"));
    return s;
}

QList<VariantSpec> LabProfileParser::parseVariants(const YAML::Node& node, const ServiceSpec& service)
{
    QList<VariantSpec> result;
    if (!m_reader.sequence(node, QStringLiteral("variants")))
        return result;
    if (!service.workload || service.workload->kind != WorkloadKind::Deployment) {
        m_reader.error(LabProfileReader::markOf(node),
                       tr("\"variants\" need a Deployment workload in service \"%1\"").arg(service.id));
        return result;
    }
    QHash<QString, int> seen;
    for (const YAML::Node& item : node) {
        if (!m_reader.map(item, tr("a variant"),
                          {QStringLiteral("name"), QStringLiteral("workload"), QStringLiteral("replicas"),
                           QStringLiteral("image"), QStringLiteral("labels")},
                          {QStringLiteral("name"), QStringLiteral("workload")}))
            continue;
        VariantSpec v;
        v.name = m_reader.name(item, "name").value_or(QString());
        v.workload = m_reader.name(item, "workload", true).value_or(QString());
        v.replicas = m_reader.integer(item, "replicas", 0, 1000).value_or(service.workload->replicas);
        v.image = m_reader.string(item, "image").value_or(QString());
        v.labels = m_reader.stringMap(item, "labels");
        if (!v.name.isEmpty() && checkUnique(seen, v.name, item["name"], tr("variant")))
            result.append(v);
    }
    return result;
}

QList<KubeServiceSpec> LabProfileParser::parseKubeServices(const YAML::Node& node, const ServiceSpec& service)
{
    QList<KubeServiceSpec> result;
    if (!m_reader.sequence(node, QStringLiteral("kubeServices")))
        return result;
    for (const YAML::Node& item : node) {
        if (!m_reader.map(item, tr("a Kubernetes Service"),
                          {QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("type"),
                           QStringLiteral("selector"), QStringLiteral("ports")},
                          {QStringLiteral("name"), QStringLiteral("ports")}))
            continue;
        KubeServiceSpec k;
        k.serviceId = service.id;
        k.name = m_reader.name(item, "name").value_or(QString());
        k.ns = m_reader.name(item, "namespace").value_or(service.ns);
        if (item["namespace"])
            checkNamespace(item, k.ns);
        k.type = m_reader
                     .oneOf(item, "type",
                            {QStringLiteral("ClusterIP"), QStringLiteral("NodePort"), QStringLiteral("LoadBalancer"),
                             QStringLiteral("Headless")})
                     .value_or(QStringLiteral("ClusterIP"));
        k.selector = m_reader.stringMap(item, "selector");
        if (k.selector.isEmpty() && service.workload)
            k.selector = service.workload->labels;
        if (const YAML::Node ports = item["ports"]; m_reader.sequence(ports, QStringLiteral("ports"))) {
            for (const YAML::Node& p : ports) {
                if (!m_reader.map(p, tr("a Service port"),
                                  {QStringLiteral("name"), QStringLiteral("port"), QStringLiteral("targetPort"),
                                   QStringLiteral("protocol")},
                                  {QStringLiteral("port")}))
                    continue;
                ServicePort sp;
                sp.name = m_reader.name(p, "name").value_or(QString());
                sp.port = m_reader.integer(p, "port", 1, 65535).value_or(0);
                sp.targetPort = m_reader.integer(p, "targetPort", 1, 65535).value_or(sp.port);
                sp.protocol = m_reader.oneOf(p, "protocol", {QStringLiteral("TCP"), QStringLiteral("UDP")})
                                  .value_or(QStringLiteral("TCP"));
                k.ports.append(sp);
            }
        }
        if (!k.name.isEmpty())
            result.append(k);
    }
    return result;
}

std::optional<HpaSpec> LabProfileParser::parseHpa(const YAML::Node& node)
{
    if (!m_reader.map(node, QStringLiteral("hpa"),
                      {QStringLiteral("minReplicas"), QStringLiteral("maxReplicas"),
                       QStringLiteral("targetCpuUtilization")},
                      {QStringLiteral("minReplicas"), QStringLiteral("maxReplicas")}))
        return std::nullopt;
    HpaSpec h;
    h.minReplicas = m_reader.integer(node, "minReplicas", 1, 1000).value_or(1);
    h.maxReplicas = m_reader.integer(node, "maxReplicas", 1, 1000).value_or(h.minReplicas);
    h.targetCpuUtilization = m_reader.integer(node, "targetCpuUtilization", 1, 1000).value_or(80);
    if (h.maxReplicas < h.minReplicas) {
        m_reader.error(LabProfileReader::markOf(node["maxReplicas"]),
                       tr("\"maxReplicas\" (%1) must not be below \"minReplicas\" (%2)")
                           .arg(h.maxReplicas)
                           .arg(h.minReplicas));
    }
    return h;
}

std::optional<TrafficSpec> LabProfileParser::parseTraffic(const YAML::Node& node)
{
    if (!m_reader.map(node, QStringLiteral("traffic"),
                      {QStringLiteral("requestRate"), QStringLiteral("latencyP50"), QStringLiteral("latencyP95"),
                       QStringLiteral("errorRatio"), QStringLiteral("routes")},
                      {QStringLiteral("requestRate")}))
        return std::nullopt;
    TrafficSpec t;
    t.requestRate = m_reader.number(node, "requestRate", 0.0, 1e6).value_or(0);
    t.latencyP50Ms = m_reader.latencyMs(node, "latencyP50").value_or(0);
    t.latencyP95Ms = m_reader.latencyMs(node, "latencyP95").value_or(t.latencyP50Ms);
    t.errorRatio = m_reader.number(node, "errorRatio", 0.0, 1.0).value_or(0);
    if (t.latencyP95Ms < t.latencyP50Ms) {
        m_reader.error(LabProfileReader::markOf(node["latencyP95"]),
                       tr("\"latencyP95\" must not be below \"latencyP50\""));
    }
    if (const YAML::Node routes = node["routes"]; m_reader.sequence(routes, QStringLiteral("routes"))) {
        for (const YAML::Node& r : routes) {
            if (!m_reader.map(r, tr("a traffic route"),
                              {QStringLiteral("path"), QStringLiteral("method"), QStringLiteral("weight")},
                              {QStringLiteral("path")}))
                continue;
            TrafficRoute tr;
            tr.path = m_reader.string(r, "path").value_or(QString());
            if (!tr.path.startsWith(QLatin1Char('/')))
                m_reader.error(LabProfileReader::markOf(r["path"]),
                               LabProfileParser::tr("\"path\" must start with /, not \"%1\"").arg(tr.path));
            tr.method = m_reader
                            .oneOf(r, "method",
                                   {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                    QStringLiteral("PATCH"), QStringLiteral("DELETE")})
                            .value_or(QStringLiteral("GET"));
            tr.weight = m_reader.integer(r, "weight", 0, 1000000).value_or(1);
            t.routes.append(tr);
        }
    }
    return t;
}

} // namespace lcl::lab
