#pragma once

#include "core/result.h"
#include "metrics/signalquery.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

namespace lcl::metrics {

struct QueryBatch;

// One batched instant-query answer reduced to what a snapshot needs: entity key → value, series that map onto
// one key combined as the query says. NaN is kept (0/0: no traffic).
struct MetricsPollerAnswer {
    QHash<QString, double> values;
    int seriesCount = 0;
    int nanCount = 0;
    int unkeyedCount = 0; // series without the query's key labels (the query groups by something else)
};

// Reads a Prometheus instant-query answer (vector or scalar) straight into a MetricsPollerAnswer with simdjson,
// without building a tree. One decoder per thread; it reuses its buffers.
class MetricsPollerDecoder final {
    Q_DECLARE_TR_FUNCTIONS(lcl::metrics::MetricsPollerDecoder)

public:
    MetricsPollerDecoder();
    ~MetricsPollerDecoder();
    MetricsPollerDecoder(const MetricsPollerDecoder&) = delete;
    MetricsPollerDecoder& operator=(const MetricsPollerDecoder&) = delete;

    Result<MetricsPollerAnswer> decode(QByteArray body, const SignalQuery& query, const QueryBatch& batch);

    // Prometheus' sample spelling: decimal, "NaN", "+Inf", "-Inf".
    static double parseSample(std::string_view text, bool* ok = nullptr);
    static void combine(double& into, double value, Combine how);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace lcl::metrics
