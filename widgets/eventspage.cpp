#include "widgets/eventspage.h"

#include "itemmodels/eventfilterproxy.h"
#include "itemmodels/eventgroupproxy.h"
#include "itemmodels/eventmodel.h"
#include "itemmodels/warningsfirstproxy.h"
#include "widgets/columnwidths.h"
#include "widgets/warningrowdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lcl::widgets {

using itemmodels::EventModel;

EventsPage::EventsPage(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("eventsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("eventFilter"));
    m_filter->setPlaceholderText(tr("Filter by reason, message, object or namespace"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Event filter"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("eventType"));
    m_type->setAccessibleName(tr("Event type"));
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("Warnings"), QStringLiteral("Warning"));
    m_type->addItem(tr("Normal"), QStringLiteral("Normal"));
    m_group = new QCheckBox(tr("Group by object"), this);
    m_group->setObjectName(QStringLiteral("eventGroup"));
    m_count = new QLabel(this);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_type);
    bar->addWidget(m_group);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_model = new EventModel(context.store, this);
    m_filterProxy = new itemmodels::EventFilterProxy(this);
    m_filterProxy->setSourceModel(m_model);
    m_warningsFirst = new itemmodels::WarningsFirstProxy(this);
    m_grouped = new itemmodels::EventGroupProxy(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new WarningRowDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    layout->addWidget(m_table, 1);
    applyGrouping(false);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filterProxy->setText(text);
        updateCount();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_filterProxy->setType(m_type->currentData().toString());
        updateCount();
    });
    connect(m_group, &QCheckBox::toggled, this, &EventsPage::applyGrouping);
    for (auto* model : {static_cast<QAbstractItemModel*>(m_filterProxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &EventsPage::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EventsPage::updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, &EventsPage::updateCount);
    }
    auto* ages = new QTimer(this);
    ages->setInterval(5000);
    connect(ages, &QTimer::timeout, m_model, &EventModel::refreshAges);
    ages->start();
    updateCount();
}

EventsPage::~EventsPage() = default;

void EventsPage::applyGrouping(bool grouped)
{
    m_warningsFirst->setSourceModel(grouped ? nullptr : m_filterProxy);
    m_grouped->setSourceModel(grouped ? m_filterProxy : nullptr);
    QSortFilterProxyModel* shown = grouped ? static_cast<QSortFilterProxyModel*>(m_grouped) : m_warningsFirst;
    m_table->setSortingEnabled(false);
    m_table->setModel(shown);
    if (grouped)
        shown->sort(0, Qt::AscendingOrder);
    else
        shown->sort(EventModel::LastSeen, Qt::DescendingOrder);
    // Grouping is an order of its own; clicking headers only makes sense for the flat list.
    m_table->setSortingEnabled(!grouped);
    if (!grouped)
        m_table->horizontalHeader()->setSortIndicator(EventModel::LastSeen, Qt::DescendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(EventModel::Message, QHeaderView::Stretch);
    setColumnWidths(header, {{EventModel::Namespace, 100}, {EventModel::LastSeen, 75}, {EventModel::Type, 75},
                             {EventModel::Reason, 140}, {EventModel::Object, 260}, {EventModel::Count, 55}});
    // The reporting component matters least on a crowded screen; the message needs the room.
    m_table->hideColumn(EventModel::Source);
}

void EventsPage::setNamespaceFilter(const QString& ns)
{
    m_namespace = ns;
    m_filterProxy->setNamespace(ns);
    updateCount();
}

QString EventsPage::countText() const
{
    return m_count->text();
}

void EventsPage::updateCount()
{
    int warnings = 0;
    const int rows = m_filterProxy->rowCount();
    for (int row = 0; row < rows; ++row)
        warnings += m_filterProxy->index(row, 0).data(itemmodels::WarningRole).toBool() ? 1 : 0;
    m_count->setText(tr("%1 of %2 events, %3 warnings").arg(rows).arg(m_model->rowCount()).arg(warnings));
}

} // namespace lcl::widgets
