// lclab-sim as a living cluster (issue 5, part 2), through real kubectl: cron jobs that fire on their own schedule
// (on the simulated clock, --speed 120: a minute passes in half a second).

#include "support/simprocess.h"
#include "support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TstLivingCluster final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cronJobFiresOnItsSchedule();
    void cleanupTestCase();

private:
    lcl::test::ProgramRun kubectl(const QStringList& args);
    QJsonObject getJson(const QStringList& args);

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

QTEST_GUILESS_MAIN(TstLivingCluster)
#include "tst_livingcluster.moc"
