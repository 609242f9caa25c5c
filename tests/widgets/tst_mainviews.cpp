// The main views against a real lclab-sim: overview tiles, service detail, logs, YAML and events, checked
// against the simulator's state, with screenshots for review in the test artifacts folder.
#include "itemmodels/logmodel.h"
#include "itemmodels/serviceoverviewmodel.h"
#include "itemmodels/snapshothistory.h"
#include "itemmodels/storetablemodel.h"
#include "kube/kubeapi.h"
#include "kube/logstream.h"
#include "kube/objectyamlloader.h"
#include "kube/resourcestore.h"
#include "lab/clustersession.h"
#include "lab/labprofile.h"
#include "widgets/eventspage.h"
#include "widgets/logview.h"
#include "widgets/overviewpage.h"
#include "widgets/servicechartswidget.h"
#include "widgets/servicedetailpage.h"
#include "widgets/servicespage.h"
#include "widgets/yamlview.h"

#include "support/guitestmain.h"
#include "support/simprocess.h"
#include "support/testenv.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

using namespace lcl;
using itemmodels::ServiceOverviewModel;

class TestMainViews final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void overviewTilesMatchTheCluster();
    void overviewShowsMetricsAndMissing();
    void tileClickAndEnterOpenTheService();
    void serviceDetailMatchesTheCluster();
    void chartsFollowTheRange();
    void logsFollowPauseAndSearch();
    void followShowsNewLinesAndPauseHoldsThem();
    void logsFollowTheWorkloadsPods();
    void yamlMasksSecretValues();
    void eventsFilterAndGroup();
    void screenshots_data();
    void screenshots();

private:
    widgets::ViewContext context() const;
    void save(QWidget* widget, const QString& name);
    metrics::MetricsSnapshot snapshot(double rate, double errors, double p95, int secondsAgo) const;

    std::unique_ptr<test::SimProcess> m_sim;
    std::unique_ptr<lab::ClusterSession> m_session;
    std::unique_ptr<lab::LabProfile> m_profile;
    std::unique_ptr<ServiceOverviewModel> m_services;
    std::unique_ptr<QAbstractItemModelTester> m_servicesTester;
    std::unique_ptr<itemmodels::SnapshotHistory> m_history;
};

void TestMainViews::initTestCase()
{
    m_sim = std::make_unique<test::SimProcess>();
    if (!m_sim->start())
        QSKIP(qPrintable(QStringLiteral("lclab-sim could not be started (%1); build the lclab-sim target in this "
                                        "build tree").arg(m_sim->errorString())));
    m_session = std::make_unique<lab::ClusterSession>();
    const auto contexts = m_session->loadKubeconfig(m_sim->kubeconfigPath());
    QVERIFY2(contexts.ok(), qPrintable(contexts.ok() ? QString() : contexts.error().toString()));
    m_session->connectTo(QStringLiteral("lclab"));
    QVERIFY2(m_session->waitForSync(30000), qPrintable(m_session->lastError().toString()));
    m_profile = std::make_unique<lab::LabProfile>(lab::LabProfile::builtin());
    m_services = std::make_unique<ServiceOverviewModel>(m_session->store(), m_profile.get());
    m_servicesTester = std::make_unique<QAbstractItemModelTester>(m_services.get(),
                                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_history = std::make_unique<itemmodels::SnapshotHistory>();
}

void TestMainViews::cleanupTestCase()
{
    m_servicesTester.reset();
    m_services.reset();
    m_session.reset();
    m_sim.reset();
}

widgets::ViewContext TestMainViews::context() const
{
    widgets::ViewContext c;
    c.store = m_session->store();
    c.profile = m_profile.get();
    c.services = m_services.get();
    c.ranges = m_history.get();
    lab::ClusterSession* session = m_session.get();
    c.makeLogStream = [session](QObject* parent) {
        return new kube::LogStream(*session->connection(), session->http(), parent);
    };
    c.makeYamlLoader = [session](QObject* parent) {
        return new kube::ObjectYamlLoader(*session->connection(), session->http(), parent);
    };
    c.kubeContext = [] { return QStringLiteral("lclab"); };
    return c;
}

void TestMainViews::save(QWidget* widget, const QString& name)
{
    QApplication::processEvents();
    const QImage shot = widget->grab().toImage();
    QCOMPARE(shot.size(), widget->size());
    QVERIFY(shot.save(QDir(test::artifactsDir()).filePath(name)));
}

metrics::MetricsSnapshot TestMainViews::snapshot(double rate, double errors, double p95, int secondsAgo) const
{
    metrics::MetricsSnapshot s;
    s.at = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    metrics::EntityMetrics entity;
    entity.key = QStringLiteral("search-api");
    auto set = [&entity](const QString& signal, double value) {
        metrics::MetricValue v;
        v.state = metrics::MetricValue::State::Value;
        v.value = value;
        entity.values.insert(signal, v);
    };
    set(metrics::SignalNames::requestRate, rate);
    set(metrics::SignalNames::errorRatio, errors);
    set(metrics::SignalNames::latencyP50, p95 / 3);
    set(metrics::SignalNames::latencyP95, p95);
    set(metrics::SignalNames::latencyP99, p95 * 1.5);
    s.services.insert(entity.key, entity);
    return s;
}

void TestMainViews::overviewTilesMatchTheCluster()
{
    m_services->refresh();
    int expected = 0;
    for (const lab::ServiceSpec& s : m_profile->services())
        expected += (!s.external && s.workload) ? 1 : 0;
    QCOMPARE(m_services->rowCount(), expected);

    const kube::ResourceStore& store = *m_session->store();
    const int row = m_services->rowOf(QStringLiteral("search-api"));
    QVERIFY(row >= 0);
    int ready = 0;
    int desired = 0;
    for (const lab::WorkloadSpec& w : m_profile->workloadsOf(QStringLiteral("search-api"))) {
        const auto* record = store.get<kube::WorkloadRecord>({QStringLiteral("deployments"), w.ns, w.name});
        QVERIFY2(record, qPrintable(w.name));
        ready += record->ready;
        desired += record->desired;
    }
    const QModelIndex index = m_services->index(row);
    QCOMPARE(index.data(ServiceOverviewModel::ReadyRole).toInt(), ready);
    QCOMPARE(index.data(ServiceOverviewModel::DesiredRole).toInt(), desired);
    QVERIFY(index.data(ServiceOverviewModel::DeployedRole).toBool());
    QVERIFY(!index.data(ServiceOverviewModel::ReasonRole).toString().isEmpty());

    widgets::OverviewPage page(context());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString summary = page.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Pods: %1").arg(store.count(kube::ResourceKind::Pods))), qPrintable(summary));
    int running = 0;
    for (const kube::Record& r : store.table(kube::ResourceKind::Pods))
        running += std::get<kube::PodRecord>(r).phase == QLatin1String("Running") ? 1 : 0;
    QVERIFY(running > 0);
    QVERIFY2(summary.contains(QStringLiteral("%1 running").arg(running)), qPrintable(summary)); // a phrase, translatable
    QVERIFY2(summary.contains(QStringLiteral("Nodes: %1").arg(store.count(kube::ResourceKind::Nodes))), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Firing alerts: unknown no Prometheus or Alertmanager connected")),
             qPrintable(summary));
    page.setAlertsSource(QStringLiteral("Alertmanager"));
    QVERIFY2(page.summaryText().contains(QStringLiteral("Firing alerts: unknown waiting for Alertmanager")),
             qPrintable(page.summaryText()));
    page.setFiringAlerts(2);
    QVERIFY(page.summaryText().contains(QStringLiteral("Firing alerts: 2 firing now")));
    // The source stops answering: the count is the last known, the reason on hover.
    const QString why = QStringLiteral("Alertmanager is not answering: connection refused");
    page.setAlertsStale(why);
    QVERIFY2(page.summaryText().contains(QStringLiteral("Firing alerts: 2 last known, not answering")),
             qPrintable(page.summaryText()));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("alertsCard"))->toolTip(), why);
    save(&page, QStringLiteral("overview-alerts-stale.png"));
    page.setAlertsStale({});
    QVERIFY(page.summaryText().contains(QStringLiteral("Firing alerts: 2 firing now")));
    // Right to left (Hebrew), each card line is a right-to-left paragraph even under a title kept in English.
    page.setLayoutDirection(Qt::RightToLeft);
    page.setFiringAlerts(2);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("podsCard"))->text().contains(QLatin1String("dir='rtl'")));
    page.setLayoutDirection(Qt::LeftToRight);
    page.setFiringAlerts(-1); // a new start whose source has not answered and then gave up
    page.setAlertsStale(why);
    QVERIFY2(page.summaryText().contains(QStringLiteral("Firing alerts: unknown not answering")), qPrintable(page.summaryText()));
    page.setFiringAlerts(2);
    int warnings = 0;
    for (const kube::Record& r : store.table(kube::ResourceKind::Events))
        warnings += std::get<kube::EventRecord>(r).isWarning() ? 1 : 0;
    QCOMPARE(page.warnings()->model()->rowCount(), warnings);
}

void TestMainViews::overviewShowsMetricsAndMissing()
{
    m_services->refresh();
    const int row = m_services->rowOf(QStringLiteral("search-api"));
    const int other = m_services->rowOf(QStringLiteral("checkin-api"));
    QVERIFY(row >= 0 && other >= 0);
    // Before any snapshot: missing, never zero.
    m_services->setSnapshot(snapshot(12.5, 0.002, 0.120, 0));
    QCOMPARE(m_services->index(row).data(ServiceOverviewModel::RateTextRole).toString(), QStringLiteral("12.5 req/s"));
    QCOMPARE(m_services->index(row).data(ServiceOverviewModel::LatencyTextRole).toString(), QStringLiteral("120 ms"));
    QCOMPARE(m_services->index(row).data(ServiceOverviewModel::RequestRateRole).toDouble(), 12.5);
    QCOMPARE(m_services->index(other).data(ServiceOverviewModel::RateTextRole).toString(), QStringLiteral("no data"));
    QVERIFY(!m_services->index(other).data(ServiceOverviewModel::RequestRateRole).isValid());
    // Errors above the profile's threshold turn the tile to a warning with the reason in words.
    m_services->setSnapshot(snapshot(12.5, 0.30, 0.120, 0));
    const QString reason = m_services->index(row).data(ServiceOverviewModel::ReasonRole).toString();
    QVERIFY2(reason.contains(QStringLiteral("30.0 % errors")), qPrintable(reason));
    QCOMPARE(m_services->index(row).data(ServiceOverviewModel::StateRole).toInt(),
             int(itemmodels::ServiceStatus::State::Critical));
    QCOMPARE(m_services->index(row).data(ServiceOverviewModel::SparklineRole).toList().size(), 2);
}

void TestMainViews::tileClickAndEnterOpenTheService()
{
    widgets::OverviewPage page(context());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy opened(&page, &widgets::OverviewPage::serviceActivated);
    const QModelIndex index = m_services->index(m_services->rowOf(QStringLiteral("search-api")));
    const QRect rect = page.tiles()->visualRect(index);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(page.tiles()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("search-api"));

    const QModelIndex next = m_services->index(m_services->rowOf(QStringLiteral("postgresql")));
    page.tiles()->setFocus();
    page.tiles()->setCurrentIndex(next);
    QTest::keyClick(page.tiles(), Qt::Key_Return);
    QTRY_COMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(0).toString(), QStringLiteral("postgresql"));
}

void TestMainViews::serviceDetailMatchesTheCluster()
{
    widgets::ServicesPage page(context());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showService(QStringLiteral("search-api"));
    widgets::ServiceDetailPage* detail = page.detail();

    const kube::ResourceStore& store = *m_session->store();
    QList<ResourceKey> expected;
    for (const lab::WorkloadSpec& w : m_profile->workloadsOf(QStringLiteral("search-api")))
        expected << store.podsForWorkload({QStringLiteral("deployments"), w.ns, w.name});
    QVERIFY(!expected.isEmpty());
    QTableView* pods = detail->podTable();
    QAbstractItemModelTester podsTester(pods->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(pods->model()->rowCount(), int(expected.size()));
    QStringList names;
    for (int row = 0; row < pods->model()->rowCount(); ++row)
        names << pods->model()->index(row, 1).data().toString();
    for (const ResourceKey& key : expected) {
        QVERIFY2(names.contains(key.name), qPrintable(key.name));
        const auto* pod = store.get<kube::PodRecord>(key);
        const int row = int(names.indexOf(key.name));
        QCOMPARE(pods->model()->index(row, 3).data().toString().isEmpty(), false);
        QCOMPARE(pods->model()->index(row, 6).data(itemmodels::RawValueRole).toString(), pod->node);
    }
    QVERIFY2(detail->headerText().contains(m_profile->service(QStringLiteral("search-api"))->displayName), qPrintable(detail->headerText()));
    QVERIFY2(detail->linksText().contains(QStringLiteral("postgresql")), qPrintable(detail->linksText()));
    if (!m_profile->hpas().isEmpty())
        QVERIFY2(detail->hpaText().contains(QStringLiteral("search-api")), qPrintable(detail->hpaText()));
    const QString kubectl = detail->kubectlCommands();
    QVERIFY2(kubectl.contains(QStringLiteral("kubectl --context=lclab get pods -n search -l ")), qPrintable(kubectl));
    QVERIFY2(kubectl.contains(QStringLiteral("deployment/search-api")), qPrintable(kubectl));

    // Events listed are only the service's own.
    QAbstractItemModel* events = detail->eventTable()->model();
    for (int row = 0; row < events->rowCount(); ++row) {
        const QString object = events->index(row, 4).data().toString();
        QVERIFY2(object.contains(QStringLiteral("search-api")), qPrintable(object));
    }
    save(&page, QStringLiteral("service-search-api-1280x800.png"));
}

void TestMainViews::chartsFollowTheRange()
{
    itemmodels::SnapshotHistory history;
    widgets::ServiceChartsWidget charts(&history);
    charts.resize(900, 260);
    charts.show();
    charts.setEntity({QStringLiteral("search-api")});
    history.record(snapshot(10, 0.01, 0.1, 2 * 3600));
    history.record(snapshot(11, 0.01, 0.1, 300));
    history.record(snapshot(12, 0.02, 0.2, 60));
    QCOMPARE(charts.rangeSeconds(), 15 * 60);
    QCOMPARE(charts.pointCounts(), (QList<int>{2, 2, 6}));
    charts.rangeBox()->setCurrentIndex(2); // 6 h
    QCOMPARE(charts.pointCounts(), (QList<int>{3, 3, 9}));
    charts.setEntity({QStringLiteral("no-such-service")});
    QCOMPARE(charts.pointCounts(), (QList<int>{0, 0, 0}));
}

void TestMainViews::logsFollowPauseAndSearch()
{
    widgets::ServicesPage page(context());
    page.showService(QStringLiteral("search-api"));
    widgets::LogView* logs = page.detail()->openLogs();
    QVERIFY(logs);
    itemmodels::LogModel* model = logs->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 15000);
    QVERIFY(model->showPods()); // several pods interleaved, each line says whose it is
    // The simulator's autoscaler may add a pod meanwhile: the picker follows the table.
    QTRY_COMPARE_WITH_TIMEOUT(logs->podBox()->count(), int(page.detail()->podTable()->model()->rowCount()) + 1, 10000);

    // Search marks matching lines.
    const QString needle = model->index(0).data(itemmodels::LogModel::TextRole).toString().section(QLatin1Char(' '), 0, 1);
    logs->searchBox()->setText(needle);
    QVERIFY(model->matchCount() >= 1);
    QVERIFY(model->index(0).data(itemmodels::LogModel::MatchRole).toBool());
    save(logs, QStringLiteral("logs-search-api.png"));

    // One pod, following: a line the kubelet writes later shows up; paused, it waits.
    const QString pod = logs->podBox()->itemData(1).toString();
    logs->podBox()->setCurrentIndex(1);
    Q_EMIT logs->podBox()->activated(1);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 15000);
    QVERIFY(!model->showPods());
    QVERIFY(logs->followBox()->isChecked());
    QVERIFY2(logs->kubectlCommand().contains(QStringLiteral("logs -n search ") + pod), qPrintable(logs->kubectlCommand()));
    // Bounded: shrinking the ring keeps only the newest lines.
    model->setCapacity(1);
    QCOMPARE(model->rowCount(), 1);
}

void TestMainViews::followShowsNewLinesAndPauseHoldsThem()
{
    widgets::ServicesPage page(context());
    page.showService(QStringLiteral("checkin-api"));
    const QAbstractItemModel* pods = page.detail()->podTable()->model();
    QVERIFY(pods->rowCount() > 0);
    const QString podName = pods->index(0, 1).data().toString();
    widgets::LogView* logs = page.detail()->openLogs({QStringLiteral("pods"), QStringLiteral("checkin"), podName});
    itemmodels::LogModel* model = logs->model();
    QCOMPARE(logs->podBox()->currentData().toString(), podName);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 15000);
    const int before = model->rowCount();
    logs->pauseButton()->setChecked(true);

    // A crash loop makes the kubelet write the dying container's last lines into the followed log.
    const QString sim = test::binDir() + QStringLiteral("/lclab-sim");
    const auto add = test::runProgram(sim, {QStringLiteral("fault"), QStringLiteral("add"), QStringLiteral("crash-loop"),
                                            QStringLiteral("checkin-api"), QStringLiteral("--kubeconfig"),
                                            m_sim->kubeconfigPath()});
    QVERIFY2(add.exitCode == 0, qPrintable(add.out + add.err));
    QTRY_VERIFY_WITH_TIMEOUT(model->pendingCount() > 0, 30000);
    QCOMPARE(model->rowCount(), before); // paused: nothing moves under the reader's eyes
    QVERIFY2(logs->statusText().contains(QStringLiteral("paused")), qPrintable(logs->statusText()));
    logs->pauseButton()->setChecked(false);
    QVERIFY(model->rowCount() > before);
    QCOMPARE(model->pendingCount(), 0);
    const auto clear = test::runProgram(sim, {QStringLiteral("fault"), QStringLiteral("clear"), QStringLiteral("--all"),
                                              QStringLiteral("--kubeconfig"), m_sim->kubeconfigPath()});
    QVERIFY2(clear.exitCode == 0, qPrintable(clear.out + clear.err));
}

// Scaled while its logs are open: "All pods" takes the new pod in; a chosen pod that is deleted stays chosen,
// marked deleted, with its lines, and its replacement joins the list.
void TestMainViews::logsFollowTheWorkloadsPods()
{
    LCL_REQUIRE_PROGRAM(kubectl, "/usr/bin/kubectl", "kubectl (preinstalled on this image)");
    const auto scale = [&](int replicas) {
        const auto r = test::runProgram(kubectl, {QStringLiteral("--kubeconfig"), m_sim->kubeconfigPath(),
                                                  QStringLiteral("-n"), QStringLiteral("checkin"), QStringLiteral("scale"),
                                                  QStringLiteral("deployment/checkin-api"),
                                                  QStringLiteral("--replicas=%1").arg(replicas)});
        return r.exitCode == 0 ? QString() : r.out + r.err;
    };
    widgets::ServicesPage page(context());
    page.showService(QStringLiteral("checkin-api"));
    const QAbstractItemModel* pods = page.detail()->podTable()->model();
    const int replicas = pods->rowCount();
    QVERIFY(replicas >= 1);
    widgets::LogView* logs = page.detail()->openLogs();
    QCOMPARE(logs->podBox()->count(), replicas + 1);
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > 0, 15000);

    QString problem = scale(replicas + 1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTRY_COMPARE_WITH_TIMEOUT(logs->podBox()->count(), replicas + 2, 15000);
    QCOMPARE(logs->podBox()->currentIndex(), 0); // still "All pods", now with the new one
    QVERIFY2(logs->podBox()->itemText(0).contains(QString::number(replicas + 1)), qPrintable(logs->podBox()->itemText(0)));
    QCOMPARE(logs->model()->showPods(), true);
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > 0, 15000);

    // One pod chosen, then deleted: it stays chosen, marked deleted, and its replacement joins the list.
    logs->podBox()->setCurrentIndex(1);
    Q_EMIT logs->podBox()->activated(1);
    const QString chosen = logs->podBox()->currentData().toString();
    const auto removed = test::runProgram(kubectl, {QStringLiteral("--kubeconfig"), m_sim->kubeconfigPath(),
                                                    QStringLiteral("-n"), QStringLiteral("checkin"), QStringLiteral("delete"),
                                                    QStringLiteral("pod"), chosen, QStringLiteral("--grace-period=0"),
                                                    QStringLiteral("--force")});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.out + removed.err));
    QTRY_VERIFY_WITH_TIMEOUT(logs->podBox()->currentText().contains(QStringLiteral("deleted")), 15000);
    QCOMPARE(logs->podBox()->currentData().toString(), chosen);
    // "All pods", the workload's pods as the table shows them (a replacement, or fewer if the autoscaler has
    // scaled back meanwhile), and the deleted one.
    QTRY_COMPARE_WITH_TIMEOUT(logs->podBox()->count(), pods->rowCount() + 2, 15000);
    QVERIFY(logs->model()->rowCount() > 0); // what it logged stays on screen
    save(logs, QStringLiteral("logs-after-scale.png"));
    problem = scale(replicas);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTRY_COMPARE_WITH_TIMEOUT(pods->rowCount(), replicas, 30000);
}

void TestMainViews::yamlMasksSecretValues()
{
    const ResourceKey key{QStringLiteral("secrets"), QStringLiteral("search"), QStringLiteral("search-api-secret")};
    kube::KubeApi api(*m_session->connection(), m_session->http());
    const auto raw = api.getAndWait(*kube::ObjectYamlLoader::pathOf(key));
    QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().toString()));
    const QJsonObject data = QJsonDocument::fromJson(raw.value()).object().value(QStringLiteral("data")).toObject();
    QVERIFY(!data.isEmpty());

    widgets::YamlView view;
    view.resize(900, 600);
    view.show();
    kube::ObjectYamlLoader loader(*m_session->connection(), m_session->http());
    QSignalSpy loaded(&loader, &kube::ObjectYamlLoader::loaded);
    view.open(&loader, key);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    const QString yaml = view.text();
    QVERIFY2(yaml.contains(QStringLiteral("kind: Secret")), qPrintable(yaml));
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        QVERIFY2(yaml.contains(it.key() + QStringLiteral(": \"<hidden:")), qPrintable(yaml));
        QVERIFY2(!yaml.contains(it.value().toString()), "a Secret value is visible");
        QVERIFY(!yaml.contains(QString::fromUtf8(QByteArray::fromBase64(it.value().toString().toLatin1()))));
    }
    view.searchBox()->setText(QStringLiteral("hidden"));
    QCOMPARE(view.matchCount(), int(data.size()));
    QVERIFY(view.editor()->textCursor().hasSelection());
    QCOMPARE(view.kubectlCommand(), QStringLiteral("kubectl get secret search-api-secret -n search -o yaml"));
    save(&view, QStringLiteral("yaml-secret.png"));
}

void TestMainViews::eventsFilterAndGroup()
{
    widgets::EventsPage page(context());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const kube::ResourceStore& store = *m_session->store();
    QAbstractItemModel* table = page.table()->model();
    QAbstractItemModelTester flatTester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QHeaderView* header = page.table()->horizontalHeader();
    for (int column = 0; column < table->columnCount(); ++column) // no header title cut ("Last seer")
        QVERIFY2(header->isSectionHidden(column) || header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(table->headerData(column, Qt::Horizontal).toString()));
    QCOMPARE(table->rowCount(), int(store.count(kube::ResourceKind::Events)));
    // Warnings first.
    bool seenNormal = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool warning = table->index(row, 2).data(itemmodels::RawValueRole).toString() == QLatin1String("Warning");
        QVERIFY2(!(warning && seenNormal), "a warning after a normal event");
        seenNormal = seenNormal || !warning;
    }
    page.typeBox()->setCurrentIndex(page.typeBox()->findData(QStringLiteral("Warning")));
    int warnings = 0;
    for (const kube::Record& r : store.table(kube::ResourceKind::Events))
        warnings += std::get<kube::EventRecord>(r).isWarning() ? 1 : 0;
    QCOMPARE(table->rowCount(), warnings);
    page.typeBox()->setCurrentIndex(0);

    page.filterBox()->setText(QStringLiteral("search-api"));
    QVERIFY(table->rowCount() > 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << table->index(row, column).data().toString();
        QVERIFY2(cells.join(QLatin1Char(' ')).contains(QStringLiteral("search-api"), Qt::CaseInsensitive),
                 qPrintable(cells.join(QLatin1Char(' '))));
    }
    QVERIFY(page.countText().startsWith(QString::number(table->rowCount())));
    page.filterBox()->clear();

    page.groupBox()->setChecked(true);
    table = page.table()->model();
    QAbstractItemModelTester groupTester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSet<QString> closed;
    QString current;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString object = table->index(row, 0).data().toString() + QLatin1Char('/') + table->index(row, 4).data().toString();
        if (object != current) {
            QVERIFY2(!closed.contains(object), qPrintable(QStringLiteral("%1 appears in two groups").arg(object)));
            if (!current.isEmpty())
                closed.insert(current);
            current = object;
        }
    }
    save(&page, QStringLiteral("events-grouped-1280x800.png"));
}

void TestMainViews::screenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestMainViews::screenshots()
{
    QFETCH(QSize, size);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    for (int i = 0; i < 5; ++i)
        m_history->record(snapshot(10 + i, 0.01 * i, 0.1 + 0.02 * i, 60 * (5 - i)));
    {
        widgets::OverviewPage page(context());
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        save(&page, QStringLiteral("overview-%1.png").arg(tag));
    }
    {
        widgets::ServicesPage page(context());
        page.resize(size);
        page.show();
        page.showService(QStringLiteral("search-api"));
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        save(&page, QStringLiteral("service-%1.png").arg(tag));
    }
    {
        widgets::EventsPage page(context());
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        save(&page, QStringLiteral("events-%1.png").arg(tag));
    }
}

LCL_GUITEST_MAIN(TestMainViews)
#include "tst_mainviews.moc"
