// Real kubectl against a troubled API server: it retries a 503 that carries Retry-After and reports a server
// that keeps answering 503; --request-timeout gives up on a slow server that otherwise answers; a watch
// (`get -w`) ends when the server drops it, and shows 410 Expired and ends during a gone storm.

#include "support/simprocess.h"
#include "support/testenv.h"
#include "tst_serverclient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using lcl::test::ProgramRun;

class TstFaultsKubectl final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void retriesPartial503();
    void reportsPersistent503();
    void slowServer();
    void watchEndsWhenDropped();
    void watchReportsGoneStorm();
    void cleanup();

private:
    ProgramRun kubectl(const QStringList& args, int timeoutMs = 60000);
    void addFault(const QByteArray& json);
    // Starts `kubectl get configmaps -w` and returns once it printed the existing rows.
    std::unique_ptr<QProcess> startWatch();

    QString m_kubectl;
    lcl::test::SimProcess m_sim;
    std::unique_ptr<lcl::test::ServerClient> m_client;
    QTemporaryDir m_home;
};

void TstFaultsKubectl::initTestCase()
{
    m_kubectl = lcl::test::findProgram(QStringLiteral("/usr/bin/kubectl"));
    if (m_kubectl.isEmpty())
        QSKIP("/usr/bin/kubectl is not installed (image package kubectl from the Google Cloud SDK)");
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<lcl::test::ServerClient>(m_sim);
    // Warm kubectl's discovery cache (in the test's own HOME) so later commands make few requests.
    const ProgramRun warm = kubectl({QStringLiteral("get"), QStringLiteral("configmaps")});
    QVERIFY2(warm.exitCode == 0, qPrintable(warm.err));
}

void TstFaultsKubectl::cleanup()
{
    QVERIFY2(m_sim.isRunning(), QByteArray("the simulator died:\n" + m_sim.standardError().right(3000)).constData());
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/lclab/v1/faults")).status, 200);
}

ProgramRun TstFaultsKubectl::kubectl(const QStringList& args, int timeoutMs)
{
    return lcl::test::runProgram(m_kubectl, args,
                                 {QStringLiteral("HOME=") + m_home.path(), QStringLiteral("KUBECONFIG=") + m_sim.kubeconfigPath()},
                                 timeoutMs);
}

void TstFaultsKubectl::addFault(const QByteArray& json)
{
    const lcl::test::ServerReply reply = m_client->send("POST", QStringLiteral("/lclab/v1/faults"), json);
    QVERIFY2(reply.status == 201, reply.body.constData());
}

void TstFaultsKubectl::retriesPartial503()
{
    addFault(R"({"kind":"api-503","value":0.5})");
    const ProgramRun run = kubectl({QStringLiteral("get"), QStringLiteral("namespaces"), QStringLiteral("-o"), QStringLiteral("name")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("namespace/default")), qPrintable(run.out));
}

void TstFaultsKubectl::reportsPersistent503()
{
    addFault(R"({"kind":"api-503","value":1})");
    const ProgramRun run = kubectl({QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/api/v1/namespaces")}, 120000);
    QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(QString::number(run.exitCode) + run.err));
    QVERIFY2(run.err.contains(QLatin1String("the server is currently unable to handle the request")), qPrintable(run.err));
}

void TstFaultsKubectl::slowServer()
{
    addFault(R"({"kind":"api-slow","value":2000})");
    const ProgramRun impatient = kubectl({QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/api/v1/namespaces/default"),
                                          QStringLiteral("--request-timeout=500ms")});
    QVERIFY2(impatient.exitCode != 0 && impatient.exitCode != -1, qPrintable(impatient.out + impatient.err));
    QVERIFY2(impatient.err.contains(QLatin1String("Timeout")) || impatient.err.contains(QLatin1String("deadline")),
             qPrintable(impatient.err));
    QElapsedTimer timer;
    timer.start();
    const ProgramRun patient = kubectl({QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/api/v1/namespaces/default")});
    QVERIFY2(patient.exitCode == 0, qPrintable(patient.err));
    QVERIFY(patient.out.contains(QLatin1String("\"name\":\"default\"")));
    QVERIFY2(timer.elapsed() >= 2000, qPrintable(QString::number(timer.elapsed())));
}

std::unique_ptr<QProcess> TstFaultsKubectl::startWatch()
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("KUBECONFIG"), m_sim.kubeconfigPath());
    process->setProcessEnvironment(env);
    process->start(m_kubectl, {QStringLiteral("get"), QStringLiteral("configmaps"), QStringLiteral("-n"),
                               QStringLiteral("kube-system"), QStringLiteral("-w")});
    return process;
}

void TstFaultsKubectl::watchEndsWhenDropped()
{
    const std::unique_ptr<QProcess> watch = startWatch();
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += watch->readAllStandardOutput()).contains("NAME"), 20000);
    QTest::qWait(1000); // the list is printed before the watch request starts
    QCOMPARE(watch->state(), QProcess::Running);
    addFault(R"({"kind":"drop-watches"})");
    QTRY_COMPARE_WITH_TIMEOUT(watch->state(), QProcess::NotRunning, 10000);
    QCOMPARE(watch->exitStatus(), QProcess::NormalExit);
}

void TstFaultsKubectl::watchReportsGoneStorm()
{
    addFault(R"({"kind":"gone-storm"})");
    const std::unique_ptr<QProcess> watch = startWatch();
    QVERIFY(watch->waitForFinished(30000));
    // kubectl 1.31 prints the ERROR event's Status as a row and ends the watch (exit 0), as with a real server.
    const QByteArray out = watch->readAllStandardOutput();
    QCOMPARE(watch->exitStatus(), QProcess::NormalExit);
    QVERIFY2(out.contains("Expired") && out.contains("too old resource version"), out.constData());
}

QTEST_GUILESS_MAIN(TstFaultsKubectl)
#include "tst_faultskubectl.moc"
