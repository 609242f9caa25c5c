#include "kube/decodecontext.h"

namespace lcl::kube::detail {
namespace {

HpaMetric& metricFor(QList<HpaMetric>& list, const QString& type, const QString& name)
{
    for (HpaMetric& m : list) {
        if (m.type == type && m.name == name)
            return m;
    }
    list.append(HpaMetric{type, name, {}, {}});
    return list.back();
}

QString percent(qint64 value)
{
    return QString::number(value) + QLatin1Char('%');
}

// target{type, averageUtilization|averageValue|value} or current{...}: the number kubectl would show.
QString decodeMetricValue(DecodeContext& ctx, sj::value& v)
{
    QString utilization;
    QString value;
    forEachField(v, [&](std::string_view k, sj::value& f) {
        if (k == "averageUtilization")
            utilization = percent(toInt(f));
        else if (k == "averageValue" || k == "value")
            value = ctx.string(f);
    });
    return utilization.isEmpty() ? value : utilization;
}

// One spec.metrics[] or status.currentMetrics[] entry; `current` picks which half of HpaMetric is set.
void decodeMetric(DecodeContext& ctx, sj::value& v, QList<HpaMetric>& list, bool current)
{
    QString type;
    QString name;
    QString value;
    forEachField(v, [&](std::string_view k, sj::value& f) {
        if (k == "type") {
            type = ctx.interned(f);
            return;
        }
        // resource / containerResource / pods / object / external: the sibling object of the type.
        forEachField(f, [&](std::string_view sk, sj::value& sv) {
            if (sk == "name") {
                name = ctx.interned(sv);
            } else if (sk == "metric") {
                forEachField(sv, [&](std::string_view mk, sj::value& mv) {
                    if (mk == "name")
                        name = ctx.interned(mv);
                });
            } else if (sk == (current ? "current" : "target")) {
                value = decodeMetricValue(ctx, sv);
            }
        });
    });
    HpaMetric& metric = metricFor(list, type, name);
    (current ? metric.current : metric.target) = value;
}

} // namespace

void decodeHpa(DecodeContext& ctx, sj::value& v, HpaRecord& h)
{
    const QString resource = QStringLiteral("Resource");
    const QString cpu = QStringLiteral("cpu");
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, h.meta);
        } else if (key == "spec") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "scaleTargetRef") {
                    forEachField(f, [&](std::string_view tk, sj::value& tv) {
                        if (tk == "kind")
                            h.targetKind = ctx.interned(tv);
                        else if (tk == "name")
                            h.targetName = ctx.string(tv);
                    });
                } else if (k == "minReplicas") {
                    h.minReplicas = f.type() == sj::json_type::number ? int(toInt(f)) : 1;
                } else if (k == "maxReplicas") {
                    h.maxReplicas = int(toInt(f));
                } else if (k == "metrics") {
                    forEachElement(f, [&](sj::value& m) { decodeMetric(ctx, m, h.metrics, false); });
                } else if (k == "targetCPUUtilizationPercentage") { // autoscaling/v1
                    metricFor(h.metrics, resource, cpu).target = percent(toInt(f));
                }
            });
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "currentReplicas")
                    h.currentReplicas = int(toInt(f));
                else if (k == "desiredReplicas")
                    h.desiredReplicas = int(toInt(f));
                else if (k == "conditions")
                    h.conditions = decodeConditions(ctx, f);
                else if (k == "currentMetrics")
                    forEachElement(f, [&](sj::value& m) { decodeMetric(ctx, m, h.metrics, true); });
                else if (k == "currentCPUUtilizationPercentage")
                    metricFor(h.metrics, resource, cpu).current = percent(toInt(f));
            });
        }
    });
}

} // namespace lcl::kube::detail
