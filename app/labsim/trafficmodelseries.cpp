// The series half of TrafficModel: which series exist (initState) and how each step adds to them.
#include "labsim/trafficmodel.h"

#include <algorithm>
#include <set>

namespace lcl::sim {
namespace {

using lab::EdgeKind;
using lab::ServiceKind;

std::string label(const QString& value, const QString& fallback)
{
    return (value.isEmpty() ? fallback : value).toStdString();
}

// Envoy Gateway moves privileged listener ports up by 10000 inside the proxy (80 → 10080).
std::string listenerPrefix(const lab::GatewaySpec* gateway)
{
    if (!gateway || gateway->listeners.isEmpty())
        return "http-10080";
    const lab::GatewayListener* chosen = &gateway->listeners.front();
    for (const lab::GatewayListener& listener : gateway->listeners)
        if (listener.protocol == QLatin1String("HTTPS"))
            chosen = &listener;
    const int port = chosen->port < 1024 ? chosen->port + 10000 : chosen->port;
    return (chosen->protocol == QLatin1String("HTTPS") ? "https-" : "http-") + std::to_string(port);
}

} // namespace

void TrafficModel::initState()
{
    for (const lab::ServiceSpec& spec : m_profile.services()) {
        const std::string id = spec.id.toStdString();
        const std::string service = label(spec.telemetry.service, spec.id);
        if (spec.kind == ServiceKind::Gateway) {
            GatewayState gateway{id, spec.ns.toStdString(), service, {}, true, {}, {}, TrafficHistogram(TrafficHistogram::envoyMillisecondBuckets())};
            const lab::GatewaySpec* gatewaySpec = nullptr;
            for (const lab::GatewaySpec& g : m_profile.gateways())
                if (g.serviceId == spec.id)
                    gatewaySpec = &g;
            gateway.listenerPrefix = listenerPrefix(gatewaySpec);
            for (const lab::RouteSpec& route : m_profile.routes()) {
                if (!gatewaySpec || route.gateway != gatewaySpec->name)
                    continue;
                for (qsizetype i = 0; i < route.rules.size(); ++i) {
                    const std::string name = route.envoyClusterName(int(i)).toStdString();
                    std::set<std::string> services;
                    for (const lab::RouteBackend& backend : route.rules.at(i).backends)
                        if (!backend.serviceId.isEmpty())
                            services.insert(backend.serviceId.toStdString());
                    for (const std::string& s : services)
                        ++m_rulesPerService[s];
                    m_clusterServices[name] = {services.begin(), services.end()};
                    gateway.clusters.push_back({name, {{"200", 0.0}, {"500", 0.0}, {"503", 0.0}},
                                                TrafficHistogram(TrafficHistogram::envoyMillisecondBuckets())});
                }
            }
            gateway.downstreamByClass = {{"2", 0.0}, {"4", 0.0}, {"5", 0.0}};
            m_state.gateways.push_back(std::move(gateway));
        } else if (spec.traffic && !spec.external) {
            ApiState api{id, spec.ns.toStdString(), service, {}};
            QList<lab::TrafficRoute> routes = spec.traffic->routes;
            if (routes.isEmpty())
                routes.append(lab::TrafficRoute{QStringLiteral("/"), QStringLiteral("GET"), 1});
            for (const lab::TrafficRoute& route : routes) {
                const std::string method = route.method.toStdString();
                const std::string ok = method == "POST" ? "201" : "200";
                for (const std::string& status : {ok, std::string("500"), std::string("503")})
                    api.series.push_back({route.path.toStdString(), method, status,
                                          TrafficHistogram(TrafficHistogram::otelSecondsBuckets())});
            }
            m_state.apis.push_back(std::move(api));
        }
        DatastoreState store;
        store.serviceId = id;
        store.ns = spec.ns.toStdString();
        store.service = service;
        if (spec.kind == ServiceKind::Database) {
            store.kind = DatastoreState::Kind::Postgres;
            for (const lab::EdgeSpec& edge : m_profile.edgesTo(spec.id)) {
                QString db = edge.from;
                db.remove(QStringLiteral("-api"));
                store.backends[db.toStdString()] = 0;
            }
        } else if (spec.kind == ServiceKind::Cache) {
            store.kind = DatastoreState::Kind::Redis;
        } else if (spec.kind == ServiceKind::Queue) {
            store.kind = DatastoreState::Kind::RabbitMq;
        } else {
            continue;
        }
        m_state.datastores.push_back(std::move(store));
    }
    for (const lab::EdgeSpec& edge : m_profile.edges()) {
        const lab::ServiceSpec* from = m_profile.service(edge.from);
        const lab::ServiceSpec* to = m_profile.service(edge.to);
        const std::string type = edge.kind == EdgeKind::Database    ? "database"
                                 : edge.kind == EdgeKind::Messaging ? "messaging_system"
                                                                    : "";
        m_state.edges.push_back({label(from->telemetry.traceName, from->id), label(to->telemetry.traceName, to->id), type, 0, 0,
                                 TrafficHistogram(TrafficHistogram::serviceGraphSecondsBuckets()),
                                 TrafficHistogram(TrafficHistogram::serviceGraphSecondsBuckets())});
    }
}

void TrafficModel::stepApis(double seconds)
{
    for (ApiState& api : m_state.apis) {
        const ServiceRuntime& rt = m_services.at(api.serviceId);
        const double requests = rt.rate * seconds;
        double totalWeight = 0;
        for (std::size_t i = 0; i < api.series.size(); i += 3)
            totalWeight += std::max(1, rt.spec->traffic->routes.isEmpty() ? 1 : rt.spec->traffic->routes.at(qsizetype(i / 3)).weight);
        const double sigma = TrafficHistogram::sigmaFor(rt.p50Ms, rt.p95Ms);
        const double median = rt.p50Ms / 1000.0;
        for (std::size_t i = 0; i + 2 < api.series.size(); i += 3) {
            const int weight = rt.spec->traffic->routes.isEmpty() ? 1 : rt.spec->traffic->routes.at(qsizetype(i / 3)).weight;
            const double n = requests * std::max(1, weight) / totalWeight;
            const double unavailable = n * rt.dependencyErrorRatio;
            const double failed = std::max(0.0, n * rt.errorRatio - unavailable);
            api.series[i].seconds.observe(n - failed - unavailable, median, sigma);
            api.series[i + 1].seconds.observe(failed, median, sigma);
            // A request whose dependency is gone fails fast, after a connect timeout-ish wait.
            api.series[i + 2].seconds.observe(unavailable, std::min(median, 0.05), 0.5);
        }
    }
}

void TrafficModel::stepGateways(double seconds)
{
    for (GatewayState& gateway : m_state.gateways) {
        const ServiceRuntime& self = m_services.at(gateway.serviceId);
        gateway.live = !self.faults.down;
        double routed = 0;
        for (ClusterState& cluster : gateway.clusters) {
            double rate = 0, failed = 0, unavailable = 0, p50 = 0, p95 = 0;
            for (const std::string& id : m_clusterServices[cluster.name]) {
                const ServiceRuntime& backend = m_services.at(id);
                const double share = backend.rate / std::max(1, m_rulesPerService[id]);
                rate += share;
                unavailable += share * backend.dependencyErrorRatio;
                failed += share * std::max(0.0, backend.errorRatio - backend.dependencyErrorRatio);
                p50 += share * backend.p50Ms;
                p95 += share * backend.p95Ms;
            }
            if (rate <= 0)
                continue;
            p50 = p50 / rate + 0.5 + self.faults.extraLatencyMs;
            p95 = p95 / rate + 1.0 + self.faults.extraLatencyMs;
            const double n = rate * seconds;
            double n503 = unavailable * seconds, n500 = failed * seconds;
            if (self.faults.down) {
                n503 = n;
                n500 = 0;
            } else {
                n500 += (n - n503 - n500) * self.faults.errorRatio;
            }
            const double ok = std::max(0.0, n - n503 - n500);
            cluster.byCode["200"] += ok;
            cluster.byCode["500"] += n500;
            cluster.byCode["503"] += n503;
            const double sigma = TrafficHistogram::sigmaFor(p50, p95);
            cluster.milliseconds.observe(n, p50, sigma);
            gateway.downstreamByClass["2"] += ok;
            gateway.downstreamByClass["5"] += n500 + n503;
            gateway.downstreamMilliseconds.observe(n, p50 + 0.3, sigma);
            routed += n;
        }
        const double stray = std::max(0.0, self.rate * seconds - routed);
        gateway.downstreamByClass["4"] += stray;
        gateway.downstreamMilliseconds.observe(stray, 0.4, 0.5);
    }
}

void TrafficModel::stepEdges(double seconds)
{
    const QList<lab::EdgeSpec>& edges = m_profile.edges();
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const lab::EdgeSpec& spec = edges.at(i);
        EdgeState& edge = m_state.edges[std::size_t(i)];
        const ServiceRuntime& to = m_services.at(spec.to.toStdString());
        const double n = m_edgeRates[std::size_t(i)] * seconds;
        double fail = spec.traffic ? spec.traffic->errorRatio : 0;
        if (to.faults.down)
            fail = 1;
        else
            fail = 1 - (1 - fail) * (1 - to.errorRatio);
        double p50 = 0, p95 = 0;
        if (spec.traffic && spec.traffic->latencyP50Ms > 0) {
            p50 = spec.traffic->latencyP50Ms + to.faults.extraLatencyMs;
            p95 = spec.traffic->latencyP50Ms * 3 + to.faults.extraLatencyMs;
        } else {
            p50 = to.p50Ms;
            p95 = to.p95Ms;
        }
        const double sigma = TrafficHistogram::sigmaFor(p50, p95);
        edge.total += n;
        edge.failed += n * fail;
        edge.serverSeconds.observe(n, p50 / 1000.0, sigma);
        edge.clientSeconds.observe(n, (p50 + 0.3) / 1000.0, sigma);
    }
}

void TrafficModel::stepDatastores(double seconds)
{
    const QList<lab::EdgeSpec>& edges = m_profile.edges();
    for (DatastoreState& store : m_state.datastores) {
        const ServiceRuntime& rt = m_services.at(store.serviceId);
        store.up = !rt.faults.down && !rt.faults.crashing;
        double callers = 0, consumed = 0, consumers = 0;
        for (qsizetype i = 0; i < edges.size(); ++i) {
            const lab::EdgeSpec& edge = edges.at(i);
            const double rate = m_edgeRates[std::size_t(i)];
            if (edge.to.toStdString() == store.serviceId && edge.kind != EdgeKind::Metrics) {
                ++callers;
                if (store.kind == DatastoreState::Kind::Postgres) {
                    QString db = edge.from;
                    db.remove(QStringLiteral("-api"));
                    store.backends[db.toStdString()] = store.up ? 2 + std::round(rate * 0.15) : 0;
                }
            }
            if (edge.from.toStdString() == store.serviceId && edge.kind == EdgeKind::Messaging) {
                consumed += rate;
                const ServiceRuntime& consumer = m_services.at(edge.to.toStdString());
                consumers += consumer.faults.crashing || consumer.faults.down ? 0 : 2;
            }
        }
        switch (store.kind) {
        case DatastoreState::Kind::Postgres:
            store.connections = 0;
            for (const auto& [db, n] : store.backends)
                store.connections += n;
            break;
        case DatastoreState::Kind::Redis:
            if (store.up) {
                store.commandsTotal += rt.rate * seconds;
                store.keyspaceHits += rt.rate * seconds * 0.85;
                store.keyspaceMisses += rt.rate * seconds * 0.15;
            }
            store.connections = store.up ? 2 + callers * 4 : 0;
            store.memoryBytes = store.up ? 48.0 * 1048576 + store.commandsTotal * 16 / (1 + store.commandsTotal / 4e6) : 0;
            break;
        case DatastoreState::Kind::RabbitMq:
            if (!store.up)
                break;
            store.published += rt.messagesIn * seconds;
            store.delivered += consumed * seconds;
            store.consumers = consumers;
            store.connections = callers * 2 + consumers;
            if (consumed >= rt.messagesIn * 0.99) {
                // A keeping-up consumer holds a small backlog (about 0.3 s of messages).
                const double target = rt.messagesIn * 0.3;
                store.ready += (target - store.ready) * std::min(1.0, seconds / 5.0);
            } else {
                store.ready += (rt.messagesIn - consumed) * seconds;
            }
            store.ready = std::max(0.0, store.ready);
            store.unacked = consumed * 0.2;
            break;
        }
    }
}

} // namespace lcl::sim
