#pragma once

#include <cstddef>
#include <vector>

namespace lcl::sim {

// A cumulative histogram fed with expected counts rather than samples: `observe` spreads `count` requests over
// the buckets along a log-normal latency distribution, so the series move smoothly and deterministically while
// histogram_quantile() over them finds the median and spread the model asked for.
class TrafficHistogram final {
public:
    TrafficHistogram() = default;
    explicit TrafficHistogram(std::vector<double> upperBounds);

    // `median` in the histogram's unit; `sigma` is the log-normal shape (ln(p95/p50) / 1.645).
    void observe(double count, double median, double sigma);

    const std::vector<double>& upperBounds() const { return m_bounds; }
    // Observations at or below each upper bound (the +Inf bucket is count()).
    const std::vector<double>& cumulative() const { return m_cumulative; }
    double count() const { return m_count; }
    double sum() const { return m_sum; }

    // Shape of a distribution with this median and 95th percentile.
    static double sigmaFor(double p50, double p95);

    // OpenTelemetry's advised seconds buckets, Envoy's millisecond buckets, the seconds buckets a Tempo
    // service-graph processor is usually configured with.
    static std::vector<double> otelSecondsBuckets();
    static std::vector<double> envoyMillisecondBuckets();
    static std::vector<double> serviceGraphSecondsBuckets();

private:
    std::vector<double> m_bounds;
    std::vector<double> m_cumulative;
    double m_count = 0;
    double m_sum = 0;
};

} // namespace lcl::sim
