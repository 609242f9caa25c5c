#include "support/simprocess.h"
#include "support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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
        // The simulator's controllers and HPAs keep moving (a new replica may still be starting): healthy or
        // degraded are both a report; only an error is not.
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("Server version: v1.31")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("Status: healthy")) || run.out.contains(QLatin1String("Status: degraded")));
        for (const char* workload : {"search/search-api-v1", "search/search-api-v2", "checkin/checkin-api",
                                     "postgres/postgresql", "caching/redis-master", "messaging/rabbitmq"})
            QVERIFY2(run.out.contains(QLatin1String(workload)), workload);
        QVERIFY(run.out.contains(QLatin1String("httproutes")));
    }

    void jsonReportMatchesTheServer()
    {
        // The simulator's controllers keep working (the HPA scales, pods start), so kubectl counts before and
        // after the report and the report's count must lie between.
        LCL_REQUIRE_PROGRAM(kubectl, "/usr/bin/kubectl", "kubectl (preinstalled on this image)");
        QTemporaryDir home;
        const auto kubectlPods = [&]() {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), home.path());
            env.insert(QStringLiteral("KUBECONFIG"), m_sim.kubeconfigPath());
            process.setProcessEnvironment(env);
            process.start(kubectl, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"),
                                    QStringLiteral("--no-headers")});
            if (!process.waitForFinished(30000))
                return -1;
            return int(QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).size());
        };
        const int before = kubectlPods();
        const Run run = report({QStringLiteral("--report=json"), QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath()});
        const int after = kubectlPods();
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.out + run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(json.value(QLatin1String("status")).toString() != QLatin1String("error"));
        QCOMPARE(json.value(QLatin1String("context")).toString(), QStringLiteral("lclab"));
        const int pods = json.value(QLatin1String("counts")).toObject().value(QLatin1String("pods")).toInt();
        QVERIFY(pods > 10);
        QVERIFY2(pods >= std::min(before, after) && pods <= std::max(before, after),
                 qPrintable(QStringLiteral("report %1, kubectl %2 before and %3 after").arg(pods).arg(before).arg(after)));
    }

    void readOnlyContextStillReports()
    {
        const Run run = report({QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath(), QStringLiteral("--context"),
                                QStringLiteral("lclab-readonly")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("Cluster: lclab-readonly")));
    }

    void namespaceScopedReport()
    {
        const Run run = report({QStringLiteral("--report=json"), QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath(),
                                QStringLiteral("--namespace"), QStringLiteral("search")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.out + run.err));
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
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.out + run.err));
        for (const char* workload : {"search/search-api-v1", "checkin/checkin-api", "postgres/postgresql",
                                     "caching/redis-master", "messaging/rabbitmq", "envoy-gateway"})
            QVERIFY2(run.out.contains(QLatin1String(workload)), workload);
    }

    // The demo's Prometheus scrapes the simulator: every service with a rate query has traffic (a number above
    // zero, not a missing value), errors and p95 where it has those queries; the text report shows the same.
    void demoReportListsEveryServiceWithTraffic()
    {
        LCL_REQUIRE_PROGRAM(prometheus, "prometheus", "prometheus");
        LCL_REQUIRE_PROGRAM(alertmanager, "prometheus-alertmanager", "prometheus-alertmanager");
        const Run run = report({QStringLiteral("--demo"), QStringLiteral("--report=json")}, 150000);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.out + run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("prometheus")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("connected"));
        QCOMPARE(json.value(QLatin1String("alertmanager")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("connected"));
        QStringList listed;
        for (const QJsonValue& v : json.value(QLatin1String("services")).toArray()) {
            const QJsonObject s = v.toObject();
            const QString id = s.value(QLatin1String("id")).toString();
            listed << id;
            QVERIFY2(s.value(QLatin1String("requestRate")).isDouble(), qPrintable(id + QLatin1String(": no rate")));
            QVERIFY2(s.value(QLatin1String("requestRate")).toDouble() > 0, qPrintable(id + QLatin1String(": zero rate")));
        }
        // The built-in profile's services that receive user traffic (those with a `traffic:` block).
        for (const char* id : {"public-gateway", "search-api", "checkin-api"}) {
            QVERIFY2(listed.contains(QLatin1String(id)), id);
            for (const QJsonValue& v : json.value(QLatin1String("services")).toArray()) {
                const QJsonObject s = v.toObject();
                if (s.value(QLatin1String("id")).toString() != QLatin1String(id))
                    continue;
                QVERIFY2(s.value(QLatin1String("errorRatio")).isDouble(), id);
                QVERIFY2(s.value(QLatin1String("latencyP95Seconds")).toDouble() > 0, id);
            }
        }
        QVERIFY(json.value(QLatin1String("alerts")).isArray());
    }

    // Prometheus that does not answer: the report says so, and every number is missing (null), never 0.
    void unreachablePrometheusShowsMissingNotZero()
    {
        const quint16 port = lcl::test::freeLoopbackPort();
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const Run json = report({QStringLiteral("--report=json"), QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath(),
                                 QStringLiteral("--prometheus-url"), url});
        QVERIFY(json.exitCode != 2); // monitoring trouble is reported, not fatal
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject prom = root.value(QLatin1String("prometheus")).toObject();
        QCOMPARE(prom.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
        QVERIFY(!prom.value(QLatin1String("summary")).toString().isEmpty());
        const QJsonArray services = root.value(QLatin1String("services")).toArray();
        QVERIFY(services.size() >= 3);
        for (const QJsonValue& v : services) {
            const QJsonObject s = v.toObject();
            QVERIFY(s.value(QLatin1String("requestRate")).isNull());
            QVERIFY(s.value(QLatin1String("errorRatio")).isNull());
            QVERIFY(s.value(QLatin1String("missingSince")).toObject().contains(QLatin1String("requestRate")));
        }
        // Prometheus alone would have told the alerts: unknown, not an empty list.
        QVERIFY(root.value(QLatin1String("alerts")).isNull());

        const Run text = report({QStringLiteral("--kubeconfig"), m_sim.kubeconfigPath(), QStringLiteral("--prometheus-url"), url});
        QVERIFY2(text.out.contains(QLatin1String("Traffic (Prometheus")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("missing since")), qPrintable(text.out));
        QVERIFY2(!text.out.contains(QLatin1String(" 0.00 req/s")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("unknown: neither Alertmanager nor Prometheus told them")), qPrintable(text.out));
    }

private:
    lcl::test::SimProcess m_sim;
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
