#include "lab/labprofileparser.h"

#include "lab/labprofilevalues.h"

namespace lcl::lab {

namespace {

QStringList edgeKindList()
{
    QStringList names;
    for (EdgeKind k : {EdgeKind::Http, EdgeKind::Grpc, EdgeKind::Database, EdgeKind::Cache, EdgeKind::Messaging,
                       EdgeKind::Logs, EdgeKind::Traces, EdgeKind::Metrics})
        names.append(edgeKindName(k));
    return names;
}

bool selects(const QMap<QString, QString>& selector, const QMap<QString, QString>& labels)
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return !selector.isEmpty();
}

} // namespace

void LabProfileParser::parseGateways(const YAML::Node& node)
{
    if (!m_reader.sequence(node, QStringLiteral("gateways")))
        return;
    QHash<QString, int> seen;
    for (const YAML::Node& item : node) {
        if (!m_reader.map(item, tr("a gateway"),
                          {QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("className"),
                           QStringLiteral("service"), QStringLiteral("listeners")},
                          {QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("listeners")}))
            continue;
        GatewaySpec g;
        g.name = m_reader.name(item, "name").value_or(QString());
        g.ns = m_reader.name(item, "namespace").value_or(QString());
        checkNamespace(item, g.ns);
        g.className = m_reader.name(item, "className", true).value_or(QStringLiteral("eg"));
        if (const auto s = m_reader.string(item, "service"); s && checkServiceRef(item["service"], *s, tr("\"service\"")))
            g.serviceId = *s;
        if (const YAML::Node ls = item["listeners"]; m_reader.sequence(ls, QStringLiteral("listeners"))) {
            for (const YAML::Node& l : ls) {
                if (!m_reader.map(l, tr("a listener"),
                                  {QStringLiteral("name"), QStringLiteral("port"), QStringLiteral("protocol"),
                                   QStringLiteral("hostname"), QStringLiteral("tlsSecret")},
                                  {QStringLiteral("name"), QStringLiteral("port"), QStringLiteral("protocol")}))
                    continue;
                GatewayListener gl;
                gl.name = m_reader.name(l, "name").value_or(QString());
                gl.port = m_reader.integer(l, "port", 1, 65535).value_or(0);
                gl.protocol = m_reader.oneOf(l, "protocol", {QStringLiteral("HTTP"), QStringLiteral("HTTPS")})
                                  .value_or(QStringLiteral("HTTP"));
                gl.hostname = m_reader.string(l, "hostname").value_or(QString());
                gl.tlsSecret = m_reader.name(l, "tlsSecret", true).value_or(QString());
                if (gl.protocol == QLatin1String("HTTPS") && gl.tlsSecret.isEmpty())
                    m_reader.error(LabProfileReader::markOf(l), tr("an HTTPS listener needs \"tlsSecret\""));
                g.listeners.append(gl);
            }
        }
        if (!g.name.isEmpty() && checkUnique(seen, g.ns + QLatin1Char('/') + g.name, item["name"], tr("gateway")))
            m_data->gateways.append(g);
    }
}

void LabProfileParser::parseRoutes(const YAML::Node& node)
{
    if (!m_reader.sequence(node, QStringLiteral("routes")))
        return;
    QHash<QString, int> seen;
    for (const YAML::Node& item : node) {
        if (!m_reader.map(item, tr("a route"),
                          {QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("gateway"),
                           QStringLiteral("hostnames"), QStringLiteral("rules")},
                          {QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("rules")}))
            continue;
        RouteSpec r;
        r.name = m_reader.name(item, "name").value_or(QString());
        r.ns = m_reader.name(item, "namespace").value_or(QString());
        checkNamespace(item, r.ns);
        r.hostnames = m_reader.strings(item, "hostnames");
        if (const auto gw = m_reader.string(item, "gateway")) {
            const bool known = std::any_of(m_data->gateways.cbegin(), m_data->gateways.cend(),
                                           [&](const GatewaySpec& g) { return g.name == *gw; });
            if (!known)
                m_reader.error(LabProfileReader::markOf(item["gateway"]),
                               tr("\"gateway\" names unknown gateway \"%1\"").arg(*gw));
            r.gateway = *gw;
        }
        const YAML::Node rules = item["rules"];
        if (m_reader.sequence(rules, QStringLiteral("rules"))) {
            int index = 0;
            for (const YAML::Node& rule : rules) {
                const int ruleIndex = index++;
                if (!m_reader.map(rule, tr("a route rule"), {QStringLiteral("matches"), QStringLiteral("backends")},
                                  {QStringLiteral("backends")}))
                    continue;
                RouteRule rr;
                if (const YAML::Node ms = rule["matches"]; m_reader.sequence(ms, QStringLiteral("matches"))) {
                    for (const YAML::Node& m : ms) {
                        if (!m_reader.map(m, tr("a match"), {QStringLiteral("pathPrefix"), QStringLiteral("path")}))
                            continue;
                        RouteMatch match;
                        if (const auto p = m_reader.string(m, "pathPrefix")) {
                            match.path = *p;
                        } else if (const auto e = m_reader.string(m, "path")) {
                            match.type = RouteMatch::Type::Exact;
                            match.path = *e;
                        }
                        if (!match.path.startsWith(QLatin1Char('/')))
                            m_reader.error(LabProfileReader::markOf(m),
                                           tr("a match needs \"pathPrefix\" or \"path\" starting with /"));
                        rr.matches.append(match);
                    }
                }
                int sum = 0;
                const YAML::Node bs = rule["backends"];
                if (m_reader.sequence(bs, QStringLiteral("backends"))) {
                    for (const YAML::Node& b : bs) {
                        if (!m_reader.map(b, tr("a backend"),
                                          {QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("port"),
                                           QStringLiteral("weight")},
                                          {QStringLiteral("name"), QStringLiteral("port")}))
                            continue;
                        RouteBackend rb;
                        rb.name = m_reader.name(b, "name").value_or(QString());
                        rb.ns = m_reader.name(b, "namespace").value_or(r.ns);
                        rb.port = m_reader.integer(b, "port", 1, 65535).value_or(0);
                        rb.weight = m_reader.integer(b, "weight", 0, 1000000).value_or(1);
                        sum += rb.weight;
                        if (rb.name.isEmpty())
                            continue;
                        const LabProfile profile = make(m_data);
                        rb.serviceId = profile.serviceIdForKubeService(rb.ns, rb.name);
                        if (rb.serviceId.isEmpty()) {
                            m_reader.error(LabProfileReader::markOf(b["name"]),
                                           tr("backend \"%1\" names no Kubernetes Service of a profile service in "
                                              "namespace \"%2\"").arg(rb.name, rb.ns));
                        } else if (const ServiceSpec* s = profile.service(rb.serviceId)) {
                            for (const KubeServiceSpec& k : s->kubeServices) {
                                if (k.ns == rb.ns && k.name == rb.name) {
                                    for (const WorkloadSpec& w : profile.workloadsOf(s->id)) {
                                        if (!w.variant.isEmpty() && selects(k.selector, w.labels) &&
                                            k.selector.contains(QStringLiteral("version")))
                                            rb.variant = w.variant;
                                    }
                                }
                            }
                        }
                        rr.backends.append(rb);
                    }
                }
                if (sum != 100) {
                    m_reader.warning(LabProfileReader::markOf(bs, LabProfileReader::markOf(rule)),
                                     tr("the backend weights of rule %1 in route \"%2\" sum to %3, not 100")
                                         .arg(ruleIndex)
                                         .arg(r.name)
                                         .arg(sum));
                }
                r.rules.append(rr);
            }
        }
        if (!r.name.isEmpty() && checkUnique(seen, r.ns + QLatin1Char('/') + r.name, item["name"], tr("route")))
            m_data->routes.append(r);
    }
}

void LabProfileParser::parseEdges(const YAML::Node& node)
{
    if (!m_reader.sequence(node, QStringLiteral("edges")))
        return;
    QHash<QString, int> seen;
    for (const YAML::Node& item : node) {
        if (!m_reader.map(item, tr("an edge"),
                          {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind"), QStringLiteral("route"),
                           QStringLiteral("description"), QStringLiteral("traffic"), QStringLiteral("signals")},
                          {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind")}))
            continue;
        EdgeSpec e;
        bool ok = true;
        if (const auto from = m_reader.string(item, "from"))
            ok = checkServiceRef(item["from"], *from, tr("edge \"from\"")) && ok, e.from = *from;
        if (const auto to = m_reader.string(item, "to"))
            ok = checkServiceRef(item["to"], *to, tr("edge \"to\"")) && ok, e.to = *to;
        if (const auto kind = m_reader.oneOf(item, "kind", edgeKindList()))
            e.kind = *parseEdgeKind(*kind);
        else
            ok = false;
        e.description = m_reader.string(item, "description").value_or(QString());
        if (const auto route = m_reader.string(item, "route")) {
            const bool known = std::any_of(m_data->routes.cbegin(), m_data->routes.cend(),
                                           [&](const RouteSpec& r) { return r.name == *route; });
            if (!known) {
                m_reader.error(LabProfileReader::markOf(item["route"]),
                               tr("\"route\" names unknown route \"%1\"").arg(*route));
            }
            e.route = *route;
        }
        if (const YAML::Node t = item["traffic"];
            t && m_reader.map(t, QStringLiteral("traffic"),
                              {QStringLiteral("callsPerRequest"), QStringLiteral("latencyP50"),
                               QStringLiteral("errorRatio")})) {
            EdgeTraffic et;
            et.callsPerRequest = m_reader.number(t, "callsPerRequest", 0.0, 1000.0).value_or(1.0);
            et.latencyP50Ms = m_reader.latencyMs(t, "latencyP50").value_or(0);
            et.errorRatio = m_reader.number(t, "errorRatio", 0.0, 1.0).value_or(0);
            e.traffic = et;
        }
        const QString kind = edgeKindName(e.kind);
        for (const QMap<QString, QString>& layer :
             {m_edgeSignals.value(QStringLiteral("default")), m_edgeSignals.value(kind),
              parseSignals(item["signals"], LabProfile::edgePlaceholders())}) {
            for (auto it = layer.cbegin(); it != layer.cend(); ++it) {
                if (it.value().isEmpty())
                    e.signalQueries.remove(it.key());
                else
                    e.signalQueries.insert(it.key(), it.value());
            }
        }
        if (ok && checkUnique(seen, e.from + QStringLiteral(" -> ") + e.to + QStringLiteral(" (") + kind +
                                        QLatin1Char(')'),
                              item, tr("edge")))
            m_data->edges.append(e);
    }
}

void LabProfileParser::parseAlerts(const YAML::Node& node)
{
    if (!m_reader.sequence(node, QStringLiteral("alerts")))
        return;
    QHash<QString, int> seen;
    for (const YAML::Node& item : node) {
        if (!m_reader.map(item, tr("an alert"),
                          {QStringLiteral("name"), QStringLiteral("severity"), QStringLiteral("services"),
                           QStringLiteral("runbook")},
                          {QStringLiteral("name"), QStringLiteral("severity")}))
            continue;
        AlertSpec a;
        a.name = m_reader.string(item, "name").value_or(QString());
        a.severity = m_reader
                         .oneOf(item, "severity",
                                {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")})
                         .value_or(QStringLiteral("warning"));
        const QStringList services = m_reader.strings(item, "services");
        for (qsizetype i = 0; i < services.size(); ++i) {
            if (checkServiceRef(item["services"][int(i)], services.at(i), tr("alert \"%1\"").arg(a.name)))
                a.services.append(services.at(i));
        }
        if (item["runbook"]) {
            YAML::Node wrapper;
            wrapper["runbooks"].push_back(item["runbook"]);
            const QStringList ids = parseRunbooks(wrapper);
            a.runbook = ids.value(0);
        }
        if (!a.name.isEmpty() && checkUnique(seen, a.name, item["name"], tr("alert")))
            m_data->alerts.append(a);
    }
}

void LabProfileParser::parseBackups(const YAML::Node& node)
{
    if (!m_reader.sequence(node, QStringLiteral("backups")))
        return;
    QHash<QString, int> seen;
    for (const YAML::Node& item : node) {
        if (!m_reader.map(item, tr("a backup"),
                          {QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("service"),
                           QStringLiteral("schedule"), QStringLiteral("image"), QStringLiteral("command"),
                           QStringLiteral("keep"), QStringLiteral("storage"), QStringLiteral("restore"),
                           QStringLiteral("runbook")},
                          {QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("schedule"),
                           QStringLiteral("image"), QStringLiteral("command")}))
            continue;
        BackupSpec b;
        b.name = m_reader.name(item, "name").value_or(QString());
        b.ns = m_reader.name(item, "namespace").value_or(QString());
        checkNamespace(item, b.ns);
        if (const auto s = m_reader.string(item, "service"); s && checkServiceRef(item["service"], *s, tr("\"service\"")))
            b.serviceId = *s;
        if (const auto schedule = m_reader.string(item, "schedule")) {
            QString why;
            if (values::isCronSchedule(*schedule, &why))
                b.schedule = *schedule;
            else
                m_reader.error(LabProfileReader::markOf(item["schedule"]),
                               tr("\"schedule\" must be a cron schedule (minute hour day-of-month month "
                                  "day-of-week) or @hourly, @daily, @weekly, @monthly, @yearly: %1")
                                   .arg(why));
        }
        b.image = m_reader.string(item, "image").value_or(QString());
        b.command = m_reader.strings(item, "command");
        b.keep = m_reader.integer(item, "keep", 1, 1000).value_or(7);
        if (item["storage"])
            b.storage = parseStorage(item["storage"]);
        b.restore = m_reader.string(item, "restore").value_or(QString());
        if (item["runbook"]) {
            YAML::Node wrapper;
            wrapper["runbooks"].push_back(item["runbook"]);
            b.runbook = parseRunbooks(wrapper).value(0);
        }
        if (!b.name.isEmpty() && checkUnique(seen, b.ns + QLatin1Char('/') + b.name, item["name"], tr("backup")))
            m_data->backups.append(b);
    }
}

void LabProfileParser::parseSecrets(const YAML::Node& node)
{
    if (!m_reader.sequence(node, QStringLiteral("secrets")))
        return;
    QHash<QString, int> seen;
    for (const YAML::Node& item : node) {
        if (!m_reader.map(item, tr("a secret"),
                          {QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("keys"),
                           QStringLiteral("service")},
                          {QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("keys")}))
            continue;
        SecretSpec s;
        s.name = m_reader.name(item, "name", true).value_or(QString());
        s.ns = m_reader.name(item, "namespace").value_or(QString());
        checkNamespace(item, s.ns);
        s.keys = m_reader.strings(item, "keys");
        if (item["keys"] && s.keys.isEmpty())
            m_reader.error(LabProfileReader::markOf(item["keys"]), tr("\"keys\" must name at least one key"));
        if (const auto svc = m_reader.string(item, "service");
            svc && checkServiceRef(item["service"], *svc, tr("\"service\"")))
            s.serviceId = *svc;
        if (!s.name.isEmpty() && checkUnique(seen, s.ns + QLatin1Char('/') + s.name, item["name"], tr("secret")))
            m_data->secrets.append(s);
    }
}

} // namespace lcl::lab
