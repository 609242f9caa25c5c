#include "core/throttle.h"

namespace lcl {

Throttle::Throttle(int intervalMs, std::function<void()> action, QObject* parent)
    : QObject(parent)
    , m_action(std::move(action))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        ++m_runs;
        m_action();
    });
}

void Throttle::request()
{
    if (!m_timer.isActive())
        m_timer.start();
}

} // namespace lcl
