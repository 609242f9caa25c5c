#include "metrics/metricspoller.h"
#include "metrics/metricspolleranswer.h"

#include <cmath>

namespace lcl::metrics {

namespace {

// Entities that vanished this long ago and are not expected by the batch are forgotten.
constexpr qint64 forgetAfterSecs = 30 * 60;

MetricValue missing(const MetricValue& before, const QDateTime& at)
{
    MetricValue v;
    v.missingSince = before.state == MetricValue::State::Missing && before.missingSince.isValid() ? before.missingSince : at;
    return v;
}

} // namespace

MetricsSnapshot MetricsPoller::merge(const QueryBatch& batch, const QList<Answer>& answers,
                                     const MetricsSnapshot& previous, const QDateTime& at)
{
    MetricsSnapshot out;
    out.at = at;
    out.sequence = previous.sequence;
    out.queries.reserve(batch.queries.size());

    for (EntityKind kind : {EntityKind::Service, EntityKind::Edge, EntityKind::Route}) {
        auto& entities = out.entities(kind);
        const auto& before = previous.entities(kind);
        entities.reserve(before.size());
        const auto ensure = [&](const QString& key) -> EntityMetrics& {
            auto it = entities.find(key);
            if (it == entities.end()) {
                it = entities.insert(key, EntityMetrics{});
                it->key = key;
            }
            return *it;
        };
        const QStringList& expected = kind == EntityKind::Service ? batch.expectedServices
                                      : kind == EntityKind::Edge  ? batch.expectedEdges
                                                                  : QStringList();
        for (const QString& key : expected)
            ensure(key);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            ensure(it.key());
        for (qsizetype i = 0; i < batch.queries.size() && i < answers.size(); ++i) {
            if (batch.queries[i].entity != kind)
                continue;
            const auto& values = answers[i].values.values;
            for (auto v = values.cbegin(); v != values.cend(); ++v)
                ensure(v.key());
        }

        // Every signal of the kind for every entity: a value, NaN, or missing since when.
        QList<qsizetype> ofKind;
        for (qsizetype i = 0; i < batch.queries.size(); ++i)
            if (batch.queries[i].entity == kind)
                ofKind.append(i);
        const QHash<QString, double> empty;
        const EntityMetrics none;
        for (auto e = entities.begin(); e != entities.end(); ++e) {
            const auto b = before.constFind(e.key());
            const EntityMetrics& earlier = b == before.cend() ? none : *b;
            e->values.reserve(ofKind.size());
            for (qsizetype i : std::as_const(ofKind)) {
                const SignalQuery& q = batch.queries[i];
                const QHash<QString, double>& values = i < answers.size() ? answers[i].values.values : empty;
                const auto found = values.constFind(e.key());
                MetricValue v;
                if (found != values.cend()) {
                    v.state = std::isnan(*found) ? MetricValue::State::NotANumber : MetricValue::State::Value;
                    v.value = *found;
                } else {
                    v = missing(earlier.value(q.signal), at);
                }
                e->values.insert(q.signal, v);
            }
        }

        // Forget long-gone entities nobody expects, so the maps do not grow without bound.
        for (auto e = entities.begin(); e != entities.end();) {
            bool stale = !expected.contains(e.key()) && !e->values.isEmpty();
            for (const MetricValue& v : std::as_const(e->values)) {
                if (v.state != MetricValue::State::Missing || v.missingSince.secsTo(at) < forgetAfterSecs) {
                    stale = false;
                    break;
                }
            }
            e = stale ? entities.erase(e) : std::next(e);
        }
    }

    for (qsizetype i = 0; i < batch.queries.size(); ++i) {
        QueryOutcome o;
        o.query = batch.queries[i];
        if (i < answers.size()) {
            const Answer& a = answers[i];
            o.ok = !a.error.has_value();
            o.error = a.error;
            o.seriesCount = a.values.seriesCount;
            o.nanCount = a.values.nanCount;
            o.elapsedMs = a.elapsedMs;
        }
        out.queries.append(std::move(o));
    }
    return out;
}

} // namespace lcl::metrics
