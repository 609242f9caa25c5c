#include "itemmodels/prometheusrangesource.h"
#include "itemmodels/snapshothistory.h"
#include "lab/labprofile.h"
#include "lab/servicerangequeries.h"
#include "metrics/prometheusclient.h"
#include "net/httpclient.h"
#include "support/promprocess.h"
#include "support/simprocess.h"
#include "support/testenv.h"

#include <QTest>

#include <cmath>
#include <memory>
#include <optional>

using namespace lcl;
using itemmodels::PrometheusRangeSource;
using itemmodels::RangeStatus;
using itemmodels::SeriesPoint;
using test::PromProcess;
namespace SignalNames = lcl::metrics::SignalNames;

// A real Prometheus (1 s scrape) scraping a real lclab-sim: the charts' range source answers a profile service's
// rate and latency over the picked range from query_range, with points inside the range, one step apart, and the
// same values an instant query at those times gives; another range asks again with a longer step.
class TestPrometheusRanges final : public QObject {
    Q_OBJECT

private:
    test::SimProcess m_sim;
    PromProcess m_prom;
    lab::LabProfile m_profile = lab::LabProfile::builtin();
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<metrics::PrometheusClient> m_client;
    const QStringList m_keys{QStringLiteral("search-api"), QStringLiteral("search/search-api")};

    // The instant value of `promql` at `at`, series combined like the source does (sum for rates, max else).
    std::optional<double> instant(const QString& promql, const QDateTime& at, bool sum)
    {
        std::optional<Result<metrics::PromQueryResult>> answer;
        m_client->query(promql, [&answer](const Result<metrics::PromQueryResult>& r) { answer = r; }, at);
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !*answer)
            return std::nullopt;
        std::optional<double> value;
        for (const metrics::PromSeries& s : answer->value().series) {
            for (const metrics::PromSample& sample : s.samples)
                value = !value ? sample.value : (sum ? *value + sample.value : std::max(*value, sample.value));
        }
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PromProcess::program().isEmpty())
            QSKIP("prometheus is not installed (Debian package prometheus)");
        const quint16 metricsPort = test::freeLoopbackPort();
        QVERIFY2(m_sim.start({QStringLiteral("--metrics-port"), QString::number(metricsPort)}),
                 qPrintable(m_sim.errorString()));
        PromProcess::Target target;
        target.job = QStringLiteral("lclab-sim");
        target.address = QStringLiteral("127.0.0.1:%1").arg(metricsPort);
        m_prom.addTarget(target);
        QVERIFY2(m_prom.start(), qPrintable(m_prom.errorString()));
        m_http = std::make_unique<net::HttpClient>();
        m_client = std::make_unique<metrics::PrometheusClient>(
            m_http.get(), metrics::PrometheusClientEndpoint::fromUrl(m_prom.url()).value());
        // Scraped for a while: the rate has a value half a minute back (two 15 s steps of the hour range).
        const QString rate = m_profile.serviceQuery(QStringLiteral("search-api"), QStringLiteral("requestRate")).value();
        QTRY_VERIFY_WITH_TIMEOUT(instant(rate, QDateTime::currentDateTimeUtc().addSecs(-30), true).value_or(0) > 0, 90000);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_http.reset();
    }

    void rangeMatchesInstantQueries()
    {
        itemmodels::SnapshotHistory recorded;
        metrics::PrometheusClient* client = m_client.get();
        PrometheusRangeSource source(&m_profile, &recorded, [client] { return client; });
        const QDateTime to = QDateTime::currentDateTimeUtc();
        const QDateTime from = to.addSecs(-15 * 60);
        source.request(m_keys, from, to);
        QCOMPARE(source.status(m_keys, from, to).state, RangeStatus::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(source.status(m_keys, from, to).state, RangeStatus::State::Prometheus, 15000);
        const qint64 step = source.status(m_keys, from, to).stepSeconds;
        QCOMPARE(step, 4);

        const QList<metrics::SignalQuery> queries = lab::ServiceRangeQueries::build(m_profile, QStringLiteral("search-api"), step);
        for (const metrics::SignalQuery& query : queries) {
            const QList<SeriesPoint> points = source.series(m_keys, query.signal, from, to);
            QVERIFY2(!points.isEmpty(), qPrintable(query.signal));
            qint64 previous = 0;
            int checked = 0;
            for (const SeriesPoint& p : points) {
                QVERIFY(p.atMs >= from.toMSecsSinceEpoch() && p.atMs <= to.toMSecsSinceEpoch());
                if (previous)
                    QCOMPARE((p.atMs - previous) % (step * 1000), 0);
                previous = p.atMs;
            }
            // The last three points against instant queries at their times.
            for (qsizetype i = points.size() - 1; i >= 0 && checked < 3; --i) {
                const SeriesPoint& p = points.at(i);
                if (!std::isfinite(p.value))
                    continue;
                const std::optional<double> value = instant(query.promql, QDateTime::fromMSecsSinceEpoch(p.atMs, Qt::UTC),
                                                            query.combine == metrics::Combine::Sum);
                QVERIFY2(value, qPrintable(query.signal));
                QVERIFY2(std::abs(*value - p.value) <= 1e-6 * std::max(1.0, std::abs(*value)),
                         qPrintable(QStringLiteral("%1 at %2: range %3, instant %4")
                                        .arg(query.signal).arg(p.atMs).arg(p.value).arg(*value)));
                ++checked;
            }
            if (query.signal == SignalNames::requestRate || query.signal == SignalNames::latencyP95)
                QVERIFY2(checked > 0, qPrintable(query.signal));
        }
        QVERIFY(source.series(m_keys, SignalNames::requestRate, from, to).last().value > 0);

        // Another range: asked again, with a longer step.
        const QDateTime hourAgo = to.addSecs(-3600);
        source.request(m_keys, hourAgo, to);
        QCOMPARE(source.fetchCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(source.status(m_keys, hourAgo, to).state, RangeStatus::State::Prometheus, 15000);
        QCOMPARE(source.status(m_keys, hourAgo, to).stepSeconds, 15);
        const QList<SeriesPoint> hour = source.series(m_keys, SignalNames::requestRate, hourAgo, to);
        QVERIFY(!hour.isEmpty());
        for (qsizetype i = 1; i < hour.size(); ++i)
            QCOMPARE((hour.at(i).atMs - hour.at(i - 1).atMs) % 15000, 0);
        // The first range is still cached.
        source.request(m_keys, from, to);
        QCOMPARE(source.fetchCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusRanges)
#include "tst_prometheusranges.moc"
