#pragma once

#include "kube/metarecord.h"

#include <QList>
#include <QString>

namespace lcl::kube {

// One container of a pod: its spec (image, resources, sidecar policy) joined with its status by name.
struct ContainerRecord {
    enum class State : quint8 { Unknown, Waiting, Running, Terminated };

    QString name;
    QString image;
    State state = State::Unknown;
    bool ready = false;
    bool started = false;
    bool sidecar = false;        // init container with restartPolicy: Always (native sidecar)
    int restarts = 0;
    QString reason;              // waiting.reason or terminated.reason ("CrashLoopBackOff", "OOMKilled")
    QString message;
    int exitCode = 0;
    int signal = 0;
    QString lastTerminatedReason; // lastState.terminated.reason: how the previous instance ended
    int lastExitCode = 0;
    qint64 lastFinished = 0;
    qint64 cpuRequestMilli = 0;
    qint64 cpuLimitMilli = 0;
    qint64 memoryRequestBytes = 0;
    qint64 memoryLimitBytes = 0;
};

struct PodRecord {
    ObjectMeta meta;
    QString phase;               // Pending, Running, Succeeded, Failed, Unknown
    QString reason;              // status.reason ("Evicted", "NodeLost")
    QString node;
    QString podIP;
    QString qosClass;
    qint64 startTime = 0;
    QList<ContainerRecord> initContainers;
    QList<ContainerRecord> containers;
    QList<Condition> conditions;

    // kubectl's READY column: ready containers (plus ready sidecars) over containers (plus sidecars).
    int readyCount() const;
    int totalCount() const;
    int restarts() const;        // sum over containers and init containers, like kubectl's RESTARTS
    qint64 lastRestartTime() const; // latest lastState.terminated.finishedAt, 0 when none
    bool isReady() const;        // the Ready condition
    // kubectl's STATUS column ("Running", "CrashLoopBackOff", "Init:0/1", "Terminating", "OOMKilled").
    QString statusText() const;
    // A problem worth a badge: a waiting reason other than ContainerCreating/PodInitializing, an abnormal
    // termination (current or previous OOMKilled), Failed/Unknown phase; empty when healthy.
    QString problem() const;
    qint64 cpuRequestMilli() const;
    qint64 memoryRequestBytes() const;
    QStringList images() const;
};

} // namespace lcl::kube
