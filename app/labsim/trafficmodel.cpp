#include "labsim/trafficmodel.h"

#include "labsim/faultbook.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lcl::sim {
namespace {

using lab::EdgeKind;
using lab::ServiceKind;

// Background calls that do not scale with user traffic: log shipping, trace export, scrapes.
double backgroundRate(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Logs:
        return 2.0;
    case EdgeKind::Traces:
        return 1.0;
    case EdgeKind::Metrics:
        return 0.2;
    default:
        return -1;
    }
}

bool carriesWork(EdgeKind kind)
{
    return backgroundRate(kind) < 0;
}

} // namespace

TrafficModel::TrafficModel(const lab::LabProfile& profile, const FaultBook& faults, Config config)
    : m_profile(profile), m_faults(faults), m_config(config), m_rng(config.seed)
{
    for (const lab::ServiceSpec& spec : m_profile.services())
        m_services[spec.id.toStdString()].spec = m_profile.service(spec.id);
    m_edgeRates.assign(std::size_t(m_profile.edges().size()), 0.0);
    computeRates(true, 1.0);
    for (const auto& [id, rt] : m_services)
        m_nominal[id] = rt.rate + rt.messagesIn * (rt.spec->kind == ServiceKind::Queue ? 0 : 1);
    initState();
}

double TrafficModel::dailyFactor(double hourOfDay)
{
    return 1.0 + 0.3 * std::cos(2 * std::numbers::pi * (hourOfDay - 14.0) / 24.0);
}

std::vector<std::string> TrafficModel::namesOf(const lab::ServiceSpec& spec) const
{
    std::vector<std::string> names{spec.id.toStdString()};
    for (const QString& name : {spec.telemetry.service, spec.telemetry.traceName})
        if (!name.isEmpty() && name != spec.id)
            names.push_back(name.toStdString());
    for (const lab::WorkloadSpec& workload : m_profile.workloadsOf(spec.id))
        names.push_back(workload.name.toStdString());
    return names;
}

double TrafficModel::edgeRate(const lab::EdgeSpec& edge) const
{
    const ServiceRuntime& from = m_services.at(edge.from.toStdString());
    const ServiceRuntime& to = m_services.at(edge.to.toStdString());
    if (from.spec->external || !edge.route.isEmpty())
        return to.rate;
    if (const double background = backgroundRate(edge.kind); background >= 0)
        return background;
    const double calls = edge.traffic ? edge.traffic->callsPerRequest : 1.0;
    if (from.spec->kind == ServiceKind::Queue) {
        // A crashing or cut-off consumer takes few messages; the queue fills up.
        const bool healthy = !to.faults.crashing && !to.faults.down && !to.faults.oom;
        return from.messagesIn * calls * (healthy ? 1.0 : 0.1);
    }
    return from.rate * calls;
}

void TrafficModel::computeRates(bool nominal, double daily)
{
    const QList<lab::EdgeSpec>& edges = m_profile.edges();
    std::map<std::string, bool> origin;
    for (auto& [id, rt] : m_services) {
        const lab::ServiceSpec& spec = *rt.spec;
        bool routes = false;
        for (const lab::EdgeSpec& edge : edges)
            routes = routes || (edge.from == spec.id && !edge.route.isEmpty());
        origin[id] = spec.traffic && spec.traffic->requestRate > 0 && !routes && !spec.external;
        rt.rate = 0;
        rt.messagesIn = 0;
        if (!origin[id])
            continue;
        double factor = 1;
        if (!nominal) {
            factor = daily * std::exp(rt.noise) * rt.faults.rateFactor;
            for (const lab::EdgeSpec& edge : edges)
                if (edge.to == spec.id && !edge.route.isEmpty())
                    factor *= m_services.at(edge.from.toStdString()).faults.rateFactor;
        }
        rt.rate = spec.traffic->requestRate * factor;
    }
    // Rates flow along the edges; a few passes settle chains like checkin → rabbitmq → search-api.
    for (int pass = 0; pass < 4; ++pass) {
        for (qsizetype i = 0; i < edges.size(); ++i)
            m_edgeRates[std::size_t(i)] = edgeRate(edges.at(i));
        for (auto& [id, rt] : m_services) {
            if (origin[id])
                continue;
            double incoming = 0, outgoingRoutes = 0, outgoing = 0;
            for (qsizetype i = 0; i < edges.size(); ++i) {
                const lab::EdgeSpec& edge = edges.at(i);
                const double rate = m_edgeRates[std::size_t(i)];
                if (edge.from.toStdString() == id) {
                    outgoing += rate;
                    if (!edge.route.isEmpty())
                        outgoingRoutes += rate;
                }
                if (edge.to.toStdString() == id && carriesWork(edge.kind) && edge.route.isEmpty()
                    && !m_services.at(edge.from.toStdString()).spec->external)
                    incoming += rate;
            }
            if (rt.spec->external)
                rt.rate = outgoing;
            else if (outgoingRoutes > 0)
                rt.rate = outgoingRoutes * 1.003; // a few requests match no route (404)
            else
                rt.rate = incoming;
            rt.messagesIn = rt.spec->kind == ServiceKind::Queue ? incoming : 0;
        }
        for (auto& [id, rt] : m_services) {
            if (!origin[id])
                continue;
            rt.messagesIn = 0;
            for (qsizetype i = 0; i < edges.size(); ++i) {
                const lab::EdgeSpec& edge = edges.at(i);
                if (edge.to.toStdString() == id && edge.kind == EdgeKind::Messaging)
                    rt.messagesIn += m_edgeRates[std::size_t(i)];
            }
        }
    }
}

void TrafficModel::computeHealth()
{
    for (auto& [id, rt] : m_services) {
        const lab::ServiceSpec& spec = *rt.spec;
        const double baseError = spec.traffic ? spec.traffic->errorRatio : 0;
        // Restarting pods drop the requests in flight: a crash loop loses more serving time than an OOM kill.
        double dependencyOk = rt.faults.crashing ? 0.7 : rt.faults.oom ? 0.9 : 1.0;
        double extra = rt.faults.extraLatencyMs;
        for (const lab::EdgeSpec& edge : m_profile.edgesFrom(spec.id)) {
            if (!carriesWork(edge.kind) || !edge.route.isEmpty())
                continue;
            const ServiceRuntime& dep = m_services.at(edge.to.toStdString());
            const double calls = std::min(1.0, edge.traffic ? edge.traffic->callsPerRequest : 1.0);
            double fail = 0;
            if (dep.faults.down)
                fail = calls * (edge.kind == EdgeKind::Cache ? 0.5 : 1.0); // a lost cache falls back to the database
            else if (dep.faults.crashing)
                fail = calls * 0.2;
            dependencyOk *= 1.0 - fail;
            extra += (edge.traffic ? edge.traffic->callsPerRequest : 1.0) * dep.faults.extraLatencyMs;
        }
        const double ok = (1.0 - baseError) * (1.0 - rt.faults.errorRatio);
        rt.dependencyErrorRatio = rt.faults.down ? 1.0 : 1.0 - dependencyOk;
        rt.errorRatio = rt.faults.down ? 1.0 : 1.0 - ok * dependencyOk;
        const double p50 = spec.traffic && spec.traffic->latencyP50Ms > 0 ? spec.traffic->latencyP50Ms : 2.0;
        const double p95 = spec.traffic && spec.traffic->latencyP95Ms > p50 ? spec.traffic->latencyP95Ms : p50 * 3;
        const double wobble = std::exp(0.5 * rt.noise);
        rt.p50Ms = p50 * wobble + extra;
        rt.p95Ms = p95 * wobble + extra;
    }
}

void TrafficModel::advance(double seconds)
{
    if (seconds <= 0)
        return;
    const std::lock_guard lock(m_mutex);
    m_state.seconds += seconds;
    std::normal_distribution<double> gauss(0.0, 1.0);
    for (auto& [id, rt] : m_services) {
        rt.faults = TrafficFaults::lookup(m_faults, namesOf(*rt.spec));
        // AR(1) around 0 with a ~30 s memory, about ±10 % in steady state.
        const double keep = std::exp(-seconds / 30.0);
        rt.noise = rt.noise * keep + 0.1 * std::sqrt(1 - keep * keep) * gauss(m_rng);
    }
    const double hour = std::fmod((m_config.startEpochSeconds + m_state.seconds) / 3600.0, 24.0);
    computeRates(false, dailyFactor(hour));
    computeHealth();
    stepApis(seconds);
    stepGateways(seconds);
    stepEdges(seconds);
    stepDatastores(seconds);
}

TrafficSnapshot TrafficModel::snapshot() const
{
    const std::lock_guard lock(m_mutex);
    return m_state;
}

ServiceLoad TrafficModel::load(const std::string& serviceId) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_services.find(serviceId);
    if (it == m_services.end())
        return {};
    const ServiceRuntime& rt = it->second;
    const double now = rt.rate + (rt.spec->kind == ServiceKind::Queue ? 0 : rt.messagesIn);
    return {now, m_nominal.at(serviceId)};
}

TrafficFaults TrafficModel::faultsOf(const std::string& serviceId) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_services.find(serviceId);
    return it == m_services.end() ? TrafficFaults{} : it->second.faults;
}

} // namespace lcl::sim
