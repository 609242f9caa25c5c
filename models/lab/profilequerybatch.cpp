#include "lab/profilequerybatch.h"

#include "core/logging.h"
#include "lab/labprofile.h"
#include "lab/promqltemplate.h"

#include <QSet>

#include <spdlog/logger.h>

namespace lcl::lab {

using metrics::Combine;
using metrics::EntityKind;
using metrics::QueryBatch;
using metrics::SignalQuery;

namespace {

struct Variant {
    QString signal;   // snapshot signal name
    QString quantile; // empty: the profile's default
};

// "latency" is asked three times, once per percentile the snapshot holds.
QList<Variant> variantsOf(const QString& profileSignal)
{
    if (profileSignal == QLatin1String("latency")) {
        return {{metrics::SignalNames::latencyP50, QStringLiteral("0.5")},
                {metrics::SignalNames::latencyP95, QStringLiteral("0.95")},
                {metrics::SignalNames::latencyP99, QStringLiteral("0.99")}};
    }
    return {{ProfileQueryBatch::signalName(profileSignal), {}}};
}

// Adds `label="value"` to every series of `promql`, so that a query whose grouping cannot tell entities apart
// still splits per entity once several are joined with `or`.
QString tagged(const QString& promql, const QString& label, const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral(R"(label_replace((%1), "%2", "%3", "", ""))").arg(promql, label, escaped);
}

// The answer key a service's series carry under these grouping labels, empty when a label is not one the
// profile knows a value for (the grouping cannot identify the service).
QString serviceKeyFor(const ServiceSpec& s, const QStringList& labels)
{
    if (!labels.contains(QLatin1String("service")) && !labels.contains(QLatin1String("job")))
        return {};
    QStringList parts;
    for (const QString& label : labels) {
        if (label == QLatin1String("namespace"))
            parts << s.ns;
        else if (label == QLatin1String("service"))
            parts << s.telemetry.service;
        else if (label == QLatin1String("job"))
            parts << s.telemetry.job;
        else
            return {};
    }
    return parts.join(QLatin1Char('/'));
}

void addServices(const LabProfile& profile, const RenderOptions& base, QueryBatch& batch)
{
    QStringList signalNames;
    for (const ServiceSpec& s : profile.services()) {
        if (!s.signalQueries.isEmpty())
            batch.expectedServices << s.id;
        for (auto it = s.signalQueries.cbegin(); it != s.signalQueries.cend(); ++it)
            if (!signalNames.contains(it.key()))
                signalNames << it.key();
    }
    signalNames.sort();
    QHash<QString, int> aliasUse; // answer key → how many services claim it (ambiguous past one)
    for (const ServiceSpec& s : profile.services()) {
        for (const QStringList& labels : {QStringList{QStringLiteral("namespace"), QStringLiteral("service")},
                                          QStringList{QStringLiteral("service"), QStringLiteral("namespace")},
                                          QStringList{QStringLiteral("service")}})
            aliasUse[serviceKeyFor(s, labels)] += 1;
    }

    for (const QString& signal : std::as_const(signalNames)) {
        const QList<QStringList> groups = profile.serviceGroupsForSignal(signal);
        for (const Variant& variant : variantsOf(signal)) {
            RenderOptions options = base;
            if (!variant.quantile.isEmpty())
                options.quantile = variant.quantile;
            for (const QStringList& group : groups) {
                const Result<QString> rendered = profile.servicesQuery(group, signal, options);
                if (!rendered) {
                    logging::logger("metrics")->warn("profile signal {}: {}", signal.toStdString(),
                                                     rendered.error().toString().toStdString());
                    continue;
                }
                const QStringList labels = SignalQuery::groupingLabels(rendered.value());
                QHash<QString, QString> aliases;
                bool identifying = true;
                for (const QString& id : group) {
                    const QString key = serviceKeyFor(*profile.service(id), labels);
                    if (key.isEmpty() || aliasUse.value(key) > 1 || aliases.contains(key)) {
                        identifying = false;
                        break;
                    }
                    aliases.insert(key, id);
                }
                SignalQuery q;
                q.signal = variant.signal;
                q.entity = EntityKind::Service;
                q.combine = ProfileQueryBatch::combineFor(variant.signal);
                if (identifying) {
                    q.promql = rendered.value();
                    q.keyLabels = labels;
                    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
                        batch.aliases.insert(it.key(), it.value());
                } else {
                    QStringList parts;
                    for (const QString& id : group) {
                        const Result<QString> one = profile.serviceQuery(id, signal, options);
                        if (one)
                            parts << tagged(one.value(), ProfileQueryBatch::serviceLabel(), id);
                    }
                    q.promql = parts.join(QStringLiteral(" or "));
                    q.keyLabels = {ProfileQueryBatch::serviceLabel()};
                }
                if (!q.promql.isEmpty())
                    batch.queries.append(std::move(q));
            }
        }
    }
}

bool carriesCalls(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Http:
    case EdgeKind::Grpc:
    case EdgeKind::Database:
    case EdgeKind::Cache:
    case EdgeKind::Messaging:
        return true;
    case EdgeKind::Logs:
    case EdgeKind::Traces:
    case EdgeKind::Metrics:
        break;
    }
    return false;
}

void addEdges(const LabProfile& profile, const RenderOptions& base, QueryBatch& batch)
{
    const auto trace = [&profile](const QString& id) {
        const ServiceSpec* s = profile.service(id);
        return s ? s->telemetry.traceName : id;
    };
    QStringList signalNames;
    for (const EdgeSpec& e : profile.edges()) {
        if (!e.signalQueries.isEmpty() && carriesCalls(e.kind)) {
            batch.expectedEdges << ProfileQueryBatch::edgeKey(e.from, e.to);
            batch.aliases.insert(trace(e.from) + QLatin1Char('/') + trace(e.to), ProfileQueryBatch::edgeKey(e.from, e.to));
        }
        for (auto it = e.signalQueries.cbegin(); it != e.signalQueries.cend(); ++it)
            if (!signalNames.contains(it.key()))
                signalNames << it.key();
    }
    signalNames.sort();
    const QStringList clientServer{QStringLiteral("client"), QStringLiteral("server")};
    for (const QString& signal : std::as_const(signalNames)) {
        // Edges sharing one template text are asked together: every caller × every callee, split by
        // (client, server) in the answer.
        QStringList templates;
        QList<QList<const EdgeSpec*>> groups;
        for (const EdgeSpec& e : profile.edges()) {
            const QString t = e.signalQueries.value(signal);
            if (t.isEmpty() || !carriesCalls(e.kind))
                continue;
            const qsizetype i = templates.indexOf(t);
            if (i < 0) {
                templates << t;
                groups.append({&e});
            } else {
                groups[i].append(&e);
            }
        }
        for (const Variant& variant : variantsOf(signal)) {
            for (qsizetype g = 0; g < groups.size(); ++g) {
                QHash<QString, QStringList> values;
                for (const EdgeSpec* e : std::as_const(groups[g])) {
                    if (!values[QStringLiteral("from")].contains(trace(e->from)))
                        values[QStringLiteral("from")] << trace(e->from);
                    if (!values[QStringLiteral("to")].contains(trace(e->to)))
                        values[QStringLiteral("to")] << trace(e->to);
                }
                values.insert(QStringLiteral("window"), {base.window.isEmpty() ? profile.defaultWindow() : base.window});
                values.insert(QStringLiteral("quantile"),
                              {variant.quantile.isEmpty() ? profile.defaultQuantile() : variant.quantile});
                SignalQuery q;
                q.signal = variant.signal;
                q.entity = EntityKind::Edge;
                q.combine = ProfileQueryBatch::combineFor(variant.signal);
                q.promql = PromQlTemplate(templates[g]).render(values);
                const QStringList labels = SignalQuery::groupingLabels(q.promql);
                if (QSet<QString>(labels.cbegin(), labels.cend()) == QSet<QString>(clientServer.cbegin(), clientServer.cend())) {
                    q.keyLabels = clientServer;
                } else {
                    QStringList parts;
                    for (const EdgeSpec* e : std::as_const(groups[g])) {
                        RenderOptions options = base;
                        options.quantile = variant.quantile;
                        if (const Result<QString> one = profile.edgeQuery(*e, signal, options))
                            parts << tagged(one.value(), QStringLiteral("lcl_edge"), ProfileQueryBatch::edgeKey(e->from, e->to));
                    }
                    q.promql = parts.join(QStringLiteral(" or "));
                    q.keyLabels = {QStringLiteral("lcl_edge")};
                }
                batch.queries.append(std::move(q));
            }
        }
    }
}

void addRoutes(const LabProfile& profile, const RenderOptions& base, QueryBatch& batch)
{
    if (profile.routes().isEmpty())
        return;
    QStringList signalNames = profile.routeSignalNames();
    signalNames.sort();
    for (const QString& signal : std::as_const(signalNames)) {
        for (const Variant& variant : variantsOf(signal)) {
            RenderOptions options = base;
            if (!variant.quantile.isEmpty())
                options.quantile = variant.quantile;
            // One rendering per route joined with `or`: the answers differ in envoy_cluster_name, so they neither
            // collide nor need tagging.
            QStringList parts;
            for (const RouteSpec& route : profile.routes()) {
                if (const Result<QString> one = profile.routeQuery(route, signal, options))
                    parts << QLatin1Char('(') + one.value() + QLatin1Char(')');
            }
            if (parts.isEmpty())
                continue;
            SignalQuery q = SignalQuery::fromPromQl(variant.signal, EntityKind::Route, parts.join(QStringLiteral(" or ")),
                                                    ProfileQueryBatch::combineFor(variant.signal));
            batch.queries.append(std::move(q));
        }
    }
}

} // namespace

QueryBatch ProfileQueryBatch::build(const LabProfile* profile, const QString& window)
{
    if (!profile || profile->services().isEmpty()) {
        QueryBatch::Options options;
        if (!window.isEmpty())
            options.window = window;
        return QueryBatch::defaults(options);
    }
    RenderOptions base;
    base.window = window;
    QueryBatch batch;
    addServices(*profile, base, batch);
    addEdges(*profile, base, batch);
    addRoutes(*profile, base, batch);
    return batch;
}

QString ProfileQueryBatch::signalName(const QString& profileSignal)
{
    if (profileSignal == QLatin1String("latency"))
        return metrics::SignalNames::latencyP95;
    return profileSignal;
}

Combine ProfileQueryBatch::combineFor(const QString& signal)
{
    static const QStringList sums{metrics::SignalNames::requestRate, metrics::SignalNames::restarts,
                                  metrics::SignalNames::queueDepth, QStringLiteral("connections"),
                                  QStringLiteral("unacked"), QStringLiteral("ready")};
    if (sums.contains(signal))
        return Combine::Sum;
    if (signal == metrics::SignalNames::up || signal == metrics::SignalNames::datastoreUp)
        return Combine::Min;
    return Combine::Max;
}

QString ProfileQueryBatch::edgeKey(const QString& fromService, const QString& toService)
{
    return fromService + QLatin1Char('/') + toService;
}

QString ProfileQueryBatch::serviceLabel()
{
    return QStringLiteral("lcl_service");
}

} // namespace lcl::lab
