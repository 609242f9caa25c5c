#include "labsim/traffichistogram.h"

#include <algorithm>
#include <cmath>

namespace lcl::sim {

TrafficHistogram::TrafficHistogram(std::vector<double> upperBounds)
    : m_bounds(std::move(upperBounds)), m_cumulative(m_bounds.size(), 0.0)
{
}

double TrafficHistogram::sigmaFor(double p50, double p95)
{
    if (p50 <= 0 || p95 <= p50)
        return 0.5;
    return std::log(p95 / p50) / 1.6449;
}

void TrafficHistogram::observe(double count, double median, double sigma)
{
    if (count <= 0 || median <= 0)
        return;
    sigma = std::max(sigma, 0.05);
    const double mu = std::log(median);
    for (std::size_t i = 0; i < m_bounds.size(); ++i) {
        const double z = (std::log(m_bounds[i]) - mu) / (sigma * std::sqrt(2.0));
        m_cumulative[i] += count * 0.5 * std::erfc(-z);
    }
    m_count += count;
    m_sum += count * median * std::exp(sigma * sigma / 2.0);
}

std::vector<double> TrafficHistogram::otelSecondsBuckets()
{
    return {0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10};
}

std::vector<double> TrafficHistogram::envoyMillisecondBuckets()
{
    return {0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000, 3600000};
}

std::vector<double> TrafficHistogram::serviceGraphSecondsBuckets()
{
    return {0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

} // namespace lcl::sim
