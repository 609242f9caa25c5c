#pragma once

#include "labsim/trafficfaults.h"
#include "labsim/trafficstate.h"
#include "lab/labprofile.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <vector>

namespace lcl::sim {

class FaultBook;

// The platform's request traffic, following the lab profile: every service with `traffic` gets its request
// rate (a daily curve times slow noise times a traffic-surge factor), the gateway routes carry the APIs' traffic,
// edges carry callsPerRequest of their caller's rate, the datastores see what their callers send. Faults are
// read from the FaultBook on every step. Deterministic for a seed, a start time and a sequence of steps.
// Thread-safe: one thread advances, others take snapshots.
class TrafficModel final {
public:
    struct Config {
        std::uint64_t seed = 1;
        double startEpochSeconds = 0; // wall-clock time of the first step, for the daily curve
    };

    TrafficModel(const lab::LabProfile& profile, const FaultBook& faults, Config config);
    TrafficModel(const TrafficModel&) = delete;
    TrafficModel& operator=(const TrafficModel&) = delete;

    // Moves the model `seconds` of simulated time forward.
    void advance(double seconds);

    TrafficSnapshot snapshot() const;
    // Requests per second a profile service handles (HTTP and queue messages), now and nominally.
    ServiceLoad load(const std::string& serviceId) const;
    TrafficFaults faultsOf(const std::string& serviceId) const;
    const lab::LabProfile& profile() const { return m_profile; }

    // The daily curve: 1.0 on average, highest in the afternoon, lowest before dawn (UTC hours).
    static double dailyFactor(double hourOfDay);

private:
    struct ServiceRuntime {
        const lab::ServiceSpec* spec = nullptr;
        TrafficFaults faults;
        double noise = 0; // slow log-normal wander of the rate
        double rate = 0;  // requests (or calls) per second now
        double errorRatio = 0;
        double dependencyErrorRatio = 0; // share failed because a dependency is down (answered 503)
        double p50Ms = 0;
        double p95Ms = 0;
        double messagesIn = 0;
    };

    void computeRates(bool nominal, double daily);
    double edgeRate(const lab::EdgeSpec& edge) const;
    void computeHealth();
    void stepApis(double seconds);
    void stepGateways(double seconds);
    void stepEdges(double seconds);
    void stepDatastores(double seconds);
    void initState();
    std::vector<std::string> namesOf(const lab::ServiceSpec& spec) const;

    lab::LabProfile m_profile;
    const FaultBook& m_faults;
    Config m_config;
    mutable std::mutex m_mutex;
    std::mt19937_64 m_rng;
    std::map<std::string, ServiceRuntime> m_services;
    std::map<std::string, double> m_nominal;
    std::vector<double> m_edgeRates; // per profile edge, parallel to m_profile.edges()
    std::map<std::string, std::vector<std::string>> m_clusterServices; // Envoy cluster → backend service ids
    std::map<std::string, int> m_rulesPerService; // how many route rules share a service's traffic
    TrafficSnapshot m_state;
};

} // namespace lcl::sim
