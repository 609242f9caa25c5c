#include "widgets/logview.h"

#include "itemmodels/logmodel.h"
#include "kube/kubectlcommand.h"
#include "kube/logstream.h"
#include "kube/resourcestore.h"
#include "widgets/loglinedelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace lcl::widgets {

LogView::LogView(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new itemmodels::LogModel(10000, this))
{
    setObjectName(QStringLiteral("logView"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    auto* bar = new QHBoxLayout;
    m_pods = new QComboBox(this);
    m_pods->setObjectName(QStringLiteral("logPods"));
    m_pods->setAccessibleName(tr("Pod"));
    m_pods->setMinimumContentsLength(24);
    m_containers = new QComboBox(this);
    m_containers->setObjectName(QStringLiteral("logContainers"));
    m_containers->setAccessibleName(tr("Container"));
    m_containers->setMinimumContentsLength(12);
    m_previous = new QCheckBox(tr("Previous container"), this);
    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setChecked(true);
    m_pause = new QToolButton(this);
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop updating the view; lines keep arriving and appear on resume"));
    m_capacity = new QSpinBox(this);
    m_capacity->setRange(100, 1000000);
    m_capacity->setSingleStep(1000);
    m_capacity->setValue(int(m_model->capacity()));
    m_capacity->setPrefix(tr("keep "));
    m_capacity->setSuffix(tr(" lines"));
    m_capacity->setAccessibleName(tr("Lines kept in memory"));
    auto* copy = new QPushButton(tr("Copy as kubectl"), this);
    bar->addWidget(new QLabel(tr("Pod:"), this));
    bar->addWidget(m_pods);
    bar->addWidget(new QLabel(tr("Container:"), this));
    bar->addWidget(m_containers);
    bar->addWidget(m_previous);
    bar->addWidget(m_follow);
    bar->addWidget(m_pause);
    bar->addStretch(1);
    bar->addWidget(m_capacity);
    bar->addWidget(copy);
    layout->addLayout(bar);

    auto* searchBar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search (Enter: next match, Shift+Enter: previous)"));
    m_search->setClearButtonEnabled(true);
    m_matches = new QLabel(this);
    searchBar->addWidget(m_search, 1);
    searchBar->addWidget(m_matches);
    layout->addLayout(searchBar);

    m_lines = new QListView(this);
    m_lines->setObjectName(QStringLiteral("logLines"));
    m_lines->setAccessibleName(tr("Log lines"));
    m_lines->setUniformItemSizes(true);
    m_lines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lines->setModel(m_model);
    m_delegate = new LogLineDelegate(m_lines);
    m_lines->setItemDelegate(m_delegate);
    m_lines->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_lines, 1);
    m_status = new QLabel(this);
    layout->addWidget(m_status);

    connect(m_pods, &QComboBox::activated, this, [this] {
        m_restartOnResume = false;
        fillContainers();
        restart();
    });
    connect(m_containers, &QComboBox::activated, this, &LogView::restart);
    connect(m_previous, &QCheckBox::toggled, this, &LogView::restart);
    connect(m_follow, &QCheckBox::toggled, this, &LogView::restart);
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        if (!paused && std::exchange(m_restartOnResume, false))
            restart(); // the pods changed while paused
        updateStatus();
    });
    connect(m_capacity, &QSpinBox::editingFinished, this, [this] { m_model->setCapacity(m_capacity->value()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setSearchText(text);
        // Show the first match at once, as a browser's find does.
        if (const int row = m_model->nextMatch(-1); row >= 0)
            m_lines->scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter);
        updateStatus();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const bool back = QApplication::keyboardModifiers() & Qt::ShiftModifier;
        const int from = m_lines->currentIndex().isValid() ? m_lines->currentIndex().row() : (back ? 0 : -1);
        const int row = m_model->nextMatch(from, back);
        if (row >= 0) {
            m_lines->setCurrentIndex(m_model->index(row));
            m_lines->scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter);
        }
    });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(kubectlCommand()); });
    // Follow the tail only while the user is at the bottom: scrolling up to read stops the jumping.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar* bar = m_lines->verticalScrollBar();
        m_lines->setProperty("atBottom", bar->value() >= bar->maximum() - 2);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked() && m_lines->property("atBottom").toBool())
            m_lines->scrollToBottom();
        updateStatus();
    });
    resize(1100, 700);
}

LogView::~LogView() = default;

void LogView::open(const QString& title, const QList<ResourceKey>& pods, const ResourceKey& initial)
{
    m_title = title;
    m_allPods = pods;
    m_heading->setText(tr("Logs: %1").arg(title));
    setWindowTitle(tr("Logs: %1").arg(title));
    m_gonePods.clear();
    m_restartOnResume = false;
    fillPodBox(initial.name);
    fillContainers();
    restart();
}

void LogView::fillPodBox(const QString& current)
{
    m_pods->clear();
    m_pods->addItem(tr("All pods (%1)").arg(m_allPods.size()), QString());
    for (const ResourceKey& pod : std::as_const(m_allPods))
        m_pods->addItem(pod.name, pod.name);
    for (const ResourceKey& pod : std::as_const(m_gonePods))
        m_pods->addItem(tr("%1 (deleted)").arg(pod.name), pod.name);
    m_pods->setCurrentIndex(std::max(0, m_pods->findData(current)));
}

void LogView::setPods(const QList<ResourceKey>& pods)
{
    if (pods == m_allPods)
        return;
    const QString current = m_pods->currentData().toString();
    const QList<ResourceKey> shown = selectedPods();
    m_allPods = pods;
    m_gonePods.clear();
    if (!current.isEmpty() && !shown.isEmpty() && !pods.contains(shown.first()))
        m_gonePods << shown.first();
    fillPodBox(current);
    if (!current.isEmpty())
        return; // one pod chosen: its stream goes on (or has ended)
    if (m_model->isPaused())
        m_restartOnResume = true;
    else
        restart();
}

QList<ResourceKey> LogView::selectedPods() const
{
    const QString name = m_pods->currentData().toString();
    if (name.isEmpty())
        return m_allPods;
    for (const QList<ResourceKey>* list : {&m_allPods, &m_gonePods})
        for (const ResourceKey& pod : *list)
            if (pod.name == name)
                return {pod};
    return {};
}

void LogView::fillContainers()
{
    const QString keep = m_containers->currentData().toString();
    m_containers->clear();
    QStringList names;
    for (const ResourceKey& key : selectedPods()) {
        if (const auto* pod = m_context.store->get<kube::PodRecord>(key)) {
            for (const kube::ContainerRecord& c : pod->containers)
                if (!names.contains(c.name))
                    names << c.name;
        }
    }
    for (const QString& name : std::as_const(names))
        m_containers->addItem(name, name);
    m_containers->setCurrentIndex(std::max(0, m_containers->findData(keep)));
    m_containers->setEnabled(names.size() > 1);
}

void LogView::restart()
{
    delete m_stream;
    m_stream = nullptr;
    m_problem.clear();
    m_model->clear();
    const QList<ResourceKey> pods = selectedPods();
    m_model->setShowPods(pods.size() > 1);
    QStringList names;
    for (const ResourceKey& pod : pods)
        names << pod.name;
    m_model->setPods(names);
    int widest = 0;
    if (pods.size() > 1) {
        for (const QString& label : itemmodels::LogModel::shortNames(names))
            widest = std::max(widest, int(label.size()));
    }
    m_delegate->setPodColumnChars(std::min(widest, 24));
    kube::LogStream* stream = m_context.makeLogStream ? m_context.makeLogStream(this) : nullptr;
    if (!stream) {
        m_problem = tr("No cluster is connected.");
        updateStatus();
        return;
    }
    m_stream = stream;
    connect(stream, &kube::LogStream::linesArrived, m_model, &itemmodels::LogModel::append);
    connect(stream, &kube::LogStream::podEnded, this, [this](const QString& pod, const Error& error, bool failed) {
        if (failed)
            m_problem = tr("%1: %2").arg(pod, error.message);
        updateStatus();
    });
    kube::LogStream::Options options;
    options.pods = pods;
    options.container = m_containers->currentData().toString();
    options.previous = m_previous->isChecked();
    options.follow = m_follow->isChecked();
    stream->start(options);
    updateStatus();
}

void LogView::updateStatus()
{
    QString text = tr("%n line(s)", nullptr, m_model->rowCount());
    if (m_model->dropped() > 0)
        text += tr(", %1 older lines dropped (keeping %2)").arg(m_model->dropped()).arg(m_model->capacity());
    if (m_model->isPaused())
        text += tr(" · paused, %n new line(s) waiting", nullptr, int(m_model->pendingCount()));
    else if (m_follow->isChecked() && !m_previous->isChecked())
        text += tr(" · following");
    if (!m_problem.isEmpty())
        text += QStringLiteral(" · ") + m_problem;
    m_status->setText(text);
    m_matches->setText(m_search->text().isEmpty() ? QString() : tr("%n matching line(s)", nullptr, m_model->matchCount()));
}

QString LogView::statusText() const
{
    return m_status->text();
}

QString LogView::kubectlCommand() const
{
    const QList<ResourceKey> pods = selectedPods();
    const QString context = m_context.kubeContext ? m_context.kubeContext() : QString();
    kube::KubectlCommand kubectl(context);
    const QString container = m_containers->currentData().toString();
    if (pods.size() == 1)
        return kubectl.logs(pods.first(), container, m_previous->isChecked(), m_follow->isChecked());
    // Several pods: the workload form ("deployment/x"), which kubectl resolves to all of its pods with --prefix.
    QStringList lines;
    for (const ResourceKey& pod : pods)
        lines << kubectl.logs(pod, container, m_previous->isChecked(), false);
    return lines.join(QLatin1Char('\n'));
}

} // namespace lcl::widgets
