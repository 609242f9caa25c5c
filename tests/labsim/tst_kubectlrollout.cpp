// Real /usr/bin/kubectl against a running lclab-sim whose controllers move the cluster (issue 5, "Must show"):
// rollout restart / set image / undo finish under `kubectl rollout status`, a deleted pod is replaced, a job
// made from a backup cron job completes and `kubectl logs job/...` shows the backup tool's output, a
// backup-failed fault fails it, crash-loop and OOM faults show on the pods and clear, `kubectl top pods` works
// on pods the controllers made.

#include "support/simprocess.h"
#include "support/testenv.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

using lcl::test::ProgramRun;

class TstKubectlRollout final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rolloutRestartFinishes();
    void setImageAndUndo();
    void deletedPodIsReplaced();
    void statefulSetRolloutRestart();
    void backupJobFromCronJob();
    void backupFailedFault();
    void podFaults_data();
    void podFaults();
    void topPodsAfterRollout();
    void cleanupTestCase();

private:
    ProgramRun kubectl(const QStringList& args, int timeoutMs = 60000);
    ProgramRun sim(const QStringList& args);
    // Runs kubectl until `accept` takes its output or `timeoutMs` passes; the last run.
    ProgramRun poll(const QStringList& args, const std::function<bool(const ProgramRun&)>& accept, int timeoutMs = 20000,
                    int pauseMs = 200);
    QString field(const QString& what, const QString& ns, const QString& jsonPath);

    QString m_kubectl;
    lcl::test::SimProcess m_sim;
    QTemporaryDir m_home;
};

#define KUBECTL_OK(run) QVERIFY2((run).exitCode == 0, qPrintable(QString((run).out + (run).err).right(3000)))

ProgramRun TstKubectlRollout::kubectl(const QStringList& args, int timeoutMs)
{
    return lcl::test::runProgram(m_kubectl, args,
                                 {QStringLiteral("HOME=") + m_home.path(),
                                  QStringLiteral("KUBECONFIG=") + m_sim.kubeconfigPath()},
                                 timeoutMs);
}

ProgramRun TstKubectlRollout::sim(const QStringList& args)
{
    return lcl::test::runProgram(lcl::test::binDir() + QStringLiteral("/lclab-sim"),
                                 QStringList{QStringLiteral("fault")} + args
                                     + QStringList{QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath()});
}

ProgramRun TstKubectlRollout::poll(const QStringList& args, const std::function<bool(const ProgramRun&)>& accept,
                                   int timeoutMs, int pauseMs)
{
    QDeadlineTimer deadline(timeoutMs);
    ProgramRun run = kubectl(args);
    while (!accept(run) && !deadline.hasExpired()) {
        QThread::msleep(static_cast<unsigned long>(pauseMs)); // between kubectl runs; the simulator runs on its own
        run = kubectl(args);
    }
    return run;
}

QString TstKubectlRollout::field(const QString& what, const QString& ns, const QString& jsonPath)
{
    const ProgramRun run = kubectl({QStringLiteral("get"), what, QStringLiteral("-n"), ns, QStringLiteral("-o"),
                                    QStringLiteral("jsonpath=") + jsonPath});
    return run.exitCode == 0 ? run.out.trimmed() : QString();
}

void TstKubectlRollout::initTestCase()
{
    m_kubectl = lcl::test::findProgram(QStringLiteral("/usr/bin/kubectl"));
    if (m_kubectl.isEmpty())
        QSKIP("/usr/bin/kubectl is not installed (image package kubectl from the Google Cloud SDK)");
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    // kubectl's discovery cache lives in HOME; one HOME for the whole run keeps each call fast.
    QVERIFY(m_home.isValid());
}

void TstKubectlRollout::cleanupTestCase()
{
    if (m_sim.isRunning())
        QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString()));
}

void TstKubectlRollout::rolloutRestartFinishes()
{
    ProgramRun run = kubectl({QStringLiteral("rollout"), QStringLiteral("restart"), QStringLiteral("deployment/checkin-api"),
                              QStringLiteral("-n"), QStringLiteral("checkin")});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("deployment.apps/checkin-api restarted")), qPrintable(run.out));
    run = kubectl({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/checkin-api"),
                   QStringLiteral("-n"), QStringLiteral("checkin"), QStringLiteral("--timeout=60s")});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("successfully rolled out")), qPrintable(run.out));
    const QString annotation = field(QStringLiteral("pods"), QStringLiteral("checkin"),
                                     QStringLiteral("{.items[*].metadata.annotations.kubectl\\.kubernetes\\.io/restartedAt}"));
    QVERIFY2(!annotation.isEmpty(), "the new pods carry the template's restartedAt annotation");
    run = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-n"), QStringLiteral("checkin")});
    KUBECTL_OK(run);
    for (const char* reason : {"ScalingReplicaSet", "SuccessfulCreate", "SuccessfulDelete", "Scheduled", "Started"})
        QVERIFY2(run.out.contains(QLatin1String(reason)), reason);
}

void TstKubectlRollout::setImageAndUndo()
{
    const QString container = field(QStringLiteral("deployment/search-api-v1"), QStringLiteral("search"),
                                    QStringLiteral("{.spec.template.spec.containers[0].name}"));
    const QString before = field(QStringLiteral("deployment/search-api-v1"), QStringLiteral("search"),
                                 QStringLiteral("{.spec.template.spec.containers[0].image}"));
    QVERIFY(!container.isEmpty() && !before.isEmpty());
    ProgramRun run = kubectl({QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("deployment/search-api-v1"),
                              container + QStringLiteral("=ghcr.io/localcloudlab/search-api:9.9.9"), QStringLiteral("-n"),
                              QStringLiteral("search")});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("image updated")), qPrintable(run.out));
    const QStringList status{QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/search-api-v1"),
                             QStringLiteral("-n"), QStringLiteral("search"), QStringLiteral("--timeout=60s")};
    run = kubectl(status);
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("successfully rolled out")), qPrintable(run.out));
    const QString podImages = QStringLiteral("{.items[*].spec.containers[0].image}");
    run = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("search"),
                   QStringLiteral("-o"), QStringLiteral("jsonpath=") + podImages});
    QVERIFY2(run.out.contains(QStringLiteral("search-api:9.9.9")), qPrintable(run.out));
    run = kubectl({QStringLiteral("rollout"), QStringLiteral("history"), QStringLiteral("deployment/search-api-v1"),
                   QStringLiteral("-n"), QStringLiteral("search")});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("(?m)^1\\s"))) && run.out.contains(QRegularExpression(QStringLiteral("(?m)^2\\s"))),
             qPrintable(run.out));
    run = kubectl({QStringLiteral("rollout"), QStringLiteral("undo"), QStringLiteral("deployment/search-api-v1"),
                   QStringLiteral("-n"), QStringLiteral("search")});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("rolled back")), qPrintable(run.out));
    run = kubectl(status);
    KUBECTL_OK(run);
    QCOMPARE(field(QStringLiteral("deployment/search-api-v1"), QStringLiteral("search"),
                   QStringLiteral("{.spec.template.spec.containers[0].image}")),
             before);
    QCOMPARE(field(QStringLiteral("deployment/search-api-v1"), QStringLiteral("search"),
                   QStringLiteral("{.metadata.annotations.deployment\\.kubernetes\\.io/revision}")),
             QStringLiteral("3"));
}

void TstKubectlRollout::deletedPodIsReplaced()
{
    const QString pod = field(QStringLiteral("pods"), QStringLiteral("checkin"), QStringLiteral("{.items[0].metadata.name}"));
    QVERIFY(!pod.isEmpty());
    const QString replicas = field(QStringLiteral("deployment/checkin-api"), QStringLiteral("checkin"),
                                   QStringLiteral("{.spec.replicas}"));
    KUBECTL_OK(kubectl({QStringLiteral("delete"), QStringLiteral("pod"), pod, QStringLiteral("-n"), QStringLiteral("checkin")}));
    const ProgramRun run = poll({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("checkin"),
                                 QStringLiteral("--no-headers")},
                                [&](const ProgramRun& r) {
                                    return !r.out.contains(pod)
                                           && r.out.count(QRegularExpression(QStringLiteral("1/1\\s+Running"))) == replicas.toInt();
                                });
    QVERIFY2(!run.out.contains(pod), qPrintable(run.out));
    QCOMPARE(run.out.count(QRegularExpression(QStringLiteral("1/1\\s+Running"))), replicas.toInt());
}

void TstKubectlRollout::statefulSetRolloutRestart()
{
    const QString sts = field(QStringLiteral("statefulsets"), QStringLiteral("messaging"), QStringLiteral("{.items[0].metadata.name}"));
    QVERIFY(!sts.isEmpty());
    KUBECTL_OK(kubectl({QStringLiteral("rollout"), QStringLiteral("restart"), QStringLiteral("statefulset/") + sts,
                        QStringLiteral("-n"), QStringLiteral("messaging")}));
    const ProgramRun run = kubectl({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("statefulset/") + sts,
                                    QStringLiteral("-n"), QStringLiteral("messaging"), QStringLiteral("--timeout=60s")});
    KUBECTL_OK(run);
    // kubectl words it "partitioned roll out complete" whenever spec.updateStrategy.rollingUpdate.partition is set.
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("(partitioned roll out|rolling update) complete"))),
             qPrintable(run.out));
}

void TstKubectlRollout::backupJobFromCronJob()
{
    KUBECTL_OK(kubectl({QStringLiteral("create"), QStringLiteral("job"), QStringLiteral("pg-now"),
                        QStringLiteral("--from=cronjob/postgres-backup"), QStringLiteral("-n"), QStringLiteral("postgres")}));
    ProgramRun run = kubectl({QStringLiteral("wait"), QStringLiteral("--for=condition=complete"), QStringLiteral("job/pg-now"),
                              QStringLiteral("-n"), QStringLiteral("postgres"), QStringLiteral("--timeout=60s")});
    KUBECTL_OK(run);
    run = kubectl({QStringLiteral("logs"), QStringLiteral("job/pg-now"), QStringLiteral("-n"), QStringLiteral("postgres")});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("pg_dump: dumping contents of table")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("/backup/search-")), qPrintable(run.out));
    run = kubectl({QStringLiteral("get"), QStringLiteral("job"), QStringLiteral("pg-now"), QStringLiteral("-n"),
                   QStringLiteral("postgres")});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("Complete")) && run.out.contains(QStringLiteral("1/1")), qPrintable(run.out));
    QCOMPARE(field(QStringLiteral("cronjob/postgres-backup"), QStringLiteral("postgres"),
                   QStringLiteral("{.status.lastSuccessfulTime}")).isEmpty(),
             false);
}

void TstKubectlRollout::backupFailedFault()
{
    ProgramRun run = sim({QStringLiteral("add"), QStringLiteral("backup-failed"), QStringLiteral("redis-backup")});
    QVERIFY2(run.exitCode == 0, qPrintable(QString(run.out + run.err)));
    KUBECTL_OK(kubectl({QStringLiteral("create"), QStringLiteral("job"), QStringLiteral("redis-now"),
                        QStringLiteral("--from=cronjob/redis-backup"), QStringLiteral("-n"), QStringLiteral("caching")}));
    // The failing attempts' output, read while the job still retries (a failed job's pods are removed).
    run = poll({QStringLiteral("logs"), QStringLiteral("job/redis-now"), QStringLiteral("-n"), QStringLiteral("caching")},
               [](const ProgramRun& r) { return r.out.contains(QStringLiteral("Could not connect to Redis")); }, 20000, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Could not connect to Redis at redis-master:6379: Connection refused")),
             qPrintable(QString(run.out + run.err)));
    run = kubectl({QStringLiteral("wait"), QStringLiteral("--for=condition=failed"), QStringLiteral("job/redis-now"),
                   QStringLiteral("-n"), QStringLiteral("caching"), QStringLiteral("--timeout=60s")});
    KUBECTL_OK(run);
    run = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-n"), QStringLiteral("caching"),
                   QStringLiteral("--field-selector"), QStringLiteral("involvedObject.name=redis-now")});
    KUBECTL_OK(run);
    QVERIFY2(run.out.contains(QStringLiteral("BackoffLimitExceeded")), qPrintable(run.out));
    run = sim({QStringLiteral("clear"), QStringLiteral("--all")});
    QVERIFY2(run.exitCode == 0, qPrintable(QString(run.out + run.err)));
}

void TstKubectlRollout::podFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("crash-loop") << QStringLiteral("crash-loop") << QStringLiteral("Error");
    QTest::newRow("oom") << QStringLiteral("oom") << QStringLiteral("OOMKilled");
}

void TstKubectlRollout::podFaults()
{
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    ProgramRun run = sim({QStringLiteral("add"), fault, QStringLiteral("checkin-api")});
    QVERIFY2(run.exitCode == 0, qPrintable(QString(run.out + run.err)));
    run = poll({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("checkin"), QStringLiteral("--no-headers")},
               [](const ProgramRun& r) { return r.out.contains(QStringLiteral("CrashLoopBackOff")); });
    QVERIFY2(run.out.contains(QStringLiteral("CrashLoopBackOff")), qPrintable(run.out));
    run = poll({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("checkin"), QStringLiteral("-o"),
                QStringLiteral("jsonpath={range .items[*]}{.status.containerStatuses[0].restartCount} "
                               "{.status.containerStatuses[0].lastState.terminated.reason}{\"\\n\"}{end}")},
               [&](const ProgramRun& r) { return r.out.contains(QRegularExpression(QStringLiteral("^[2-9]\\d* ") + reason, QRegularExpression::MultilineOption)); });
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("^[2-9]\\d* ") + reason, QRegularExpression::MultilineOption)),
             qPrintable(run.out));
    run = sim({QStringLiteral("clear"), QStringLiteral("--all")});
    QVERIFY2(run.exitCode == 0, qPrintable(QString(run.out + run.err)));
    run = kubectl({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/checkin-api"),
                   QStringLiteral("-n"), QStringLiteral("checkin"), QStringLiteral("--timeout=60s")});
    KUBECTL_OK(run);
    run = poll({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("checkin"), QStringLiteral("--no-headers")},
               [](const ProgramRun& r) { return !r.out.contains(QStringLiteral("CrashLoopBackOff")) && !r.out.contains(QStringLiteral("0/1")); });
    QVERIFY2(!run.out.contains(QStringLiteral("CrashLoopBackOff")) && !run.out.contains(QStringLiteral("0/1")), qPrintable(run.out));
}

void TstKubectlRollout::topPodsAfterRollout()
{
    const ProgramRun run = kubectl({QStringLiteral("top"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("checkin")});
    KUBECTL_OK(run);
    QVERIFY(run.out.contains(QStringLiteral("CPU(cores)")));
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("checkin-api-\\S+\\s+\\d+m\\s+\\d+Mi"))), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TstKubectlRollout)
#include "tst_kubectlrollout.moc"
