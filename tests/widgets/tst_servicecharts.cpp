// The service charts over a Prometheus range source (a fake Prometheus answering query_range): loading, then
// each picked range drawn over exactly that range at ~250 points; a failing Prometheus leaves the recorded
// samples on the chart and says why; charts the profile has no signal for are hidden. Screenshots for review.
#include "itemmodels/fakerangeprometheus.h"
#include "itemmodels/prometheusrangesource.h"
#include "itemmodels/snapshothistory.h"
#include "lab/labprofile.h"
#include "metrics/prometheusclient.h"
#include "net/httpclient.h"
#include "support/guitestmain.h"
#include "support/testenv.h"
#include "widgets/metricchart.h"
#include "widgets/servicechartswidget.h"

#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace lcl;
using test::FakeHttpServer;
using widgets::MetricChart;
using widgets::ServiceChartsWidget;

namespace {

const QStringList kSearchApi{QStringLiteral("search-api"), QStringLiteral("search/search-api")};

// Smooth made-up traffic, different per signal, so the screenshots show lines and scales.
double wave(const QString& promql, int variant, double t)
{
    const double s = std::sin(t / 900.0 + variant);
    if (promql.contains(QLatin1String("histogram_quantile(0.5,")))
        return 0.020 + 0.005 * s;
    if (promql.contains(QLatin1String("histogram_quantile(0.95,")))
        return 0.080 + 0.020 * s;
    if (promql.contains(QLatin1String("histogram_quantile(0.99,")))
        return 0.150 + 0.040 * s;
    if (promql.contains(QLatin1String("5..")))
        return 0.004 + 0.003 * s;
    return 20 + 6 * s;
}

// Dark pixels (label text) in the strip under the plot area: the time axis has its labels.
int timeLabelPixels(MetricChart* chart)
{
    QApplication::processEvents();
    const QImage image = chart->grab().toImage();
    const QRect strip = chart->chart()->plotArea().toRect();
    int dark = 0;
    for (int y = strip.bottom() + 3; y < std::min(image.height(), strip.bottom() + 18); ++y)
        for (int x = strip.left(); x <= strip.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return dark;
}

} // namespace

class TestServiceCharts final : public QObject {
    Q_OBJECT

private:
    lab::LabProfile m_profile = lab::LabProfile::builtin();
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<metrics::PrometheusClient> m_client;
    std::unique_ptr<itemmodels::SnapshotHistory> m_history;

    std::unique_ptr<itemmodels::PrometheusRangeSource> source(const QString& url)
    {
        m_client = std::make_unique<metrics::PrometheusClient>(
            m_http.get(), metrics::PrometheusClientEndpoint::fromUrl(url).value());
        metrics::PrometheusClient* client = m_client.get();
        return std::make_unique<itemmodels::PrometheusRangeSource>(&m_profile, m_history.get(), [client] { return client; });
    }

    void save(QWidget* widget, const QString& name)
    {
        QApplication::processEvents();
        QVERIFY(widget->grab().toImage().save(QDir(test::artifactsDir()).filePath(name)));
    }

private Q_SLOTS:
    void init()
    {
        m_http = std::make_unique<net::HttpClient>();
        m_history = std::make_unique<itemmodels::SnapshotHistory>();
        test::recordTwoMinutes(*m_history, 30);
    }
    void cleanup()
    {
        m_client.reset();
        m_http.reset();
        m_history.reset();
    }

    void eachRangeFromPrometheus()
    {
        FakeHttpServer prometheus([](const FakeHttpServer::Request& r) { return test::rangeAnswer(r, wave); });
        QVERIFY(prometheus.listen());
        auto ranges = source(prometheus.url());
        ServiceChartsWidget charts(ranges.get());
        charts.resize(1100, 360);
        charts.show();
        charts.setEntity(kSearchApi);
        QVERIFY(charts.isLoading());
        QVERIFY2(charts.noteText().contains(QLatin1String("recorded since")), qPrintable(charts.noteText()));
        QCOMPARE(charts.pointCounts().first(), 4); // the recorded samples meanwhile
        save(&charts, QStringLiteral("servicecharts-loading.png"));

        const QList<int> ranges_{15 * 60, 3600, 6 * 3600, 24 * 3600};
        for (int i = 0; i < charts.rangeBox()->count(); ++i) {
            charts.rangeBox()->setCurrentIndex(i);
            QCOMPARE(charts.rangeSeconds(), ranges_.at(i));
            QTRY_VERIFY_WITH_TIMEOUT(!charts.isLoading(), 5000);
            QVERIFY2(charts.noteText().startsWith(QLatin1String("From Prometheus")), qPrintable(charts.noteText()));
            QVERIFY(charts.hintText().isEmpty());
            const QList<int> counts = charts.pointCounts();
            QVERIFY2(counts.at(0) >= 200 && counts.at(0) <= 300, qPrintable(QString::number(counts.at(0))));
            QCOMPARE(counts.at(1), counts.at(0));
            QCOMPARE(counts.at(2), 3 * counts.at(0));
            for (MetricChart* chart : charts.charts()) {
                QVERIFY(chart->isVisible());
                QCOMPARE(chart->toMs() - chart->fromMs(), qint64(ranges_.at(i)) * 1000);
                QVERIFY(std::abs(chart->toMs() - QDateTime::currentMSecsSinceEpoch()) < 60000);
                QVERIFY(chart->lineCount() >= 1);
                QVERIFY(!chart->chart()->title().contains(QLatin1String("no data")));
                QVERIFY(timeLabelPixels(chart) > 20);
            }
            QCOMPARE(charts.charts().at(2)->lineCount(), 3); // p50, p95, p99
            save(&charts, QStringLiteral("servicecharts-%1s.png").arg(ranges_.at(i)));
        }
        QCOMPARE(ranges->fetchCount(), 4);
    }

    void prometheusFailsShowsRecorded_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("HTTP 500") << 500 << QByteArray("{\"status\":\"error\",\"errorType\":\"internal\",\"error\":\"boom\"}");
        QTest::newRow("malformed JSON") << 200 << QByteArray("{\"status\":\"succ");
    }
    void prometheusFailsShowsRecorded()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        FakeHttpServer prometheus([&](const FakeHttpServer::Request&) { return FakeHttpServer::Response{status, body}; });
        QVERIFY(prometheus.listen());
        auto ranges = source(prometheus.url());
        ServiceChartsWidget charts(ranges.get());
        charts.resize(1100, 360);
        charts.show();
        charts.setEntity(kSearchApi);
        QTRY_VERIFY_WITH_TIMEOUT(!charts.isLoading(), 5000);
        QVERIFY2(charts.noteText().contains(QLatin1String("recorded since")), qPrintable(charts.noteText()));
        QVERIFY2(charts.noteText().contains(QLatin1String("Prometheus did not answer: ")), qPrintable(charts.noteText()));
        QVERIFY(charts.noteText().size() > QStringLiteral("Showing what this console recorded since 12:00; Prometheus did not answer: ").size());
        QCOMPARE(charts.pointCounts().first(), 4);
        QVERIFY(charts.charts().first()->chart()->title() == QLatin1String("Requests"));
        save(&charts, QStringLiteral("servicecharts-failed-%1.png").arg(status));
    }

    void withoutPrometheus()
    {
        itemmodels::PrometheusRangeSource ranges(&m_profile, m_history.get(), [] { return nullptr; });
        ServiceChartsWidget charts(&ranges);
        charts.resize(1100, 360);
        charts.show();
        charts.setEntity(kSearchApi);
        QVERIFY(!charts.isLoading());
        QVERIFY2(charts.noteText().contains(QLatin1String("Prometheus is not connected")), qPrintable(charts.noteText()));
        QVERIFY(!charts.hintText().isEmpty());
        QCOMPARE(charts.pointCounts().first(), 4);
    }

    // Range queries only for charts someone sees: a hidden widget asks nothing, showing it asks.
    void hiddenChartsAskNothing()
    {
        FakeHttpServer prometheus([](const FakeHttpServer::Request& r) { return test::rangeAnswer(r, wave); });
        QVERIFY(prometheus.listen());
        auto ranges = source(prometheus.url());
        ServiceChartsWidget charts(ranges.get());
        charts.resize(1100, 360);
        charts.setEntity(kSearchApi);
        m_history->record(test::snapshotAt(QDateTime::currentDateTimeUtc(), 40));
        QCOMPARE(ranges->fetchCount(), 0);
        charts.show();
        QCOMPARE(ranges->fetchCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!charts.isLoading(), 5000);
        QCOMPARE(prometheus.requestCount(), 5);
    }

    // A cache has a rate and nothing else in the profile: the error and latency charts are not shown.
    void onlyTheProfilesSignals()
    {
        FakeHttpServer prometheus([](const FakeHttpServer::Request& r) { return test::rangeAnswer(r, wave, 1); });
        QVERIFY(prometheus.listen());
        auto ranges = source(prometheus.url());
        ServiceChartsWidget charts(ranges.get());
        charts.resize(1100, 360);
        charts.show();
        charts.setEntity({QStringLiteral("redis")});
        QTRY_VERIFY_WITH_TIMEOUT(!charts.isLoading(), 5000);
        QVERIFY(charts.charts().at(0)->isVisible());
        QVERIFY(!charts.charts().at(1)->isVisible());
        QVERIFY(!charts.charts().at(2)->isVisible());
        QVERIFY(charts.pointCounts().first() >= 200);
        save(&charts, QStringLiteral("servicecharts-redis.png"));
    }

    // The value axis ticks at round numbers whatever the data's top, and still shows all of it.
    void valueAxisTicksAtRoundNumbers_data()
    {
        QTest::addColumn<double>("top");
        QTest::newRow("requests") << 50.5;
        QTest::newRow("ratio") << 0.0043;
        QTest::newRow("latency") << 187.0;
        QTest::newRow("slow latency") << 1800.0;
        QTest::newRow("many requests") << 25300.0;
        QTest::newRow("small rate") << 0.42;
        QTest::newRow("nothing but zero") << 0.0;
    }
    void valueAxisTicksAtRoundNumbers()
    {
        QFETCH(double, top);
        MetricChart chart(QStringLiteral("Rate"), QStringLiteral("req/s"), {QStringLiteral("rate")});
        chart.resize(400, 240);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<itemmodels::SeriesPoint> points;
        for (int i = 0; i < 30; ++i)
            points.append({now - (30 - i) * 30000, top * (0.5 + 0.5 * std::sin(i / 4.0))});
        points.append({now, top});
        chart.setData({points}, now - 900000, now);
        const auto axes = chart.chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        const auto* axis = qobject_cast<QValueAxis*>(axes.first());
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        QVERIFY2(axis->max() >= top, qPrintable(QStringLiteral("axis ends at %1 below %2").arg(axis->max()).arg(top)));
        QVERIFY(axis->tickCount() >= 3);
        const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        const bool round = std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9
                           || std::abs(mantissa - 2.5) < 1e-9 || std::abs(mantissa - 5) < 1e-9;
        QVERIFY2(round, qPrintable(QStringLiteral("ticks every %1 (axis 0..%2, %3 ticks)")
                                       .arg(step).arg(axis->max()).arg(axis->tickCount())));
        // Each label is its tick's value exactly, without an exponent (1500, not 1.5e+03).
        for (int k = 0; k < axis->tickCount(); ++k) {
            const double value = axis->min() + k * step;
            const QString label = QString::asprintf(axis->labelFormat().toLatin1().constData(), value);
            QVERIFY2(!label.contains(QLatin1Char('e')), qPrintable(label));
            QVERIFY2(std::abs(label.toDouble() - value) <= 1e-9 * std::max(1.0, value),
                     qPrintable(label + QStringLiteral(" for %1").arg(value)));
        }
    }
};

LCL_GUITEST_MAIN(TestServiceCharts)
#include "tst_servicecharts.moc"
