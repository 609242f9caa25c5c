#pragma once

#include "metrics/signalquery.h"

#include <QList>
#include <QString>

namespace lcl::lab {

class LabProfile;

// The range queries of one service's charts: the profile's requestRate, errorRatio and latency templates for
// that service alone ("latency" asked once per percentile: latencyP50, latencyP95, latencyP99). Signals the
// profile has no template for are left out, so a cache or a queue gets only the charts it can fill.
class ServiceRangeQueries final {
public:
    // The profile service id among `keys` (the first that names one), empty when none does.
    static QString serviceIdOf(const LabProfile& profile, const QStringList& keys);

    // One query per chart signal. The rate window is the profile's default, widened to `stepSeconds` when the
    // step is longer, so that points far apart still cover every sample between them.
    static QList<metrics::SignalQuery> build(const LabProfile& profile, const QString& serviceId, qint64 stepSeconds);

    // The window build() uses for a step: "5m" or, past it, "<step>s".
    static QString windowFor(const LabProfile& profile, qint64 stepSeconds);
};

} // namespace lcl::lab
