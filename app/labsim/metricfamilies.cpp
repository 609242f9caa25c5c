#include "labsim/metricfamilies.h"

#include "labsim/traffichistogram.h"

#include <prometheus/text_serializer.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace lcl::sim {
namespace {

prometheus::MetricFamily family(std::string name, std::string help, prometheus::MetricType type)
{
    prometheus::MetricFamily f;
    f.name = std::move(name);
    f.help = std::move(help);
    f.type = type;
    return f;
}

prometheus::ClientMetric metric(const MetricFamilies::Labels& labels)
{
    prometheus::ClientMetric m;
    m.label.reserve(labels.size());
    for (const auto& [name, value] : labels)
        m.label.push_back({name, value});
    return m;
}

} // namespace

prometheus::MetricFamily MetricFamilies::counter(std::string name, std::string help)
{
    return family(std::move(name), std::move(help), prometheus::MetricType::Counter);
}

prometheus::MetricFamily MetricFamilies::gauge(std::string name, std::string help)
{
    return family(std::move(name), std::move(help), prometheus::MetricType::Gauge);
}

prometheus::MetricFamily MetricFamilies::histogram(std::string name, std::string help)
{
    return family(std::move(name), std::move(help), prometheus::MetricType::Histogram);
}

void MetricFamilies::add(prometheus::MetricFamily& family, const Labels& labels, double value, bool exact)
{
    prometheus::ClientMetric m = metric(labels);
    if (family.type == prometheus::MetricType::Counter)
        m.counter.value = exact ? value : std::floor(value);
    else
        m.gauge.value = value;
    family.metric.push_back(std::move(m));
}

void MetricFamilies::addHistogram(prometheus::MetricFamily& family, const Labels& labels, const TrafficHistogram& histogram)
{
    prometheus::ClientMetric m = metric(labels);
    m.histogram.sample_count = static_cast<std::uint64_t>(std::floor(histogram.count()));
    m.histogram.sample_sum = histogram.sum();
    const std::vector<double>& bounds = histogram.upperBounds();
    const std::vector<double>& cumulative = histogram.cumulative();
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        // Rounding must never make a bucket exceed the total.
        const double count = std::min(std::floor(cumulative[i] + 1e-6), std::floor(histogram.count()));
        m.histogram.bucket.push_back({static_cast<std::uint64_t>(count), bounds[i]});
    }
    m.histogram.bucket.push_back({m.histogram.sample_count, std::numeric_limits<double>::infinity()});
    family.metric.push_back(std::move(m));
}

std::string MetricFamilies::serialize(const std::vector<prometheus::MetricFamily>& families)
{
    std::ostringstream out;
    prometheus::TextSerializer().Serialize(out, families);
    return out.str();
}

} // namespace lcl::sim
