#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lcl::metrics {

// Value types of the Alertmanager API v2 (alerts, alert groups, silences).

struct AmMatcher {
    QString name;
    QString value;
    bool isRegex = false;
    bool isEqual = true; // false: != or !~

    // `name="value"`, `name=~"a|b"`, `name!="x"`: the matcher syntax of filters and amtool.
    QString toString() const;
    friend bool operator==(const AmMatcher&, const AmMatcher&) = default;
};

struct AmAlert {
    // Prometheus' "pending" never reaches Alertmanager; "suppressed" means silenced and/or inhibited.
    enum class State { Unprocessed, Active, Suppressed };

    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    State state = State::Unprocessed;
    QStringList silencedBy;  // silence ids
    QStringList inhibitedBy; // fingerprints of inhibiting alerts
    QStringList mutedBy;     // time intervals (0.28+; empty on older servers)
    QDateTime startsAt;
    QDateTime endsAt;        // for a firing alert a validity horizon in the future, not "resolved at"
    QDateTime updatedAt;
    QString fingerprint;
    QStringList receivers;
    QString generatorUrl;

    QString name() const { return labels.value(QStringLiteral("alertname")); }
    QString severity() const { return labels.value(QStringLiteral("severity")); }
    bool isSilenced() const { return !silencedBy.isEmpty(); }
    bool isInhibited() const { return !inhibitedBy.isEmpty(); }
    static QString stateName(State state);
};

struct AmAlertGroup {
    QMap<QString, QString> labels; // the group_by labels
    QString receiver;
    QList<AmAlert> alerts;
};

struct AmSilence {
    enum class State { Active, Pending, Expired };

    QString id;
    State state = State::Active;
    QList<AmMatcher> matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    QString createdBy;
    QString comment;

    static QString stateName(State state);
};

// What POST /api/v2/silences takes. Set `id` to update an existing silence (Alertmanager may answer with a
// new id; always use the returned one).
struct AmSilenceRequest {
    QString id;
    QList<AmMatcher> matchers; // at least one
    QDateTime startsAt;
    QDateTime endsAt;
    QString createdBy;
    QString comment;
};

} // namespace lcl::metrics

Q_DECLARE_METATYPE(lcl::metrics::AmAlert)
Q_DECLARE_METATYPE(lcl::metrics::AmSilence)
