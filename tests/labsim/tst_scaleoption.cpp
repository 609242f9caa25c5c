#include "support/simprocess.h"
#include "support/testenv.h"

#include <QTemporaryDir>
#include <QTest>

// `lclab-sim --scale PODS` (the benchmarks' cluster): the pods are there for a real client, bad values refused.
class TestScaleOption final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scaledClusterServesItsPods()
    {
        LCL_REQUIRE_PROGRAM(kubectl, "/usr/bin/kubectl", "kubectl (preinstalled on this image)");
        lcl::test::SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("1200")}), qPrintable(sim.errorString()));
        QTemporaryDir home;
        const auto run = lcl::test::runProgram(
            kubectl, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("--no-headers")},
            {QStringLiteral("HOME=") + home.path(), QStringLiteral("KUBECONFIG=") + sim.kubeconfigPath()}, 60000);
        QCOMPARE(run.exitCode, 0);
        const int pods = int(run.out.trimmed().split(QLatin1Char('\n')).size());
        QVERIFY2(pods >= 1200, qPrintable(QString::number(pods)));
    }

    void badScaleIsRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("not a number") << QStringLiteral("lots");
        QTest::newRow("too many") << QStringLiteral("5000000");
    }
    void badScaleIsRefused()
    {
        QFETCH(QString, value);
        const auto run = lcl::test::runProgram(lcl::test::binDir() + QStringLiteral("/lclab-sim"),
                                               {QStringLiteral("--scale"), value});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--scale wants a number of pods")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestScaleOption)
#include "tst_scaleoption.moc"
