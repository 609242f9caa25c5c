#include "widgets/servicespage.h"

#include "itemmodels/serviceoverviewmodel.h"
#include "widgets/servicedetailpage.h"
#include "widgets/servicelistdelegate.h"

#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

namespace lcl::widgets {

ServicesPage::ServicesPage(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("servicesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(this);
    m_list = new QListView(splitter);
    m_list->setObjectName(QStringLiteral("serviceList"));
    m_list->setAccessibleName(tr("Services"));
    m_list->setModel(context.services);
    m_list->setItemDelegate(new ServiceListDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMinimumWidth(170);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMaximumWidth(210);
    m_detail = new ServiceDetailPage(context, splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        const QString id = index.data(itemmodels::ServiceOverviewModel::IdRole).toString();
        if (!id.isEmpty() && id != m_detail->serviceId())
            m_detail->showService(id);
    });
    // A reset (services appeared) loses the selection: put it back.
    connect(context.services, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_detail->serviceId().isEmpty())
            showService(m_detail->serviceId());
    });
}

ServicesPage::~ServicesPage() = default;

void ServicesPage::showService(const QString& serviceId)
{
    const int row = m_context.services->rowOf(serviceId);
    if (row >= 0)
        m_list->setCurrentIndex(m_context.services->index(row));
    m_detail->showService(serviceId);
}

} // namespace lcl::widgets
