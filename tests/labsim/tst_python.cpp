// Debian's python3-kubernetes client (run with /usr/bin/python3) against lclab-sim: list, watch, patch the
// scale, read logs, create a job; every object must deserialise into the client's typed models.

#include "support/simprocess.h"
#include "support/testenv.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstPython final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pythonClientAcceptsTheSimulator();
};

void TstPython::pythonClientAcceptsTheSimulator()
{
    LCL_REQUIRE_PROGRAM(python, "/usr/bin/python3", "python3");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import kubernetes")});
    QVERIFY(probe.waitForFinished(30000));
    if (probe.exitCode() != 0)
        QSKIP("the kubernetes module is not importable by /usr/bin/python3 (Debian package python3-kubernetes)");

    lcl::test::SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("python_client_check.py"));
    QVERIFY(QFile::copy(QStringLiteral(":/fixtures/python_client_check.py"), script));

    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    run.setProcessEnvironment(env);
    run.start(python, {script, sim.kubeconfigPath()});
    QVERIFY(run.waitForFinished(60000));
    const QByteArray out = run.readAllStandardOutput();
    const QByteArray err = run.readAllStandardError();
    if (run.exitCode() != 0)
        qWarning().noquote() << "python client output:\n" << QString::fromUtf8(out + err).right(3000);
    QVERIFY2(run.exitCode() == 0, "the python client script failed (its output is above)");
    QVERIFY(out.contains("scaled "));
    QVERIFY(out.contains("created job "));
    QVERIFY(out.endsWith("OK\n"));
    QVERIFY2(sim.stop(), qPrintable(sim.errorString()));
}

QTEST_GUILESS_MAIN(TstPython)
#include "tst_python.moc"
