#include "support/simprocess.h"
#include "support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = lcl::test::ProgramRun;

Run report(const QStringList& args, int timeoutMs = 90000)
{
    return lcl::test::runProgram(lcl::test::binDir() + QStringLiteral("/lclab-console"),
                                 QStringList{QStringLiteral("--report")} + args, {}, timeoutMs);
}

} // namespace

// `lclab-console --report` against the real simulator over TLS, and its error paths.
class TestReport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void textReportListsTheCluster()
    {
        const Run run = report({QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("Server version: v1.31")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("Status: healthy")));
        for (const char* workload : {"search/search-api-v1", "search/search-api-v2", "checkin/checkin-api",
                                     "postgres/postgresql", "caching/redis-master", "messaging/rabbitmq"})
            QVERIFY2(run.out.contains(QLatin1String(workload)), workload);
        QVERIFY(run.out.contains(QLatin1String("httproutes")));
    }

    void jsonReportMatchesTheServer()
    {
        const Run run = report({QStringLiteral("--report=json"), QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("healthy"));
        QCOMPARE(json.value(QLatin1String("context")).toString(), QStringLiteral("lclab"));
        QVERIFY(json.value(QLatin1String("counts")).toObject().value(QLatin1String("pods")).toInt() > 10);

        // The same count kubectl sees.
        LCL_REQUIRE_PROGRAM(kubectl, "/usr/bin/kubectl", "kubectl (preinstalled on this image)");
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("KUBECONFIG"), m_sim.kubeconfigPath());
        process.setProcessEnvironment(env);
        process.start(kubectl, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"),
                                QStringLiteral("--no-headers")});
        QVERIFY(process.waitForFinished(30000));
        const int kubectlPods = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).size();
        QCOMPARE(json.value(QLatin1String("counts")).toObject().value(QLatin1String("pods")).toInt(), kubectlPods);
    }

    void readOnlyContextStillReports()
    {
        const Run run = report({QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath(), QStringLiteral("--context"),
                                QStringLiteral("lclab-readonly")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("Cluster: lclab-readonly")));
    }

    void namespaceScopedReport()
    {
        const Run run = report({QStringLiteral("--report=json"), QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath(),
                                QStringLiteral("--namespace"), QStringLiteral("search")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray workloads = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("workloads")).toArray();
        QVERIFY(!workloads.isEmpty());
        for (const QJsonValue& w : workloads)
            QCOMPARE(w.toObject().value(QLatin1String("namespace")).toString(), QStringLiteral("search"));
    }

    void errorsExitTwoWithAReason_data()
    {
        QTest::addColumn<QByteArray>("kubeconfig");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not yaml") << QByteArray("{{{ not: yaml") << QStringList{} << QStringLiteral("kubeconfig");
        QTest::newRow("unknown context") << QByteArray() << QStringList{QStringLiteral("--context"), QStringLiteral("nope")}
                                         << QStringLiteral("nope");
        QTest::newRow("server down") << QByteArray("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                                                   "    server: https://127.0.0.1:1\ncontexts:\n- name: x\n  context:\n"
                                                   "    cluster: c\n    user: u\nusers:\n- name: u\n  user:\n"
                                                   "    token: abc\ncurrent-context: x\n")
                                     << QStringList{} << QStringLiteral("127.0.0.1:1");
        QTest::newRow("wrong token") << QByteArray("WRONG_TOKEN") << QStringList{} << QStringLiteral("401");
    }
    void errorsExitTwoWithAReason()
    {
        QFETCH(QByteArray, kubeconfig);
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString path = m_sim.kubeconfigPath();
        QByteArray secret;
        if (kubeconfig == "WRONG_TOKEN") {
            QFile original(m_sim.kubeconfigPath());
            QVERIFY(original.open(QIODevice::ReadOnly));
            QByteArray text = original.readAll();
            const int at = text.indexOf("token: ");
            QVERIFY(at > 0);
            secret = text.mid(at + 7, text.indexOf('\n', at) - at - 7).trimmed();
            text.insert(at + 7, "x");
            kubeconfig = text;
        }
        if (!kubeconfig.isEmpty()) {
            path = dir.filePath(QStringLiteral("kubeconfig"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kubeconfig);
        }
        const Run run = report(QStringList{QStringLiteral("--kubeconfig"), path} + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(QLatin1String("Status: error")), qPrintable(run.out));
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        if (!secret.isEmpty())
            QVERIFY2(!run.out.toUtf8().contains(secret) && !run.err.toUtf8().contains(secret),
                     "a token leaked into the output");
    }

    void demoReportListsEveryProfileWorkload()
    {
        const Run run = report({QStringLiteral("--demo")}, 120000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        for (const char* workload : {"search/search-api-v1", "checkin/checkin-api", "postgres/postgresql",
                                     "caching/redis-master", "messaging/rabbitmq", "envoy-gateway"})
            QVERIFY2(run.out.contains(QLatin1String(workload)), workload);
    }

private:
    lcl::test::SimProcess m_sim;
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
