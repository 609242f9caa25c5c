#pragma once

#include "kube/metarecord.h"

#include <QStringList>

namespace lcl::kube {

struct JobRecord {
    ObjectMeta meta;
    int completions = -1;        // -1: not set
    int parallelism = 1;
    int active = 0;
    int succeeded = 0;
    int failed = 0;
    bool suspend = false;
    qint64 startTime = 0;
    qint64 completionTime = 0;
    QStringList images;
    QList<Condition> conditions;

    // kubectl's Job STATUS: Complete, Failed, Suspended, Running (FailureTarget/SuccessCriteriaMet are
    // not final and read as Running).
    QString statusText() const;
    bool isFailed() const;
    bool isComplete() const;
};

struct CronJobRecord {
    ObjectMeta meta;
    QString schedule;
    QString timeZone;
    QString concurrencyPolicy;
    bool suspend = false;
    int active = 0;
    qint64 lastScheduleTime = 0;
    qint64 lastSuccessfulTime = 0;
};

} // namespace lcl::kube
