#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace lcl::kube {

// One line of a container's log as the console keeps it.
struct LogLine {
    QString pod;
    QString container;
    qint64 timestampMs = 0; // from the kubelet's RFC 3339 prefix; 0 when the line had none
    QString text;
    qint32 subMsNanos = 0;  // the prefix's nanoseconds within that millisecond, to order lines of several pods
};

} // namespace lcl::kube

Q_DECLARE_METATYPE(lcl::kube::LogLine)
