// lclab-sim as a living cluster (issue 5, part 2), through real kubectl: cron jobs that fire on their own schedule
// (on the simulated clock, --speed 120: a minute passes in half a second); deleted pods that stay Terminating for
// their grace period while their replacement starts; stateful sets that claim a volume per pod.

#include "support/simprocess.h"
#include "support/testenv.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

class TstLivingCluster final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cronJobFiresOnItsSchedule();
    void badScheduleIsRejected();
    void cronJobRunsInItsTimeZone();
    void badTimeZoneIsRejected();
    void deletedPodTerminatesThenGoes();
    void daemonSetReplacesAPodOnceItIsGone();
    void forcedDeleteIsImmediate();
    void statefulSetClaimsVolumes();
    void claimRetentionPolicyDeletes();
    void cleanupTestCase();

private:
    lcl::test::ProgramRun kubectl(const QStringList& args);
    QJsonObject getJson(const QStringList& args);
    lcl::test::ProgramRun applyCronJob(const QString& name, const QString& schedule, const QString& timeZone);
    QString statefulSetFile(const QString& name, const QJsonObject& retention);
    QJsonObject claim(const QString& name);
    struct Deletion {
        qsizetype terminating = -1;
        qsizetype added = -1;
        qsizetype removed = -1;
        QString seen;
    };
    Deletion deleteAndWatch(const QString& ns, const QString& victim, const QStringList& before);
    QStringList podNames(const QString& ns);

    QString m_kubectl;
    QTemporaryDir m_home;
    lcl::test::SimProcess m_sim;
};

void TstLivingCluster::initTestCase()
{
    m_kubectl = lcl::test::findProgram(QStringLiteral("/usr/bin/kubectl"));
    if (m_kubectl.isEmpty())
        QSKIP("/usr/bin/kubectl is not installed (image package kubectl from the Google Cloud SDK)");
    QVERIFY2(m_sim.start({QStringLiteral("--speed"), QStringLiteral("120")}), qPrintable(m_sim.errorString()));
}

void TstLivingCluster::cleanupTestCase()
{
    if (m_sim.isRunning())
        QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString()));
}

lcl::test::ProgramRun TstLivingCluster::kubectl(const QStringList& args)
{
    return lcl::test::runProgram(m_kubectl, args,
                                 {QStringLiteral("HOME=") + m_home.path(),
                                  QStringLiteral("KUBECONFIG=") + m_sim.kubeconfigPath()});
}

QJsonObject TstLivingCluster::getJson(const QStringList& args)
{
    const auto run = kubectl(QStringList{QStringLiteral("get")} + args + QStringList{QStringLiteral("-o"),
                                                                                   QStringLiteral("json")});
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).object() : QJsonObject();
}

#define KUBECTL_OK(run) QVERIFY2((run).exitCode == 0, qPrintable((run).out + (run).err))

void TstLivingCluster::cronJobFiresOnItsSchedule()
{
    const auto made = kubectl({QStringLiteral("create"), QStringLiteral("cronjob"), QStringLiteral("ticker"),
                               QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("--image=busybox:1.36"),
                               QStringLiteral("--schedule=* * * * *"), QStringLiteral("--"), QStringLiteral("true")});
    KUBECTL_OK(made);
    QJsonObject job;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto jobs = getJson({QStringLiteral("jobs"), QStringLiteral("-n"), QStringLiteral("default")});
            for (const auto& item : jobs[QLatin1String("items")].toArray())
                if (item[QLatin1String("metadata")][QLatin1String("name")].toString().startsWith(
                        QLatin1String("ticker-")))
                    job = item.toObject();
            return !job.isEmpty();
        }(),
        20000);
    const auto meta = job[QLatin1String("metadata")].toObject();
    const auto scheduled = meta[QLatin1String("annotations")][QLatin1String(
                                   "batch.kubernetes.io/cronjob-scheduled-timestamp")]
                               .toString();
    const auto when = QDateTime::fromString(scheduled, Qt::ISODate);
    QVERIFY2(when.isValid(), qPrintable(scheduled));
    QCOMPARE(when.time().second(), 0);
    // Named like the real controller: <cronjob>-<scheduled minutes since the epoch>.
    QCOMPARE(meta[QLatin1String("name")].toString(),
             QStringLiteral("ticker-%1").arg(when.toSecsSinceEpoch() / 60));
    QCOMPARE(meta[QLatin1String("ownerReferences")][0][QLatin1String("name")].toString(), QStringLiteral("ticker"));

    QString lastSchedule;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(lastSchedule = getJson({QStringLiteral("cronjob"), QStringLiteral("ticker"), QStringLiteral("-n"),
                                  QStringLiteral("default")})[QLatin1String("status")][QLatin1String(
                                     "lastScheduleTime")]
                             .toString())
             .isEmpty(),
        10000);
    QVERIFY(QDateTime::fromString(lastSchedule, Qt::ISODate) >= when);

    const auto events = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-n"),
                                 QStringLiteral("default"), QStringLiteral("--field-selector"),
                                 QStringLiteral("involvedObject.name=ticker")});
    KUBECTL_OK(events);
    QVERIFY2(events.out.contains(QStringLiteral("SuccessfulCreate")) && events.out.contains(QStringLiteral("Created job ticker-")),
             qPrintable(events.out));

    // Suspended, it stops: no job is made for the minutes that pass.
    KUBECTL_OK(kubectl({QStringLiteral("patch"), QStringLiteral("cronjob"), QStringLiteral("ticker"),
                        QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("-p"),
                        QStringLiteral("{\"spec\":{\"suspend\":true}}")}));
    const auto lastScheduled = [this] {
        return getJson({QStringLiteral("cronjob"), QStringLiteral("ticker"), QStringLiteral("-n"),
                        QStringLiteral("default")})[QLatin1String("status")][QLatin1String("lastScheduleTime")]
            .toString();
    };
    const auto before = lastScheduled();
    QTest::qWait(1500); // three simulated minutes; only a wait shows that nothing happens
    QCOMPARE(lastScheduled(), before);
}

void TstLivingCluster::badScheduleIsRejected()
{
    const auto made = kubectl({QStringLiteral("create"), QStringLiteral("cronjob"), QStringLiteral("broken"),
                               QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("--image=busybox:1.36"),
                               QStringLiteral("--schedule=61 * * * *")});
    QVERIFY(made.exitCode != 0);
    QVERIFY2(made.err.contains(QStringLiteral("spec.schedule: Invalid value: \"61 * * * *\": minute out of range")),
             qPrintable(made.err));
}

lcl::test::ProgramRun TstLivingCluster::applyCronJob(const QString& name, const QString& schedule, const QString& timeZone)
{
    QFile file(m_home.filePath(name + QStringLiteral(".yaml")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: %1\n  namespace: default\n"
                              "spec:\n  schedule: \"%2\"\n  timeZone: %3\n  jobTemplate:\n    spec:\n      template:\n"
                              "        spec:\n          restartPolicy: Never\n          containers:\n"
                              "          - name: c\n            image: busybox:1.36\n")
                   .arg(name, schedule, timeZone)
                   .toUtf8());
    file.close();
    return kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file.fileName()});
}

// spec.timeZone moves the schedule: every ten minutes in Kathmandu (UTC+5:45) is at minutes ending in 5 in UTC.
void TstLivingCluster::cronJobRunsInItsTimeZone()
{
    KUBECTL_OK(applyCronJob(QStringLiteral("zoned"), QStringLiteral("*/10 * * * *"), QStringLiteral("Asia/Kathmandu")));
    const auto table = kubectl({QStringLiteral("get"), QStringLiteral("cronjob"), QStringLiteral("zoned"),
                                QStringLiteral("-n"), QStringLiteral("default")});
    KUBECTL_OK(table);
    QVERIFY2(table.out.contains(QStringLiteral("Asia/Kathmandu")), qPrintable(table.out));
    QString scheduled;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto jobs = getJson({QStringLiteral("jobs"), QStringLiteral("-n"), QStringLiteral("default")});
            for (const auto& item : jobs[QLatin1String("items")].toArray())
                if (item[QLatin1String("metadata")][QLatin1String("name")].toString().startsWith(QLatin1String("zoned-")))
                    scheduled = item[QLatin1String("metadata")][QLatin1String("annotations")]
                                    [QLatin1String("batch.kubernetes.io/cronjob-scheduled-timestamp")]
                                        .toString();
            return !scheduled.isEmpty();
        }(),
        20000); // ten simulated minutes are five seconds
    const QDateTime when = QDateTime::fromString(scheduled, Qt::ISODate);
    QVERIFY2(when.isValid(), qPrintable(scheduled));
    QCOMPARE(when.toUTC().time().minute() % 10, 5);
    QCOMPARE(when.toUTC().time().second(), 0);
    KUBECTL_OK(kubectl({QStringLiteral("delete"), QStringLiteral("cronjob"), QStringLiteral("zoned"), QStringLiteral("-n"),
                        QStringLiteral("default")}));
}

void TstLivingCluster::badTimeZoneIsRejected()
{
    const auto unknown = applyCronJob(QStringLiteral("nowhere"), QStringLiteral("0 2 * * *"), QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains(QStringLiteral(
                 "spec.timeZone: Invalid value: \"Mars/Olympus_Mons\": unknown time zone Mars/Olympus_Mons")),
             qPrintable(unknown.err));
    const auto inSchedule = applyCronJob(QStringLiteral("prefixed"), QStringLiteral("TZ=UTC 0 2 * * *"), QStringLiteral("UTC"));
    QVERIFY(inSchedule.exitCode != 0);
    QVERIFY2(inSchedule.err.contains(QStringLiteral("cannot use TZ or CRON_TZ in schedule, use timeZone field instead")),
             qPrintable(inSchedule.err));
}

// Deletes `victim` (of the pods named `before` in `ns`) while `kubectl get pods -w` watches, until it is gone and
// a replacement was added. The line numbers of the victim's MODIFIED (Terminating), the replacement's ADDED and
// the victim's DELETED, -1 for each not seen; `seen` gets what the watch printed.
TstLivingCluster::Deletion TstLivingCluster::deleteAndWatch(const QString& ns, const QString& victim, const QStringList& before)
{
    Deletion d;
    QProcess watcher;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("KUBECONFIG"), m_sim.kubeconfigPath());
    watcher.setProcessEnvironment(env);
    watcher.start(m_kubectl, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), ns, QStringLiteral("-w"),
                              QStringLiteral("--output-watch-events")});
    if (!watcher.waitForStarted())
        return d;
    // Waits in the event loop (the caller checks what came of it).
    const auto waitFor = [](const std::function<bool()>& done, int ms) {
        QDeadlineTimer deadline(ms);
        while (!done() && !deadline.hasExpired())
            QTest::qWait(50);
    };
    QByteArray seen;
    waitFor([&] { return (seen += watcher.readAllStandardOutput()).count("ADDED") >= before.size(); }, 15000);
    seen.clear();
    const auto deleted = kubectl({QStringLiteral("delete"), QStringLiteral("pod"), victim, QStringLiteral("-n"), ns,
                                  QStringLiteral("--wait=false")});
    if (deleted.exitCode != 0) {
        d.seen = deleted.err;
        return d;
    }
    const auto scan = [&] {
        d = Deletion{};
        d.seen = QString::fromUtf8(seen);
        const QStringList lines = d.seen.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList cells = lines[i].simplified().split(QLatin1Char(' '));
            if (cells.size() < 4)
                continue;
            if (cells[0] == QLatin1String("MODIFIED") && cells[1] == victim && cells[3] == QLatin1String("Terminating")
                && d.terminating < 0)
                d.terminating = i;
            else if (cells[0] == QLatin1String("ADDED") && !before.contains(cells[1]) && d.added < 0)
                d.added = i;
            else if (cells[0] == QLatin1String("DELETED") && cells[1] == victim)
                d.removed = i;
        }
        return d.added >= 0 && d.removed >= 0;
    };
    waitFor([&] { return (seen += watcher.readAllStandardOutput(), scan()); }, 20000);
    watcher.terminate();
    watcher.waitForFinished(5000);
    return d;
}

QStringList TstLivingCluster::podNames(const QString& ns)
{
    QStringList names;
    for (const auto& item : getJson({QStringLiteral("pods"), QStringLiteral("-n"), ns})[QLatin1String("items")].toArray())
        names << item[QLatin1String("metadata")][QLatin1String("name")].toString();
    return names;
}

void TstLivingCluster::deletedPodTerminatesThenGoes()
{
    const QStringList before = podNames(QStringLiteral("checkin"));
    QVERIFY(!before.isEmpty());
    const QString victim = before.first();
    const Deletion d = deleteAndWatch(QStringLiteral("checkin"), victim, before);
    // MODIFIED (Terminating) first, the replacement ADDED while the old pod terminates, then DELETED.
    QVERIFY2(d.terminating >= 0 && d.added > d.terminating && d.removed > d.added, qPrintable(d.seen));

    const auto events = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-n"),
                                 QStringLiteral("checkin"), QStringLiteral("--field-selector"),
                                 QStringLiteral("involvedObject.name=") + victim});
    KUBECTL_OK(events);
    QVERIFY2(events.out.contains(QStringLiteral("Killing")) && events.out.contains(QStringLiteral("Stopping container")),
             qPrintable(events.out));
}

// A daemon set's pod is the node's one: its replacement is made only once the deleted pod has gone (the real
// controller counts a terminating pod as still on the node).
void TstLivingCluster::daemonSetReplacesAPodOnceItIsGone()
{
    const QJsonObject labels{{QStringLiteral("app"), QStringLiteral("agent")}};
    const QJsonObject ds{
        {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
        {QStringLiteral("kind"), QStringLiteral("DaemonSet")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("agent")},
                                                 {QStringLiteral("namespace"), QStringLiteral("default")}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), labels}}},
                     {QStringLiteral("template"),
                      QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), labels}}},
                                  {QStringLiteral("spec"),
                                   QJsonObject{{QStringLiteral("containers"),
                                                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("agent")},
                                                                       {QStringLiteral("image"), QStringLiteral("busybox:1.36")}}}}}}}}}}};
    const QString path = m_home.filePath(QStringLiteral("agent.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(ds).toJson());
    file.close();
    KUBECTL_OK(kubectl({QStringLiteral("apply"), QStringLiteral("-f"), path}));
    QString victim;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QString& name : podNames(QStringLiteral("default")))
                if (name.startsWith(QLatin1String("agent-")))
                    victim = name;
            return !victim.isEmpty();
        }(),
        10000);
    const Deletion d = deleteAndWatch(QStringLiteral("default"), victim, podNames(QStringLiteral("default")));
    QVERIFY2(d.terminating >= 0 && d.removed > d.terminating && d.added > d.removed, qPrintable(d.seen));
    KUBECTL_OK(kubectl({QStringLiteral("delete"), QStringLiteral("daemonset"), QStringLiteral("agent"), QStringLiteral("-n"),
                        QStringLiteral("default")}));
}

void TstLivingCluster::forcedDeleteIsImmediate()
{
    const auto pods = getJson({QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("checkin")});
    QString pod;
    for (const auto& item : pods[QLatin1String("items")].toArray())
        if (!item[QLatin1String("metadata")].toObject().contains(QLatin1String("deletionTimestamp")))
            pod = item[QLatin1String("metadata")][QLatin1String("name")].toString();
    QVERIFY(!pod.isEmpty());
    KUBECTL_OK(kubectl({QStringLiteral("delete"), QStringLiteral("pod"), pod, QStringLiteral("-n"),
                        QStringLiteral("checkin"), QStringLiteral("--grace-period=0"), QStringLiteral("--force"),
                        QStringLiteral("--wait=false")}));
    const auto after = kubectl({QStringLiteral("get"), QStringLiteral("pod"), pod, QStringLiteral("-n"),
                                QStringLiteral("checkin")});
    QVERIFY2(after.exitCode != 0 && after.err.contains(QStringLiteral("NotFound")), qPrintable(after.out + after.err));
}

// A stateful set `name` (label app=<name>) with one claim template "data" of 2Gi, written to a file for kubectl.
QString TstLivingCluster::statefulSetFile(const QString& name, const QJsonObject& retention)
{
    const QJsonObject labels{{QStringLiteral("app"), name}};
    const QJsonObject claimTemplate{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("data")}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("accessModes"), QJsonArray{QStringLiteral("ReadWriteOnce")}},
                     {QStringLiteral("resources"),
                      QJsonObject{{QStringLiteral("requests"), QJsonObject{{QStringLiteral("storage"), QStringLiteral("2Gi")}}}}}}}};
    const QJsonObject container{{QStringLiteral("name"), name},
                                {QStringLiteral("image"), QStringLiteral("busybox:1.36")},
                                {QStringLiteral("volumeMounts"),
                                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("data")},
                                                        {QStringLiteral("mountPath"), QStringLiteral("/data")}}}}};
    QJsonObject spec{{QStringLiteral("replicas"), 1},
                     {QStringLiteral("serviceName"), name},
                     {QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), labels}}},
                     {QStringLiteral("template"),
                      QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), labels}}},
                                  {QStringLiteral("spec"), QJsonObject{{QStringLiteral("containers"), QJsonArray{container}}}}}},
                     {QStringLiteral("volumeClaimTemplates"), QJsonArray{claimTemplate}}};
    if (!retention.isEmpty())
        spec.insert(QStringLiteral("persistentVolumeClaimRetentionPolicy"), retention);
    const QJsonObject sts{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                          {QStringLiteral("kind"), QStringLiteral("StatefulSet")},
                          {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name},
                                                                   {QStringLiteral("namespace"), QStringLiteral("default")}}},
                          {QStringLiteral("spec"), spec}};
    const QString path = m_home.filePath(name + QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(sts).toJson());
    return path;
}

void TstLivingCluster::statefulSetClaimsVolumes()
{
    const QString path = statefulSetFile(QStringLiteral("ledger"), {});
    QVERIFY(!path.isEmpty());
    KUBECTL_OK(kubectl({QStringLiteral("apply"), QStringLiteral("-f"), path}));
    KUBECTL_OK(kubectl({QStringLiteral("scale"), QStringLiteral("statefulset"), QStringLiteral("ledger"),
                        QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("--replicas=2")}));

    const QStringList names{QStringLiteral("data-ledger-0"), QStringLiteral("data-ledger-1")};
    QTRY_VERIFY_WITH_TIMEOUT(claim(names[0])[QLatin1String("status")][QLatin1String("phase")] == QLatin1String("Bound")
                                 && claim(names[1])[QLatin1String("status")][QLatin1String("phase")]
                                        == QLatin1String("Bound"),
                             20000);
    for (const auto& name : names) {
        const auto pvc = claim(name);
        QVERIFY(pvc[QLatin1String("spec")][QLatin1String("volumeName")].toString().startsWith(QLatin1String("pvc-")));
        QCOMPARE(pvc[QLatin1String("spec")][QLatin1String("storageClassName")].toString(), QStringLiteral("local-path"));
        QCOMPARE(pvc[QLatin1String("metadata")][QLatin1String("labels")][QLatin1String("app")].toString(),
                 QStringLiteral("ledger"));
        QCOMPARE(pvc[QLatin1String("status")][QLatin1String("capacity")][QLatin1String("storage")].toString(),
                 QStringLiteral("2Gi"));
    }
    QJsonObject pod;
    QTRY_VERIFY_WITH_TIMEOUT(!(pod = getJson({QStringLiteral("pod"), QStringLiteral("ledger-1"), QStringLiteral("-n"),
                                              QStringLiteral("default")}))
                                  .isEmpty(),
                             10000);
    const auto volume = pod[QLatin1String("spec")][QLatin1String("volumes")][0];
    QCOMPARE(volume[QLatin1String("name")].toString(), QStringLiteral("data"));
    QCOMPARE(volume[QLatin1String("persistentVolumeClaim")][QLatin1String("claimName")].toString(), names[1]);

    // Scaled down, the pod goes and its claim stays (whenScaled: Retain).
    KUBECTL_OK(kubectl({QStringLiteral("scale"), QStringLiteral("statefulset"), QStringLiteral("ledger"),
                        QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("--replicas=1")}));
    QTRY_VERIFY_WITH_TIMEOUT(kubectl({QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("ledger-1"),
                                      QStringLiteral("-n"), QStringLiteral("default")})
                                 .exitCode
                                 != 0,
                             20000);
    for (const auto& name : names)
        QCOMPARE(claim(name)[QLatin1String("status")][QLatin1String("phase")].toString(), QStringLiteral("Bound"));
}

QJsonObject TstLivingCluster::claim(const QString& name)
{
    return getJson({QStringLiteral("pvc"), name, QStringLiteral("-n"), QStringLiteral("default")});
}

// persistentVolumeClaimRetentionPolicy Delete: a pod scaled away takes its claim with it, and deleting the set
// takes the rest, through owner references the garbage collector follows.
void TstLivingCluster::claimRetentionPolicyDeletes()
{
    const QString path = statefulSetFile(QStringLiteral("journal"), {{QStringLiteral("whenScaled"), QStringLiteral("Delete")},
                                                                     {QStringLiteral("whenDeleted"), QStringLiteral("Delete")}});
    QVERIFY(!path.isEmpty());
    KUBECTL_OK(kubectl({QStringLiteral("apply"), QStringLiteral("-f"), path}));
    KUBECTL_OK(kubectl({QStringLiteral("scale"), QStringLiteral("statefulset"), QStringLiteral("journal"),
                        QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("--replicas=2")}));
    const auto bound = [this](const QString& name) {
        return claim(name)[QLatin1String("status")][QLatin1String("phase")] == QLatin1String("Bound");
    };
    const QString first = QStringLiteral("data-journal-0");
    const QString second = QStringLiteral("data-journal-1");
    QTRY_VERIFY_WITH_TIMEOUT(bound(first) && bound(second), 20000);
    const auto owners = [this](const QString& name) {
        QStringList kinds;
        for (const auto& r : claim(name)[QLatin1String("metadata")][QLatin1String("ownerReferences")].toArray())
            kinds << r[QLatin1String("kind")].toString() + QLatin1Char('/') + r[QLatin1String("name")].toString();
        return kinds;
    };
    QTRY_COMPARE_WITH_TIMEOUT(owners(first), QStringList{QStringLiteral("StatefulSet/journal")}, 10000);

    KUBECTL_OK(kubectl({QStringLiteral("scale"), QStringLiteral("statefulset"), QStringLiteral("journal"),
                        QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("--replicas=1")}));
    QTRY_VERIFY_WITH_TIMEOUT(claim(second).isEmpty(), 20000);
    QVERIFY(kubectl({QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("journal-1"), QStringLiteral("-n"),
                     QStringLiteral("default")})
                .exitCode
            != 0);
    QVERIFY(bound(first));

    KUBECTL_OK(kubectl({QStringLiteral("delete"), QStringLiteral("statefulset"), QStringLiteral("journal"),
                        QStringLiteral("-n"), QStringLiteral("default")}));
    QTRY_VERIFY_WITH_TIMEOUT(claim(first).isEmpty(), 20000);
}

QTEST_GUILESS_MAIN(TstLivingCluster)
#include "tst_livingcluster.moc"
