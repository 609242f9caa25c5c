#include "lab/labprofile.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace lcl::lab;

namespace {

QString rulesFile()
{
    return lcl::test::sourceDir() + QStringLiteral("/resources/alerts/localcloudlab-rules.yml");
}

struct Run {
    int exitCode = -1;
    QString output;
};

Run runTool(const QString& program, const QStringList& args, const QString& workDir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-1, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

} // namespace

class TestAlertRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void promtoolChecksRules();
    void promtoolUnitTests();
    void promtoolRejectsABrokenRule();
    void everyRuleHasSeverityAndAnnotations();
    void profileAlertsExistInRules();
};

void TestAlertRules::promtoolChecksRules()
{
    LCL_REQUIRE_PROGRAM(promtool, "promtool", "prometheus");
    const Run run = runTool(promtool, {QStringLiteral("check"), QStringLiteral("rules"), rulesFile()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("SUCCESS")), qPrintable(run.output));
}

void TestAlertRules::promtoolUnitTests()
{
    LCL_REQUIRE_PROGRAM(promtool, "promtool", "prometheus");
    const QString dir = lcl::test::sourceDir() + QStringLiteral("/resources/alerts/tests");
    const QStringList tests = QDir(dir).entryList({QStringLiteral("*.yml")}, QDir::Files);
    QVERIFY2(!tests.isEmpty(), qPrintable(dir));
    for (const QString& t : tests) {
        const Run run = runTool(promtool, {QStringLiteral("test"), QStringLiteral("rules"), t}, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(t + QLatin1Char('\n') + run.output));
    }
    // The unit tests cover at least these alerts firing.
    QFile f(dir + QStringLiteral("/localcloudlab-rules-test.yml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const char* alert : {"ApiHighErrorRate", "DatabaseDown", "BackupJobFailed"})
        QVERIFY2(text.contains(QStringLiteral("alertname: %1\n        exp_alerts:\n          - exp_labels")
                                   .arg(QLatin1String(alert))),
                 alert);
}

// The check must be able to fail: a rule with a PromQL syntax error is refused.
void TestAlertRules::promtoolRejectsABrokenRule()
{
    LCL_REQUIRE_PROGRAM(promtool, "promtool", "prometheus");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("broken.yml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("groups:\n  - name: g\n    rules:\n      - alert: Broken\n        expr: sum(rate(x[5m])\n");
    f.close();
    const Run run = runTool(promtool, {QStringLiteral("check"), QStringLiteral("rules"), f.fileName()});
    QVERIFY2(run.exitCode != 0, qPrintable(run.output));
}

void TestAlertRules::everyRuleHasSeverityAndAnnotations()
{
    QFile f(rulesFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const QStringList blocks = text.split(QStringLiteral("      - alert: ")).mid(1);
    QVERIFY(blocks.size() >= 10);
    for (const QString& block : blocks) {
        const QString name = block.section(QLatin1Char('\n'), 0, 0);
        for (const char* key : {"severity: ", "summary: ", "description: ", "runbook_url: lclab://runbooks/"})
            QVERIFY2(block.contains(QLatin1String(key)), qPrintable(name + QStringLiteral(": ") + QLatin1String(key)));
    }
}

void TestAlertRules::profileAlertsExistInRules()
{
    QFile f(rulesFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const LabProfile p = LabProfile::builtin();
    QVERIFY(p.alerts().size() >= 6);
    for (const AlertSpec& a : p.alerts()) {
        const qsizetype at = text.indexOf(QStringLiteral("- alert: %1\n").arg(a.name));
        QVERIFY2(at >= 0, qPrintable(a.name));
        const qsizetype next = text.indexOf(QStringLiteral("- alert: "), at + 1);
        const QString block = text.mid(at, next < 0 ? -1 : next - at);
        QVERIFY2(block.contains(QStringLiteral("severity: %1").arg(a.severity)), qPrintable(a.name));
        QVERIFY2(block.contains(QStringLiteral("runbook_url: lclab://%1").arg(a.runbook)), qPrintable(a.name));
    }
}

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
