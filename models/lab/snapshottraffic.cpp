#include "lab/snapshottraffic.h"

#include "lab/labprofile.h"
#include "metrics/metricssnapshot.h"

#include <algorithm>

namespace lcl::lab {

namespace {

using metrics::EntityMetrics;
namespace SignalNames = metrics::SignalNames;

TrafficNumbers numbersOf(const EntityMetrics& e)
{
    TrafficNumbers n;
    n.rate = e.value(SignalNames::requestRate).optional();
    n.errorRatio = e.value(SignalNames::errorRatio).optional();
    n.p95Seconds = e.value(SignalNames::latencyP95).optional();
    return n;
}

// A route's rules added up: rates summed, the worst error ratio and p95.
TrafficNumbers routeNumbers(const metrics::MetricsSnapshot& snapshot, const RouteSpec& route)
{
    TrafficNumbers n;
    const QString prefix = QStringLiteral("httproute/%1/%2/rule/").arg(route.ns, route.name);
    for (auto it = snapshot.routes.cbegin(); it != snapshot.routes.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const TrafficNumbers rule = numbersOf(*it);
        if (rule.rate)
            n.rate = n.rate.value_or(0) + *rule.rate;
        if (rule.errorRatio)
            n.errorRatio = std::max(n.errorRatio.value_or(0), *rule.errorRatio);
        if (rule.p95Seconds)
            n.p95Seconds = std::max(n.p95Seconds.value_or(0), *rule.p95Seconds);
    }
    return n;
}

} // namespace

TopologyTraffic SnapshotTraffic::build(const metrics::MetricsSnapshot& snapshot, const LabProfile* profile)
{
    TopologyTraffic traffic;
    for (auto it = snapshot.edges.cbegin(); it != snapshot.edges.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        if (slash <= 0)
            continue;
        const TrafficNumbers n = numbersOf(*it);
        if (n.hasAny())
            traffic.set(it.key().left(slash), it.key().mid(slash + 1), n);
    }
    if (!profile)
        return traffic;
    for (const EdgeSpec& edge : profile->edges()) {
        if (traffic.find(edge.from, edge.to))
            continue;
        if (!edge.route.isEmpty()) {
            for (const RouteSpec& route : profile->routes()) {
                if (route.name != edge.route)
                    continue;
                if (const TrafficNumbers n = routeNumbers(snapshot, route); n.hasAny())
                    traffic.set(edge.from, edge.to, n);
                break;
            }
            continue;
        }
        const ServiceSpec* from = profile->service(edge.from);
        if (from && from->external) {
            // Nobody traces the internet: what the callee receives is what the clients send.
            const auto callee = snapshot.services.constFind(edge.to);
            if (callee != snapshot.services.cend())
                if (const TrafficNumbers n = numbersOf(*callee); n.hasAny())
                    traffic.set(edge.from, edge.to, n);
        }
    }
    return traffic;
}

} // namespace lcl::lab
