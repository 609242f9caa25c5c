#include "lab/demolab.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTcpSocket>
#include <QUrl>

#include <cstdio>

using lcl::lab::DemoLab;

namespace {

bool portAnswers(const QString& url)
{
    const QUrl parsed(url);
    QTcpSocket socket;
    socket.connectToHost(parsed.host(), quint16(parsed.port()));
    return socket.waitForConnected(500);
}

// Alive: exists and is not a zombie waiting for a parent that no longer cares.
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const int close = text.lastIndexOf(')');
    return close > 0 && text.size() > close + 2 && text.at(close + 2) != 'Z';
}

DemoLab::Options optionsForTest()
{
    DemoLab::Options options;
    options.simulatorPath = lcl::test::binDir() + QStringLiteral("/lclab-sim");
    return options;
}

} // namespace

class TestDemoLab final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsSimulatorAndMonitoringAndStopsThem()
    {
        LCL_REQUIRE_PROGRAM(prometheus, "prometheus", "prometheus");
        LCL_REQUIRE_PROGRAM(alertmanager, "prometheus-alertmanager", "prometheus-alertmanager");
        DemoLab lab(optionsForTest());
        QSignalSpy progress(&lab, &DemoLab::progress);
        lcl::Error error;
        QVERIFY2(lab.startAndWait(&error), qPrintable(error.toString()));
        QVERIFY(lab.isRunning());
        QVERIFY(progress.count() >= 3);

        const auto& endpoints = lab.endpoints();
        QVERIFY(QFileInfo::exists(endpoints.kubeconfigPath));
        QVERIFY(endpoints.apiServerUrl.startsWith(QLatin1String("https://127.0.0.1:")));
        QVERIFY(endpoints.prometheusUrl.startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(endpoints.alertmanagerUrl.startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(portAnswers(endpoints.apiServerUrl));
        QTRY_VERIFY_WITH_TIMEOUT(portAnswers(endpoints.prometheusUrl), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(portAnswers(endpoints.alertmanagerUrl), 10000);
        const QList<qint64> pids = lab.childProcessIds();
        QCOMPARE(pids.size(), 3);
        for (qint64 pid : pids)
            QVERIFY(processAlive(pid));

        lab.stop();
        QVERIFY(!lab.isRunning());
        for (qint64 pid : pids)
            QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!portAnswers(endpoints.apiServerUrl), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!portAnswers(endpoints.prometheusUrl), 5000);
    }

    void runsWithoutPrometheusAndSaysWhatIsMissing()
    {
        DemoLab::Options options = optionsForTest();
        options.prometheusPath = QStringLiteral("/nonexistent/prometheus");
        options.alertmanagerPath = QStringLiteral("/nonexistent/alertmanager");
        DemoLab lab(options);
        lcl::Error error;
        QVERIFY2(lab.startAndWait(&error), qPrintable(error.toString()));
        QVERIFY(lab.endpoints().prometheusUrl.isEmpty());
        QVERIFY(lab.endpoints().alertmanagerUrl.isEmpty());
        const QString notes = lab.endpoints().notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("apt-get install prometheus")), qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("apt-get install prometheus-alertmanager")), qPrintable(notes));
    }

    void missingSimulatorFailsClearly()
    {
        DemoLab::Options options;
        options.simulatorPath = QStringLiteral("/nonexistent/lclab-sim");
        DemoLab lab(options);
        QSignalSpy failed(&lab, &DemoLab::failed);
        lcl::Error error;
        QVERIFY(!lab.startAndWait(&error));
        QCOMPARE(error.kind, lcl::Error::Kind::Config);
        QVERIFY(error.message.contains(QLatin1String("lclab-sim")));
        QVERIFY(!error.hint.isEmpty());
        QCOMPARE(failed.count(), 1);
    }

    void simulatorThatDiesWhileStartingIsReported()
    {
        DemoLab::Options options = optionsForTest();
        options.profilePath = QStringLiteral("/nonexistent/profile.yaml"); // the simulator refuses to start
        DemoLab lab(options);
        lcl::Error error;
        QVERIFY(!lab.startAndWait(&error));
        QCOMPARE(error.kind, lcl::Error::Kind::Unavailable);
        QVERIFY2(error.hint.contains(QLatin1String("lclab-sim.log")), qPrintable(error.hint));
    }

    void killedParentLeavesNoOrphans()
    {
        // This test binary, started again in host mode, runs a demo lab and is then killed with SIGKILL: no
        // chance to clean up, so only PR_SET_PDEATHSIG can take its children down.
        QProcess host;
        host.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--host-demo-lab")});
        QVERIFY(host.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += host.readAllStandardOutput()).contains('\n'), 20000);
        QVERIFY2(out.startsWith("hosting "), out.constData());
        const QList<QByteArray> pids = out.trimmed().split(' ').mid(1);
        QVERIFY(!pids.isEmpty());
        for (const QByteArray& pid : pids)
            QVERIFY(processAlive(pid.toLongLong()));
        host.kill();
        QVERIFY(host.waitForFinished(5000));
        for (const QByteArray& pid : pids)
            QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid.toLongLong()), 5000);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--host-demo-lab"))) {
        DemoLab::Options options = optionsForTest();
        options.prometheusPath = QStringLiteral("/nonexistent");
        options.alertmanagerPath = QStringLiteral("/nonexistent");
        DemoLab lab(options);
        lcl::Error error;
        if (!lab.startAndWait(&error))
            return 1;
        QByteArray line = "hosting";
        for (qint64 pid : lab.childProcessIds())
            line += ' ' + QByteArray::number(pid);
        std::puts(line.constData());
        std::fflush(stdout);
        return app.exec();
    }
    TestDemoLab test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_demolab.moc"
