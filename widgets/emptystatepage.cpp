#include "widgets/emptystatepage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lcl::widgets {

EmptyStatePage::EmptyStatePage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(2);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);
    layout->addWidget(heading);

    auto* body = new QLabel(description, this);
    body->setObjectName(QStringLiteral("emptyStateDescription"));
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    body->setMaximumWidth(640);
    layout->addWidget(body, 0, Qt::AlignHCenter);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("emptyStateReason"));
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignHCenter);
    m_reason->setTextFormat(Qt::RichText);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reason->setMaximumWidth(640);
    m_reason->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); padding-top: 12px; }"));
    layout->addWidget(m_reason, 0, Qt::AlignHCenter);

    layout->addStretch(3);
}

void EmptyStatePage::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

QString EmptyStatePage::reason() const
{
    return m_reason->text();
}

} // namespace lcl::widgets
