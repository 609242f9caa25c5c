// `lclab-sim fault add|list|clear` against a running simulator: the round trip, the table, exit codes (0 done,
// 1 refused or unreachable, 2 usage) and error messages with hints.

#include "support/simprocess.h"
#include "support/testenv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using lcl::test::ProgramRun;

class TstFaultsCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void addListClearRoundTrip();
    void kubeconfigOptionWorks();
    void serverRefusals_data();
    void serverRefusals();
    void cleanup();

private:
    ProgramRun fault(const QStringList& args) { return lcl::test::runProgram(m_program, QStringList{QStringLiteral("fault")} + args); }
    QStringList stateDir() const { return {QStringLiteral("--state-dir"), m_sim.stateDir()}; }
    // A copy of the simulator's kubeconfig with `from` replaced by `to`.
    QString editedKubeconfig(const QByteArray& from, const QByteArray& to);

    QString m_program;
    lcl::test::SimProcess m_sim;
    QTemporaryDir m_files;
};

void TstFaultsCli::initTestCase()
{
    m_program = lcl::test::binDir() + QStringLiteral("/lclab-sim");
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
}

void TstFaultsCli::cleanup()
{
    QVERIFY2(m_sim.isRunning(), QByteArray("the simulator died:\n" + m_sim.standardError().right(3000)).constData());
    QCOMPARE(fault(QStringList{QStringLiteral("clear"), QStringLiteral("--all")} + stateDir()).exitCode, 0);
}

QString TstFaultsCli::editedKubeconfig(const QByteArray& from, const QByteArray& to)
{
    QFile in(m_sim.kubeconfigPath());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = in.readAll();
    if (!text.contains(from))
        return {};
    text.replace(from, to);
    static int counter = 0;
    const QString path = m_files.filePath(QStringLiteral("kubeconfig-%1.yaml").arg(++counter));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        return {};
    return path;
}

void TstFaultsCli::help()
{
    const ProgramRun run = fault({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* expected : {"add KIND [TARGET] [--value V]", "clear --all", "gone-storm", "api-503", "Exit codes"})
        QVERIFY2(run.out.contains(QLatin1String(expected)), qPrintable(run.out));
}

void TstFaultsCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString dir = QStringLiteral("/nonexistent");
    const QString sd = QStringLiteral("--state-dir");
    QTest::newRow("nothing") << QStringList{} << QStringLiteral("add, list or clear");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("break"), sd, dir} << QStringLiteral("unknown command \"break\"");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--loud"), sd, dir}
                                    << QStringLiteral("unknown option --loud");
    QTest::newRow("no simulator named") << QStringList{QStringLiteral("list")} << QStringLiteral("--state-dir DIR or --kubeconfig");
    QTest::newRow("both named") << QStringList{QStringLiteral("list"), sd, dir, QStringLiteral("--kubeconfig"), dir}
                                << QStringLiteral("one of them");
    QTest::newRow("state-dir without value") << QStringList{QStringLiteral("list"), sd} << QStringLiteral("--state-dir needs a value");
    QTest::newRow("add without kind") << QStringList{QStringLiteral("add"), sd, dir} << QStringLiteral("needs a fault kind");
    QTest::newRow("bad kind") << QStringList{QStringLiteral("add"), QStringLiteral("meteor"), sd, dir}
                              << QStringLiteral("Kinds: crash-loop, oom, latency");
    QTest::newRow("missing target") << QStringList{QStringLiteral("add"), QStringLiteral("crash-loop"), sd, dir}
                                    << QStringLiteral("needs a target");
    QTest::newRow("bad value") << QStringList{QStringLiteral("add"), QStringLiteral("api-503"), QStringLiteral("--value"),
                                              QStringLiteral("lots"), sd, dir}
                               << QStringLiteral("--value must be a number");
    QTest::newRow("value on list") << QStringList{QStringLiteral("list"), QStringLiteral("--value"), QStringLiteral("1"), sd, dir}
                                   << QStringLiteral("--value is only for add");
    QTest::newRow("clear without what") << QStringList{QStringLiteral("clear"), sd, dir} << QStringLiteral("clear needs an ID");
    QTest::newRow("clear bad kind") << QStringList{QStringLiteral("clear"), QStringLiteral("meteor"), sd, dir}
                                    << QStringLiteral("unknown fault kind");
    QTest::newRow("clear all and id") << QStringList{QStringLiteral("clear"), QStringLiteral("--all"), QStringLiteral("3"), sd, dir}
                                      << QStringLiteral("clear takes one of");
    QTest::newRow("list with argument") << QStringList{QStringLiteral("list"), QStringLiteral("x"), sd, dir}
                                        << QStringLiteral("list takes no arguments");
}

void TstFaultsCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ProgramRun run = fault(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("lclab-sim fault --help")), qPrintable(run.err));
}

void TstFaultsCli::addListClearRoundTrip()
{
    ProgramRun run = fault(QStringList{QStringLiteral("add"), QStringLiteral("error-burst"), QStringLiteral("search-api"),
                                       QStringLiteral("--value"), QStringLiteral("0.5")} + stateDir());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("added: error-burst on search-api (value 0.5)")), qPrintable(run.out));
    const QString id = run.out.section(QLatin1Char(' '), 1, 1);
    QVERIFY2(id.toInt() > 0, qPrintable(run.out));

    run = fault(QStringList{QStringLiteral("add"), QStringLiteral("api-slow")} + stateDir());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("api-slow (value 1500)")), qPrintable(run.out));
    QCOMPARE(fault(QStringList{QStringLiteral("clear"), QStringLiteral("api-slow")} + stateDir()).exitCode, 0);

    run = fault(QStringList{QStringLiteral("list")} + stateDir());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).simplified() == QLatin1String("ID KIND TARGET VALUE AGE"), qPrintable(run.out));
    QVERIFY2(lines.at(1).simplified().startsWith(id + QStringLiteral(" error-burst search-api 0.5 ")), qPrintable(run.out));
    QCOMPARE(lines.at(0).indexOf(QLatin1String("KIND")), lines.at(1).indexOf(QLatin1String("error-burst"))); // aligned

    run = fault(QStringList{QStringLiteral("clear"), id} + stateDir());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("fault %1 cleared").arg(id)), qPrintable(run.out));
    run = fault(QStringList{QStringLiteral("list")} + stateDir());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("No faults in effect."));

    QCOMPARE(fault(QStringList{QStringLiteral("add"), QStringLiteral("gone-storm")} + stateDir()).exitCode, 0);
    QCOMPARE(fault(QStringList{QStringLiteral("add"), QStringLiteral("latency"), QStringLiteral("redis")} + stateDir()).exitCode, 0);
    run = fault(QStringList{QStringLiteral("clear"), QStringLiteral("--all")} + stateDir());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("2 fault(s) cleared")), qPrintable(run.out));
}

void TstFaultsCli::kubeconfigOptionWorks()
{
    const QStringList kc{QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath()};
    QCOMPARE(fault(QStringList{QStringLiteral("add"), QStringLiteral("oom"), QStringLiteral("redis")} + kc).exitCode, 0);
    const ProgramRun run = fault(QStringList{QStringLiteral("list")} + kc);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("oom")), qPrintable(run.out));
    QCOMPARE(fault(QStringList{QStringLiteral("clear"), QStringLiteral("oom"), QStringLiteral("redis")} + kc).exitCode, 0);
}

void TstFaultsCli::serverRefusals_data()
{
    QTest::addColumn<QString>("kubeconfig"); // "" = the simulator's own
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << QString() << QStringList{QStringLiteral("clear"), QStringLiteral("4242")}
                                << QStringLiteral("fault \"4242\" not found (HTTP 404)");
    QTest::newRow("read-only context") << QStringLiteral("readonly") << QStringList{QStringLiteral("list")}
                                       << QStringLiteral("needs the admin credentials");
    QTest::newRow("simulator not running") << QStringLiteral("deadport") << QStringList{QStringLiteral("list")}
                                           << QStringLiteral("Is lclab-sim running?");
    QTest::newRow("no kubeconfig") << QStringLiteral("missing") << QStringList{QStringLiteral("list")}
                                   << QStringLiteral("Is the simulator running?");
}

void TstFaultsCli::serverRefusals()
{
    QFETCH(QString, kubeconfig);
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QString path = m_sim.kubeconfigPath();
    if (kubeconfig == QLatin1String("readonly"))
        path = editedKubeconfig("current-context: lclab\n", "current-context: lclab-readonly\n");
    else if (kubeconfig == QLatin1String("deadport"))
        path = editedKubeconfig(m_sim.serverUrl().toUtf8(),
                                QStringLiteral("https://127.0.0.1:%1").arg(lcl::test::freeLoopbackPort()).toUtf8());
    else if (kubeconfig == QLatin1String("missing"))
        path = m_files.filePath(QStringLiteral("nowhere/kubeconfig.yaml"));
    QVERIFY(!path.isEmpty());
    const ProgramRun run = fault(args + QStringList{QStringLiteral("--kubeconfig"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TstFaultsCli)
#include "tst_faultscli.moc"
