#pragma once

#include "core/result.h"
#include "labsim/hpacontroller.h"

#include <QtGlobal>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

class QTimer;

namespace lcl::lab {
class LabProfile;
}

namespace lcl::sim {

class FaultBook;
class KubeStateCollector;
class MetricsExporter;
class ObjectStore;
class PodUsage;
class TrafficModel;

// Everything that moves with time outside the API server's controllers: the traffic model, the containers' usage,
// the HPA controller, and the /metrics endpoint that shows them (with kube-state-metrics from the store).
// A timer on the owning thread steps them; tests may step by hand. Attaches the usage to metrics.k8s.io.
class TrafficEngine final {
public:
    struct Config {
        std::uint64_t seed = 1;
        double tickSeconds = 1.0;       // real time between steps
        double speed = 1.0;             // simulated seconds per real second
        double hpaSyncSeconds = 15.0;   // simulated seconds between HPA syncs (Kubernetes' default)
        double scaleDownStabilizationSeconds = 300.0;
        double startEpochSeconds = -1;  // the daily curve's clock at start; < 0: now
    };

    TrafficEngine(ObjectStore& store, const lab::LabProfile& profile, const FaultBook& faults, Config config);
    ~TrafficEngine();
    TrafficEngine(const TrafficEngine&) = delete;
    TrafficEngine& operator=(const TrafficEngine&) = delete;

    // Serves /metrics on 127.0.0.1:port (0: free); returns the port.
    Result<quint16> startMetrics(quint16 port);
    // Starts the timer (needs an event loop on this thread).
    void start();
    // One step of `seconds` simulated time (the timer calls it with tickSeconds × speed).
    void step(double seconds);

    TrafficModel& model() { return *m_model; }
    PodUsage& usage() { return *m_usage; }
    MetricsExporter& exporter() { return *m_exporter; }
    double simulatedSeconds() const { return m_seconds; }

private:
    ObjectStore& m_store;
    Config m_config;
    std::unique_ptr<TrafficModel> m_model;
    std::unique_ptr<PodUsage> m_usage;
    std::unique_ptr<HpaController> m_hpa;
    std::unique_ptr<KubeStateCollector> m_kubeState;
    std::unique_ptr<MetricsExporter> m_exporter;
    std::unique_ptr<QTimer> m_timer;
    std::mutex m_cadvisorMutex; // the cAdvisor text is cached per usage generation (scrapes come from the server thread)
    std::uint64_t m_cadvisorGeneration = ~std::uint64_t(0);
    std::string m_cadvisorText;
    double m_seconds = 0;
    double m_lastHpaSync = -1e18;
};

} // namespace lcl::sim
