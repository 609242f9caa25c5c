#pragma once

#include "kube/jobrecord.h"
#include "kube/noderecord.h"
#include "kube/podrecord.h"
#include "kube/workloadrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace lcl::kube {
class ResourceStore;
}

namespace lcl::lab {

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
    };

    Status status = Status::Healthy;
    QString errorMessage; // for Status::Error: why there is no report
    Input input;
    QList<Workload> workloads;
    QList<Problem> problems;

    // The store's records and per-kind state (counts of listed kinds, reasons for kinds that could not be).
    static Input collect(const kube::ResourceStore& store);
    static HealthReport build(Input input);
    static HealthReport failure(const QString& message, const QString& context = {}, const QString& server = {});

    int exitCode() const { return int(status); }
    QString toText() const;
    QByteArray toJson() const;
    static QString statusName(Status status);
};

} // namespace lcl::lab
