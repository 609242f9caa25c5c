#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace lcl::metrics {

// Value types of Prometheus' /api/v1/alerts, /rules, /targets and /status/buildinfo answers.

struct PromAlert {
    enum class State { Inactive, Pending, Firing };

    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    State state = State::Inactive;
    QDateTime activeAt;
    QString value; // as Prometheus wrote it ("1e+00"); may be "NaN"

    QString name() const { return labels.value(QStringLiteral("alertname")); }
};

struct PromRule {
    enum class Type { Alerting, Recording };
    enum class Health { Ok, Err, Unknown };

    Type type = Type::Alerting;
    QString name;
    QString query;
    double durationSeconds = 0; // the alert's "for"
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    Health health = Health::Unknown;
    QString lastError;
    PromAlert::State state = PromAlert::State::Inactive; // alerting rules
    QList<PromAlert> alerts;
    QDateTime lastEvaluation;
};

struct PromRuleGroup {
    QString name;
    QString file;
    double intervalSeconds = 0;
    QList<PromRule> rules;
};

struct PromTarget {
    enum class Health { Up, Down, Unknown };

    QString scrapePool;
    QString scrapeUrl;
    QMap<QString, QString> labels;
    Health health = Health::Unknown;
    QString lastError;
    QDateTime lastScrape;
    double lastScrapeDurationSeconds = 0;
};

struct PromBuildInfo {
    QString version;
    QString revision;
    QString branch;
    QString goVersion;
};

} // namespace lcl::metrics
