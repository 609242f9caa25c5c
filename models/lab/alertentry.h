#pragma once

#include "metrics/alertmanagertypes.h"
#include "metrics/promapitypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lcl::lab {

// One alert as the console shows it, joined from Alertmanager (firing, or suppressed by a silence or an
// inhibition) and Prometheus (pending: its `for:` has not elapsed yet, so Alertmanager does not know it).
struct AlertEntry {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::AlertEntry)

public:
    enum class State { Pending, Firing, Suppressed };

    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    State state = State::Firing;
    QDateTime since;        // Prometheus' activeAt, Alertmanager's startsAt
    QStringList silencedBy; // silence ids
    QStringList inhibitedBy;
    QString fingerprint;    // made from the labels, the same whichever source lists the alert

    QString name() const { return labels.value(QStringLiteral("alertname")); }
    QString severity() const { return labels.value(QStringLiteral("severity")); }
    // The service the alert is about: its `service` label, else what names the workload or route.
    QString service() const;
    QString summary() const { return annotations.value(QStringLiteral("summary")); }
    QString runbookUrl() const { return annotations.value(QStringLiteral("runbook_url")); }
    bool isCritical() const { return severity() == QLatin1String("critical"); }
    // critical 0, warning 1, info 2, anything else 3: the order an on-call person reads them in.
    int severityRank() const;

    static QString stateName(State state); // translated

    // Alertmanager's alerts, plus the Prometheus alerts it does not have (pending ones, and firing ones that
    // have not reached it yet), sorted by severity, then name, then labels.
    static QList<AlertEntry> merge(const QList<metrics::AmAlert>& alertmanager, const QList<metrics::PromAlert>& prometheus);
    static AlertEntry fromAlertmanager(const metrics::AmAlert& alert);
    static AlertEntry fromPrometheus(const metrics::PromAlert& alert);
    static QString fingerprintOf(const QMap<QString, QString>& labels);

    friend bool operator==(const AlertEntry&, const AlertEntry&) = default;
};

} // namespace lcl::lab

Q_DECLARE_METATYPE(lcl::lab::AlertEntry)
