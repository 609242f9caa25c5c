#include "lab/healthreport.h"
#include "lab/labprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lcl::lab;
using lcl::ConnectionState;
using lcl::metrics::MetricValue;

namespace {

MetricValue value(double v)
{
    MetricValue m;
    m.state = MetricValue::State::Value;
    m.value = v;
    return m;
}

MetricValue missingSince(const QDateTime& at)
{
    MetricValue m;
    m.missingSince = at;
    return m;
}

AlertEntry alert(const char* name, const char* severity, AlertEntry::State state)
{
    AlertEntry a;
    a.labels = {{QStringLiteral("alertname"), QString::fromUtf8(name)},
                {QStringLiteral("severity"), QString::fromUtf8(severity)},
                {QStringLiteral("service"), QStringLiteral("search-api")}};
    a.annotations = {{QStringLiteral("summary"), QStringLiteral("too many errors")}};
    a.state = state;
    a.fingerprint = QString::fromUtf8(name);
    return a;
}

HealthReport reportWith(QList<AlertEntry> alerts)
{
    HealthReport::Input input;
    input.context = QStringLiteral("lclab");
    HealthReport::Monitoring m;
    m.prometheus.phase = ConnectionState::Phase::Connected;
    m.prometheus.endpoint = QStringLiteral("http://127.0.0.1:9090");
    m.alertmanager.phase = ConnectionState::Phase::Connected;
    m.alertmanager.endpoint = QStringLiteral("http://127.0.0.1:9093");
    const QDateTime gone = QDateTime(QDate(2026, 11, 26), QTime(10, 42, 5), Qt::UTC);
    m.services = {{QStringLiteral("search-api"), QStringLiteral("Search.Api"), value(40.5), value(0.005), value(0.18)},
                  {QStringLiteral("redis"), QStringLiteral("Redis"), missingSince(gone), missingSince(gone), missingSince(gone)}};
    m.alerts = std::move(alerts);
    input.monitoring = m;
    return HealthReport::build(std::move(input));
}

} // namespace

class TestHealthReportMonitoring final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void degradedOnlyWhenACriticalAlertFires_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("critical firing") << QStringLiteral("critical") << int(AlertEntry::State::Firing) << 1;
        QTest::newRow("critical silenced") << QStringLiteral("critical") << int(AlertEntry::State::Suppressed) << 0;
        QTest::newRow("critical pending") << QStringLiteral("critical") << int(AlertEntry::State::Pending) << 0;
        QTest::newRow("warning firing") << QStringLiteral("warning") << int(AlertEntry::State::Firing) << 0;
    }
    void degradedOnlyWhenACriticalAlertFires()
    {
        QFETCH(QString, severity);
        QFETCH(int, state);
        QFETCH(int, exitCode);
        const HealthReport r = reportWith({alert("ApiHighErrorRate", severity.toUtf8().constData(), AlertEntry::State(state))});
        QCOMPARE(r.exitCode(), exitCode);
    }

    void textShowsNumbersAndMissing()
    {
        const QString text = reportWith({alert("ApiHighErrorRate", "critical", AlertEntry::State::Firing)}).toText();
        QVERIFY2(text.contains(QLatin1String("Traffic (Prometheus http://127.0.0.1:9090: connected)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("40.50 req/s")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("0.50%")));
        QVERIFY(text.contains(QLatin1String("180.0 ms")));
        QVERIFY(text.contains(QLatin1String("missing since")));
        QVERIFY(!text.contains(QLatin1String("0.00 req/s")));
        QVERIFY(text.contains(QLatin1String("ApiHighErrorRate")));
        QVERIFY(text.contains(QLatin1String("too many errors")));
        QVERIFY(reportWith({}).toText().contains(QLatin1String("Alerts (Alertmanager http://127.0.0.1:9093: connected):\n  none")));
    }

    void jsonHasNullForMissing()
    {
        const QJsonObject root = QJsonDocument::fromJson(reportWith({alert("X", "warning", AlertEntry::State::Pending)}).toJson()).object();
        QCOMPARE(root.value(QLatin1String("prometheus")).toObject().value(QLatin1String("state")).toString(), QStringLiteral("connected"));
        const QJsonArray services = root.value(QLatin1String("services")).toArray();
        QCOMPARE(services.size(), 2);
        QCOMPARE(services[0].toObject().value(QLatin1String("requestRate")).toDouble(), 40.5);
        QVERIFY(services[1].toObject().value(QLatin1String("requestRate")).isNull());
        QCOMPARE(services[1].toObject().value(QLatin1String("missingSince")).toObject().value(QLatin1String("requestRate")).toString(),
                 QStringLiteral("2026-11-26T10:42:05Z"));
        const QJsonArray alerts = root.value(QLatin1String("alerts")).toArray();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].toObject().value(QLatin1String("state")).toString(), QStringLiteral("pending"));
    }

    // No source of alerts answered: "unknown" in the text and null in JSON, never "none" or [].
    void unknownAlertsAreNotNone()
    {
        HealthReport::Input input;
        HealthReport::Monitoring m;
        m.prometheus.phase = ConnectionState::Phase::Failed;
        m.alertsKnown = false;
        input.monitoring = m;
        const HealthReport r = HealthReport::build(std::move(input));
        const QString text = r.toText();
        QVERIFY2(text.contains(QLatin1String("  unknown: neither Alertmanager nor Prometheus told them")), qPrintable(text));
        QVERIFY2(!text.section(QLatin1String("Alerts ("), 1).contains(QLatin1String("  none")), qPrintable(text));
        const QJsonObject root = QJsonDocument::fromJson(r.toJson()).object();
        QVERIFY(root.contains(QLatin1String("alerts")));
        QVERIFY(root.value(QLatin1String("alerts")).isNull());
    }

    void withoutMonitoringNoSections()
    {
        HealthReport::Input input;
        const HealthReport r = HealthReport::build(input);
        QVERIFY(!r.toText().contains(QLatin1String("Traffic")));
        QVERIFY(!QJsonDocument::fromJson(r.toJson()).object().contains(QLatin1String("services")));
    }

    void rowsFollowTheProfile()
    {
        const LabProfile profile = LabProfile::builtin();
        const auto rows = HealthReport::trafficRows({}, &profile);
        QStringList ids;
        for (const auto& r : rows)
            ids << r.id;
        for (const char* id : {"public-gateway", "search-api", "checkin-api"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QVERIFY(!ids.contains(QStringLiteral("postgresql"))); // no rate, error or latency query
        for (const auto& r : rows)
            QCOMPARE(r.rate.state, MetricValue::State::Missing); // an empty snapshot has nothing, and says so
    }
};

QTEST_GUILESS_MAIN(TestHealthReportMonitoring)
#include "tst_healthreportmonitoring.moc"
