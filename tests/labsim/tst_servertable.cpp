// Table output: kubectl's duration format, and the Pod STATUS and workload cells computed for objects captured
// from real clusters (../shared/fixtures/real).

#include "labsim/resourceregistry.h"
#include "labsim/tablewriter.h"
#include "support/testenv.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using lcl::sim::TableWriter;

class TstServerTable final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void humanDuration_data();
    void humanDuration();
    void podStatusOfRealPods_data();
    void podStatusOfRealPods();
    void podStatusCases_data();
    void podStatusCases();
    void realDeploymentCells();
    void columnsMatchCells_data();
    void columnsMatchCells();
};

namespace {

nlohmann::json readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
}

const lcl::sim::ResourceInfo& resource(const char* groupResource)
{
    const lcl::sim::ResourceInfo* info = lcl::sim::ResourceRegistry::builtin().findByGroupResource(groupResource);
    Q_ASSERT(info);
    return *info;
}

} // namespace

void TstServerTable::humanDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0s");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45s");
    QTest::newRow("just under 2m") << qint64(119) << QStringLiteral("119s");
    QTest::newRow("2m") << qint64(120) << QStringLiteral("2m");
    QTest::newRow("minutes and seconds") << qint64(312) << QStringLiteral("5m12s");
    QTest::newRow("minutes") << qint64(125 * 60) << QStringLiteral("125m");
    QTest::newRow("hours and minutes") << qint64(3 * 3600 + 5 * 60) << QStringLiteral("3h5m");
    QTest::newRow("hours") << qint64(30 * 3600) << QStringLiteral("30h");
    QTest::newRow("days and hours") << qint64(50 * 3600) << QStringLiteral("2d2h");
    QTest::newRow("days") << qint64(40 * 86400) << QStringLiteral("40d");
    QTest::newRow("years and days") << qint64(800 * 86400) << QStringLiteral("2y70d");
}

void TstServerTable::humanDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(TableWriter::humanDuration(seconds)), text);
}

void TstServerTable::podStatusOfRealPods_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("status");
    QTest::newRow("GKE pod") << QStringLiteral("k9s-p1.json") << QStringLiteral("Running");
    QTest::newRow("init container still running") << QStringLiteral("k9s-po_init.json") << QStringLiteral("Init:0/1");
    QTest::newRow("native sidecar") << QStringLiteral("k9s-po_sidecar.json") << QStringLiteral("Running");
    QTest::newRow("two containers") << QStringLiteral("k9s-po_limited.json") << QStringLiteral("Running");
}

void TstServerTable::podStatusOfRealPods()
{
    QFETCH(QString, fixture);
    QFETCH(QString, status);
    const QString path = lcl::test::realFixture(fixture);
    if (path.isEmpty())
        QSKIP("../shared/fixtures/real is not present (the shared folder is missing)");
    const nlohmann::json pod = readJson(path);
    QVERIFY(pod.is_object());
    QCOMPARE(QString::fromStdString(TableWriter::podStatus(pod)), status);
    const nlohmann::json cells = TableWriter::cells(resource("pods"), pod);
    QCOMPARE(QString::fromStdString(cells[2].get<std::string>()), status);
}

void TstServerTable::podStatusCases_data()
{
    QTest::addColumn<QByteArray>("pod");
    QTest::addColumn<QString>("status");
    QTest::newRow("crash loop") << QByteArray(R"({"status":{"phase":"Running","containerStatuses":[{"name":"a","ready":false,)"
                                              R"("state":{"waiting":{"reason":"CrashLoopBackOff"}}}]}})")
                                << QStringLiteral("CrashLoopBackOff");
    QTest::newRow("oom killed") << QByteArray(R"({"status":{"phase":"Running","containerStatuses":[{"name":"a",)"
                                              R"("state":{"terminated":{"reason":"OOMKilled","exitCode":137}}}]}})")
                                << QStringLiteral("OOMKilled");
    QTest::newRow("exit code") << QByteArray(R"({"status":{"phase":"Failed","containerStatuses":[{"name":"a",)"
                                             R"("state":{"terminated":{"exitCode":3}}}]}})")
                               << QStringLiteral("ExitCode:3");
    QTest::newRow("terminating") << QByteArray(R"({"metadata":{"deletionTimestamp":"2026-01-01T00:00:00Z"},)"
                                               R"("status":{"phase":"Running"}})")
                                 << QStringLiteral("Terminating");
    QTest::newRow("evicted") << QByteArray(R"({"status":{"phase":"Failed","reason":"Evicted"}})") << QStringLiteral("Evicted");
    QTest::newRow("pending") << QByteArray(R"({"status":{"phase":"Pending"}})") << QStringLiteral("Pending");
}

void TstServerTable::podStatusCases()
{
    QFETCH(QByteArray, pod);
    QFETCH(QString, status);
    QCOMPARE(QString::fromStdString(TableWriter::podStatus(nlohmann::json::parse(pod.toStdString()))), status);
}

void TstServerTable::realDeploymentCells()
{
    const QString path = lcl::test::realFixture(QStringLiteral("k9s-dp.json"));
    if (path.isEmpty())
        QSKIP("../shared/fixtures/real is not present (the shared folder is missing)");
    const nlohmann::json deployment = readJson(path);
    const nlohmann::json cells = TableWriter::cells(resource("deployments.apps"), deployment);
    const nlohmann::json& spec = deployment["spec"];
    const nlohmann::json& status = deployment["status"];
    QCOMPARE(QString::fromStdString(cells[0].get<std::string>()),
             QString::fromStdString(deployment["metadata"]["name"].get<std::string>()));
    QCOMPARE(QString::fromStdString(cells[1].get<std::string>()),
             QStringLiteral("%1/%2").arg(status.value("readyReplicas", 0)).arg(spec.value("replicas", 0)));
    QCOMPARE(cells[3].get<int>(), status.value("availableReplicas", 0));
}

void TstServerTable::columnsMatchCells_data()
{
    QTest::addColumn<QString>("groupResource");
    for (const char* r : {"pods", "deployments.apps", "statefulsets.apps", "replicasets.apps", "services", "jobs.batch",
                          "cronjobs.batch", "horizontalpodautoscalers.autoscaling", "namespaces", "nodes", "events",
                          "configmaps", "httproutes.gateway.networking.k8s.io", "gateways.gateway.networking.k8s.io"})
        QTest::newRow(r) << QString::fromLatin1(r);
}

void TstServerTable::columnsMatchCells()
{
    QFETCH(QString, groupResource);
    const lcl::sim::ResourceInfo* info =
        lcl::sim::ResourceRegistry::builtin().findByGroupResource(groupResource.toStdString());
    QVERIFY(info);
    const nlohmann::json object = {{"metadata", {{"name", "x"}, {"creationTimestamp", "2026-01-01T00:00:00Z"}}}};
    QCOMPARE(TableWriter::cells(*info, object).size(), TableWriter::columns(*info).size());
}

QTEST_GUILESS_MAIN(TstServerTable)
#include "tst_servertable.moc"
