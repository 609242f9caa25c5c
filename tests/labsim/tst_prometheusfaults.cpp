#include "tst_promquery.h"

#include "labsim/faultbook.h"
#include "labsim/objectstore.h"
#include "labsim/seed.h"
#include "labsim/trafficengine.h"
#include "lab/labprofile.h"
#include "support/promprocess.h"

#include <QTest>

using lcl::test::PromProcess;
using lcl::test::promQuery;
using namespace lcl::sim;

// Faults seen through a real Prometheus (1 s scrape) and the console's own queries: an error burst raises the 5xx
// ratio of the service and of its gateway route, a dependency down sets pg_up to 0 and raises the callers'
// errors; clearing restores them. The simulator's traffic engine runs in this process so the test adds faults
// to its FaultBook directly.
class TestPrometheusFaults final : public QObject {
    Q_OBJECT

private:
    lcl::lab::LabProfile m_profile = lcl::lab::LabProfile::builtin();
    std::unique_ptr<ObjectStore> m_store;
    FaultBook m_faults;
    std::unique_ptr<TrafficEngine> m_engine;
    PromProcess m_prom;
    lcl::lab::RenderOptions m_render{QStringLiteral("4s"), QStringLiteral("0.95"), -1};

    double service(const QString& id, const QString& signal)
    {
        const auto query = m_profile.serviceQuery(id, signal, m_render);
        const QMap<QString, double> values = promQuery(m_prom, query.value());
        return values.isEmpty() ? -1 : values.first();
    }
    double route(const QString& name, const QString& signal)
    {
        lcl::lab::RenderOptions options = m_render;
        options.rule = 0;
        for (const lcl::lab::RouteSpec& r : m_profile.routes())
            if (r.name == name) {
                const QMap<QString, double> values = promQuery(m_prom, m_profile.routeQuery(r, signal, options).value());
                return values.isEmpty() ? -1 : values.first();
            }
        return -2;
    }
    double edge(const QString& from, const QString& to, const QString& signal)
    {
        for (const lcl::lab::EdgeSpec& e : m_profile.edges())
            if (e.from == from && e.to == to) {
                const QMap<QString, double> values = promQuery(m_prom, m_profile.edgeQuery(e, signal, m_render).value());
                return values.isEmpty() ? -1 : values.first();
            }
        return -2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PromProcess::program().isEmpty())
            QSKIP("prometheus is not installed (Debian package prometheus)");
        m_store = std::make_unique<ObjectStore>();
        QVERIFY(Seed::seedLocalCloudLab(*m_store, 1));
        TrafficEngine::Config config;
        config.tickSeconds = 0.5;
        config.speed = 1.0;
        m_engine = std::make_unique<TrafficEngine>(*m_store, m_profile, m_faults, config);
        const lcl::Result<quint16> port = m_engine->startMetrics(0);
        QVERIFY(port);
        m_engine->start();
        PromProcess::Target target;
        target.job = QStringLiteral("lclab-sim");
        target.address = QStringLiteral("127.0.0.1:%1").arg(port.value());
        m_prom.addTarget(target);
        QVERIFY2(m_prom.start(), qPrintable(m_prom.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("search-api"), QStringLiteral("requestRate")) > 0, 15000);
    }

    void errorBurstRaisesServiceAndRouteErrors()
    {
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("search-api"), QStringLiteral("errorRatio")) >= 0, 10000);
        QVERIFY(service(QStringLiteral("search-api"), QStringLiteral("errorRatio")) < 0.05);
        m_faults.add({0, FaultKind::ErrorBurst, "search-api", 0.5, {}});
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("search-api"), QStringLiteral("errorRatio")) > 0.3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(route(QStringLiteral("search-api-route"), QStringLiteral("errorRatio")) > 0.3, 15000);
        QVERIFY(service(QStringLiteral("checkin-api"), QStringLiteral("errorRatio")) < 0.05);
        QVERIFY(route(QStringLiteral("checkin-api-route"), QStringLiteral("errorRatio")) < 0.05);
        m_faults.clear(FaultKind::ErrorBurst);
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("search-api"), QStringLiteral("errorRatio")) < 0.05, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(route(QStringLiteral("search-api-route"), QStringLiteral("errorRatio")) < 0.05, 15000);
    }

    void dependencyDownTakesPostgresAndItsCallers()
    {
        QCOMPARE(service(QStringLiteral("postgresql"), QStringLiteral("up")), 1.0);
        m_faults.add({0, FaultKind::DependencyDown, "postgresql", 0, {}});
        QTRY_COMPARE_WITH_TIMEOUT(service(QStringLiteral("postgresql"), QStringLiteral("up")), 0.0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("checkin-api"), QStringLiteral("errorRatio")) > 0.5, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("search-api"), QStringLiteral("errorRatio")) > 0.2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(edge(QStringLiteral("checkin-api"), QStringLiteral("postgresql"), QStringLiteral("errorRatio")) > 0.9, 15000);
        m_faults.clear();
        QTRY_COMPARE_WITH_TIMEOUT(service(QStringLiteral("postgresql"), QStringLiteral("up")), 1.0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("checkin-api"), QStringLiteral("errorRatio")) < 0.05, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(edge(QStringLiteral("checkin-api"), QStringLiteral("postgresql"), QStringLiteral("errorRatio")) < 0.05, 15000);
    }

    void cleanupTestCase()
    {
        m_prom.stop();
        m_engine.reset();
    }
};

QTEST_GUILESS_MAIN(TestPrometheusFaults)
#include "tst_prometheusfaults.moc"
