#include "metrics/nodatadiagnosis.h"

#include "metrics/prometheusclient.h"

#include <QRegularExpression>

#include <cmath>

namespace lcl::metrics {

struct NoDataDiagnosis::Run {
    QPointer<NoDataDiagnosis> owner; // callbacks run on the client's thread, possibly after this object died
    quint64 generation = 0;
    SignalQuery query;
    Finding finding;
    QStringList jobs; // jobs whose series carry the metric (last hour)
};

namespace {

QString describe(const Result<PromQueryResult>& r)
{
    if (!r)
        return NoDataDiagnosis::tr("error: %1").arg(r.error().message);
    if (r->isEmpty())
        return NoDataDiagnosis::tr("empty (no series)");
    return NoDataDiagnosis::tr("%n series", nullptr, int(r->series.size()));
}

QString quoted(const QString& v)
{
    QString out = v;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString regexAlternatives(const QStringList& values)
{
    QStringList escaped;
    for (const QString& v : values)
        escaped.append(QRegularExpression::escape(v).replace(QLatin1Char('\\'), QStringLiteral("\\\\")));
    return QLatin1Char('"') + escaped.join(QLatin1Char('|')) + QLatin1Char('"');
}

QString keyOfSeries(const SignalQuery& q, const PromSeries& s)
{
    return q.keyOf([&s](const QString& label) { return s.metric.value(label); });
}

} // namespace

NoDataDiagnosis::NoDataDiagnosis(PrometheusClient* client, QObject* parent) : QObject(parent), m_client(client) {}

NoDataDiagnosis::~NoDataDiagnosis() = default;

QString NoDataDiagnosis::causeText(Cause cause)
{
    switch (cause) {
    case Cause::HasData:
        return tr("Data is there");
    case Cause::NoTraffic:
        return tr("No traffic in the window");
    case Cause::QueryFailed:
        return tr("The query failed");
    case Cause::TargetDown:
        return tr("Target down");
    case Cause::MetricAbsent:
        return tr("Metric absent");
    case Cause::LabelsDoNotMatch:
        return tr("Labels do not match");
    case Cause::Unknown:
        break;
    }
    return tr("Cause unknown");
}

QStringList NoDataDiagnosis::metricNames(const QString& promql)
{
    static const QRegularExpression strings(QStringLiteral(R"re("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')re"));
    static const QRegularExpression nameMatcher(QStringLiteral(R"re(__name__\s*=~?\s*"([^"]*)")re"));
    static const QRegularExpression braces(QStringLiteral(R"re(\{[^}]*\}|\[[^\]]*\])re"));
    static const QRegularExpression grouping(
        QStringLiteral(R"re(\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\))re"));
    static const QRegularExpression ident(QStringLiteral(R"re((?<![\w:.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?)re"));
    static const QStringList keywords{QStringLiteral("by"),     QStringLiteral("without"),    QStringLiteral("on"),
                                      QStringLiteral("ignoring"), QStringLiteral("group_left"), QStringLiteral("group_right"),
                                      QStringLiteral("bool"),   QStringLiteral("and"),        QStringLiteral("or"),
                                      QStringLiteral("unless"), QStringLiteral("offset"),     QStringLiteral("inf"),
                                      QStringLiteral("nan"),    QStringLiteral("atan2")};
    QStringList names;
    for (auto it = nameMatcher.globalMatch(promql); it.hasNext();)
        for (const QString& n : it.next().captured(1).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            if (!names.contains(n))
                names.append(n);
    QString text = promql;
    text.replace(braces, QStringLiteral(" "));
    text.replace(strings, QStringLiteral(" "));
    text.replace(grouping, QStringLiteral(" "));
    for (auto it = ident.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        if (!m.captured(2).isEmpty() || keywords.contains(name.toLower()) || names.contains(name))
            continue; // a function call, a keyword, or seen already
        names.append(name);
    }
    return names;
}

QString NoDataDiagnosis::entityMatchers(const SignalQuery& query, const QString& entityKey)
{
    const qsizetype n = query.keyLabels.size();
    QStringList parts = n <= 1 ? QStringList{entityKey} : entityKey.split(QLatin1Char('/'));
    while (parts.size() > n && n > 0) { // a value with '/' in it: the last label takes the rest
        parts[n - 1] = parts[n - 1] + QLatin1Char('/') + parts.takeAt(n);
    }
    QStringList matchers;
    for (qsizetype i = 0; i < n && i < parts.size(); ++i)
        matchers.append(query.keyLabels[i] + QLatin1Char('=') + quoted(parts[i]));
    return matchers.join(QStringLiteral(", "));
}

void NoDataDiagnosis::diagnose(const SignalQuery& query, const QString& entityKey)
{
    auto run = std::make_shared<Run>();
    run->owner = this;
    run->generation = ++m_generation;
    run->query = query;
    run->finding.signal = query.signal;
    run->finding.entity = entityKey;
    run->finding.promql = query.promql;
    run->finding.metrics = metricNames(query.promql);
    if (!m_client) {
        conclude(run, Cause::QueryFailed, tr("No Prometheus is connected."));
        return;
    }
    m_client->query(query.promql, [this, run](const Result<PromQueryResult>& r) {
        if (!run->owner || run->generation != m_generation) // gone, or a newer diagnose()
            return;
        run->finding.checks.append({run->query.promql, describe(r)});
        if (!r) {
            run->finding.answer = describe(r);
            conclude(run, Cause::QueryFailed, r.error().message + QLatin1Char(' ') + r.error().hint);
            return;
        }
        for (const PromSeries& s : r->series) {
            if (keyOfSeries(run->query, s) != run->finding.entity || s.samples.isEmpty())
                continue;
            const double v = s.samples.first().value;
            run->finding.answer = s.samples.first().text;
            if (std::isnan(v)) {
                conclude(run, Cause::NoTraffic,
                         tr("The query returned NaN for %1: a ratio of zero by zero, so there were no requests in the "
                            "window. This is not an error.").arg(run->finding.entity));
            } else {
                conclude(run, Cause::HasData, tr("The query returns %1 for %2 now.").arg(s.samples.first().text, run->finding.entity));
            }
            return;
        }
        run->finding.answer = r->isEmpty() ? tr("empty: no series at all")
                                           : tr("%n series, none for this entity", nullptr, int(r->series.size()));
        checkTargets(run);
    });
}

void NoDataDiagnosis::checkTargets(std::shared_ptr<Run> run)
{
    // Targets carrying the entity's labels (a ServiceMonitor adds namespace/service to up), and the jobs that
    // exposed the metrics in the last hour.
    const QString matchers = entityMatchers(run->query, run->finding.entity);
    QString promql = QStringLiteral("min by (job, instance) (up{%1}) == 0").arg(matchers);
    if (!run->finding.metrics.isEmpty())
        promql += QStringLiteral(" or on (job) (min by (job, instance) (up) == 0 and on (job) count by (job) "
                                 "(last_over_time({__name__=~%1}[1h])))")
                      .arg(regexAlternatives(run->finding.metrics));
    m_client->query(promql, [this, run, promql](const Result<PromQueryResult>& r) {
        if (!run->owner || run->generation != m_generation) // gone, or a newer diagnose()
            return;
        run->finding.checks.append({promql, describe(r)});
        if (r) {
            for (const PromSeries& s : r->series)
                run->finding.downTargets.append(s.metric.value(QStringLiteral("job")) + QLatin1Char('/')
                                                + s.metric.value(QStringLiteral("instance")));
        }
        if (!run->finding.downTargets.isEmpty()) {
            conclude(run, Cause::TargetDown,
                     tr("Prometheus cannot scrape %1 (up == 0), so its metrics stop. Check that the pods run and "
                        "that the metrics port answers; the Targets page of Prometheus shows the scrape error.")
                         .arg(run->finding.downTargets.join(QStringLiteral(", "))));
            return;
        }
        checkMetrics(run);
    });
}

void NoDataDiagnosis::checkMetrics(std::shared_ptr<Run> run)
{
    if (run->finding.metrics.isEmpty()) {
        conclude(run, Cause::Unknown, tr("The query reads no metric by name, so there is nothing more to check."));
        return;
    }
    const QString promql =
        QStringLiteral("count by (__name__) ({__name__=~%1})").arg(regexAlternatives(run->finding.metrics));
    m_client->query(promql, [this, run, promql](const Result<PromQueryResult>& r) {
        if (!run->owner || run->generation != m_generation) // gone, or a newer diagnose()
            return;
        run->finding.checks.append({promql, describe(r)});
        if (!r) {
            conclude(run, Cause::QueryFailed, r.error().message);
            return;
        }
        QStringList present;
        for (const PromSeries& s : r->series)
            present.append(s.metric.value(QStringLiteral("__name__")));
        for (const QString& m : std::as_const(run->finding.metrics))
            if (!present.contains(m))
                run->finding.absentMetrics.append(m);
        // An error-counter query ("… or … * 0") may read a metric that legitimately has no series yet; absent
        // only counts when no metric of the query exists at all, or the first (main) one is missing.
        if (!run->finding.absentMetrics.isEmpty()
            && (present.isEmpty() || run->finding.absentMetrics.contains(run->finding.metrics.first()))) {
            conclude(run, Cause::MetricAbsent,
                     tr("Prometheus has no series named %1. The exporter or instrumentation that provides it is not "
                        "scraped, or uses another name; check the scrape configuration, or the profile's query for "
                        "this signal.")
                         .arg(run->finding.absentMetrics.join(QStringLiteral(", "))));
            return;
        }
        checkLabels(run);
    });
}

void NoDataDiagnosis::checkLabels(std::shared_ptr<Run> run)
{
    const QString metric = run->finding.metrics.first();
    const QStringList labels = run->query.keyLabels;
    if (labels.isEmpty()) {
        conclude(run, Cause::Unknown, tr("The metric exists, but the query has no labels to match an entity by."));
        return;
    }
    const QString promql = QStringLiteral("count by (%1) (%2)").arg(labels.join(QStringLiteral(", ")), metric);
    m_client->query(promql, [this, run, promql](const Result<PromQueryResult>& r) {
        if (!run->owner || run->generation != m_generation) // gone, or a newer diagnose()
            return;
        run->finding.checks.append({promql, describe(r)});
        if (!r) {
            conclude(run, Cause::QueryFailed, r.error().message);
            return;
        }
        bool entityPresent = false;
        for (const PromSeries& s : r->series) {
            const QString key = keyOfSeries(run->query, s);
            if (key == run->finding.entity)
                entityPresent = true;
            else if (!key.isEmpty() && run->finding.otherKeys.size() < 20)
                run->finding.otherKeys.append(key);
        }
        run->finding.otherKeys.sort();
        if (!entityPresent) {
            const QString metric = run->finding.metrics.first();
            conclude(run, Cause::LabelsDoNotMatch,
                     run->finding.otherKeys.isEmpty()
                         ? tr("%1 exists, but none of its series has the labels %2. The profile's label names may not "
                              "match what the exporter writes.")
                               .arg(metric, run->query.keyLabels.join(QStringLiteral(", ")))
                         : tr("%1 exists, but not for %2; it has %3. The profile's names (namespace, service or "
                              "telemetry labels) may not match what the cluster reports.")
                               .arg(metric, run->finding.entity, run->finding.otherKeys.join(QStringLiteral(", "))));
            return;
        }
        conclude(run, Cause::Unknown,
                 tr("%1 exists for %2, but the query's other conditions (a status code, a time window, a division) "
                    "leave nothing; for example there may have been no 5xx responses, or too few samples in the "
                    "window.")
                     .arg(run->finding.metrics.first(), run->finding.entity));
    });
}

void NoDataDiagnosis::conclude(std::shared_ptr<Run> run, Cause cause, QString explanation)
{
    run->finding.cause = cause;
    run->finding.explanation = std::move(explanation);
    const Finding finding = run->finding;
    // Always asynchronous, also when concluding before any query ran.
    QMetaObject::invokeMethod(
        this, [this, finding] { Q_EMIT finished(finding); }, Qt::QueuedConnection);
}

} // namespace lcl::metrics
