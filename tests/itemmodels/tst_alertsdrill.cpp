#include "itemmodels/alertmodel.h"
#include "lab/demolab.h"
#include "lab/labprofile.h"
#include "lab/monitoringsession.h"
#include "lab/profilequerybatch.h"
#include "support/promprocess.h"
#include "support/testenv.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using lcl::itemmodels::AlertModel;
using lcl::lab::AlertEntry;
using lcl::lab::DemoLab;
using lcl::lab::LabProfile;
using lcl::lab::MonitoringSession;
using lcl::metrics::EntityKind;
using lcl::metrics::MetricValue;
namespace SignalNames = lcl::metrics::SignalNames;

namespace {

// The shipped rules with windows and `for:` durations a test can wait for: the same expressions and labels,
// minutes turned into seconds.
QByteArray fastRules()
{
    QFile f(lcl::test::sourceDir() + QStringLiteral("/resources/alerts/localcloudlab-rules.yml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    text.replace(QRegularExpression(QStringLiteral(R"(\[(5|10|15|30)m\])")), QStringLiteral("[10s]"));
    text.replace(QRegularExpression(QStringLiteral(R"(for: \d+[mh])")), QStringLiteral("for: 2s"));
    return text.toUtf8();
}

bool hasValue(const MetricValue& v)
{
    return v.state == MetricValue::State::Value;
}

} // namespace

// The console against the real thing: lclab-sim, a real Prometheus scraping it with the shipped rules, a real
// Alertmanager, all started by the demo lab. RED values reach the MonitoringSession for every profile service
// and edge; an injected error burst fires ApiHighErrorRate, which arrives through Alertmanager in the AlertModel;
// a silence from the console suppresses it; clearing the fault resolves it.
class TestAlertsDrill final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoLab> m_lab;
    LabProfile m_profile = LabProfile::builtin();
    std::unique_ptr<MonitoringSession> m_session;
    AlertModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    lcl::test::ProgramRun fault(const QStringList& args)
    {
        return lcl::test::runProgram(lcl::test::binDir() + QStringLiteral("/lclab-sim"),
                                     QStringList{QStringLiteral("fault")} + args
                                         + QStringList{QStringLiteral("--kubeconfig"), m_lab->endpoints().kubeconfigPath});
    }

    const AlertEntry* findAlert(const QString& name, const QString& service) const
    {
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const AlertEntry* a = m_model.alertAt(row);
            if (a->name() == name && a->labels.value(QStringLiteral("service")) == service)
                return a;
        }
        return nullptr;
    }

    // Straight from Alertmanager's API, not through our client: the alert is really there, and how.
    QString alertmanagerState(const QString& name, const QString& service) const
    {
        const auto answer = lcl::test::PromProcess::request("GET", m_lab->endpoints().alertmanagerUrl
                                                                       + QStringLiteral("/api/v2/alerts"),
                                                            {}, {}, 5000);
        for (const QJsonValue& v : QJsonDocument::fromJson(answer.body).array()) {
            const QJsonObject labels = v[QLatin1String("labels")].toObject();
            if (labels[QLatin1String("alertname")].toString() == name && labels[QLatin1String("service")].toString() == service)
                return v[QLatin1String("status")][QLatin1String("state")].toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        LCL_REQUIRE_PROGRAM(prometheus, "prometheus", "prometheus");
        LCL_REQUIRE_PROGRAM(alertmanager, "prometheus-alertmanager", "prometheus-alertmanager");
        const QByteArray rules = fastRules();
        QVERIFY(!rules.isEmpty());
        QFile rulesFile(m_dir.filePath(QStringLiteral("rules.yml")));
        QVERIFY(rulesFile.open(QIODevice::WriteOnly));
        rulesFile.write(rules);
        rulesFile.close();

        DemoLab::Options options;
        options.simulatorPath = lcl::test::binDir() + QStringLiteral("/lclab-sim");
        options.alertRulesFile = rulesFile.fileName();
        options.externalLabels = {{QStringLiteral("cluster"), QStringLiteral("lclab-drill")}};
        m_lab = std::make_unique<DemoLab>(options);
        lcl::Error error;
        QVERIFY2(m_lab->startAndWait(&error), qPrintable(error.toString()));
        if (m_lab->endpoints().metricsUrl.isEmpty())
            QSKIP("lclab-sim printed no metrics= URL in its ready line, so Prometheus has nothing to scrape");

        MonitoringSession::Options o;
        o.metricsIntervalMs = 1000;
        o.alertsIntervalMs = 1000;
        m_session = std::make_unique<MonitoringSession>(o);
        m_session->setQueryBatch(lcl::lab::ProfileQueryBatch::build(&m_profile, QStringLiteral("10s")));
        m_tester = std::make_unique<QAbstractItemModelTester>(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(m_session.get(), &MonitoringSession::alertsChanged, &m_model, &AlertModel::setAlerts);
        m_session->start(m_lab->endpoints().prometheusUrl, m_lab->endpoints().alertmanagerUrl);
    }

    void redValuesForEveryServiceAndEdge()
    {
        const auto snapshot = [this]() -> const lcl::metrics::MetricsSnapshot& { return m_session->snapshot(); };
        // Every service the profile asks a rate for, and every edge that carries calls, gets numbers.
        QList<const lcl::lab::ServiceSpec*> services;
        for (const auto& s : m_profile.services())
            if (s.signalQueries.contains(QStringLiteral("requestRate")))
                services << &s;
        QVERIFY(services.size() >= 4);
        const auto serviceReady = [&](const lcl::lab::ServiceSpec* s) {
            const auto value = [&](const QString& signal) { return snapshot().value(EntityKind::Service, s->id, signal); };
            if (!hasValue(value(SignalNames::requestRate)) || value(SignalNames::requestRate).value <= 0)
                return false;
            if (s->signalQueries.contains(QStringLiteral("errorRatio")) && !hasValue(value(SignalNames::errorRatio)))
                return false;
            if (s->signalQueries.contains(QStringLiteral("latency")) && !hasValue(value(SignalNames::latencyP95)))
                return false;
            return true;
        };
        for (const auto* s : std::as_const(services))
            QTRY_VERIFY2_WITH_TIMEOUT(serviceReady(s), qPrintable(s->id), 30000);
        QCOMPARE(m_session->prometheusState().phase, lcl::ConnectionState::Phase::Connected);

        const QStringList edges = m_session->queryBatch().expectedEdges;
        QVERIFY(edges.size() >= 8);
        for (const QString& e : edges) {
            const auto value = [&](const QString& signal) { return snapshot().value(EntityKind::Edge, e, signal); };
            QTRY_VERIFY2_WITH_TIMEOUT(hasValue(value(SignalNames::requestRate)) && value(SignalNames::requestRate).value > 0
                                          && hasValue(value(SignalNames::errorRatio)) && hasValue(value(SignalNames::latencyP95)),
                                      qPrintable(e), 15000);
        }
        for (const auto& route : m_profile.routes()) {
            const QString key = route.envoyClusterName(0);
            QTRY_VERIFY2_WITH_TIMEOUT(hasValue(snapshot().value(EntityKind::Route, key, SignalNames::requestRate)),
                                      qPrintable(key), 15000);
        }
    }

    void faultFiresAlertSilenceSuppressesClearResolves()
    {
        const QString alert = QStringLiteral("ApiHighErrorRate");
        const QString service = QStringLiteral("search-api");
        QVERIFY(!findAlert(alert, service));
        const lcl::test::ProgramRun added = fault({QStringLiteral("add"), QStringLiteral("error-burst"), service,
                                                   QStringLiteral("--value"), QStringLiteral("0.9")});
        if (added.exitCode != 0 && added.err.contains(QLatin1String("fault")) && added.err.contains(QLatin1String("unknown")))
            QSKIP(qPrintable(QStringLiteral("lclab-sim has no `fault` command yet: ") + added.err));
        QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));

        // Fires in Prometheus, reaches Alertmanager, and shows in the console's model within 30 s.
        QTRY_VERIFY_WITH_TIMEOUT(findAlert(alert, service) && findAlert(alert, service)->state == AlertEntry::State::Firing
                                     && alertmanagerState(alert, service) == QLatin1String("active"),
                                 30000);
        const AlertEntry firing = *findAlert(alert, service);
        QCOMPARE(firing.severity(), QStringLiteral("critical"));
        // Alertmanager's copy carries Prometheus' external label; the identity is made without it, the same as
        // while the alert was pending in Prometheus alone (so its row did not change when it fired).
        QCOMPARE(firing.labels.value(QStringLiteral("cluster")), QStringLiteral("lclab-drill"));
        QMap<QString, QString> prometheusLabels = firing.labels;
        prometheusLabels.remove(QStringLiteral("cluster"));
        QCOMPARE(firing.fingerprint, AlertEntry::fingerprintOf(prometheusLabels));
        QVERIFY(firing.runbookUrl().startsWith(QLatin1String("lclab://runbooks/")));
        QVERIFY(!findAlert(alert, QStringLiteral("checkin-api"))); // only the service with the fault

        // A silence from the console: Alertmanager marks the alert suppressed, and the model shows it.
        std::optional<lcl::Result<QString>> silence;
        m_session->silenceAlert(firing, 600, QStringLiteral("drill: error burst injected by the test"),
                                QStringLiteral("lclab-console test"), [&](const lcl::Result<QString>& r) { silence = r; });
        QTRY_VERIFY_WITH_TIMEOUT(silence.has_value(), 10000);
        QVERIFY2(silence->ok(), silence->ok() ? "" : qPrintable(silence->error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(findAlert(alert, service) && findAlert(alert, service)->state == AlertEntry::State::Suppressed,
                                 10000);
        QCOMPARE(findAlert(alert, service)->silencedBy, QStringList{silence->value()});
        QCOMPARE(alertmanagerState(alert, service), QStringLiteral("suppressed"));
        const int row = m_model.rowOf(firing.fingerprint);
        QVERIFY(row >= 0);
        QCOMPARE(m_model.index(row, AlertModel::State).data().toString(), QStringLiteral("suppressed"));

        // Clearing the fault resolves the alert: gone from Alertmanager and from the model.
        const lcl::test::ProgramRun cleared = fault({QStringLiteral("clear"), QStringLiteral("--all")});
        QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.out + cleared.err));
        QTRY_VERIFY_WITH_TIMEOUT(!findAlert(alert, service), 45000);
        QVERIFY(alertmanagerState(alert, service).isEmpty());

        std::optional<lcl::Result<bool>> expired;
        m_session->expireSilence(silence->value(), [&](const lcl::Result<bool>& r) { expired = r; });
        QTRY_VERIFY_WITH_TIMEOUT(expired.has_value(), 10000);
        QVERIFY2(expired->ok(), expired->ok() ? "" : qPrintable(expired->error().toString()));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_lab.reset();
    }
};

QTEST_GUILESS_MAIN(TestAlertsDrill)
#include "tst_alertsdrill.moc"
