#include "lab/labprofileparser.h"

#include "lab/labprofilevalues.h"
#include "lab/promqltemplate.h"

#include <QRegularExpression>

namespace lcl::lab {

namespace {

QStringList kindNames()
{
    QStringList names{QStringLiteral("default")};
    for (ServiceKind k : {ServiceKind::Gateway, ServiceKind::Api, ServiceKind::Database, ServiceKind::Cache,
                          ServiceKind::Queue, ServiceKind::Observability, ServiceKind::Other})
        names.append(serviceKindName(k));
    return names;
}

QStringList edgeKindNames()
{
    QStringList names{QStringLiteral("default")};
    for (EdgeKind k : {EdgeKind::Http, EdgeKind::Grpc, EdgeKind::Database, EdgeKind::Cache, EdgeKind::Messaging,
                       EdgeKind::Logs, EdgeKind::Traces, EdgeKind::Metrics})
        names.append(edgeKindName(k));
    return names;
}

} // namespace

Result<LabProfile> LabProfile::fromYaml(const QByteArray& yaml, const QString& sourceName, ProfileErrors* diagnostics)
{
    LabProfileParser parser(sourceName, yaml);
    auto data = parser.parse();
    const ProfileErrors& findings = parser.reader().findings();
    if (diagnostics)
        *diagnostics = findings;
    if (parser.reader().errorCount() == 0)
        return LabProfile(std::move(data));
    QStringList lines;
    for (const ProfileError& e : findings)
        lines.append(e.toString());
    const ProfileError& first = *std::find_if(findings.cbegin(), findings.cend(), [](const ProfileError& e) {
        return e.severity == ProfileError::Severity::Error;
    });
    return Error::make(Error::Kind::Config,
                       tr("The lab profile %1 has %n error(s); the first: line %2, column %3: %4", nullptr,
                          parser.reader().errorCount())
                           .arg(sourceName)
                           .arg(first.line)
                           .arg(first.column)
                           .arg(first.message),
                       tr("Fix the profile (every problem is listed in the details), or start without --profile "
                          "to use the built-in LocalCloudLab profile."),
                       lines.join(QLatin1Char('\n')));
}

LabProfileParser::LabProfileParser(const QString& file, const QByteArray& source)
    : m_reader(file, source), m_data(std::make_shared<LabProfile::Data>())
{
    m_data->sourceName = file;
}

std::shared_ptr<LabProfile::Data> LabProfileParser::parse()
{
    YAML::Node root;
    try {
        root = YAML::Load(m_reader.sourceText());
    } catch (const YAML::ParserException& e) {
        m_reader.error(e.mark, tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
        return m_data;
    } catch (const YAML::Exception& e) {
        m_reader.error(e.mark, tr("cannot read the YAML: %1").arg(QString::fromStdString(e.msg)));
        return m_data;
    }
    try {
        parseRoot(root);
    } catch (const YAML::Exception& e) {
        // yaml-cpp throws on some malformed trees (e.g. aliases to nothing); keep it a finding.
        m_reader.error(e.mark, tr("cannot read the YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    m_data->warnings.clear();
    for (const ProfileError& f : m_reader.findings()) {
        if (f.severity == ProfileError::Severity::Warning)
            m_data->warnings.append(f);
    }
    m_data->reindex();
    return m_data;
}

void LabProfileParser::parseRoot(const YAML::Node& root)
{
    if (!root.IsDefined() || root.IsNull()) {
        m_reader.error(YAML::Mark(), tr("the profile is empty; expected a LabProfile document"));
        return;
    }
    const QStringList keys{QStringLiteral("apiVersion"), QStringLiteral("kind"),     QStringLiteral("metadata"),
                           QStringLiteral("namespaces"), QStringLiteral("defaults"), QStringLiteral("services"),
                           QStringLiteral("gateways"),   QStringLiteral("routes"),   QStringLiteral("edges"),
                           QStringLiteral("alerts"),     QStringLiteral("backups"),
                           QStringLiteral("secrets")};
    if (!m_reader.map(root, tr("the profile"), keys,
                      {QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"),
                       QStringLiteral("services")}))
        return;
    if (const auto v = m_reader.string(root, "apiVersion"); v && *v != QLatin1String(LabProfile::apiVersion)) {
        m_reader.error(LabProfileReader::markOf(root["apiVersion"]),
                       tr("unsupported apiVersion \"%1\"; expected \"%2\"")
                           .arg(*v, QLatin1String(LabProfile::apiVersion)));
    }
    if (const auto v = m_reader.string(root, "kind"); v && *v != QLatin1String("LabProfile"))
        m_reader.error(LabProfileReader::markOf(root["kind"]), tr("kind must be \"LabProfile\", not \"%1\"").arg(*v));
    if (root["metadata"])
        parseMetadata(root["metadata"]);
    parseNamespaces(root["namespaces"]);
    if (root["defaults"])
        parseDefaults(root["defaults"]);
    parseServices(root["services"]);
    parseGateways(root["gateways"]);
    parseRoutes(root["routes"]);
    parseEdges(root["edges"]);
    parseAlerts(root["alerts"]);
    parseBackups(root["backups"]);
    parseSecrets(root["secrets"]);
}

void LabProfileParser::parseMetadata(const YAML::Node& node)
{
    if (!m_reader.map(node, QStringLiteral("metadata"),
                      {QStringLiteral("name"), QStringLiteral("displayName"), QStringLiteral("description")},
                      {QStringLiteral("name")}))
        return;
    m_data->name = m_reader.name(node, "name").value_or(QString());
    m_data->displayName = m_reader.string(node, "displayName").value_or(m_data->name);
    m_data->description = m_reader.string(node, "description").value_or(QString());
}

void LabProfileParser::parseNamespaces(const YAML::Node& node)
{
    if (!m_reader.sequence(node, QStringLiteral("namespaces")))
        return;
    m_namespacesListed = true;
    QHash<QString, int> seen;
    for (const YAML::Node& item : node) {
        if (!m_reader.map(item, tr("a namespace"), {QStringLiteral("name"), QStringLiteral("description")},
                          {QStringLiteral("name")}))
            continue;
        const auto name = m_reader.name(item, "name");
        if (!name || !checkUnique(seen, *name, item["name"], tr("namespace")))
            continue;
        m_namespaces.insert(*name);
        m_data->namespaces.append({*name, m_reader.string(item, "description").value_or(QString())});
    }
}

void LabProfileParser::parseDefaults(const YAML::Node& node)
{
    if (!m_reader.map(node, QStringLiteral("defaults"),
                      {QStringLiteral("window"), QStringLiteral("quantile"), QStringLiteral("kinds"),
                       QStringLiteral("edges"), QStringLiteral("routes")}))
        return;
    if (const auto w = m_reader.promDuration(node, "window"))
        m_data->window = *w;
    if (const auto q = m_reader.number(node, "quantile", 0.0, 1.0))
        m_data->quantile = LabProfileReader::text(node["quantile"]);
    if (const YAML::Node kinds = node["kinds"];
        kinds && m_reader.map(kinds, QStringLiteral("defaults.kinds"), kindNames())) {
        for (auto it = kinds.begin(); it != kinds.end(); ++it) {
            const QString kind = LabProfileReader::text(it->first);
            m_kindDefaults.insert(kind, parseKindDefaults(it->second, QStringLiteral("defaults.kinds.%1").arg(kind)));
        }
    }
    if (const YAML::Node edges = node["edges"];
        edges && m_reader.map(edges, QStringLiteral("defaults.edges"), edgeKindNames())) {
        for (auto it = edges.begin(); it != edges.end(); ++it) {
            const QString kind = LabProfileReader::text(it->first);
            const QString what = QStringLiteral("defaults.edges.%1").arg(kind);
            if (m_reader.map(it->second, what, {QStringLiteral("signals")}))
                m_edgeSignals.insert(kind, parseSignals(it->second["signals"], LabProfile::edgePlaceholders()));
        }
    }
    if (const YAML::Node routes = node["routes"];
        routes && m_reader.map(routes, QStringLiteral("defaults.routes"), {QStringLiteral("signals")}))
        m_data->routeSignals = parseSignals(routes["signals"], LabProfile::routePlaceholders());
}

LabProfileParser::KindDefaults LabProfileParser::parseKindDefaults(const YAML::Node& node, const QString& what)
{
    KindDefaults d;
    if (!m_reader.map(node, what,
                      {QStringLiteral("signals"), QStringLiteral("slo"), QStringLiteral("thresholds"),
                       QStringLiteral("runbooks")}))
        return d;
    d.signalQueries = parseSignals(node["signals"], LabProfile::servicePlaceholders());
    d.slo = parseSlo(node["slo"]);
    d.thresholds = parseThresholds(node["thresholds"]);
    if (node["runbooks"])
        d.runbooks = parseRunbooks(node);
    return d;
}

QMap<QString, QString> LabProfileParser::parseSignals(const YAML::Node& node, const QStringList& placeholders)
{
    QMap<QString, QString> result;
    if (!node.IsDefined() || node.IsNull())
        return result;
    if (!node.IsMap()) {
        m_reader.error(LabProfileReader::markOf(node),
                       tr("\"signals\" must be a mapping of signal names to PromQL templates, not %1")
                           .arg(LabProfileReader::shapeName(node)));
        return result;
    }
    static const QRegularExpression signalName(QStringLiteral("^[a-z][A-Za-z0-9]*$"));
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = LabProfileReader::text(it->first);
        if (!signalName.match(name).hasMatch()) {
            m_reader.error(LabProfileReader::markOf(it->first),
                           tr("signal name \"%1\" must be a camelCase word like requestRate").arg(name));
            continue;
        }
        const YAML::Node value = it->second;
        if (value.IsNull()) {
            // An empty value switches an inherited signal off.
            result.insert(name, QString());
            continue;
        }
        if (!value.IsScalar()) {
            m_reader.error(LabProfileReader::markOf(value, LabProfileReader::markOf(it->first)),
                           tr("signal \"%1\" must be a PromQL template text, not %2")
                               .arg(name, LabProfileReader::shapeName(value)));
            continue;
        }
        const PromQlTemplate t(LabProfileReader::text(value));
        const auto problems = t.check(placeholders);
        for (const auto& p : problems) {
            m_reader.error(m_reader.markInScalar(value, p.offset),
                           tr("in signal \"%1\": %2").arg(name, p.message));
        }
        if (problems.isEmpty())
            result.insert(name, t.text());
    }
    return result;
}

SloSpec LabProfileParser::parseSlo(const YAML::Node& node)
{
    SloSpec slo;
    if (!node.IsDefined() || node.IsNull() ||
        !m_reader.map(node, QStringLiteral("slo"),
                      {QStringLiteral("latencyP95"), QStringLiteral("errorRatio"), QStringLiteral("availability")}))
        return slo;
    slo.latencyP95Ms = m_reader.latencyMs(node, "latencyP95");
    slo.errorRatio = m_reader.number(node, "errorRatio", 0.0, 1.0);
    slo.availability = m_reader.number(node, "availability", 0.0, 1.0);
    return slo;
}

Thresholds LabProfileParser::parseThresholds(const YAML::Node& node)
{
    Thresholds t;
    if (!node.IsDefined() || node.IsNull() ||
        !m_reader.map(node, QStringLiteral("thresholds"),
                      {QStringLiteral("latencyP95"), QStringLiteral("errorRatio"), QStringLiteral("cpu"),
                       QStringLiteral("memory"), QStringLiteral("restarts"), QStringLiteral("queueBacklog")}))
        return t;
    t.latencyP95Ms = m_reader.latencyMs(node, "latencyP95");
    t.errorRatio = m_reader.number(node, "errorRatio", 0.0, 1.0);
    t.cpu = m_reader.number(node, "cpu", 0.0, 100.0);
    t.memory = m_reader.number(node, "memory", 0.0, 100.0);
    t.restarts = m_reader.integer(node, "restarts", 0, 1000000);
    t.queueBacklog = m_reader.integer(node, "queueBacklog", 0, 2000000000);
    return t;
}

QStringList LabProfileParser::parseRunbooks(const YAML::Node& map)
{
    static const QRegularExpression id(QStringLiteral("^runbooks/[a-z0-9][a-z0-9-]*$"));
    QStringList result;
    const QStringList all = m_reader.strings(map, "runbooks");
    const YAML::Node seq = map["runbooks"];
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!id.match(all.at(i)).hasMatch()) {
            m_reader.error(LabProfileReader::markOf(seq[int(i)], LabProfileReader::markOf(seq)),
                           tr("runbook \"%1\" must be a built-in runbook id like runbooks/api-errors-latency")
                               .arg(all.at(i)));
            continue;
        }
        result.append(all.at(i));
    }
    return result;
}

bool LabProfileParser::checkServiceRef(const YAML::Node& node, const QString& value, const QString& what)
{
    if (m_data->serviceIndex.contains(value))
        return true;
    m_reader.error(LabProfileReader::markOf(node), tr("%1 names unknown service \"%2\"").arg(what, value));
    return false;
}

void LabProfileParser::checkNamespace(const YAML::Node& map, const QString& ns)
{
    const YAML::Node node = map["namespace"];
    if (m_namespacesListed && !ns.isEmpty() && !m_namespaces.contains(ns)) {
        m_reader.error(LabProfileReader::markOf(node, LabProfileReader::markOf(map)),
                       tr("namespace \"%1\" is not listed under namespaces").arg(ns));
    }
}

bool LabProfileParser::checkUnique(QHash<QString, int>& seen, const QString& key, const YAML::Node& node,
                                   const QString& what)
{
    const YAML::Mark mark = LabProfileReader::markOf(node);
    if (const auto first = seen.constFind(key); first != seen.cend()) {
        m_reader.error(mark, tr("duplicate %1 \"%2\" (first defined at line %3)").arg(what, key).arg(*first));
        return false;
    }
    seen.insert(key, mark.line + 1);
    return true;
}

} // namespace lcl::lab
