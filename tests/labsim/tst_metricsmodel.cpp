#include "labsim/faultbook.h"
#include "labsim/metricfamilies.h"
#include "labsim/trafficcollector.h"
#include "labsim/trafficmodel.h"

#include "lab/labprofile.h"

#include <QTest>

#include <map>

using namespace lcl::sim;

// The traffic model on its own: deterministic for a seed, counters that only grow, traffic on every edge of the
// profile, latencies near the profile's, and each fault changing the numbers it should (and clearing restoring
// them).
class TestMetricsModel final : public QObject {
    Q_OBJECT

private:
    static constexpr double kStart = 1'780'000'000; // a fixed wall clock for the daily curve

    static TrafficModel::Config config(std::uint64_t seed) { return {seed, kStart}; }

    static std::string exposition(const TrafficModel& model)
    {
        return MetricFamilies::serialize(TrafficCollector::collect(model.snapshot()));
    }

    // Every sample of an exposition, keyed by its series text.
    static std::map<std::string, double> samples(const std::string& text)
    {
        std::map<std::string, double> out;
        std::size_t pos = 0;
        while (pos < text.size()) {
            const std::size_t end = text.find('\n', pos);
            const std::string line = text.substr(pos, end - pos);
            pos = end == std::string::npos ? text.size() : end + 1;
            if (line.empty() || line[0] == '#')
                continue;
            const std::size_t space = line.rfind(' ');
            out[line.substr(0, space)] = std::stod(line.substr(space + 1));
        }
        return out;
    }

    static const ApiState& api(const TrafficSnapshot& s, const std::string& id)
    {
        for (const ApiState& a : s.apis)
            if (a.serviceId == id)
                return a;
        qFatal("no api %s", id.c_str());
    }
    // Requests and 5xx of an API so far.
    static std::pair<double, double> apiTotals(const TrafficSnapshot& s, const std::string& id)
    {
        double all = 0, failed = 0;
        for (const HttpSeries& h : api(s, id).series) {
            all += h.seconds.count();
            if (h.status[0] == '5')
                failed += h.seconds.count();
        }
        return {all, failed};
    }
    static std::pair<double, double> clusterTotals(const TrafficSnapshot& s, const std::string& cluster)
    {
        for (const GatewayState& g : s.gateways)
            for (const ClusterState& c : g.clusters)
                if (c.name == cluster) {
                    double all = 0, failed = 0;
                    for (const auto& [code, n] : c.byCode) {
                        all += n;
                        failed += code[0] == '5' ? n : 0;
                    }
                    return {all, failed};
                }
        return {0, 0};
    }
    static const EdgeState& edge(const TrafficSnapshot& s, const std::string& client, const std::string& server)
    {
        for (const EdgeState& e : s.edges)
            if (e.client == client && e.server == server)
                return e;
        qFatal("no edge %s -> %s", client.c_str(), server.c_str());
    }
    static const DatastoreState& store(const TrafficSnapshot& s, const std::string& id)
    {
        for (const DatastoreState& d : s.datastores)
            if (d.serviceId == id)
                return d;
        qFatal("no datastore %s", id.c_str());
    }
    static void run(TrafficModel& model, int seconds)
    {
        for (int i = 0; i < seconds; ++i)
            model.advance(1.0);
    }
    static double ratio(std::pair<double, double> before, std::pair<double, double> after)
    {
        const double all = after.first - before.first;
        return all > 0 ? (after.second - before.second) / all : -1;
    }

private Q_SLOTS:
    void deterministicForASeed()
    {
        FaultBook faults;
        const lcl::lab::LabProfile profile = lcl::lab::LabProfile::builtin();
        TrafficModel a(profile, faults, config(7)), b(profile, faults, config(7)), c(profile, faults, config(8));
        run(a, 30);
        run(b, 30);
        run(c, 30);
        QCOMPARE(exposition(a), exposition(b));
        QVERIFY(exposition(a) != exposition(c));
    }

    void countersOnlyGrow()
    {
        FaultBook faults;
        TrafficModel model(lcl::lab::LabProfile::builtin(), faults, config(1));
        std::map<std::string, double> previous = samples(exposition(model));
        for (int i = 0; i < 40; ++i) {
            if (i == 10)
                faults.add({0, FaultKind::DependencyDown, "redis", 0, {}});
            if (i == 20)
                faults.clear();
            model.advance(1.0);
            const std::map<std::string, double> now = samples(exposition(model));
            for (const auto& [series, value] : now) {
                const bool counter = series.find("_total") != std::string::npos || series.find("_count") != std::string::npos
                                     || series.find("_bucket") != std::string::npos || series.find("_sum") != std::string::npos
                                     || series.rfind("envoy_cluster_upstream_rq", 0) == 0;
                const auto before = previous.find(series);
                if (counter && before != previous.end())
                    QVERIFY2(value >= before->second, series.c_str());
            }
            previous = now;
        }
    }

    void everyEdgeCarriesTraffic()
    {
        FaultBook faults;
        const lcl::lab::LabProfile profile = lcl::lab::LabProfile::builtin();
        TrafficModel model(profile, faults, config(1));
        run(model, 10);
        const TrafficSnapshot s = model.snapshot();
        QCOMPARE(qsizetype(s.edges.size()), profile.edges().size());
        for (const EdgeState& e : s.edges)
            QVERIFY2(e.total > 0, (e.client + " -> " + e.server).c_str());
        for (const GatewayState& g : s.gateways)
            for (const ClusterState& c : g.clusters)
                QVERIFY2(clusterTotals(s, c.name).first > 0, c.name.c_str());
        QVERIFY(store(s, "postgresql").up);
        QVERIFY(store(s, "rabbitmq").published > 0);
        // The gateway carries what the APIs get (search 40 + checkin 20 req/s, within the daily curve and noise).
        const double gateway = edge(s, "client", "public-gateway").total / 10.0;
        QVERIFY2(gateway > 60 * 0.5 && gateway < 60 * 1.6, QByteArray::number(gateway).constData());
    }

    void latencyFollowsTheProfile()
    {
        FaultBook faults;
        TrafficModel model(lcl::lab::LabProfile::builtin(), faults, config(1));
        run(model, 20);
        // The median of search-api's histogram (35 ms in the profile) lies between the 25 ms and 75 ms buckets.
        const TrafficSnapshot snapshot = model.snapshot(); // api() returns a reference into it
        const ApiState& a = api(snapshot, "search-api");
        double below25 = 0, below75 = 0, all = 0;
        for (const HttpSeries& h : a.series) {
            below25 += h.seconds.cumulative()[2];
            below75 += h.seconds.cumulative()[4];
            all += h.seconds.count();
        }
        QVERIFY2(below25 / all < 0.5 && below75 / all > 0.5, QByteArray::number(below25 / all).constData());
    }

    void faultChangesItsSeries_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<double>("value");
        QTest::newRow("error burst") << int(FaultKind::ErrorBurst) << QStringLiteral("search-api") << 0.5;
        QTest::newRow("error burst by workload name") << int(FaultKind::ErrorBurst) << QStringLiteral("search-api-v1") << 0.5;
        QTest::newRow("postgresql down") << int(FaultKind::DependencyDown) << QStringLiteral("postgresql") << 0.0;
        QTest::newRow("redis down") << int(FaultKind::DependencyDown) << QStringLiteral("redis") << 0.0;
        QTest::newRow("latency spike") << int(FaultKind::LatencySpike) << QStringLiteral("search-api") << 800.0;
        QTest::newRow("traffic surge") << int(FaultKind::TrafficSurge) << QStringLiteral("checkin-api") << 4.0;
        QTest::newRow("consumer crash loop") << int(FaultKind::CrashLoop) << QStringLiteral("search-api") << 0.0;
        QTest::newRow("oom kills") << int(FaultKind::OomKilled) << QStringLiteral("search-api") << 0.0;
    }
    void faultChangesItsSeries()
    {
        QFETCH(int, kind);
        QFETCH(QString, target);
        QFETCH(double, value);
        FaultBook faults;
        TrafficModel model(lcl::lab::LabProfile::builtin(), faults, config(3));
        run(model, 30);
        const TrafficSnapshot s0 = model.snapshot();
        faults.add({0, FaultKind(kind), target.toStdString(), value, {}});
        run(model, 30);
        const TrafficSnapshot s1 = model.snapshot();
        faults.clear();
        run(model, 5);
        const TrafficSnapshot s2 = model.snapshot();
        run(model, 30);
        const TrafficSnapshot s3 = model.snapshot();

        const double searchErrors = ratio(apiTotals(s0, "search-api"), apiTotals(s1, "search-api"));
        const double searchAfter = ratio(apiTotals(s2, "search-api"), apiTotals(s3, "search-api"));
        const double routeErrors = ratio(clusterTotals(s0, "httproute/search/search-api-route/rule/0"),
                                         clusterTotals(s1, "httproute/search/search-api-route/rule/0"));
        switch (FaultKind(kind)) {
        case FaultKind::ErrorBurst:
            QVERIFY2(searchErrors > 0.4, QByteArray::number(searchErrors).constData());
            QVERIFY2(routeErrors > 0.4, QByteArray::number(routeErrors).constData());
            QVERIFY2(searchAfter < 0.05, QByteArray::number(searchAfter).constData());
            break;
        case FaultKind::DependencyDown: {
            const std::string dep = target.toStdString();
            QVERIFY(!store(s1, dep).up);
            QVERIFY(store(s3, dep).up);
            const EdgeState& e0 = edge(s0, "checkin-api", dep);
            const EdgeState& e1 = edge(s1, "checkin-api", dep);
            QCOMPARE(e1.failed - e0.failed, e1.total - e0.total);
            const double checkin = ratio(apiTotals(s0, "checkin-api"), apiTotals(s1, "checkin-api"));
            QVERIFY2(checkin > 0.3, QByteArray::number(checkin).constData());
            QVERIFY2(ratio(apiTotals(s2, "checkin-api"), apiTotals(s3, "checkin-api")) < 0.05, "errors after clearing");
            break;
        }
        case FaultKind::LatencySpike: {
            const EdgeState& e0 = edge(s0, "public-gateway", "search-api");
            const EdgeState& e1 = edge(s1, "public-gateway", "search-api");
            const double mean = (e1.serverSeconds.sum() - e0.serverSeconds.sum()) / (e1.total - e0.total);
            QVERIFY2(mean > 0.75, QByteArray::number(mean).constData());
            break;
        }
        case FaultKind::TrafficSurge: {
            const double before = apiTotals(s0, "checkin-api").first / 30.0;
            const double during = (apiTotals(s1, "checkin-api").first - apiTotals(s0, "checkin-api").first) / 30.0;
            QVERIFY2(during > before * 2.5, QByteArray::number(during / before).constData());
            QVERIFY(model.load("checkin-api").requestsPerSecond < during);
            break;
        }
        case FaultKind::CrashLoop:
            QVERIFY2(store(s1, "rabbitmq").ready > store(s0, "rabbitmq").ready + 100,
                     QByteArray::number(store(s1, "rabbitmq").ready).constData());
            QVERIFY2(searchErrors > 0.2, QByteArray::number(searchErrors).constData());
            break;
        case FaultKind::OomKilled:
            QVERIFY2(searchErrors > 0.05 && searchErrors < 0.3, QByteArray::number(searchErrors).constData());
            QVERIFY2(searchAfter < 0.05, QByteArray::number(searchAfter).constData());
            break;
        default:
            QFAIL("no expectation for this kind");
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsModel)
#include "tst_metricsmodel.moc"
