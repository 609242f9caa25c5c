#include "lab/labprofile.h"
#include "lab/profilequerybatch.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace lcl::lab;
using lcl::metrics::EntityKind;
using lcl::metrics::QueryBatch;

namespace {

QByteArray builtinYaml()
{
    QFile f(LabProfile::builtinPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The built-in profile with `extra` more API services, each calling PostgreSQL: the shape of a bigger platform.
LabProfile scaledProfile(int extra)
{
    QByteArray yaml = builtinYaml();
    QByteArray services;
    QByteArray edges;
    for (int i = 0; i < extra; ++i) {
        const QByteArray id = "extra-api-" + QByteArray::number(i);
        services += "  - id: " + id + "\n    kind: api\n    namespace: search\n"
                    "    workload: {kind: Deployment, name: " + id + ", image: example/api:1}\n";
        edges += "  - {from: " + id + ", to: postgresql, kind: database}\n";
    }
    yaml.replace("\ngateways:\n", QByteArray("\n" + services + "\ngateways:\n"));
    yaml.replace("\nalerts:\n", QByteArray("\n" + edges + "\nalerts:\n"));
    auto loaded = LabProfile::fromYaml(yaml, QStringLiteral("scaled.yaml"));
    if (!loaded)
        qFatal("scaled profile does not load: %s", qPrintable(loaded.error().toString()));
    return loaded.value();
}

const lcl::metrics::SignalQuery* find(const QueryBatch& b, EntityKind kind, const QString& signal, const QString& contains)
{
    for (const auto& q : b.queries)
        if (q.entity == kind && q.signal == signal && q.promql.contains(contains))
            return &q;
    return nullptr;
}

} // namespace

class TestProfileQueryBatch final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutProfileTheDefaults()
    {
        const QueryBatch b = ProfileQueryBatch::build(nullptr);
        QCOMPARE(b.size(), QueryBatch::defaults().size());
        QVERIFY(b.expectedServices.isEmpty());
    }

    void sameQueryCountAt5And200Services()
    {
        const LabProfile five = scaledProfile(5);
        const LabProfile twoHundred = scaledProfile(200);
        const QueryBatch small = ProfileQueryBatch::build(&five);
        const QueryBatch large = ProfileQueryBatch::build(&twoHundred);
        QVERIFY(small.size() > 10);
        QCOMPARE(large.size(), small.size());
        QCOMPARE(large.expectedServices.size(), small.expectedServices.size() + 195);
        QCOMPARE(large.expectedEdges.size(), small.expectedEdges.size() + 195);
    }

    void everyServiceSignalIsAsked()
    {
        const LabProfile profile = LabProfile::builtin();
        const QueryBatch b = ProfileQueryBatch::build(&profile);
        for (const ServiceSpec& s : profile.services()) {
            if (s.signalQueries.isEmpty())
                continue;
            QVERIFY2(b.expectedServices.contains(s.id), qPrintable(s.id));
        }
        // Every API's request rate is in one query split by (namespace, service) and mapped back to the id.
        const auto* rate = find(b, EntityKind::Service, QStringLiteral("requestRate"), QStringLiteral("http_server_request"));
        QVERIFY(rate);
        QCOMPARE(rate->keyLabels, (QStringList{QStringLiteral("namespace"), QStringLiteral("service")}));
        QVERIFY(rate->promql.contains(QLatin1String("search-api|checkin-api")));
        QCOMPARE(b.resolve(QStringLiteral("search/search-api")), QStringLiteral("search-api"));
        QCOMPARE(b.resolve(QStringLiteral("postgres/postgresql-metrics")), QStringLiteral("postgresql"));
        // latency becomes three percentiles.
        for (const char* p : {"latencyP50", "latencyP95", "latencyP99"})
            QVERIFY2(find(b, EntityKind::Service, QLatin1String(p), QStringLiteral("http_server_request_duration_seconds_bucket")), p);
        QVERIFY(find(b, EntityKind::Service, QStringLiteral("latencyP99"), QStringLiteral("histogram_quantile(0.99")));
    }

    void groupingsThatCannotTellServicesApartAreTagged()
    {
        const LabProfile profile = LabProfile::builtin();
        const QueryBatch b = ProfileQueryBatch::build(&profile);
        const QStringList serviceKey{QStringLiteral("namespace"), QStringLiteral("service")};
        // cpu groups `by (namespace)` only, and monitoring holds several services: each part gets its service's
        // namespace and telemetry name, so the answer splits like every other service query.
        const auto* cpu = find(b, EntityKind::Service, QStringLiteral("cpu"), QStringLiteral("container_cpu_usage_seconds_total"));
        QVERIFY(cpu);
        QCOMPARE(cpu->keyLabels, serviceKey);
        QVERIFY(cpu->promql.contains(QLatin1String(R"("service", "grafana", "", "")")));
        QCOMPARE(b.resolve(QStringLiteral("monitoring/grafana")), QStringLiteral("grafana"));
        // The gateway's request rate has no grouping at all; it shares the one requestRate query with the APIs.
        const auto* rate = find(b, EntityKind::Service, QStringLiteral("requestRate"), QStringLiteral("envoy_http_downstream_rq_total"));
        QVERIFY(rate);
        QVERIFY(rate->promql.contains(QLatin1String(R"("service", "envoy-envoy-gateway-public-gateway", "", "")")));
        QVERIFY(rate->promql.contains(QLatin1String("http_server_request_duration_seconds_count")));
        QCOMPARE(b.resolve(QStringLiteral("envoy-gateway/envoy-envoy-gateway-public-gateway")), QStringLiteral("public-gateway"));
    }

    // The snapshot keeps one value per entity and signal: two queries for one signal would overwrite each other.
    void oneQueryPerSignalAndKind()
    {
        const LabProfile profile = LabProfile::builtin();
        const QueryBatch b = ProfileQueryBatch::build(&profile);
        QSet<QString> seen;
        for (const auto& q : b.queries) {
            const QString key = QString::number(int(q.entity)) + QLatin1Char('/') + q.signal;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
    }

    void edgesAndRoutes()
    {
        const LabProfile profile = LabProfile::builtin();
        const QueryBatch b = ProfileQueryBatch::build(&profile);
        QVERIFY(b.expectedEdges.contains(QStringLiteral("search-api/postgresql")));
        QVERIFY(b.expectedEdges.contains(QStringLiteral("public-gateway/search-api")));
        QVERIFY(!b.expectedEdges.contains(QStringLiteral("search-api/seq"))); // logs carry no calls
        const auto* edgeRate = find(b, EntityKind::Edge, QStringLiteral("requestRate"), QStringLiteral("traces_service_graph_request_total"));
        QVERIFY(edgeRate);
        QCOMPARE(edgeRate->keyLabels, (QStringList{QStringLiteral("client"), QStringLiteral("server")}));
        const auto* routeRate = find(b, EntityKind::Route, QStringLiteral("requestRate"), QStringLiteral("envoy_cluster_upstream_rq_total"));
        QVERIFY(routeRate);
        QCOMPARE(routeRate->keyLabels, QStringList{QStringLiteral("envoy_cluster_name")});
        QVERIFY(routeRate->promql.contains(QLatin1String("search-api-route")));
        QVERIFY(routeRate->promql.contains(QLatin1String("checkin-api-route")));
    }

    void windowIsPassedThrough()
    {
        const LabProfile profile = LabProfile::builtin();
        const QueryBatch b = ProfileQueryBatch::build(&profile, QStringLiteral("1m"));
        const auto* rate = find(b, EntityKind::Service, QStringLiteral("requestRate"), QStringLiteral("http_server_request"));
        QVERIFY(rate);
        QVERIFY(rate->promql.contains(QLatin1String("[1m]")));
        QVERIFY(!rate->promql.contains(QLatin1String("[5m]")));
    }
};

QTEST_GUILESS_MAIN(TestProfileQueryBatch)
#include "tst_profilequerybatch.moc"
