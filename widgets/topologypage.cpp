#include "widgets/topologypage.h"

#include "widgets/topologylegend.h"
#include "widgets/topologyview.h"

#include "lab/topologyfilter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace lcl::widgets {

TopologyPage::TopologyPage(QWidget* parent)
    : QWidget(parent)
    , m_view(new TopologyView(this))
    , m_legend(new TopologyLegend(this))
    , m_search(new QLineEdit(this))
    , m_namespace(new QComboBox(this))
    , m_onlyUnhealthy(new QCheckBox(tr("Only unhealthy"), this))
    , m_showPods(new QCheckBox(tr("Show pods"), this))
    , m_fit(new QToolButton(this))
    , m_export(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search nodes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_namespace->setMinimumContentsLength(14);
    m_namespace->setAccessibleName(tr("Namespace filter"));
    m_onlyUnhealthy->setToolTip(tr("Show only nodes with a warning or a problem, with their neighbours"));
    m_showPods->setToolTip(tr("Expand each workload's pods into groups by state"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the graph to the window (F)"));
    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_export->setText(tr("Export")); // a push button draws the menu arrow beside the text, not over it
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("As PNG image…"), this, [this] { exportTo(QStringLiteral("png")); });
    exportMenu->addAction(tr("As SVG drawing…"), this, [this] { exportTo(QStringLiteral("svg")); });
    m_export->setMenu(exportMenu);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(8, 6, 8, 6);
    toolbar->addWidget(m_search);
    toolbar->addWidget(m_namespace);
    toolbar->addWidget(m_onlyUnhealthy);
    toolbar->addWidget(m_showPods);
    toolbar->addStretch(1);
    toolbar->addWidget(zoomOut);
    toolbar->addWidget(zoomIn);
    toolbar->addWidget(m_fit);
    toolbar->addWidget(m_export);

    auto* footer = new QVBoxLayout;
    footer->setContentsMargins(8, 2, 8, 6);
    footer->setSpacing(2);
    footer->addWidget(m_legend);
    footer->addWidget(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_view->setSearchText(text);
        updateStatus();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_view->currentNode().isEmpty())
            Q_EMIT nodeActivated(m_view->currentNode());
    });
    connect(m_namespace, &QComboBox::currentIndexChanged, this, &TopologyPage::applyFilter);
    connect(m_onlyUnhealthy, &QCheckBox::toggled, this, &TopologyPage::applyFilter);
    connect(m_showPods, &QCheckBox::toggled, this, &TopologyPage::applyFilter);
    connect(m_fit, &QToolButton::clicked, m_view, &TopologyView::fitAll);
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(1.2); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(1 / 1.2); });
    connect(m_view, &TopologyView::nodeActivated, this, &TopologyPage::nodeActivated);
    connect(m_view, &TopologyView::layoutApplied, this, &TopologyPage::updateStatus);
    connect(m_view, &TopologyView::nodeHovered, this, [this](const QString& id) {
        m_hovered = id;
        updateStatus();
    });
    connect(m_view, &TopologyView::layoutFailed, this, [this](const QString& message) { m_status->setText(message); });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    updateNamespaces();
    updateStatus();
}

TopologyPage::~TopologyPage() = default;

void TopologyPage::setTopology(const lab::Topology& topology)
{
    m_view->setTopology(topology);
    updateNamespaces();
    updateStatus();
}

void TopologyPage::updateNamespaces()
{
    const QString current = m_namespace->currentData().toString();
    const QStringList names = m_view->topology().namespaces();
    QStringList shown;
    for (int i = 1; i < m_namespace->count(); ++i)
        shown << m_namespace->itemData(i).toString();
    if (shown == names && m_namespace->count() > 0)
        return;
    const QSignalBlocker blocker(m_namespace);
    m_namespace->clear();
    m_namespace->addItem(tr("All namespaces"), QString());
    for (const QString& ns : names)
        m_namespace->addItem(ns, ns);
    m_namespace->setCurrentIndex(std::max(0, m_namespace->findData(current)));
}

void TopologyPage::applyFilter()
{
    lab::TopologyFilter filter;
    filter.ns = m_namespace->currentData().toString();
    filter.onlyUnhealthy = m_onlyUnhealthy->isChecked();
    filter.showPods = m_showPods->isChecked();
    m_view->setFilter(filter);
    updateStatus();
}

QString TopologyPage::statusText() const
{
    return m_status->text();
}

void TopologyPage::updateStatus()
{
    const lab::Topology& shown = m_view->shownTopology();
    QStringList parts;
    if (const lab::TopologyNode* n = shown.node(m_hovered)) {
        parts << n->label + QStringLiteral(" (") + lab::topologyKindName(n->kind) + QLatin1Char(')');
        parts << lab::topologyHealthName(n->health) + (n->healthReason.isEmpty() ? QString() : QStringLiteral(": ") + n->healthReason);
        if (n->hasPods())
            parts << tr("%1 of %2 pods ready").arg(n->readyCount).arg(n->podCount);
    } else {
        parts << tr("Nodes: %1").arg(shown.nodes().size()) << tr("Edges: %1").arg(shown.edges().size());
        if (!m_search->text().trimmed().isEmpty())
            parts << tr("Search matches: %1").arg(m_view->searchMatches().size());
        parts << shown.notes();
    }
    m_status->setText(parts.join(QStringLiteral("  ·  ")));
}

void TopologyPage::exportTo(const QString& format)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString filter = format == QLatin1String("png") ? tr("PNG image (*.png)") : tr("SVG drawing (*.svg)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export topology"),
                                                      dir + QStringLiteral("/topology.") + format, filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = format == QLatin1String("png") ? m_view->exportPng(path, 2.0, &error) : m_view->exportSvg(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export topology"), error);
}

} // namespace lcl::widgets
