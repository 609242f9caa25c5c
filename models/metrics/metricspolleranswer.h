#pragma once

#include "core/error.h"
#include "metrics/metricspoller.h"
#include "metrics/metricspollerdecoder.h"

#include <optional>

namespace lcl::metrics {

// What one query of a refresh brought back: the decoded values, or why there are none.
struct MetricsPoller::Answer {
    MetricsPollerAnswer values;
    std::optional<Error> error;
    qint64 elapsedMs = 0;
};

} // namespace lcl::metrics
