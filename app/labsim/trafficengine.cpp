#include "labsim/trafficengine.h"

#include "labsim/cadvisorcollector.h"
#include "labsim/kubestatecollector.h"
#include "labsim/metricfamilies.h"
#include "labsim/metricsapi.h"
#include "labsim/metricsexporter.h"
#include "labsim/podusage.h"
#include "labsim/trafficcollector.h"
#include "labsim/trafficmodel.h"

#include <QDateTime>
#include <QTimer>

namespace lcl::sim {

TrafficEngine::TrafficEngine(ObjectStore& store, const lab::LabProfile& profile, const FaultBook& faults, Config config)
    : m_store(store), m_config(config)
{
    TrafficModel::Config modelConfig;
    modelConfig.seed = config.seed;
    modelConfig.startEpochSeconds = config.startEpochSeconds >= 0
                                        ? config.startEpochSeconds
                                        : double(QDateTime::currentSecsSinceEpoch());
    m_model = std::make_unique<TrafficModel>(profile, faults, modelConfig);
    m_usage = std::make_unique<PodUsage>(store, *m_model);
    m_hpa = std::make_unique<HpaController>(store, *m_usage, HpaController::Config{config.scaleDownStabilizationSeconds});
    m_kubeState = std::make_unique<KubeStateCollector>(store);
    m_exporter = std::make_unique<MetricsExporter>();
    m_exporter->addCollector([this] { return TrafficCollector::collect(m_model->snapshot()); });
    m_exporter->addTextCollector([this] {
        const std::lock_guard lock(m_cadvisorMutex);
        if (const std::uint64_t generation = m_usage->generation(); generation != m_cadvisorGeneration) {
            m_cadvisorText = MetricFamilies::serialize(CadvisorCollector::collect(m_usage->rows()));
            m_cadvisorGeneration = generation;
        }
        return m_cadvisorText;
    });
    m_exporter->addTextCollector([this] { return m_kubeState->text(); });
    m_usage->advance(0);
    MetricsApi::attachUsage(&store, [usage = m_usage.get()](const std::string& ns, const std::string& pod, const std::string& container)
                                        -> std::optional<std::pair<double, double>> {
        const auto row = usage->find(ns, pod, container);
        if (!row)
            return std::nullopt;
        return std::make_pair(row->cpuCores, row->memoryBytes);
    });
}

TrafficEngine::~TrafficEngine()
{
    MetricsApi::attachUsage(&m_store, {});
    if (m_timer)
        m_timer->stop();
    m_exporter->stop();
}

Result<quint16> TrafficEngine::startMetrics(quint16 port)
{
    return m_exporter->start(port);
}

void TrafficEngine::start()
{
    m_timer = std::make_unique<QTimer>();
    m_timer->setInterval(int(m_config.tickSeconds * 1000));
    QObject::connect(m_timer.get(), &QTimer::timeout, m_timer.get(), [this] { step(m_config.tickSeconds * m_config.speed); });
    m_timer->start();
}

void TrafficEngine::step(double seconds)
{
    m_seconds += seconds;
    m_model->advance(seconds);
    m_usage->advance(seconds);
    if (m_seconds - m_lastHpaSync >= m_config.hpaSyncSeconds - 1e-9) {
        m_lastHpaSync = m_seconds;
        m_hpa->reconcile(m_seconds);
    }
}

} // namespace lcl::sim
