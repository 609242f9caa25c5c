#include "lab/labprofile.h"
#include "lab/snapshottraffic.h"
#include "metrics/metricssnapshot.h"

#include <QTest>

using namespace lcl::lab;
using lcl::metrics::EntityMetrics;
using lcl::metrics::MetricsSnapshot;
using lcl::metrics::MetricValue;

namespace {

MetricValue v(double x)
{
    MetricValue m;
    m.state = MetricValue::State::Value;
    m.value = x;
    return m;
}

EntityMetrics entity(const QString& key, std::optional<double> rate, std::optional<double> errors, std::optional<double> p95)
{
    EntityMetrics e;
    e.key = key;
    e.values.insert(QStringLiteral("requestRate"), rate ? v(*rate) : MetricValue{});
    e.values.insert(QStringLiteral("errorRatio"), errors ? v(*errors) : MetricValue{});
    e.values.insert(QStringLiteral("latencyP95"), p95 ? v(*p95) : MetricValue{});
    return e;
}

} // namespace

class TestSnapshotTraffic final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void edgesRoutesAndClients()
    {
        const LabProfile profile = LabProfile::builtin();
        MetricsSnapshot s;
        s.edges.insert(QStringLiteral("search-api/postgresql"), entity(QStringLiteral("search-api/postgresql"), 16, 0.01, 0.004));
        s.edges.insert(QStringLiteral("checkin-api/redis"), entity(QStringLiteral("checkin-api/redis"), {}, {}, {}));
        s.routes.insert(QStringLiteral("httproute/search/search-api-route/rule/0"),
                        entity(QStringLiteral("httproute/search/search-api-route/rule/0"), 30, 0.02, 0.2));
        s.routes.insert(QStringLiteral("httproute/search/search-api-route/rule/1"),
                        entity(QStringLiteral("httproute/search/search-api-route/rule/1"), 10, 0.05, 0.1));
        s.services.insert(QStringLiteral("public-gateway"), entity(QStringLiteral("public-gateway"), 60, 0.001, 0.008));

        const TopologyTraffic t = SnapshotTraffic::build(s, &profile);
        const auto db = t.find(QStringLiteral("search-api"), QStringLiteral("postgresql"));
        QVERIFY(db);
        QCOMPARE(*db->rate, 16.0);
        QVERIFY(!t.find(QStringLiteral("checkin-api"), QStringLiteral("redis"))); // all missing: no numbers, not zeros
        const auto route = t.find(QStringLiteral("public-gateway"), QStringLiteral("search-api"));
        QVERIFY(route);
        QCOMPARE(*route->rate, 40.0);
        QCOMPARE(*route->errorRatio, 0.05);
        QCOMPARE(*route->p95Seconds, 0.2);
        QVERIFY(!t.find(QStringLiteral("public-gateway"), QStringLiteral("checkin-api"))); // its route has no data
        const auto clients = t.find(QStringLiteral("client"), QStringLiteral("public-gateway"));
        QVERIFY(clients);
        QCOMPARE(*clients->rate, 60.0);
    }

    void withoutProfileOnlyEdges()
    {
        MetricsSnapshot s;
        s.edges.insert(QStringLiteral("a/b"), entity(QStringLiteral("a/b"), 1, {}, {}));
        const TopologyTraffic t = SnapshotTraffic::build(s, nullptr);
        QCOMPARE(t.flows().size(), 1);
        QVERIFY(!t.find(QStringLiteral("a"), QStringLiteral("b"))->errorRatio);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotTraffic)
#include "tst_snapshottraffic.moc"
