#include "labsim/controllers.h"
#include "labsim/eventrecorder.h"
#include "labsim/faultbook.h"
#include "labsim/objectstore.h"
#include "labsim/seed.h"

#include "lab/labprofile.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lcl::sim;
using nlohmann::json;
using namespace std::chrono_literals;

// The simulated control plane on an ObjectStore (no HTTP): rollouts within maxSurge/maxUnavailable, revision
// history and rollback, scale without a rollout, replaced pods, stateful set restarts, jobs and backup logs, and
// the kubelet's fault effects (crash loop, OOM, dependency down) and their healing. Timings are shortened.
class TestControllers final : public QObject {
    Q_OBJECT

private:
    lcl::lab::LabProfile m_profile = lcl::lab::LabProfile::builtin();
    std::unique_ptr<ObjectStore> m_store;
    std::unique_ptr<FaultBook> m_faults;
    std::unique_ptr<Controllers> m_controllers;

    static ControllerTiming fast()
    {
        ControllerTiming t;
        t.schedule = 10ms;
        t.containerCreating = 20ms;
        t.ready = 40ms;
        t.crashAfter = 60ms;
        t.backoffBase = 60ms;
        t.backoffMax = 200ms;
        t.jobRun = 60ms;
        t.probePeriod = 150ms;
        t.terminating = 100ms;
        return t;
    }
    const ResourceInfo& res(const char* gr) const { return m_store->resource(gr); }
    json get(const char* gr, const std::string& ns, const std::string& name) const
    {
        auto got = m_store->get(res(gr), ns, name);
        return got ? got.value()->object : json();
    }
    std::vector<json> owned(const char* gr, const std::string& ns, const json& owner) const
    {
        std::vector<json> out;
        for (const auto& o : m_store->snapshot(res(gr), ns))
            for (const auto& r : o->object["metadata"].value("ownerReferences", json::array()))
                if (r.value("uid", "") == owner["metadata"].value("uid", ""))
                    out.push_back(o->object);
        return out;
    }
    std::vector<json> podsOf(const std::string& ns, const std::string& deployment) const
    {
        std::vector<json> out;
        for (const auto& rs : owned("replicasets.apps", ns, get("deployments.apps", ns, deployment)))
            for (auto& p : owned("pods", ns, rs))
                if (!p["metadata"].contains("deletionTimestamp")) // Terminating pods are on their way out
                    out.push_back(std::move(p));
        return out;
    }
    static bool ready(const json& pod)
    {
        for (const auto& c : pod["status"].value("conditions", json::array()))
            if (c.value("type", "") == "Ready")
                return c.value("status", "") == "True";
        return false;
    }
    // What `kubectl rollout status` waits for.
    bool rolledOut(const std::string& ns, const std::string& name) const
    {
        const auto d = get("deployments.apps", ns, name);
        const auto& s = d["status"];
        const int want = d["spec"].value("replicas", 1);
        bool progressed = false;
        for (const auto& c : s.value("conditions", json::array()))
            progressed = progressed || c.value("reason", "") == "NewReplicaSetAvailable";
        return s.value("observedGeneration", 0) >= d["metadata"].value("generation", 1)
               && s.value("updatedReplicas", 0) == want && s.value("replicas", 0) == want
               && s.value("availableReplicas", 0) == want && progressed;
    }
    bool patch(const char* gr, const std::string& ns, const std::string& name, const json& body)
    {
        return m_store->patch(res(gr), ns, name, PatchType::Merge, body.dump(), {false, "kubectl", false}).ok();
    }
    int eventCount(const std::string& ns, const std::string& reason) const
    {
        int n = 0;
        for (const auto& e : m_store->snapshot(res("events"), ns))
            n += e->object.value("reason", "") == reason ? e->object.value("count", 1) : 0;
        return n;
    }
    json firstPod(const std::string& ns, const std::string& prefix) const
    {
        for (const auto& p : m_store->snapshot(res("pods"), ns))
            if (p->name.starts_with(prefix))
                return p->object;
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_controllers.reset();
        m_store = std::make_unique<ObjectStore>();
        m_faults = std::make_unique<FaultBook>();
        QVERIFY(Seed::seedLocalCloudLab(*m_store, 1));
        m_controllers = std::make_unique<Controllers>(*m_store, *m_faults, m_profile, 1, fast());
        m_controllers->start();
    }
    void cleanup()
    {
        m_controllers.reset();
    }

    void startingDoesNotTouchTheSeed()
    {
        const auto rv = m_store->currentResourceVersion();
        QTest::qWait(150); // nothing may happen; a wait is the only way to show that
        QCOMPARE(m_store->currentResourceVersion(), rv);
        // Only the cron jobs wait, each for its next scheduled time.
        QCOMPARE(m_controllers->pending(), m_store->count(res("cronjobs.batch"), {}));
    }

    void scaleDoesNotRoll()
    {
        const auto before = owned("replicasets.apps", "checkin", get("deployments.apps", "checkin", "checkin-api"));
        QVERIFY(m_store->setScale(res("deployments.apps"), "checkin", "checkin-api", 4));
        QTRY_VERIFY_WITH_TIMEOUT(rolledOut("checkin", "checkin-api") && podsOf("checkin", "checkin-api").size() == 4, 5000);
        const auto after = owned("replicasets.apps", "checkin", get("deployments.apps", "checkin", "checkin-api"));
        QCOMPARE(after.size(), before.size());
        QVERIFY(eventCount("checkin", "ScalingReplicaSet") >= 1);
        QVERIFY(eventCount("checkin", "SuccessfulCreate") >= 2);
        QVERIFY(m_store->setScale(res("deployments.apps"), "checkin", "checkin-api", 1));
        QTRY_VERIFY_WITH_TIMEOUT(rolledOut("checkin", "checkin-api") && podsOf("checkin", "checkin-api").size() == 1, 5000);
    }

    void rollingUpdateAndUndo()
    {
        const std::string ns = "checkin", name = "checkin-api";
        QVERIFY(m_store->setScale(res("deployments.apps"), ns, name, 4));
        QTRY_VERIFY_WITH_TIMEOUT(rolledOut(ns, name) && podsOf(ns, name).size() == 4, 5000);
        const auto oldImage = get("deployments.apps", ns, name)["spec"]["template"]["spec"]["containers"][0].value("image", "");
        QVERIFY(patch("deployments.apps", ns, name,
                      {{"spec", {{"strategy", {{"rollingUpdate", {{"maxSurge", 1}, {"maxUnavailable", 0}}}}},
                                 {"template", {{"spec", {{"containers", {{{"name", "checkin-api"}, {"image", "ghcr.io/x/checkin-api:2.0"}}}}}}}}}}}));
        // maxUnavailable 0: never fewer than 4 available, never more than 5 pods.
        int most = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto d = get("deployments.apps", ns, name);
                most = std::max(most, d["status"].value("replicas", 0));
                if (d["status"].value("observedGeneration", 0) >= d["metadata"].value("generation", 1))
                    [&] { QVERIFY(d["status"].value("availableReplicas", 0) >= 4 || d["status"].value("replicas", 0) < 4); }();
                return rolledOut(ns, name);
            }(),
            10000);
        QVERIFY2(most <= 5, QByteArray::number(most).constData());
        auto rsList = owned("replicasets.apps", ns, get("deployments.apps", ns, name));
        QCOMPARE(rsList.size(), std::size_t(2));
        for (const auto& p : podsOf(ns, name))
            QCOMPARE(QByteArray::fromStdString(p["spec"]["containers"][0].value("image", "")), QByteArray("ghcr.io/x/checkin-api:2.0"));
        QCOMPARE(QByteArray::fromStdString(get("deployments.apps", ns, name)["metadata"]["annotations"].value("deployment.kubernetes.io/revision", "")),
                 QByteArray("2"));
        // Undo as kubectl 1.31 does it: the old ReplicaSet's template goes back into the deployment.
        json oldRs;
        for (const auto& rs : rsList)
            if (rs["metadata"]["annotations"].value("deployment.kubernetes.io/revision", "") == "1")
                oldRs = rs;
        QVERIFY(!oldRs.is_null());
        auto tmpl = oldRs["spec"]["template"];
        tmpl["metadata"]["labels"].erase("pod-template-hash");
        auto d = get("deployments.apps", ns, name);
        d["spec"]["template"] = tmpl;
        QVERIFY(m_store->update(res("deployments.apps"), ns, name, d, {false, "kubectl-rollout", false}));
        QTRY_VERIFY_WITH_TIMEOUT(rolledOut(ns, name) && podsOf(ns, name).size() == 4
                                     && podsOf(ns, name)[0]["spec"]["containers"][0].value("image", "") == oldImage,
                                 10000);
        rsList = owned("replicasets.apps", ns, get("deployments.apps", ns, name));
        QCOMPARE(rsList.size(), std::size_t(2)); // the old ReplicaSet came back, none was added
        const auto revised = get("replicasets.apps", ns, oldRs["metadata"].value("name", ""));
        QCOMPARE(QByteArray::fromStdString(revised["metadata"]["annotations"].value("deployment.kubernetes.io/revision", "")),
                 QByteArray("3"));
    }

    void revisionHistoryIsLimited()
    {
        const std::string ns = "checkin", name = "checkin-api";
        QVERIFY(patch("deployments.apps", ns, name, {{"spec", {{"revisionHistoryLimit", 1}}}}));
        for (const char* tag : {"a", "b", "c"}) {
            QVERIFY(patch("deployments.apps", ns, name,
                          {{"spec", {{"template", {{"metadata", {{"annotations", {{"kubectl.kubernetes.io/restartedAt", tag}}}}}}}}}}));
            QTRY_VERIFY_WITH_TIMEOUT(rolledOut(ns, name), 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(owned("replicasets.apps", ns, get("deployments.apps", ns, name)).size(), std::size_t(2), 5000);
    }

    void deletedPodIsReplaced()
    {
        const auto victim = podsOf("search", "search-api-v1").front();
        const auto name = victim["metadata"].value("name", "");
        QVERIFY(m_store->remove(res("pods"), "search", name));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto pods = podsOf("search", "search-api-v1");
                int readyNew = 0;
                for (const auto& p : pods)
                    readyNew += ready(p) && p["metadata"].value("name", "") != name ? 1 : 0;
                return readyNew == get("deployments.apps", "search", "search-api-v1")["spec"].value("replicas", 0)
                       && pods.size() == std::size_t(readyNew);
            }(),
            5000);
        QVERIFY(eventCount("search", "Scheduled") >= 1);
        QVERIFY(eventCount("search", "Started") >= 1);
    }

    void statefulSetRollingRestart()
    {
        const auto sts = m_store->snapshot(res("statefulsets.apps"), "messaging").front()->object;
        const auto name = sts["metadata"].value("name", "");
        const auto before = sts["status"].value("currentRevision", "");
        QVERIFY(patch("statefulsets.apps", "messaging", name,
                      {{"spec", {{"template", {{"metadata", {{"annotations", {{"kubectl.kubernetes.io/restartedAt", "now"}}}}}}}}}}));
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                const auto s = get("statefulsets.apps", "messaging", name)["status"];
                return s.value("updateRevision", "") != before && s.value("currentRevision", "") == s.value("updateRevision", "")
                       && s.value("readyReplicas", 0) == sts["spec"].value("replicas", 1);
            }(),
            (get("statefulsets.apps", "messaging", name)["status"].dump() + get("pods", "messaging", name + "-0").dump()).c_str(),
            10000);
        const auto pod = get("pods", "messaging", name + "-0");
        QCOMPARE(QByteArray::fromStdString(pod["metadata"]["labels"].value("controller-revision-hash", "")),
                 QByteArray::fromStdString(get("statefulsets.apps", "messaging", name)["status"].value("updateRevision", "")));
    }

    void backupJob_data()
    {
        QTest::addColumn<QString>("cronJob");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<bool>("fail");
        QTest::addColumn<QString>("logText");
        QTest::newRow("pg_dump") << "postgres-backup" << "postgres" << false << "pg_dump: dumping contents of table";
        QTest::newRow("pg_dump fails") << "postgres-backup" << "postgres" << true << "port 5432 failed: Connection refused";
        QTest::newRow("redis") << "redis-backup" << "caching" << false << "Background saving started";
        QTest::newRow("redis fails") << "redis-backup" << "caching" << true << "Could not connect to Redis";
        QTest::newRow("rabbitmq") << "rabbitmq-definitions" << "messaging" << false << "Successfully exported definitions";
    }
    void backupJob()
    {
        QFETCH(QString, cronJob);
        QFETCH(QString, ns);
        QFETCH(bool, fail);
        QFETCH(QString, logText);
        if (fail)
            m_faults->add({0, FaultKind::BackupFailed, cronJob.toStdString(), 0, {}});
        const auto cj = get("cronjobs.batch", ns.toStdString(), cronJob.toStdString());
        QVERIFY(!cj.is_null());
        json job = {{"apiVersion", "batch/v1"}, {"kind", "Job"},
                    {"metadata", {{"name", "manual-run"}, {"namespace", ns.toStdString()},
                                  {"annotations", {{"cronjob.kubernetes.io/instantiate", "manual"}}},
                                  {"ownerReferences", {{{"apiVersion", "batch/v1"}, {"kind", "CronJob"},
                                                        {"name", cronJob.toStdString()}, {"uid", cj["metadata"]["uid"]},
                                                        {"controller", true}}}}}},
                    {"spec", cj["spec"]["jobTemplate"]["spec"]}};
        QVERIFY(m_store->create(res("jobs.batch"), ns.toStdString(), job, {false, "kubectl-create", false}));
        // The tool's output, read while the job's pod exists (a failed job's pods are deleted).
        const auto logged = [&] {
            const auto pod = firstPod(ns.toStdString(), "manual-run-");
            if (pod.is_null())
                return false;
            const auto name = pod["metadata"].value("name", "");
            const auto container = pod["spec"]["containers"][0].value("name", "");
            for (const bool previous : {false, true})
                if (const auto lines = m_store->logs().lines(ns.toStdString(), name, container, previous))
                    for (const auto& l : *lines)
                        if (QString::fromStdString(l.text).contains(logText))
                            return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(logged(), 10000);
        const char* want = fail ? "Failed" : "Complete";
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto job = get("jobs.batch", ns.toStdString(), "manual-run");
                for (const auto& c : job.value("status", json::object()).value("conditions", json::array()))
                    if (c.value("type", "") == want && c.value("status", "") == "True")
                        return true;
                return false;
            }(),
            10000);
        const auto status = get("jobs.batch", ns.toStdString(), "manual-run")["status"];
        QVERIFY(status.contains("startTime"));
        QCOMPARE(status.contains("completionTime"), !fail);
        QCOMPARE(status.value(fail ? "failed" : "succeeded", 0) >= 1, true);
        // The pod's log has what the tool printed (for a failure the pod is gone; its log went with it, so the
        // failed case reads the log while the job still runs: checked through the event and the condition).
        if (!fail) {
            const auto pod = firstPod(ns.toStdString(), "manual-run-");
            QVERIFY(!pod.is_null());
            const auto container = pod["spec"]["containers"][0].value("name", "");
            const auto lines = m_store->logs().lines(ns.toStdString(), pod["metadata"].value("name", ""), container);
            QVERIFY(lines.has_value());
            std::string all;
            for (const auto& l : *lines)
                all += l.text + "\n";
            QVERIFY2(QString::fromStdString(all).contains(logText), all.c_str());
            QVERIFY(eventCount(ns.toStdString(), "Completed") >= 1);
        } else {
            QVERIFY(eventCount(ns.toStdString(), "BackoffLimitExceeded") >= 1);
            QVERIFY(eventCount(ns.toStdString(), "BackOff") >= 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(eventCount(ns.toStdString(), "SawCompletedJob") >= 1, 5000);
    }

    void podFaults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("crash-loop") << int(FaultKind::CrashLoop) << "Error" << 1;
        QTest::newRow("oom") << int(FaultKind::OomKilled) << "OOMKilled" << 137;
    }
    void podFaults()
    {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        QFETCH(int, exitCode);
        const auto fault = m_faults->add({0, FaultKind(kind), "checkin-api", 0, {}});
        const auto podName = podsOf("checkin", "checkin-api").front()["metadata"].value("name", "");
        json cs;
        QTRY_VERIFY_WITH_TIMEOUT(
            (cs = get("pods", "checkin", podName)["status"]["containerStatuses"][0]).value("restartCount", 0) >= 2
                && cs["state"].contains("waiting"),
            10000);
        QCOMPARE(QByteArray::fromStdString(cs["state"]["waiting"].value("reason", "")), QByteArray("CrashLoopBackOff"));
        QCOMPARE(QString::fromStdString(cs["lastState"]["terminated"].value("reason", "")), reason);
        QCOMPARE(cs["lastState"]["terminated"].value("exitCode", 0), exitCode);
        QVERIFY(!ready(get("pods", "checkin", podName)));
        QTRY_VERIFY_WITH_TIMEOUT(eventCount("checkin", "BackOff") >= 2, 5000); // aggregated: count climbs
        QVERIFY(m_store->logs().lines("checkin", podName, cs.value("name", ""), true).has_value());
        QVERIFY(m_faults->remove(fault.id));
        QTRY_VERIFY_WITH_TIMEOUT(ready(get("pods", "checkin", podName)), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rolledOut("checkin", "checkin-api"), 5000);
    }

    void dependencyDownMakesItNotReady()
    {
        const auto fault = m_faults->add({0, FaultKind::DependencyDown, "postgresql", 0, {}});
        const auto sts = m_store->snapshot(res("statefulsets.apps"), "postgres").front()->name;
        QTRY_VERIFY_WITH_TIMEOUT(!ready(get("pods", "postgres", sts + "-0")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(get("statefulsets.apps", "postgres", sts)["status"].value("readyReplicas", 0) == 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(eventCount("postgres", "Unhealthy") >= 2, 5000);
        QVERIFY(ready(podsOf("checkin", "checkin-api").front())); // callers stay up; only their errors rise
        QVERIFY(m_faults->remove(fault.id));
        QTRY_VERIFY_WITH_TIMEOUT(ready(get("pods", "postgres", sts + "-0")), 5000);
    }

    void eventsAreBounded()
    {
        ObjectStore store;
        QVERIFY(Seed::seedLocalCloudLab(store, 2));
        const auto before = store.count(store.resource("events"));
        EventRecorder recorder(store, 1, 5);
        const auto pod = store.snapshot(store.resource("pods"), "search").front()->object;
        for (int i = 0; i < 12; ++i)
            recorder.record(pod, "Normal", "Pulled", "message " + std::to_string(i), "kubelet");
        recorder.record(pod, "Normal", "Pulled", "message 11", "kubelet");
        QCOMPARE(recorder.size(), std::size_t(5));
        QCOMPARE(store.count(store.resource("events")), before + 5);
        int count = 0;
        for (const auto& e : store.snapshot(store.resource("events"), "search"))
            if (e->object.value("message", "") == "message 11")
                count = e->object.value("count", 0);
        QCOMPARE(count, 2);
    }

    // A cron job every minute on a clock ten minutes per second; its jobs are suspended, so they stay active.
    void cronConcurrencyPolicy_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("Allow") << QStringLiteral("Allow");
        QTest::newRow("Forbid") << QStringLiteral("Forbid");
        QTest::newRow("Replace") << QStringLiteral("Replace");
    }
    void cronConcurrencyPolicy()
    {
        QFETCH(QString, policy);
        m_controllers.reset();
        auto timing = fast();
        timing.clockSpeed = 600;
        m_controllers = std::make_unique<Controllers>(*m_store, *m_faults, m_profile, 1, timing);
        m_controllers->start();
        const json cj = {
            {"apiVersion", "batch/v1"},
            {"kind", "CronJob"},
            {"metadata", {{"name", "tick"}, {"namespace", "checkin"}}},
            {"spec",
             {{"schedule", "* * * * *"},
              {"concurrencyPolicy", policy.toStdString()},
              {"jobTemplate",
               {{"spec",
                 {{"suspend", true},
                  {"template",
                   {{"spec",
                     {{"restartPolicy", "Never"}, {"containers", {{{"name", "c"}, {"image", "busybox:1.36"}}}}}}}}}}}}}}};
        QVERIFY(m_store->create(res("cronjobs.batch"), "checkin", cj));
        const auto jobs = [&] { return owned("jobs.batch", "checkin", get("cronjobs.batch", "checkin", "tick")).size(); };
        const auto events = [&](const char* reason) {
            int n = 0;
            for (const auto& e : m_store->snapshot(res("events"), "checkin"))
                if (e->object["involvedObject"].value("name", "") == "tick" && e->object.value("reason", "") == reason)
                    n += e->object.value("count", 1);
            return n;
        };
        if (policy == QLatin1String("Allow")) {
            QTRY_VERIFY_WITH_TIMEOUT(jobs() >= 3, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(get("cronjobs.batch", "checkin", "tick")["status"]["active"].size() >= 3, 5000);
        } else if (policy == QLatin1String("Forbid")) {
            QTRY_VERIFY_WITH_TIMEOUT(events("JobAlreadyActive") >= 2, 5000);
            QCOMPARE(jobs(), std::size_t(1));
            QCOMPARE(events("SuccessfulCreate"), 1);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(events("SuccessfulDelete") >= 2 && jobs() == 1, 5000);
            QVERIFY(events("SuccessfulCreate") >= 3);
        }
    }

    void scaleSeedStartsWithoutWork()
    {
        m_controllers.reset();
        ObjectStore store;
        QVERIFY(Seed::seedScale(store, 3000, 1));
        FaultBook faults;
        QElapsedTimer timer;
        timer.start();
        Controllers controllers(store, faults, m_profile, 1, fast());
        controllers.start();
        QVERIFY2(timer.elapsed() < 200, QByteArray::number(timer.elapsed()).constData());
        const auto rv = store.currentResourceVersion();
        QTest::qWait(100);
        QCOMPARE(store.currentResourceVersion(), rv);
        // A change still gets handled.
        const auto pod = store.snapshot(store.resource("pods"), "scale-0000").front();
        QVERIFY(store.remove(store.resource("pods"), "scale-0000", pod->name));
        QTRY_COMPARE_WITH_TIMEOUT(store.count(store.resource("pods"), "scale-0000"), std::size_t(100), 5000);
    }
};

QTEST_GUILESS_MAIN(TestControllers)
#include "tst_controllers.moc"
