#include "lab/healthreport.h"

#include "lab/labprofile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

// The Prometheus and Alertmanager part of the report: per-service traffic and the alerts.

namespace lcl::lab {

namespace {

using metrics::MetricValue;

QString formatted(const MetricValue& v, double scale, int decimals, const QString& unit)
{
    if (!v.hasValue() || std::isinf(v.value))
        return v.display();
    return QLocale::c().toString(v.value * scale, 'f', decimals) + unit;
}

QJsonValue jsonValue(const MetricValue& v)
{
    if (v.hasValue() && std::isfinite(v.value))
        return v.value;
    return QJsonValue::Null; // missing is not 0
}

// Untranslated, so scripts can rely on it.
QString phaseKey(ConnectionState::Phase phase)
{
    switch (phase) {
    case ConnectionState::Phase::Connecting:
        return QStringLiteral("connecting");
    case ConnectionState::Phase::Connected:
        return QStringLiteral("connected");
    case ConnectionState::Phase::Degraded:
        return QStringLiteral("degraded");
    case ConnectionState::Phase::Failed:
        return QStringLiteral("failed");
    case ConnectionState::Phase::NotConfigured:
        break;
    }
    return QStringLiteral("not configured");
}

QJsonObject jsonState(const ConnectionState& s)
{
    return {{QStringLiteral("state"), phaseKey(s.phase)},
            {QStringLiteral("endpoint"), s.endpoint},
            {QStringLiteral("summary"), s.summary}};
}

} // namespace

QList<HealthReport::ServiceTraffic> HealthReport::trafficRows(const metrics::MetricsSnapshot& snapshot,
                                                                const LabProfile* profile)
{
    namespace SignalNames = metrics::SignalNames;
    QList<ServiceTraffic> rows;
    const auto row = [&snapshot](const QString& id, const QString& name) {
        const metrics::EntityMetrics e = snapshot.services.value(id);
        return ServiceTraffic{id, name, e.value(SignalNames::requestRate), e.value(SignalNames::errorRatio),
                              e.value(SignalNames::latencyP95)};
    };
    if (profile && !profile->services().isEmpty()) {
        for (const ServiceSpec& s : profile->services()) {
            const auto& q = s.signalQueries;
            if (q.contains(QStringLiteral("requestRate")) || q.contains(QStringLiteral("errorRatio"))
                || q.contains(QStringLiteral("latency")))
                rows.append(row(s.id, s.displayName));
        }
        return rows;
    }
    QStringList keys = snapshot.services.keys();
    keys.sort();
    for (const QString& key : std::as_const(keys))
        rows.append(row(key, key));
    return rows;
}

bool HealthReport::criticalAlertFiring() const
{
    if (!input.monitoring)
        return false;
    return std::any_of(input.monitoring->alerts.cbegin(), input.monitoring->alerts.cend(), [](const AlertEntry& a) {
        return a.isCritical() && a.state == AlertEntry::State::Firing;
    });
}

QString HealthReport::monitoringText() const
{
    QString out;
    if (!input.monitoring)
        return out;
    const Monitoring& m = *input.monitoring;
    out += QLatin1Char('\n')
           + tr("Traffic (Prometheus %1: %2):").arg(m.prometheus.endpoint, ConnectionState::phaseName(m.prometheus.phase))
           + QLatin1Char('\n');
    if (m.prometheus.phase == ConnectionState::Phase::Failed || m.prometheus.phase == ConnectionState::Phase::Degraded)
        out += QStringLiteral("  ! ") + m.prometheus.summary + QLatin1Char('\n');
    if (!m.services.isEmpty()) {
        out += QStringLiteral("  %1 %2 %3 %4\n")
                   .arg(tr("SERVICE"), -28)
                   .arg(tr("RATE"), -26)
                   .arg(tr("ERRORS"), -26)
                   .arg(tr("P95"));
    }
    for (const ServiceTraffic& s : m.services) {
        out += QStringLiteral("  %1 %2 %3 %4\n")
                   .arg(s.id, -28)
                   .arg(formatted(s.rate, 1, 2, tr(" req/s")), -26)
                   .arg(formatted(s.errorRatio, 100, 2, QStringLiteral("%")), -26)
                   .arg(formatted(s.p95, 1000, 1, tr(" ms")));
    }

    out += QLatin1Char('\n') + tr("Alerts (Alertmanager %1: %2):")
                                   .arg(m.alertmanager.endpoint.isEmpty() ? tr("not configured") : m.alertmanager.endpoint,
                                        ConnectionState::phaseName(m.alertmanager.phase))
           + QLatin1Char('\n');
    if (m.alertmanager.phase == ConnectionState::Phase::Failed)
        out += QStringLiteral("  ! ") + m.alertmanager.summary + QLatin1Char('\n');
    if (!m.alertsKnown)
        out += QStringLiteral("  ") + tr("unknown: neither Alertmanager nor Prometheus told them") + QLatin1Char('\n');
    else if (m.alerts.isEmpty())
        out += QStringLiteral("  ") + tr("none") + QLatin1Char('\n');
    for (const AlertEntry& a : m.alerts) {
        out += QStringLiteral("  %1 %2 %3 %4")
                   .arg(a.severity(), -9)
                   .arg(AlertEntry::stateName(a.state), -11)
                   .arg(a.name(), -28)
                   .arg(a.service());
        if (!a.summary().isEmpty())
            out += QStringLiteral(" — ") + a.summary();
        if (!a.silencedBy.isEmpty())
            out += QLatin1Char(' ') + tr("(silenced by %1)").arg(a.silencedBy.join(QStringLiteral(", ")));
        out += QLatin1Char('\n');
    }
    return out;
}

void HealthReport::addMonitoringJson(QJsonObject& root) const
{
    if (!input.monitoring)
        return;
    const Monitoring& m = *input.monitoring;
    root.insert(QStringLiteral("prometheus"), jsonState(m.prometheus));
    root.insert(QStringLiteral("alertmanager"), jsonState(m.alertmanager));
    QJsonArray services;
    for (const ServiceTraffic& s : m.services) {
        QJsonObject o{{QStringLiteral("id"), s.id},
                      {QStringLiteral("name"), s.displayName},
                      {QStringLiteral("requestRate"), jsonValue(s.rate)},
                      {QStringLiteral("errorRatio"), jsonValue(s.errorRatio)},
                      {QStringLiteral("latencyP95Seconds"), jsonValue(s.p95)}};
        QJsonObject missing;
        for (const auto& [name, v] : {std::pair{QStringLiteral("requestRate"), &s.rate},
                                      std::pair{QStringLiteral("errorRatio"), &s.errorRatio},
                                      std::pair{QStringLiteral("latencyP95Seconds"), &s.p95}}) {
            if (v->state == MetricValue::State::Missing)
                missing.insert(name, v->missingSince.isValid() ? v->missingSince.toString(Qt::ISODate) : QString());
        }
        if (!missing.isEmpty())
            o.insert(QStringLiteral("missingSince"), missing);
        services.append(o);
    }
    root.insert(QStringLiteral("services"), services);
    QJsonArray alerts;
    for (const AlertEntry& a : m.alerts) {
        alerts.append(QJsonObject{{QStringLiteral("name"), a.name()},
                                  {QStringLiteral("severity"), a.severity()},
                                  {QStringLiteral("state"), QString::fromLatin1(a.state == AlertEntry::State::Pending ? "pending"
                                                                                : a.state == AlertEntry::State::Firing ? "firing"
                                                                                                                       : "suppressed")},
                                  {QStringLiteral("service"), a.service()},
                                  {QStringLiteral("summary"), a.summary()},
                                  {QStringLiteral("since"), a.since.toString(Qt::ISODate)},
                                  {QStringLiteral("silencedBy"), QJsonArray::fromStringList(a.silencedBy)}});
    }
    root.insert(QStringLiteral("alerts"), m.alertsKnown ? QJsonValue(alerts) : QJsonValue()); // null: unknown
}

} // namespace lcl::lab
