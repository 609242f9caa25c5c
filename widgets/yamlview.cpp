#include "widgets/yamlview.h"

#include "kube/kubectlcommand.h"
#include "kube/objectyamlloader.h"
#include "widgets/yamlhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace lcl::widgets {

YamlView::YamlView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("yamlView"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("yamlSearch"));
    m_search->setPlaceholderText(tr("Search (Enter: next, Shift+Enter: previous)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search in YAML"));
    m_search->setMaximumWidth(360);
    m_matches = new QLabel(this);
    auto* copy = new QPushButton(tr("Copy as kubectl"), this);
    copy->setObjectName(QStringLiteral("copyKubectl"));
    bar->addWidget(m_title, 1);
    bar->addWidget(m_search);
    bar->addWidget(m_matches);
    bar->addWidget(copy);
    layout->addLayout(bar);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("yamlText"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("Object YAML (read-only)"));
    m_highlighter = new YamlHighlighter(m_editor->document());
    layout->addWidget(m_editor, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_highlighter->setSearchText(m_search->text());
        updateMatches();
        find(false);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        find(QApplication::keyboardModifiers() & Qt::ShiftModifier);
    });
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(kubectlCommand()); });
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });
    resize(900, 700);
}

YamlView::~YamlView() = default;

void YamlView::open(kube::ObjectYamlLoader* loader, const ResourceKey& key)
{
    m_key = key;
    m_title->setText(tr("%1 %2 — loading…").arg(kube::KubectlCommand::resourceName(key.kind), key.path()));
    setWindowTitle(tr("YAML: %1/%2").arg(kube::KubectlCommand::resourceName(key.kind), key.path()));
    m_editor->clear();
    if (!loader) {
        setError(key, Error::make(Error::Kind::Unavailable, tr("No cluster is connected.")));
        return;
    }
    if (m_loader && m_loader != loader) {
        disconnect(m_loader, nullptr, this, nullptr);
        if (m_loader->parent() == this)
            m_loader->deleteLater();
    }
    m_loader = loader;
    connect(loader, &kube::ObjectYamlLoader::loaded, this, &YamlView::setYaml, Qt::UniqueConnection);
    connect(loader, &kube::ObjectYamlLoader::failed, this, &YamlView::setError, Qt::UniqueConnection);
    loader->load(key);
}

void YamlView::setYaml(const ResourceKey& key, const QString& yaml)
{
    m_key = key;
    m_title->setText(tr("%1 %2 (read-only)").arg(kube::KubectlCommand::resourceName(key.kind), key.path()));
    m_editor->setPlainText(yaml);
    updateMatches();
}

void YamlView::setError(const ResourceKey& key, const Error& error)
{
    m_key = key;
    m_title->setText(tr("%1 %2 could not be loaded").arg(kube::KubectlCommand::resourceName(key.kind), key.path()));
    m_editor->setPlainText(error.toString());
}

QString YamlView::text() const
{
    return m_editor->toPlainText();
}

int YamlView::matchCount() const
{
    const QString needle = m_search->text();
    return needle.isEmpty() ? 0 : int(text().count(needle, Qt::CaseInsensitive));
}

QString YamlView::kubectlCommand() const
{
    return kube::KubectlCommand(m_kubeContext).getYaml(m_key);
}

void YamlView::updateMatches()
{
    m_matches->setText(m_search->text().isEmpty() ? QString() : tr("%n match(es)", nullptr, matchCount()));
}

void YamlView::find(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_editor->find(needle, flags)) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_editor->setTextCursor(cursor);
        m_editor->find(needle, flags);
    }
}

} // namespace lcl::widgets
