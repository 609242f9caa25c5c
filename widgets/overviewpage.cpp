#include "widgets/overviewpage.h"

#include "core/throttle.h"
#include "itemmodels/eventfilterproxy.h"
#include "itemmodels/eventmodel.h"
#include "itemmodels/serviceoverviewmodel.h"
#include "kube/resourcestore.h"
#include "widgets/columnwidths.h"
#include "widgets/servicetiledelegate.h"
#include "widgets/warningrowdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMap>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace lcl::widgets {

using itemmodels::ServiceOverviewModel;

OverviewPage::OverviewPage(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);

    m_cards = new QWidget(this);
    auto* cards = new QHBoxLayout(m_cards);
    cards->setContentsMargins(0, 0, 0, 0);
    cards->setSpacing(10);
    m_nodes = addCard(tr("Nodes"), QStringLiteral("nodesCard"));
    m_pods = addCard(tr("Pods"), QStringLiteral("podsCard"));
    m_services = addCard(tr("Services"), QStringLiteral("servicesCard"));
    m_alerts = addCard(tr("Firing alerts"), QStringLiteral("alertsCard"));
    layout->addWidget(m_cards);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_tiles = new QListView(splitter);
    m_tiles->setObjectName(QStringLiteral("serviceTiles"));
    m_tiles->setAccessibleName(tr("Services"));
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setUniformItemSizes(true);
    m_tiles->setSpacing(2);
    m_tiles->setWrapping(true);
    m_tiles->setMouseTracking(true);
    m_tiles->setFrameShape(QFrame::NoFrame);
    m_tiles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tiles->setStyleSheet(QStringLiteral("QListView { background: #f6f8fb; }"));
    m_tiles->setItemDelegate(new ServiceTileDelegate(m_tiles));
    m_tiles->setModel(context.services);
    // Single click (and Enter, via activated) opens the service, like a link.
    connect(m_tiles, &QListView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT serviceActivated(index.data(ServiceOverviewModel::IdRole).toString());
    });
    connect(m_tiles, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT serviceActivated(index.data(ServiceOverviewModel::IdRole).toString());
    });

    auto* warningsBox = new QWidget(splitter);
    auto* warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->setContentsMargins(0, 4, 0, 0);
    auto* warningsTitle = new QLabel(tr("<b>Recent warnings</b>"), warningsBox);
    warningsLayout->addWidget(warningsTitle);
    m_events = new itemmodels::EventModel(context.store, this);
    m_warningFilter = new itemmodels::EventFilterProxy(this);
    m_warningFilter->setSourceModel(m_events);
    m_warningFilter->setType(QStringLiteral("Warning"));
    m_warningFilter->setSortRole(itemmodels::RawValueRole);
    m_warningFilter->sort(itemmodels::EventModel::LastSeen, Qt::DescendingOrder);
    m_warnings = new QTreeView(warningsBox);
    m_warnings->setObjectName(QStringLiteral("recentWarnings"));
    m_warnings->setAccessibleName(tr("Recent warning events"));
    m_warnings->setRootIsDecorated(false);
    m_warnings->setUniformRowHeights(true);
    m_warnings->setAlternatingRowColors(true);
    m_warnings->setModel(m_warningFilter);
    m_warnings->setItemDelegate(new WarningRowDelegate(m_warnings));
    for (int column : {int(itemmodels::EventModel::Type), int(itemmodels::EventModel::Source),
                       int(itemmodels::EventModel::Count)})
        m_warnings->hideColumn(column);
    m_warnings->header()->setStretchLastSection(false);
    m_warnings->header()->setSectionResizeMode(itemmodels::EventModel::Message, QHeaderView::Stretch);
    setColumnWidths(m_warnings->header(), {{itemmodels::EventModel::Namespace, 110}, {itemmodels::EventModel::LastSeen, 80},
                                           {itemmodels::EventModel::Reason, 150}, {itemmodels::EventModel::Object, 260}});
    warningsLayout->addWidget(m_warnings);
    splitter->addWidget(m_tiles);
    splitter->addWidget(warningsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    // Counts follow the store at most twice a second; ages of events grow every few seconds.
    auto* refresh = new Throttle(300, [this] { updateSummary(); }, this);
    connect(context.store, &kube::ResourceStore::changed, refresh, &Throttle::request);
    connect(context.services, &QAbstractItemModel::modelReset, refresh, &Throttle::request);
    connect(context.services, &QAbstractItemModel::dataChanged, refresh, &Throttle::request);
    auto* ages = new QTimer(this);
    ages->setInterval(5000);
    connect(ages, &QTimer::timeout, m_events, &itemmodels::EventModel::refreshAges);
    ages->start();
    updateSummary();
}

OverviewPage::~OverviewPage() = default;

QLabel* OverviewPage::addCard(const QString& title, const QString& name)
{
    auto* card = new QLabel(m_cards);
    card->setObjectName(name);
    card->setProperty("cardTitle", title);
    card->setTextFormat(Qt::RichText);
    card->setMinimumHeight(58);
    card->setStyleSheet(QStringLiteral("QLabel { background: white; border: 1px solid #c5ceda; border-radius: 8px;"
                                       " padding: 6px 12px; }"));
    static_cast<QHBoxLayout*>(m_cards->layout())->addWidget(card, 1);
    return card;
}

void OverviewPage::setFiringAlerts(int count)
{
    m_firingAlerts = count;
    updateSummary();
}

void OverviewPage::setAlertsStale(const QString& reason)
{
    m_alertsStale = reason;
    updateSummary();
}

void OverviewPage::setAlertsSource(const QString& source)
{
    m_alertsSource = source;
    updateSummary();
}

void OverviewPage::setSnapshot(const metrics::MetricsSnapshot& snapshot)
{
    m_context.services->setSnapshot(snapshot);
}

void OverviewPage::updateSummary()
{
    // Each line is a paragraph in the layout's direction: a title kept in English ("Pods") must not turn the
    // Hebrew line below it left-to-right.
    auto card = [](QLabel* label, const QString& value, const QString& detail, bool warn = false) {
        label->setText(QStringLiteral("<p dir='%5' style='margin:0'><span style='color:#5f6b7a'>%1</span></p>"
                                      "<p dir='%5' style='margin:0'><span style='font-size:15pt; font-weight:600'>%2</span>"
                                      "&nbsp;&nbsp;<span style='color:%4'>%3</span></p>")
                           .arg(label->property("cardTitle").toString().toHtmlEscaped(), value.toHtmlEscaped(),
                                detail.toHtmlEscaped(), warn ? QStringLiteral("#a35a00") : QStringLiteral("#5f6b7a"),
                                label->layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr")));
        label->setAccessibleName(label->property("cardTitle").toString() + QStringLiteral(": ") + value + QLatin1Char(' ')
                                 + detail);
    };
    const kube::ResourceStore& store = *m_context.store;
    int nodesReady = 0;
    for (const kube::Record& r : store.table(kube::ResourceKind::Nodes))
        nodesReady += std::get<kube::NodeRecord>(r).ready ? 1 : 0;
    const qsizetype nodes = store.count(kube::ResourceKind::Nodes);
    card(m_nodes, QString::number(nodes), nodes == nodesReady ? tr("all ready") : tr("%1 ready").arg(nodesReady));

    QMap<QString, int> phases;
    for (const kube::Record& r : store.table(kube::ResourceKind::Pods))
        ++phases[std::get<kube::PodRecord>(r).phase];
    // Pod phases in words of the user's language; one the API may add later reads as the API writes it.
    const QMap<QString, QString> phaseWords{{QStringLiteral("Running"), tr("%1 running")},
                                            {QStringLiteral("Pending"), tr("%1 pending")},
                                            {QStringLiteral("Succeeded"), tr("%1 succeeded")},
                                            {QStringLiteral("Failed"), tr("%1 failed")},
                                            {QStringLiteral("Unknown"), tr("%1 in unknown phase")}};
    QStringList parts;
    for (auto it = phases.cbegin(); it != phases.cend(); ++it)
        parts << phaseWords.value(it.key(), QStringLiteral("%1 ") + it.key()).arg(it.value());
    card(m_pods, QString::number(store.count(kube::ResourceKind::Pods)), parts.join(QStringLiteral(", ")));

    int healthy = 0;
    int total = m_context.services->rowCount();
    for (int row = 0; row < total; ++row)
        healthy += m_context.services->index(row).data(ServiceOverviewModel::StateRole).toInt()
                           == int(itemmodels::ServiceStatus::State::Ok)
                       ? 1
                       : 0;
    card(m_services, QString::number(total), tr("%1 healthy").arg(healthy));
    // A count whose source stopped answering is the last one known, said so, with the reason on hover.
    m_alerts->setToolTip(m_alertsStale);
    m_alerts->setAccessibleDescription(m_alertsStale);
    if (m_firingAlerts < 0 && !m_alertsStale.isEmpty())
        card(m_alerts, tr("unknown"), tr("not answering"), true);
    else if (m_firingAlerts < 0 && !m_alertsSource.isEmpty())
        card(m_alerts, tr("unknown"), tr("waiting for %1").arg(m_alertsSource));
    else if (m_firingAlerts < 0)
        card(m_alerts, tr("unknown"), tr("no Prometheus or Alertmanager connected"));
    else if (!m_alertsStale.isEmpty())
        card(m_alerts, QString::number(m_firingAlerts), tr("last known, not answering"), true);
    else
        card(m_alerts, QString::number(m_firingAlerts), m_firingAlerts == 0 ? tr("all quiet") : tr("firing now"));
}

QString OverviewPage::summaryText() const
{
    QStringList parts;
    for (QLabel* label : {m_nodes, m_pods, m_services, m_alerts})
        parts << label->accessibleName();
    return parts.join(QStringLiteral("; "));
}

} // namespace lcl::widgets
