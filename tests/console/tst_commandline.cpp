#include "support/testenv.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = lcl::test::ProgramRun;

Run runConsole(const QStringList& args, int timeoutMs = 30000)
{
    return lcl::test::runProgram(lcl::test::binDir() + QStringLiteral("/lclab-console"), args,
                                 {QStringLiteral("QT_QPA_PLATFORM=offscreen")}, timeoutMs);
}

} // namespace

class TestCommandLine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run run = runConsole({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("lclab-console " LCL_VERSION));
    }

    void helpListsEveryOption()
    {
        const Run run = runConsole({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* option : {"--kubeconfig", "--context", "--namespace", "--prometheus-url",
                                   "--alertmanager-url", "--demo", "--screenshot", "--view", "--report",
                                   "--log-level", "--profile"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
        QVERIFY(!run.out.contains(QLatin1String("bench-first-paint"))); // hidden
    }

    void badInputIsRefusedWithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                        << QStringLiteral("Unknown option 'frobnicate'");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--context")}
                                       << QStringLiteral("Missing value after '--context'");
        QTest::newRow("bad prometheus url") << QStringList{QStringLiteral("--prometheus-url=ftp://x")}
                                            << QStringLiteral("is not an http:// or https:// URL");
        QTest::newRow("bad view") << QStringList{QStringLiteral("--screenshot=x.png"), QStringLiteral("--view=graph")}
                                  << QStringLiteral("Unknown view \"graph\"");
        QTest::newRow("bad report format") << QStringList{QStringLiteral("--report=xml")}
                                           << QStringLiteral("Unknown report format \"xml\"");
        QTest::newRow("bad log level") << QStringList{QStringLiteral("--log-level=loud")}
                                       << QStringLiteral("Unknown log level \"loud\"");
        QTest::newRow("bad size") << QStringList{QStringLiteral("--screenshot=x.png"), QStringLiteral("--size=big")}
                                  << QStringLiteral("is not of the form WIDTHxHEIGHT");
        QTest::newRow("screenshot and report")
            << QStringList{QStringLiteral("--screenshot=x.png"), QStringLiteral("--report")}
            << QStringLiteral("cannot be used together");
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("Unexpected argument: extra");
    }
    void badInputIsRefusedWithAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run run = runConsole(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("--help")), qPrintable(run.err));
    }

    void screenshotWritesThePng_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("size");
        QTest::newRow("overview 1280x800") << QStringLiteral("overview") << QStringLiteral("1280x800");
        QTest::newRow("events 1920x1080") << QStringLiteral("events") << QStringLiteral("1920x1080");
    }
    void screenshotWritesThePng()
    {
        QFETCH(QString, view);
        QFETCH(QString, size);
        const QString file = lcl::test::artifactsDir() + QStringLiteral("/console-%1-%2.png").arg(view, size);
        QFile::remove(file);
        const Run run = runConsole({QStringLiteral("--screenshot"), file, QStringLiteral("--view"), view,
                                    QStringLiteral("--size"), size});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(file), qPrintable(run.out));
        QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()), size);
    }

    void screenshotIntoUnwritablePlaceFails()
    {
        const Run run = runConsole({QStringLiteral("--screenshot"), QStringLiteral("/proc/nope/shot.png")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Could not write the screenshot")), qPrintable(run.err));
    }

    void firstPaintProbeQuits()
    {
        const Run run = runConsole({QStringLiteral("--bench-first-paint")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("first-paint")), qPrintable(run.out + run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
