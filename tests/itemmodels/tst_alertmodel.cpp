#include "itemmodels/alertmodel.h"
#include "modeltestutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using lcl::itemmodels::AlertModel;
using lcl::lab::AlertEntry;
using lcl::metrics::AmAlert;
using lcl::metrics::PromAlert;

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(lcl::test::kNow, Qt::UTC);

AmAlert amAlert(const char* name, const char* severity, const char* service, qint64 ageSecs,
                AmAlert::State state = AmAlert::State::Active, const QStringList& silencedBy = {})
{
    AmAlert a;
    a.labels = {{QStringLiteral("alertname"), QString::fromUtf8(name)},
                {QStringLiteral("severity"), QString::fromUtf8(severity)},
                {QStringLiteral("service"), QString::fromUtf8(service)}};
    a.annotations = {{QStringLiteral("summary"), QStringLiteral("%1 on %2").arg(QString::fromUtf8(name), QString::fromUtf8(service))}};
    a.state = state;
    a.silencedBy = silencedBy;
    a.startsAt = kNow.addSecs(-ageSecs);
    a.fingerprint = QString::fromUtf8(name) + QLatin1Char('-') + QString::fromUtf8(service);
    return a;
}

PromAlert promAlert(const char* name, const char* severity, const char* service, PromAlert::State state)
{
    PromAlert p;
    p.labels = {{QStringLiteral("alertname"), QString::fromUtf8(name)},
                {QStringLiteral("severity"), QString::fromUtf8(severity)},
                {QStringLiteral("service"), QString::fromUtf8(service)}};
    p.state = state;
    p.activeAt = kNow.addSecs(-30);
    return p;
}

} // namespace

class TestAlertModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mergeJoinsAlertmanagerAndPrometheus()
    {
        const QList<AmAlert> am{amAlert("RedisDown", "critical", "redis-metrics", 300),
                                amAlert("ApiHighLatency", "warning", "search-api", 120, AmAlert::State::Suppressed, {QStringLiteral("s1")})};
        const QList<PromAlert> prom{promAlert("RedisDown", "critical", "redis-metrics", PromAlert::State::Firing),
                                    promAlert("ApiHighErrorRate", "critical", "checkin-api", PromAlert::State::Pending),
                                    promAlert("Old", "warning", "x", PromAlert::State::Inactive)};
        const QList<AlertEntry> merged = AlertEntry::merge(am, prom);
        QCOMPARE(merged.size(), 3); // RedisDown once (Alertmanager has it), the pending one, the suppressed one
        QCOMPARE(merged[0].name(), QStringLiteral("ApiHighErrorRate"));
        QCOMPARE(merged[0].state, AlertEntry::State::Pending);
        QCOMPARE(merged[1].name(), QStringLiteral("RedisDown"));
        QCOMPARE(merged[1].state, AlertEntry::State::Firing);
        QCOMPARE(merged[2].state, AlertEntry::State::Suppressed);
        QCOMPARE(merged[2].silencedBy, QStringList{QStringLiteral("s1")});
        QCOMPARE(merged[0].fingerprint, AlertEntry::fingerprintOf(prom[1].labels));
    }

    // Prometheus lists a firing alert before Alertmanager has it; when Alertmanager takes over, it is the same
    // row (a selection on it stays), not one removed and another inserted.
    void alertKeepsItsRowWhenAlertmanagerTakesOver()
    {
        AlertModel model;
        model.setNow(kNow);
        model.setAlerts(AlertEntry::merge({}, {promAlert("RedisDown", "critical", "redis-metrics", PromAlert::State::Firing)}));
        QCOMPARE(model.rowCount(), 1);
        const QString identity = model.alertAt(0)->fingerprint;
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setAlerts(AlertEntry::merge({amAlert("RedisDown", "critical", "redis-metrics", 300)},
                                          {promAlert("RedisDown", "critical", "redis-metrics", PromAlert::State::Firing)}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(identity), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
    }

    // Prometheus' external labels reach Alertmanager's copy only: the alert still keeps its row (and identity)
    // when it goes from pending in Prometheus to firing through Alertmanager.
    void externalLabelsKeepTheIdentity()
    {
        AlertModel model;
        model.setNow(kNow);
        model.setAlerts(AlertEntry::merge({}, {promAlert("ApiHighErrorRate", "critical", "search-api", PromAlert::State::Pending)}));
        QCOMPARE(model.rowCount(), 1);
        const QString identity = model.alertAt(0)->fingerprint;
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        AmAlert fired = amAlert("ApiHighErrorRate", "critical", "search-api", 30);
        fired.labels.insert(QStringLiteral("cluster"), QStringLiteral("lclab"));
        const QList<AlertEntry> merged
            = AlertEntry::merge({fired}, {promAlert("ApiHighErrorRate", "critical", "search-api", PromAlert::State::Firing)});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.first().labels.value(QStringLiteral("cluster")), QStringLiteral("lclab")); // shown as Alertmanager has it
        model.setAlerts(merged);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(identity), 0);
        QCOMPARE(model.alertAt(0)->state, AlertEntry::State::Firing);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
    }

    void rowsAndUpdates()
    {
        AlertModel model;
        model.setNow(kNow);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<AlertEntry> alerts = AlertEntry::merge(
            {amAlert("RedisDown", "critical", "redis-metrics", 300), amAlert("ApiHighLatency", "warning", "search-api", 120)},
            {promAlert("ApiHighErrorRate", "critical", "checkin-api", PromAlert::State::Pending)});
        model.setAlerts(alerts);
        QCOMPARE(lcl::test::dump(model),
                 (QStringList{QStringLiteral("critical|ApiHighErrorRate|checkin-api||30s|pending|"),
                              QStringLiteral("critical|RedisDown|redis-metrics|RedisDown on redis-metrics|5m|firing|"),
                              QStringLiteral("warning|ApiHighLatency|search-api|ApiHighLatency on search-api|2m|firing|")}));
        QCOMPARE(model.data(model.index(0, AlertModel::Severity), AlertModel::RawValueRole).toInt(), 0);
        QCOMPARE(model.data(model.index(2, AlertModel::Severity), AlertModel::RawValueRole).toInt(), 1);
        QVERIFY(model.data(model.index(1, 0), AlertModel::IsCriticalRole).toBool());

        // A silence suppresses one alert: its row changes in place, no reset, no insert.
        QSignalSpy changed(&model, &AlertModel::dataChanged);
        QSignalSpy inserted(&model, &AlertModel::rowsInserted);
        QSignalSpy reset(&model, &AlertModel::modelReset);
        alerts[2].state = AlertEntry::State::Suppressed;
        alerts[2].silencedBy = {QStringLiteral("abc")};
        model.setAlerts(alerts);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(2, AlertModel::State).data().toString(), QStringLiteral("suppressed"));
        QCOMPARE(model.index(2, AlertModel::SilencedBy).data().toString(), QStringLiteral("abc"));

        // Resolved: the row goes; a new one arrives at its place in the order.
        QSignalSpy removed(&model, &AlertModel::rowsRemoved);
        alerts.removeAt(1);
        alerts.prepend(AlertEntry::fromAlertmanager(amAlert("DatabaseDown", "critical", "postgresql-metrics", 10)));
        model.setAlerts(alerts);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, AlertModel::Name).data().toString(), QStringLiteral("DatabaseDown"));
        QCOMPARE(model.rowOf(QStringLiteral("RedisDown-redis-metrics")), -1);

        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void headers()
    {
        AlertModel model;
        QStringList names;
        for (int c = 0; c < model.columnCount(); ++c)
            names << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Severity"), QStringLiteral("Alert"), QStringLiteral("Service"),
                                     QStringLiteral("Summary"), QStringLiteral("Since"), QStringLiteral("State"),
                                     QStringLiteral("Silenced by")}));
    }
};

QTEST_GUILESS_MAIN(TestAlertModel)
#include "tst_alertmodel.moc"
