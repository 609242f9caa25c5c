#include "widgets/servicedetailpage.h"

#include "core/throttle.h"
#include "itemmodels/eventfilterproxy.h"
#include "itemmodels/eventmodel.h"
#include "itemmodels/keysetfilterproxy.h"
#include "itemmodels/podmodel.h"
#include "itemmodels/serviceoverviewmodel.h"
#include "itemmodels/warningsfirstproxy.h"
#include "kube/kubectlcommand.h"
#include "kube/objectyamlloader.h"
#include "kube/resourcestore.h"
#include "widgets/columnwidths.h"
#include "widgets/logview.h"
#include "widgets/servicechartswidget.h"
#include "widgets/servicetiledelegate.h"
#include "widgets/warningrowdelegate.h"
#include "widgets/yamlview.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lcl::widgets {

using itemmodels::PodModel;

namespace {

QTableView* makeTable(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(24);
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    return table;
}

QLabel* makeSection(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ServiceDetailPage::ServiceDetailPage(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("serviceDetailPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);

    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("serviceTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("serviceState"));
    m_state->setTextFormat(Qt::RichText);
    m_state->setWordWrap(true);
    // Long reasons wrap instead of widening the window.
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* logs = new QPushButton(tr("Logs"), this);
    logs->setObjectName(QStringLiteral("openLogs"));
    // A push button with a menu draws its arrow beside the text (a tool button's overlaps it).
    m_yaml = new QPushButton(tr("YAML"), this);
    m_yaml->setObjectName(QStringLiteral("openYaml"));
    m_yaml->setMenu(new QMenu(m_yaml));
    auto* copy = new QPushButton(tr("Copy as kubectl"), this);
    copy->setObjectName(QStringLiteral("copyKubectl"));
    header->addWidget(m_title, 1);
    header->addWidget(logs);
    header->addWidget(m_yaml);
    header->addWidget(copy);
    layout->addLayout(header);
    layout->addWidget(m_state);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(Qt::Horizontal, splitter);
    m_podModel = new PodModel(context.store, this);
    m_podFilter = new itemmodels::KeySetFilterProxy(this);
    m_podFilter->setSourceModel(m_podModel);
    m_pods = makeTable(top, QStringLiteral("servicePods"), tr("Pods of the service"));
    m_pods->setModel(m_podFilter);
    m_pods->hideColumn(PodModel::Namespace);
    m_pods->setTextElideMode(Qt::ElideMiddle); // pod names differ at the end
    m_pods->hideColumn(PodModel::IP);
    m_pods->sortByColumn(PodModel::Name, Qt::AscendingOrder);
    m_pods->horizontalHeader()->setSectionResizeMode(PodModel::Name, QHeaderView::Stretch);
    m_pods->horizontalHeader()->setMinimumSectionSize(40);
    // A service has a handful of pods: fitting the short columns to their text is cheap.
    for (int column : {int(PodModel::Ready), int(PodModel::Status), int(PodModel::Restarts), int(PodModel::Age),
                       int(PodModel::Node)})
        m_pods->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_pods, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        openLogs(m_podModel->keyAt(m_podFilter->mapToSource(index).row()));
    });

    auto* info = new QWidget(top);
    info->setMinimumWidth(260);
    auto* infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(8, 0, 0, 0);
    m_hpa = makeSection(info);
    m_hpa->setObjectName(QStringLiteral("serviceHpa"));
    m_links = makeSection(info);
    m_links->setObjectName(QStringLiteral("serviceLinks"));
    infoLayout->addWidget(m_hpa);
    infoLayout->addWidget(m_links, 1);
    top->addWidget(m_pods);
    top->addWidget(info);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({600, 360});

    m_charts = new ServiceChartsWidget(context.ranges, splitter);

    m_eventModel = new itemmodels::EventModel(context.store, this);
    m_eventFilter = new itemmodels::EventFilterProxy(this);
    m_eventFilter->setSourceModel(m_eventModel);
    m_eventFilter->setObjects({}, true);
    m_eventOrder = new itemmodels::WarningsFirstProxy(this);
    m_eventOrder->setSourceModel(m_eventFilter);
    m_events = makeTable(splitter, QStringLiteral("serviceEvents"), tr("Events of the service"));
    m_events->setModel(m_eventOrder);
    m_events->setItemDelegate(new WarningRowDelegate(m_events));
    m_events->sortByColumn(itemmodels::EventModel::LastSeen, Qt::DescendingOrder);
    m_events->hideColumn(itemmodels::EventModel::Namespace);
    m_events->hideColumn(itemmodels::EventModel::Source);
    m_events->horizontalHeader()->setSectionResizeMode(itemmodels::EventModel::Message, QHeaderView::Stretch);
    setColumnWidths(m_events->horizontalHeader(),
                    {{itemmodels::EventModel::LastSeen, 70}, {itemmodels::EventModel::Type, 65},
                     {itemmodels::EventModel::Object, 230}, {itemmodels::EventModel::Reason, 130},
                     {itemmodels::EventModel::Count, 50}});
    splitter->addWidget(top);
    splitter->addWidget(m_charts);
    splitter->addWidget(m_events);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);

    connect(logs, &QPushButton::clicked, this, [this] { openLogs(); });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(kubectlCommands()); });
    connect(m_yaml->menu(), &QMenu::aboutToShow, this, &ServiceDetailPage::updateYamlMenu);

    auto* refresh = new Throttle(300, [this] { update(); }, this);
    connect(context.store, &kube::ResourceStore::changed, refresh, &Throttle::request);
    connect(context.services, &QAbstractItemModel::dataChanged, refresh, &Throttle::request);
    connect(context.services, &QAbstractItemModel::modelReset, refresh, &Throttle::request);
    auto* ages = new QTimer(this);
    ages->setInterval(5000);
    connect(ages, &QTimer::timeout, m_podModel, &PodModel::refreshAges);
    connect(ages, &QTimer::timeout, m_eventModel, &itemmodels::EventModel::refreshAges);
    ages->start();
    update();
}

ServiceDetailPage::~ServiceDetailPage() = default;

const itemmodels::ServiceEntry* ServiceDetailPage::entry() const
{
    return m_context.services->entry(m_serviceId);
}

void ServiceDetailPage::showService(const QString& serviceId)
{
    m_serviceId = serviceId;
    const itemmodels::ServiceEntry* e = entry();
    m_charts->setEntity(e ? e->metricKeys : QStringList());
    update();
}

void ServiceDetailPage::update()
{
    const itemmodels::ServiceEntry* e = entry();
    const itemmodels::ServiceStatus* s = m_context.services->status(m_serviceId);
    if (!e || !s) {
        m_title->setText(tr("<span style='font-size:15pt; font-weight:600'>%1</span>")
                             .arg((m_serviceId.isEmpty() ? tr("No service selected") : m_serviceId).toHtmlEscaped()));
        m_state->setText(m_serviceId.isEmpty() ? tr("Choose a service on the overview or in the list.")
                                               : tr("This service is not known to the profile or the cluster."));
        m_podFilter->setKeys({});
        m_eventFilter->setObjects({}, true);
        m_hpa->clear();
        m_links->clear();
        return;
    }
    const kube::ResourceStore& store = *m_context.store;
    const QList<ResourceKey> pods = e->pods(store);
    m_podFilter->setKeys(pods);
    if (m_logView)
        m_logView->setPods(pods);

    const QColor colour = ServiceTileDelegate::stateColor(int(s->state));
    m_title->setText(tr("<span style='font-size:15pt; font-weight:600'>%1</span> <span style='color:#5f6b7a'>%2 · "
                        "namespace %3</span>")
                         .arg(e->displayName.toHtmlEscaped(), e->kindName.toHtmlEscaped(), e->ns.toHtmlEscaped()));
    m_state->setText(tr("<span style='color:%1; font-weight:600'>● %2</span> — %3 &nbsp;·&nbsp; ready %4/%5 · rate %6 · errors %7 · "
                        "p95 %8")
                         .arg(colour.name(), itemmodels::ServiceStatus::stateName(s->state).toHtmlEscaped(),
                              s->reason.toHtmlEscaped())
                         .arg(s->ready)
                         .arg(s->desired)
                         .arg(itemmodels::ServiceOverviewModel::rateText(s->requestRate).toHtmlEscaped(),
                              itemmodels::ServiceOverviewModel::ratioText(s->errorRatio).toHtmlEscaped(),
                              itemmodels::ServiceOverviewModel::latencyText(s->latencyP95).toHtmlEscaped()));

    // Events of everything that makes up the service: workloads, their replica sets and pods, services, HPAs.
    QSet<QString> objects;
    auto add = [&objects](const QString& kind, const ResourceKey& key) {
        objects.insert(itemmodels::EventFilterProxy::objectId(kind, key.ns, key.name));
    };
    for (const ResourceKey& w : e->workloads) {
        add(kube::KubectlCommand::resourceName(w.kind), w);
        for (const ResourceKey& rs : store.ownedBy(kube::ResourceKind::ReplicaSets, w))
            add(QStringLiteral("replicaset"), rs);
    }
    for (const ResourceKey& p : pods)
        add(QStringLiteral("pod"), p);
    for (const ResourceKey& k : e->kubeServices)
        add(QStringLiteral("service"), k);
    for (const ResourceKey& h : e->hpas)
        add(QStringLiteral("horizontalpodautoscaler"), h);
    m_eventFilter->setObjects(objects, true);

    QStringList hpa;
    for (const ResourceKey& key : e->hpas) {
        const auto* h = store.get<kube::HpaRecord>(key);
        if (!h) {
            hpa << tr("%1: not found in the cluster").arg(key.name.toHtmlEscaped());
            continue;
        }
        QStringList metrics;
        for (const kube::HpaMetric& m : h->metrics)
            metrics << QStringLiteral("%1 %2/%3").arg(m.name, m.current.isEmpty() ? tr("unknown") : m.current, m.target);
        QString line = tr("%1 → %2 replicas (min %3, max %4, wants %5)")
                           .arg(key.name)
                           .arg(h->currentReplicas)
                           .arg(h->minReplicas)
                           .arg(h->maxReplicas)
                           .arg(h->desiredReplicas);
        if (!metrics.isEmpty())
            line += QStringLiteral(" · ") + metrics.join(QStringLiteral(", "));
        if (h->atMax())
            line += tr(" · <b>at its maximum</b>");
        hpa << line;
    }
    m_hpa->setText(tr("<b>Autoscaling</b><br/>%1")
                       .arg(hpa.isEmpty() ? tr("no HorizontalPodAutoscaler") : hpa.join(QStringLiteral("<br/>"))));
    auto list = [](const QStringList& items, const QString& none) {
        QStringList escaped;
        for (const QString& item : items)
            escaped << item.toHtmlEscaped();
        return items.isEmpty() ? none : escaped.join(QStringLiteral("<br/>"));
    };
    m_links->setText(tr("<b>Routes</b><br/>%1<br/><b>Depends on</b><br/>%2<br/><b>Used by</b><br/>%3")
                         .arg(list(e->routes, tr("none")), list(e->dependsOn, tr("nothing")),
                              list(e->usedBy, tr("nothing"))));
}

void ServiceDetailPage::updateYamlMenu()
{
    QMenu* menu = m_yaml->menu();
    menu->clear();
    const itemmodels::ServiceEntry* e = entry();
    if (!e) {
        menu->addAction(tr("No service selected"))->setEnabled(false);
        return;
    }
    QList<ResourceKey> keys = e->workloads + e->kubeServices + e->hpas;
    for (const ResourceKey& pod : e->pods(*m_context.store))
        keys << pod;
    for (const ResourceKey& key : std::as_const(keys)) {
        QAction* action = menu->addAction(kube::KubectlCommand::resourceName(key.kind) + QLatin1Char('/') + key.name);
        connect(action, &QAction::triggered, this, [this, key] { openYaml(key); });
    }
}

LogView* ServiceDetailPage::openLogs(const ResourceKey& pod)
{
    const itemmodels::ServiceEntry* e = entry();
    if (!e)
        return nullptr;
    if (!m_logView) {
        m_logView = new LogView(m_context, this);
        m_logView->setWindowFlag(Qt::Window);
        m_logView->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_logView->open(e->displayName, e->pods(*m_context.store), pod);
    m_logView->show();
    m_logView->raise();
    return m_logView;
}

YamlView* ServiceDetailPage::openYaml(const ResourceKey& key)
{
    if (!m_yamlView) {
        m_yamlView = new YamlView(this);
        m_yamlView->setWindowFlag(Qt::Window);
        m_yamlView->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (m_context.kubeContext)
        m_yamlView->setKubeContext(m_context.kubeContext());
    kube::ObjectYamlLoader* loader = m_context.makeYamlLoader ? m_context.makeYamlLoader(m_yamlView) : nullptr;
    m_yamlView->open(loader, key);
    m_yamlView->show();
    m_yamlView->raise();
    return m_yamlView;
}

QString ServiceDetailPage::kubectlCommands() const
{
    const itemmodels::ServiceEntry* e = entry();
    if (!e)
        return {};
    const kube::KubectlCommand kubectl(m_context.kubeContext ? m_context.kubeContext() : QString());
    QStringList lines;
    QList<ResourceKey> objects = e->workloads + e->kubeServices + e->hpas;
    if (!objects.isEmpty())
        lines << kubectl.getObjects(objects);
    lines << kubectl.getPods(e->ns, e->podSelector);
    for (const ResourceKey& w : e->workloads)
        lines << kubectl.events(w);
    return lines.join(QLatin1Char('\n'));
}

LogView* ServiceDetailPage::logView() const
{
    return m_logView.data();
}

YamlView* ServiceDetailPage::yamlView() const
{
    return m_yamlView.data();
}

QString ServiceDetailPage::headerText() const
{
    return m_title->text() + QLatin1Char(' ') + m_state->text();
}

QString ServiceDetailPage::hpaText() const
{
    return m_hpa->text();
}

QString ServiceDetailPage::linksText() const
{
    return m_links->text();
}

} // namespace lcl::widgets
