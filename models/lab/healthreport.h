#pragma once

#include "kube/jobrecord.h"
#include "kube/noderecord.h"
#include "kube/podrecord.h"
#include "kube/workloadrecord.h"
#include "core/connectionstate.h"
#include "lab/alertentry.h"
#include "metrics/metricssnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class QJsonObject;

namespace lcl::kube {
class ResourceStore;
}

namespace lcl::lab {

class LabProfile;

// What the console knows about the cluster at one moment, as `lclab-console --report` prints it.
struct HealthReport {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::HealthReport)

public:
    enum class Status { Healthy = 0, Degraded = 1, Error = 2 };

    struct Workload {
        QString kind; // Deployment, StatefulSet, DaemonSet
        QString ns;
        QString name;
        int ready = 0;
        int desired = 0;
        QStringList problems; // translated
    };

    struct Problem {
        QString object;  // "pod search/search-api-7d4b9-x2x1k"
        QString what;    // translated: "CrashLoopBackOff (5 restarts)"
    };

    // Request rate, error ratio and p95 of one service as Prometheus last answered; Missing values stay missing.
    struct ServiceTraffic {
        QString id;
        QString displayName;
        metrics::MetricValue rate;
        metrics::MetricValue errorRatio;
        metrics::MetricValue p95; // seconds
    };

    // What Prometheus and Alertmanager said, when the console had them.
    struct Monitoring {
        ConnectionState prometheus;
        ConnectionState alertmanager;
        QList<ServiceTraffic> services;
        QList<AlertEntry> alerts;
        bool alertsKnown = true; // false: no source of alerts answered (the report says "unknown", not "none")
    };

    struct Input {
        QString context;
        QString server;
        QString serverVersion;
        QMap<QString, int> counts; // per kind plural ("pods" → 42); a kind the user may not list is absent
        QStringList unavailableKinds; // translated reasons: "pods: forbidden for this account"
        QList<kube::NodeRecord> nodes;
        QList<kube::WorkloadRecord> workloads;
        QList<kube::PodRecord> pods;
        QList<kube::JobRecord> jobs;
        QDateTime now = QDateTime::currentDateTimeUtc();
        int pendingGraceSeconds = 120; // a pod pending longer than this is a problem
        std::optional<Monitoring> monitoring;
    };

    Status status = Status::Healthy;
    QString errorMessage; // for Status::Error: why there is no report
    Input input;
    QList<Workload> workloads;
    QList<Problem> problems;

    // The store's records and per-kind state (counts of listed kinds, reasons for kinds that could not be).
    static Input collect(const kube::ResourceStore& store);
    static HealthReport build(Input input);
    // The services worth a traffic row: with a profile those whose profile asks rate, errors or latency (in
    // profile order), without one every service the snapshot has (sorted).
    static QList<ServiceTraffic> trafficRows(const metrics::MetricsSnapshot& snapshot, const LabProfile* profile);
    static HealthReport failure(const QString& message, const QString& context = {}, const QString& server = {});

    int exitCode() const { return int(status); }
    bool criticalAlertFiring() const;
    QString toText() const;
    QByteArray toJson() const;
    static QString statusName(Status status);

private:
    QString monitoringText() const;
    void addMonitoringJson(QJsonObject& root) const;
};

} // namespace lcl::lab
