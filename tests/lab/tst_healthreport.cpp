#include "lab/healthreport.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using lcl::lab::HealthReport;
using namespace lcl::kube;

namespace {

WorkloadRecord deployment(const QString& ns, const QString& name, int ready, int desired)
{
    WorkloadRecord w;
    w.kind = ResourceKind::Deployments;
    w.meta.ns = ns;
    w.meta.name = name;
    w.meta.generation = 1;
    w.observedGeneration = 1;
    w.desired = desired;
    w.ready = ready;
    w.updated = desired;
    w.available = ready;
    return w;
}

PodRecord runningPod(const QString& ns, const QString& name)
{
    PodRecord p;
    p.meta.ns = ns;
    p.meta.name = name;
    p.phase = QStringLiteral("Running");
    ContainerRecord c;
    c.name = QStringLiteral("app");
    c.state = ContainerRecord::State::Running;
    c.ready = true;
    c.started = true;
    p.containers << c;
    p.conditions << Condition{QStringLiteral("Ready"), QStringLiteral("True"), {}, {}, 0};
    return p;
}

HealthReport::Input baseInput()
{
    HealthReport::Input in;
    in.context = QStringLiteral("lclab");
    in.server = QStringLiteral("https://127.0.0.1:6443");
    in.serverVersion = QStringLiteral("v1.31.4+k3s1");
    in.counts = {{QStringLiteral("pods"), 2}, {QStringLiteral("deployments"), 1}};
    in.now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    NodeRecord node;
    node.meta.name = QStringLiteral("lclab-node-1");
    node.ready = true;
    in.nodes << node;
    in.workloads << deployment(QStringLiteral("search"), QStringLiteral("search-api"), 2, 2);
    in.pods << runningPod(QStringLiteral("search"), QStringLiteral("search-api-1"))
            << runningPod(QStringLiteral("search"), QStringLiteral("search-api-2"));
    return in;
}

} // namespace

class TestHealthReport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void healthyClusterExitsZero()
    {
        const HealthReport report = HealthReport::build(baseInput());
        QCOMPARE(report.status, HealthReport::Status::Healthy);
        QCOMPARE(report.exitCode(), 0);
        const QString text = report.toText();
        QVERIFY2(text.contains(QLatin1String("Server version: v1.31.4+k3s1")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("search/search-api")));
        QVERIFY(text.contains(QLatin1String("2/2")));
        QVERIFY(text.contains(QLatin1String("Problems:\n  none")));
    }

    void problemsMakeItDegraded_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("expected");
        QTest::newRow("replicas missing") << 0 << QStringLiteral("1 of 3 replicas ready");
        QTest::newRow("crash loop") << 1 << QStringLiteral("CrashLoopBackOff");
        QTest::newRow("oom killed") << 2 << QStringLiteral("OOMKilled");
        QTest::newRow("pending too long") << 3 << QStringLiteral("pending for 600 s");
        QTest::newRow("failed job") << 4 << QStringLiteral("job postgres/postgres-backup-1: failed");
        QTest::newRow("node not ready") << 5 << QStringLiteral("node lclab-node-1: not ready");
        QTest::newRow("kind forbidden") << 6 << QStringLiteral("secrets: forbidden");
    }
    void problemsMakeItDegraded()
    {
        QFETCH(int, scenario);
        QFETCH(QString, expected);
        HealthReport::Input in = baseInput();
        switch (scenario) {
        case 0:
            in.workloads[0] = deployment(QStringLiteral("search"), QStringLiteral("search-api"), 1, 3);
            break;
        case 1: {
            ContainerRecord& c = in.pods[0].containers[0];
            c.state = ContainerRecord::State::Waiting;
            c.reason = QStringLiteral("CrashLoopBackOff");
            c.ready = false;
            c.restarts = 5;
            break;
        }
        case 2: {
            ContainerRecord& c = in.pods[1].containers[0];
            c.lastTerminatedReason = QStringLiteral("OOMKilled");
            c.restarts = 1;
            break;
        }
        case 3: {
            PodRecord pending = runningPod(QStringLiteral("checkin"), QStringLiteral("checkin-api-x"));
            pending.phase = QStringLiteral("Pending");
            pending.containers[0].state = ContainerRecord::State::Waiting;
            pending.containers[0].reason = QStringLiteral("ContainerCreating");
            pending.containers[0].ready = false;
            pending.conditions.clear();
            pending.meta.created = in.now.toSecsSinceEpoch() - 600;
            in.pods << pending;
            break;
        }
        case 4: {
            JobRecord job;
            job.meta.ns = QStringLiteral("postgres");
            job.meta.name = QStringLiteral("postgres-backup-1");
            job.failed = 1;
            job.conditions << Condition{QStringLiteral("Failed"), QStringLiteral("True"),
                                        QStringLiteral("BackoffLimitExceeded"), {}, 0};
            in.jobs << job;
            break;
        }
        case 5:
            in.nodes[0].ready = false;
            break;
        case 6:
            in.unavailableKinds << QStringLiteral("secrets: forbidden for this account");
            break;
        }
        const HealthReport report = HealthReport::build(in);
        QCOMPARE(report.status, HealthReport::Status::Degraded);
        QCOMPARE(report.exitCode(), 1);
        QVERIFY2(report.toText().contains(expected), qPrintable(report.toText()));
    }

    void jsonCarriesTheSameFacts()
    {
        HealthReport::Input in = baseInput();
        in.workloads[0] = deployment(QStringLiteral("search"), QStringLiteral("search-api"), 1, 2);
        const QJsonObject json = QJsonDocument::fromJson(HealthReport::build(in).toJson()).object();
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("degraded"));
        QCOMPARE(json.value(QLatin1String("serverVersion")).toString(), QStringLiteral("v1.31.4+k3s1"));
        QCOMPARE(json.value(QLatin1String("counts")).toObject().value(QLatin1String("pods")).toInt(), 2);
        const QJsonObject w = json.value(QLatin1String("workloads")).toArray().at(0).toObject();
        QCOMPARE(w.value(QLatin1String("name")).toString(), QStringLiteral("search-api"));
        QCOMPARE(w.value(QLatin1String("ready")).toInt(), 1);
        QCOMPARE(w.value(QLatin1String("desired")).toInt(), 2);
        QCOMPARE(w.value(QLatin1String("problems")).toArray().size(), 1);
    }

    void failureExitsTwo()
    {
        const HealthReport report = HealthReport::failure(QStringLiteral("Could not connect to 127.0.0.1:6443"),
                                                          QStringLiteral("lclab"), QStringLiteral("https://127.0.0.1:6443"));
        QCOMPARE(report.exitCode(), 2);
        QVERIFY(report.toText().contains(QLatin1String("Could not connect")));
        const QJsonObject json = QJsonDocument::fromJson(report.toJson()).object();
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("error"));
        QCOMPARE(json.value(QLatin1String("error")).toString(), QStringLiteral("Could not connect to 127.0.0.1:6443"));
    }
};

QTEST_GUILESS_MAIN(TestHealthReport)
#include "tst_healthreport.moc"
