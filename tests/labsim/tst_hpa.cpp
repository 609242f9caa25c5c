#include "labsim/controllers.h"
#include "labsim/faultbook.h"
#include "labsim/objectstore.h"
#include "labsim/seed.h"
#include "labsim/trafficengine.h"
#include "lab/labprofile.h"

#include <QTest>

using namespace lcl::sim;
using nlohmann::json;
using namespace std::chrono_literals;

// The HPA controller driven by the traffic model: sustained load above the CPU target scales the deployment out
// (up to maxReplicas), the HPA's status says so, and when the load drops it scales back in after the
// stabilization window, never below minReplicas. The HPA is stepped by hand in simulated seconds; the
// simulator's controllers (deployment, replica set, kubelet) run beside it on their own thread with short
// timings, so the scale the HPA writes becomes pods as it does in lclab-sim.
class TestHpa final : public QObject {
    Q_OBJECT

private:
    lcl::lab::LabProfile m_profile = lcl::lab::LabProfile::builtin();
    std::unique_ptr<ObjectStore> m_store;
    FaultBook m_faults;
    std::unique_ptr<Controllers> m_controllers;
    std::unique_ptr<TrafficEngine> m_engine;

    static ControllerTiming fast()
    {
        ControllerTiming t;
        t.schedule = 10ms;
        t.containerCreating = 20ms;
        t.ready = 40ms;
        t.jobRun = 60ms;
        t.terminating = 50ms;
        return t;
    }

    json object(const char* resource, const char* ns, const char* name) const
    {
        const auto got = m_store->get(m_store->resource(resource), ns, name);
        return got ? got.value()->object : json();
    }
    int replicas(const char* ns, const char* name) const
    {
        return object("deployments.apps", ns, name)["spec"].value("replicas", -1);
    }
    int runningPods(const char* ns, const std::string& prefix) const
    {
        int n = 0;
        for (const ObjectPtr& pod : m_store->snapshot(m_store->resource("pods"), ns))
            if (pod->name.rfind(prefix + '-', 0) == 0 && pod->object["status"].value("phase", std::string()) == "Running")
                ++n;
        return n;
    }
    void run(int seconds)
    {
        for (int i = 0; i < seconds; ++i) {
            m_engine->step(1.0);
            QTest::qWait(15); // the controllers' thread moves on: a new pod is ready after some five steps
        }
    }

private Q_SLOTS:
    void init()
    {
        m_engine.reset();
        m_controllers.reset();
        m_store = std::make_unique<ObjectStore>();
        QVERIFY(Seed::seedLocalCloudLab(*m_store, 1));
        m_faults.clear();
        m_controllers = std::make_unique<Controllers>(*m_store, m_faults, m_profile, 1, fast());
        m_controllers->start();
        TrafficEngine::Config config;
        config.hpaSyncSeconds = 1;
        config.scaleDownStabilizationSeconds = 20;
        config.startEpochSeconds = 1'780'000'000;
        m_engine = std::make_unique<TrafficEngine>(*m_store, m_profile, m_faults, config);
    }

    void nominalLoadKeepsTheMinimum()
    {
        run(30);
        QCOMPARE(replicas("checkin", "checkin-api"), 2);
        QCOMPARE(replicas("search", "search-api-v1"), 2);
        const json status = object("horizontalpodautoscalers.autoscaling", "checkin", "checkin-api")["status"];
        const int utilization = status["currentMetrics"][0]["resource"]["current"].value("averageUtilization", -1);
        QVERIFY2(utilization > 20 && utilization < 70, QByteArray::number(utilization).constData());
        QCOMPARE(status.value("desiredReplicas", -1), 2);
    }

    void surgeScalesOutAndBackIn()
    {
        run(5);
        m_faults.add({0, FaultKind::TrafficSurge, "checkin-api", 3, {}});
        int seconds = 0;
        while (replicas("checkin", "checkin-api") <= 2 && seconds < 30) {
            run(1);
            ++seconds;
        }
        QVERIFY2(replicas("checkin", "checkin-api") > 2, QByteArray::number(seconds).constData());
        run(20);
        const int peak = replicas("checkin", "checkin-api");
        QVERIFY2(peak >= 4 && peak <= 5, QByteArray::number(peak).constData()); // maxReplicas is 5
        QTRY_COMPARE_WITH_TIMEOUT(runningPods("checkin", "checkin-api"), peak, 5000);
        const json hpa = object("horizontalpodautoscalers.autoscaling", "checkin", "checkin-api");
        QCOMPARE(hpa["status"].value("desiredReplicas", -1), peak);
        QVERIFY(hpa["status"].contains("lastScaleTime"));
        QCOMPARE(replicas("search", "search-api-v1"), 2); // the surge hit checkin only

        m_faults.clear();
        run(5);
        QCOMPARE(replicas("checkin", "checkin-api"), peak); // still inside the stabilization window
        seconds = 0;
        while (replicas("checkin", "checkin-api") > 2 && seconds < 60) {
            run(1);
            ++seconds;
        }
        QCOMPARE(replicas("checkin", "checkin-api"), 2);
        QVERIFY2(seconds >= 10, QByteArray::number(seconds).constData());
    }

    void surgeStopsAtMaxReplicas()
    {
        m_faults.add({0, FaultKind::TrafficSurge, "search-api", 10, {}});
        run(40);
        QCOMPARE(replicas("search", "search-api-v1"), 6);
        const json status = object("horizontalpodautoscalers.autoscaling", "search", "search-api-v1")["status"];
        bool limited = false;
        for (const json& c : status["conditions"])
            limited = limited || (c["type"] == "ScalingLimited" && c["status"] == "True" && c["reason"] == "TooManyReplicas");
        QVERIFY2(limited, status.dump().c_str());
    }
};

QTEST_GUILESS_MAIN(TestHpa)
#include "tst_hpa.moc"
