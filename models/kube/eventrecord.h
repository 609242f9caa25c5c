#pragma once

#include "kube/metarecord.h"

namespace lcl::kube {

// A core/v1 or events.k8s.io/v1 Event, reduced to what the event views show. `first`, `last` and `count`
// are already resolved the way kubectl resolves them (eventTime/series over the deprecated fields).
struct EventRecord {
    ObjectMeta meta;
    QString type;                // Normal, Warning
    QString reason;
    QString message;             // core/v1 message or events.k8s.io note
    QString objectKind;          // involvedObject / regarding
    QString objectNamespace;
    QString objectName;
    QString objectUid;
    QString fieldPath;
    QString source;              // reportingComponent/Controller, else source.component
    int count = 1;
    qint64 first = 0;
    qint64 last = 0;

    bool isWarning() const { return type == QLatin1String("Warning"); }
};

} // namespace lcl::kube
