#pragma once

#include "metrics/signalquery.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace lcl::metrics {

class PrometheusClient;

// "Why no data": for one signal of one entity, runs the signal's query again and, when nothing usable comes
// back, asks Prometheus a few questions to tell the user the likely cause: the query failed; a target that
// should expose the metric is down (`up == 0`); the metric does not exist at all; or it exists but with other
// label values than the ones asked for (listed). Every question asked is recorded with its answer.
class NoDataDiagnosis final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoDataDiagnosis)

public:
    enum class Cause { HasData, NoTraffic, QueryFailed, TargetDown, MetricAbsent, LabelsDoNotMatch, Unknown };

    struct Check {
        QString promql;
        QString answer; // translated: "empty", "3 series", "error: …"
    };

    struct Finding {
        QString signal;
        QString entity;
        QString promql;          // the signal's query, as it ran
        QString answer;          // what came back for the entity (translated)
        Cause cause = Cause::Unknown;
        QString explanation;     // translated, one or two sentences
        QStringList metrics;     // metric names the query reads
        QStringList absentMetrics;
        QStringList downTargets; // job/instance of targets with up == 0
        QStringList otherKeys;   // entity keys the metric does have (labels do not match)
        QList<Check> checks;     // every question asked on the way
    };

    explicit NoDataDiagnosis(PrometheusClient* client, QObject* parent = nullptr);
    ~NoDataDiagnosis() override;

    void diagnose(const SignalQuery& query, const QString& entityKey);

    // Metric names a PromQL expression reads (selectors and __name__ matchers; not functions, keywords or
    // label names).
    static QStringList metricNames(const QString& promql);
    // `service="x", namespace="y"` for the entity key of `query` (key values split on '/').
    static QString entityMatchers(const SignalQuery& query, const QString& entityKey);
    static QString causeText(Cause cause);

Q_SIGNALS:
    void finished(const lcl::metrics::NoDataDiagnosis::Finding& finding);

private:
    struct Run;
    void checkTargets(std::shared_ptr<Run> run);
    void checkMetrics(std::shared_ptr<Run> run);
    void checkLabels(std::shared_ptr<Run> run);
    void conclude(std::shared_ptr<Run> run, Cause cause, QString explanation);

    QPointer<PrometheusClient> m_client;
    quint64 m_generation = 0;
};

} // namespace lcl::metrics

Q_DECLARE_METATYPE(lcl::metrics::NoDataDiagnosis::Finding)
