#include "widgets/connectionindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace lcl::widgets {
namespace {

QString colourFor(ConnectionState::Phase phase)
{
    switch (phase) {
    case ConnectionState::Phase::Connected:
        return QStringLiteral("#2e9d4f");
    case ConnectionState::Phase::Connecting:
        return QStringLiteral("#3b7dd8");
    case ConnectionState::Phase::Degraded:
        return QStringLiteral("#d89b00");
    case ConnectionState::Phase::Failed:
        return QStringLiteral("#d0342c");
    case ConnectionState::Phase::NotConfigured:
        break;
    }
    return QStringLiteral("#9a9a9a");
}

} // namespace

ConnectionIndicator::ConnectionIndicator(const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_name(name)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    m_dot = new QLabel(this);
    m_dot->setFixedSize(10, 10);
    m_label = new QLabel(this);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    setState(ConnectionState{});
}

void ConnectionIndicator::setState(const ConnectionState& state)
{
    m_state = state;
    m_dot->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: 5px; }").arg(colourFor(state.phase)));
    m_label->setText(text());
    QString tip = tr("%1: %2").arg(m_name, ConnectionState::phaseName(state.phase));
    if (!state.endpoint.isEmpty())
        tip += QLatin1Char('\n') + state.endpoint;
    if (!state.summary.isEmpty())
        tip += QLatin1Char('\n') + state.summary;
    // How long a connection has been down (or up) matters more on call than the state alone.
    if (state.since.isValid() && state.phase != ConnectionState::Phase::NotConfigured)
        tip += QLatin1Char('\n')
               + tr("since %1").arg(QLocale().toString(state.since.toLocalTime().time(), QLocale::LongFormat));
    setToolTip(tip);
    setAccessibleName(tip);
}

QString ConnectionIndicator::text() const
{
    return tr("%1: %2").arg(m_name, ConnectionState::phaseName(m_state.phase));
}

} // namespace lcl::widgets
