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

QString tagged(const QString& promql, const QString& label, const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral(R"(label_replace((%1), "%2", "%3", "", ""))").arg(promql, label, escaped);
}

// Sets `label` to `value` on every series of `promql`: a part whose grouping cannot tell entities apart gets
// the labels the batch splits answers by.
QString withLabel(const QString& promql, const QString& label, const QString& value)
{
    return tagged(promql, label, value);
}

bool sameLabels(QStringList labels, QStringList wanted)
{
    labels.sort();
    wanted.sort();
    return labels == wanted;
}

const QStringList& serviceKeyLabels()
{
    static const QStringList labels{QStringLiteral("namespace"), QStringLiteral("service")};
    return labels;
}

// Every service of every template group, for one signal, in ONE query: a group whose template groups by
// (namespace, service) is asked as it is; the parts of other groups are asked per service with the service's
// namespace and telemetry name set on their answers. The merge keeps one value per (entity, signal), so two
// queries for the same signal would overwrite each other.
void addServices(const LabProfile& profile, const RenderOptions& base, QueryBatch& batch)
{
    QStringList signalNames;
    for (const ServiceSpec& s : profile.services()) {
        if (!s.signalQueries.isEmpty()) {
            batch.expectedServices << s.id;
            batch.aliases.insert(s.ns + QLatin1Char('/') + s.telemetry.service, s.id);
        }
        for (auto it = s.signalQueries.cbegin(); it != s.signalQueries.cend(); ++it)
            if (!signalNames.contains(it.key()))
                signalNames << it.key();
    }
    signalNames.sort();
    for (const QString& signal : std::as_const(signalNames)) {
        const QList<QStringList> groups = profile.serviceGroupsForSignal(signal);
        for (const Variant& variant : variantsOf(signal)) {
            RenderOptions options = base;
            if (!variant.quantile.isEmpty())
                options.quantile = variant.quantile;
            QStringList parts;
            for (const QStringList& group : groups) {
                const Result<QString> rendered = profile.servicesQuery(group, signal, options);
                if (!rendered) {
                    logging::logger("metrics")->warn("profile signal {}: {}", signal.toStdString(),
                                                     rendered.error().toString().toStdString());
                    continue;
                }
                if (sameLabels(SignalQuery::groupingLabels(rendered.value()), serviceKeyLabels())) {
                    parts << QLatin1Char('(') + rendered.value() + QLatin1Char(')');
                    continue;
                }
                for (const QString& id : group) {
                    const ServiceSpec* s = profile.service(id);
                    if (const Result<QString> one = profile.serviceQuery(id, signal, options))
                        parts << withLabel(withLabel(one.value(), QStringLiteral("namespace"), s->ns),
                                           QStringLiteral("service"), s->telemetry.service);
                }
            }
            if (parts.isEmpty())
                continue;
            batch.queries.append(SignalQuery{variant.signal, EntityKind::Service, parts.join(QStringLiteral(" or ")),
                                             serviceKeyLabels(), ProfileQueryBatch::combineFor(variant.signal)});
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

// Edges the same way: one query per signal, groups of edges sharing a template asked together (every caller ×
// every callee, split by client and server), other groupings per edge with client and server set.
void addEdges(const LabProfile& profile, const RenderOptions& base, QueryBatch& batch)
{
    const auto trace = [&profile](const QString& id) {
        const ServiceSpec* s = profile.service(id);
        return s ? s->telemetry.traceName : id;
    };
    const QStringList clientServer{QStringLiteral("client"), QStringLiteral("server")};
    QStringList signalNames;
    for (const EdgeSpec& e : profile.edges()) {
        if (e.signalQueries.isEmpty() || !carriesCalls(e.kind))
            continue;
        batch.expectedEdges << ProfileQueryBatch::edgeKey(e.from, e.to);
        batch.aliases.insert(trace(e.from) + QLatin1Char('/') + trace(e.to), ProfileQueryBatch::edgeKey(e.from, e.to));
        for (auto it = e.signalQueries.cbegin(); it != e.signalQueries.cend(); ++it)
            if (!signalNames.contains(it.key()))
                signalNames << it.key();
    }
    signalNames.sort();
    for (const QString& signal : std::as_const(signalNames)) {
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
            const QString quantile = variant.quantile.isEmpty() ? profile.defaultQuantile() : variant.quantile;
            const QString window = base.window.isEmpty() ? profile.defaultWindow() : base.window;
            QStringList parts;
            for (qsizetype g = 0; g < groups.size(); ++g) {
                QHash<QString, QStringList> values;
                for (const EdgeSpec* e : std::as_const(groups[g])) {
                    if (!values[QStringLiteral("from")].contains(trace(e->from)))
                        values[QStringLiteral("from")] << trace(e->from);
                    if (!values[QStringLiteral("to")].contains(trace(e->to)))
                        values[QStringLiteral("to")] << trace(e->to);
                }
                values.insert(QStringLiteral("window"), {window});
                values.insert(QStringLiteral("quantile"), {quantile});
                const QString rendered = PromQlTemplate(templates[g]).render(values);
                if (sameLabels(SignalQuery::groupingLabels(rendered), clientServer)) {
                    parts << QLatin1Char('(') + rendered + QLatin1Char(')');
                    continue;
                }
                for (const EdgeSpec* e : std::as_const(groups[g])) {
                    RenderOptions options = base;
                    options.quantile = quantile;
                    if (const Result<QString> one = profile.edgeQuery(*e, signal, options))
                        parts << withLabel(withLabel(one.value(), QStringLiteral("client"), trace(e->from)),
                                           QStringLiteral("server"), trace(e->to));
                }
            }
            if (!parts.isEmpty())
                batch.queries.append(SignalQuery{variant.signal, EntityKind::Edge, parts.join(QStringLiteral(" or ")),
                                                 clientServer, ProfileQueryBatch::combineFor(variant.signal)});
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

} // namespace lcl::lab
