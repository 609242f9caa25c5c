#include "widgets/emptystatepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lcl::widgets {

EmptyStatePage::EmptyStatePage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    // A centred column of fixed width: word-wrapped labels need a definite width to compute their height.
    auto* column = new QWidget(this);
    column->setFixedWidth(560);
    auto* text = new QVBoxLayout(column);
    text->setContentsMargins(0, 0, 0, 0);
    text->setSpacing(10);

    auto* heading = new QLabel(title, column);
    heading->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);
    text->addWidget(heading);

    auto* body = new QLabel(description, column);
    body->setObjectName(QStringLiteral("emptyStateDescription"));
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    text->addWidget(body);

    m_reason = new QLabel(column);
    m_reason->setObjectName(QStringLiteral("emptyStateReason"));
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignHCenter);
    m_reason->setTextFormat(Qt::RichText);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reason->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); padding-top: 12px; }"));
    text->addWidget(m_reason);

    m_actions = new QHBoxLayout;
    m_actions->setContentsMargins(0, 12, 0, 0);
    m_actions->addStretch(1);
    m_actions->addStretch(1);
    text->addLayout(m_actions);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyStatePage::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

QPushButton* EmptyStatePage::addAction(const QString& text)
{
    auto* button = new QPushButton(text, this);
    button->setMinimumHeight(32);
    m_actions->insertWidget(m_actions->count() - 1, button);
    return button;
}

void EmptyStatePage::setActionsVisible(bool visible)
{
    for (int i = 0; i < m_actions->count(); ++i) {
        if (QWidget* w = m_actions->itemAt(i)->widget())
            w->setVisible(visible);
    }
}

QString EmptyStatePage::reason() const
{
    return m_reason->text();
}

} // namespace lcl::widgets
