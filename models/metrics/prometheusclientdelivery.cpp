#include "metrics/prometheusclientdelivery.h"

#include <QMetaObject>

namespace lcl::metrics {

PrometheusClientDelivery::PrometheusClientDelivery(QObject* context) : m_state(std::make_shared<State>())
{
    m_state->context = context;
}

void PrometheusClientDelivery::close()
{
    const std::lock_guard lock(m_state->mutex);
    m_state->context = nullptr;
    ++m_state->generation;
}

void PrometheusClientDelivery::post(quint64 generation, std::function<void()> fn) const
{
    // The lock spans the post so that close() (and the context's destruction after it) cannot interleave.
    const std::lock_guard lock(m_state->mutex);
    if (!m_state->context || m_state->generation.load() != generation)
        return;
    QMetaObject::invokeMethod(
        m_state->context,
        [state = m_state, generation, fn = std::move(fn)] {
            if (state->generation.load() == generation && state->context)
                fn();
        },
        Qt::QueuedConnection);
}

} // namespace lcl::metrics
