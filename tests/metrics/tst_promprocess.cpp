#include "support/alertmanagerprocess.h"
#include "support/promprocess.h"
#include "support/testenv.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <memory>

using lcl::test::AlertmanagerProcess;
using lcl::test::PromProcess;

namespace {

bool alive(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

// The test fixtures themselves: they start the real servers, generate configurations the real tools accept,
// and leave no process behind.
class TestPromProcess final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startAndStopLeaveNothing();
    void generatedConfigIsValid();
    void missingRuleFileFails();
};

void TestPromProcess::startAndStopLeaveNothing()
{
    LCL_REQUIRE_PROGRAM(prometheus, "prometheus", "prometheus");
    LCL_REQUIRE_PROGRAM(alertmanager, "prometheus-alertmanager", "prometheus-alertmanager");
    auto am = std::make_unique<AlertmanagerProcess>();
    QVERIFY2(am->start(), qPrintable(am->errorString()));
    auto prom = std::make_unique<PromProcess>();
    prom->addSelfTarget();
    prom->setAlertmanager(am->address());
    QVERIFY2(prom->start(), qPrintable(prom->errorString()));
    QVERIFY(prom->isRunning());
    QVERIFY(am->isRunning());
    QCOMPARE(prom->get(QStringLiteral("/-/ready")).status, 200);
    QVERIFY(am->get(QStringLiteral("/api/v2/status")).body.contains("\"disabled\"")); // no gossip listener
    QVERIFY(prom->url().startsWith(QStringLiteral("http://127.0.0.1:")));

    const qint64 promPid = [&] {
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("127.0.0.1:%1").arg(prom->port())});
        pgrep.waitForFinished();
        return QString::fromLatin1(pgrep.readAll()).section(QLatin1Char('\n'), 0, 0).toLongLong();
    }();
    QVERIFY(alive(promPid));
    const QString dir = prom->directory();
    prom.reset();
    am.reset();
    QVERIFY(!alive(promPid));
    QVERIFY(!QFileInfo::exists(dir)); // the temporary directory went with it
}

void TestPromProcess::generatedConfigIsValid()
{
    LCL_REQUIRE_PROGRAM(promtool, "promtool", "prometheus");
    LCL_REQUIRE_PROGRAM(prometheus, "prometheus", "prometheus");
    PromProcess prom;
    PromProcess::Target sim;
    sim.job = QStringLiteral("lclab-sim");
    sim.address = QStringLiteral("127.0.0.1:1");
    sim.scheme = QStringLiteral("https");
    sim.insecureSkipVerify = true;
    sim.bearerToken = QStringLiteral("secret-token");
    prom.addTarget(sim);
    prom.addSelfTarget();
    prom.addRuleFile(lcl::test::sourceDir() + QStringLiteral("/resources/alerts/localcloudlab-rules.yml"));
    QVERIFY2(prom.start(), qPrintable(prom.errorString()));
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("config"), prom.configPath()});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0, check.readAll().constData());
    // The unreachable target shows as down; the token is not in the configuration file itself.
    QTRY_VERIFY_WITH_TIMEOUT(prom.get(QStringLiteral("/api/v1/targets")).body.contains("\"job\":\"lclab-sim\""), 10000);
    QFile config(prom.configPath());
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(!config.readAll().contains("secret-token"));
}

void TestPromProcess::missingRuleFileFails()
{
    LCL_REQUIRE_PROGRAM(prometheus, "prometheus", "prometheus");
    PromProcess prom;
    prom.addRuleFile(QStringLiteral("/nonexistent/rules.yml"));
    QVERIFY(!prom.start());
    QVERIFY(prom.errorString().contains(QStringLiteral("/nonexistent/rules.yml")));
    QVERIFY(!prom.isRunning());
}

QTEST_GUILESS_MAIN(TestPromProcess)
#include "tst_promprocess.moc"
