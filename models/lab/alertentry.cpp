#include "lab/alertentry.h"

#include <QCryptographicHash>

#include <algorithm>

namespace lcl::lab {

QString AlertEntry::service() const
{
    for (const char* label : {"service", "deployment", "statefulset", "horizontalpodautoscaler", "envoy_cluster_name",
                              "server", "job_name", "pod"}) {
        const QString value = labels.value(QLatin1String(label));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

int AlertEntry::severityRank() const
{
    const QString s = severity();
    if (s == QLatin1String("critical"))
        return 0;
    if (s == QLatin1String("warning"))
        return 1;
    if (s == QLatin1String("info"))
        return 2;
    return 3;
}

QString AlertEntry::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return tr("pending");
    case State::Firing:
        return tr("firing");
    case State::Suppressed:
        return tr("suppressed");
    }
    return {};
}

QString AlertEntry::fingerprintOf(const QMap<QString, QString>& labels)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView("\xff", 1));
        hash.addData(it.value().toUtf8());
        hash.addData(QByteArrayView("\xfe", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

AlertEntry AlertEntry::fromAlertmanager(const metrics::AmAlert& alert)
{
    AlertEntry e;
    e.labels = alert.labels;
    e.annotations = alert.annotations;
    e.state = alert.state == metrics::AmAlert::State::Suppressed ? State::Suppressed : State::Firing;
    e.since = alert.startsAt;
    e.silencedBy = alert.silencedBy;
    e.inhibitedBy = alert.inhibitedBy;
    // Not Alertmanager's own fingerprint: an alert Prometheus lists before Alertmanager has it would change
    // identity (and its row in the alert list) when Alertmanager starts listing it. merge() makes it from
    // Prometheus' labels when Prometheus lists the alert too (Alertmanager's carry external labels besides).
    e.fingerprint = fingerprintOf(alert.labels);
    return e;
}

AlertEntry AlertEntry::fromPrometheus(const metrics::PromAlert& alert)
{
    AlertEntry e;
    e.labels = alert.labels;
    e.annotations = alert.annotations;
    e.state = alert.state == metrics::PromAlert::State::Pending ? State::Pending : State::Firing;
    e.since = alert.activeAt;
    e.fingerprint = fingerprintOf(alert.labels);
    return e;
}

QList<AlertEntry> AlertEntry::merge(const QList<metrics::AmAlert>& alertmanager,
                                    const QList<metrics::PromAlert>& prometheus)
{
    // Alertmanager's labels are Prometheus' plus its external labels, so a Prometheus alert is Alertmanager's
    // when all of its labels appear there.
    const auto sameAlert = [](const metrics::PromAlert& p, const metrics::AmAlert& a) {
        for (auto it = p.labels.cbegin(); it != p.labels.cend(); ++it)
            if (a.labels.value(it.key()) != it.value())
                return false;
        return true;
    };
    QList<AlertEntry> out;
    out.reserve(alertmanager.size() + prometheus.size());
    for (const metrics::AmAlert& a : alertmanager) {
        AlertEntry e = fromAlertmanager(a);
        // The identity is made from Prometheus' labels when Prometheus lists the alert too, so an alert that was
        // pending there keeps it when it fires through Alertmanager with external labels added.
        const auto p = std::find_if(prometheus.cbegin(), prometheus.cend(), [&](const metrics::PromAlert& candidate) {
            return candidate.state != metrics::PromAlert::State::Inactive && sameAlert(candidate, a);
        });
        if (p != prometheus.cend())
            e.fingerprint = fingerprintOf(p->labels);
        out.append(std::move(e));
    }
    for (const metrics::PromAlert& p : prometheus) {
        const bool known = std::any_of(alertmanager.cbegin(), alertmanager.cend(),
                                       [&](const metrics::AmAlert& a) { return sameAlert(p, a); });
        if (p.state == metrics::PromAlert::State::Inactive || known)
            continue;
        out.append(fromPrometheus(p));
    }
    std::sort(out.begin(), out.end(), [](const AlertEntry& a, const AlertEntry& b) {
        const int ra = a.severityRank();
        const int rb = b.severityRank();
        if (ra != rb)
            return ra < rb;
        if (a.name() != b.name())
            return a.name() < b.name();
        return a.labels.values() < b.labels.values();
    });
    return out;
}

} // namespace lcl::lab
