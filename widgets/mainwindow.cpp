#include "widgets/mainwindow.h"

#include "widgets/connectionindicator.h"
#include "widgets/emptystatepage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace lcl::widgets {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("LocalCloudLab Console"));
    setObjectName(QStringLiteral("mainWindow"));

    auto* splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); padding-top: 8px; font-size: 11pt; }"
        "QListWidget::item { padding: 8px 14px; border-radius: 4px; }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    m_stack = new QStackedWidget(splitter);
    m_stack->setObjectName(QStringLiteral("pages"));

    for (const ViewInfo& view : ViewInfo::all()) {
        auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(view.key)), view.title,
                                         m_navigation);
        item->setData(Qt::UserRole, view.key);
        item->setToolTip(view.description);
        auto* empty = new EmptyStatePage(view.title, view.description, m_stack);
        empty->setObjectName(view.key + QStringLiteral("EmptyState"));
        m_empty.insert(view.id, empty);
        m_pages.insert(view.id, empty);
        m_stack->addWidget(empty);
    }
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 48);

    EmptyStatePage* overview = m_empty.value(ViewId::Overview);
    connect(overview->addAction(tr("Start the demo lab")), &QPushButton::clicked, this,
            &MainWindow::startDemoRequested);
    connect(overview->addAction(tr("Open a kubeconfig…")), &QPushButton::clicked, this,
            &MainWindow::openKubeconfigRequested);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    setCentralWidget(splitter);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const ViewId id = ViewInfo::all().at(size_t(row)).id;
        m_stack->setCurrentWidget(m_pages.value(id));
        Q_EMIT viewChanged(id);
    });

    buildMenus();
    buildToolbar();
    buildStatusBar();
    setContexts({}, {});
    setNamespaces({});
    m_navigation->setCurrentRow(0);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("Open &kubeconfig…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openKubeconfigRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    int index = 1;
    for (const ViewInfo& info : ViewInfo::all()) {
        QAction* action = view->addAction(info.title);
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(index++)));
        const ViewId id = info.id;
        connect(action, &QAction::triggered, this, [this, id] { showView(id); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About LocalCloudLab Console"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildToolbar()
{
    QToolBar* bar = addToolBar(tr("Connection"));
    bar->setObjectName(QStringLiteral("connectionToolbar"));
    bar->setMovable(false);

    auto* contextLabel = new QLabel(tr("Context:"), bar);
    m_contexts = new QComboBox(bar);
    m_contexts->setObjectName(QStringLiteral("contextSelector"));
    m_contexts->setMinimumContentsLength(18);
    m_contexts->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contexts->setAccessibleName(tr("Kubernetes context"));
    contextLabel->setBuddy(m_contexts);
    bar->addWidget(contextLabel);
    bar->addWidget(m_contexts);
    bar->addSeparator();

    auto* nsLabel = new QLabel(tr("Namespace:"), bar);
    m_namespaces = new QComboBox(bar);
    m_namespaces->setObjectName(QStringLiteral("namespaceFilter"));
    m_namespaces->setMinimumContentsLength(16);
    m_namespaces->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_namespaces->setAccessibleName(tr("Namespace filter"));
    nsLabel->setBuddy(m_namespaces);
    bar->addWidget(nsLabel);
    bar->addWidget(m_namespaces);

    connect(m_contexts, &QComboBox::activated, this, [this](int index) {
        const QString name = m_contexts->itemData(index).toString();
        if (!name.isEmpty())
            Q_EMIT contextSelected(name);
    });
    connect(m_namespaces, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT namespaceFilterChanged(namespaceFilter()); });
}

void MainWindow::buildStatusBar()
{
    const std::pair<Connection, QString> connections[] = {
        {Connection::KubernetesApi, tr("Kubernetes API")},
        {Connection::Prometheus, tr("Prometheus")},
        {Connection::Alertmanager, tr("Alertmanager")},
    };
    for (const auto& [which, name] : connections) {
        auto* indicator = new ConnectionIndicator(name, statusBar());
        m_indicators.insert(which, indicator);
        statusBar()->addPermanentWidget(indicator);
    }
}

void MainWindow::setContexts(const QStringList& contexts, const QString& current)
{
    const QSignalBlocker blocker(m_contexts);
    m_contexts->clear();
    if (contexts.isEmpty()) {
        m_contexts->addItem(tr("No kubeconfig context"));
        m_contexts->setEnabled(false);
        return;
    }
    m_contexts->setEnabled(true);
    for (const QString& name : contexts)
        m_contexts->addItem(name, name);
    m_contexts->setCurrentIndex(std::max(0, m_contexts->findData(current)));
}

QString MainWindow::currentContext() const
{
    return m_contexts->currentData().toString();
}

void MainWindow::setNamespaces(const QStringList& namespaces)
{
    const QString keep = namespaceFilter();
    {
        const QSignalBlocker blocker(m_namespaces);
        m_namespaces->clear();
        m_namespaces->addItem(tr("All namespaces"), QString());
        for (const QString& ns : namespaces)
            m_namespaces->addItem(ns, ns);
        m_namespaces->setCurrentIndex(std::max(0, m_namespaces->findData(keep)));
    }
    if (namespaceFilter() != keep)
        Q_EMIT namespaceFilterChanged(namespaceFilter());
}

void MainWindow::setNamespaceFilter(const QString& ns)
{
    int index = m_namespaces->findData(ns);
    if (index < 0 && !ns.isEmpty()) {
        m_namespaces->addItem(ns, ns);
        index = m_namespaces->count() - 1;
    }
    m_namespaces->setCurrentIndex(std::max(0, index));
}

QString MainWindow::namespaceFilter() const
{
    return m_namespaces->currentData().toString();
}

void MainWindow::setConnectionState(Connection which, const ConnectionState& state)
{
    m_indicators.value(which)->setState(state);
}

ConnectionIndicator* MainWindow::indicator(Connection which) const
{
    return m_indicators.value(which);
}

ViewId MainWindow::currentView() const
{
    return ViewInfo::all().at(size_t(std::max(0, m_navigation->currentRow()))).id;
}

void MainWindow::showView(ViewId view)
{
    m_navigation->setCurrentRow(int(view));
}

void MainWindow::setPage(ViewId view, QWidget* page)
{
    QWidget* old = m_pages.value(view);
    const bool current = m_stack->currentWidget() == old;
    m_stack->insertWidget(m_stack->indexOf(old), page);
    m_stack->removeWidget(old);
    m_pages.insert(view, page);
    if (old != m_empty.value(view))
        old->deleteLater();
    if (current)
        m_stack->setCurrentWidget(page);
}

QWidget* MainWindow::page(ViewId view) const
{
    return m_pages.value(view);
}

EmptyStatePage* MainWindow::emptyState(ViewId view) const
{
    return m_empty.value(view);
}

void MainWindow::setEmptyReason(const QString& reason)
{
    for (EmptyStatePage* page : std::as_const(m_empty))
        page->setReason(reason);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LocalCloudLab Console"),
                       tr("<h3>LocalCloudLab Console %1</h3><p>A native console for LocalCloudLab k3s platforms: "
                          "topology, live traffic, alerts, runbooks and safe guided changes in one window.</p>")
                           .arg(QStringLiteral(LCL_VERSION)));
}

} // namespace lcl::widgets
