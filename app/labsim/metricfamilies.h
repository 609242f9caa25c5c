#pragma once

#include <prometheus/metric_family.h>

#include <string>
#include <utility>
#include <vector>

namespace lcl::sim {

class TrafficHistogram;

// Small builders for prometheus-cpp MetricFamily values, which the exporters fill straight from their state on
// every scrape (no Registry of long-lived metric objects: the series follow the store's objects).
class MetricFamilies final {
public:
    using Labels = std::vector<std::pair<std::string, std::string>>;

    static prometheus::MetricFamily counter(std::string name, std::string help);
    static prometheus::MetricFamily gauge(std::string name, std::string help);
    static prometheus::MetricFamily histogram(std::string name, std::string help);

    // Counters are written as whole numbers of events, like the real exporters; `exact` keeps fractions
    // (CPU seconds).
    static void add(prometheus::MetricFamily& family, const Labels& labels, double value, bool exact = false);
    static void addHistogram(prometheus::MetricFamily& family, const Labels& labels, const TrafficHistogram& histogram);

    // Text exposition format 0.0.4.
    static std::string serialize(const std::vector<prometheus::MetricFamily>& families);
};

} // namespace lcl::sim
