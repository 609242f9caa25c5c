#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace lcl::metrics {

// Carries results from the net thread to the thread of a context object (the GUI thread) with a queued call.
// A result posted under an older generation is dropped on arrival, and nothing is posted once the owner has
// closed the delivery (in its destructor), so a late answer never reaches a deleted object. Copies share one
// state, so a callback on the net thread can hold a copy safely.
class PrometheusClientDelivery final {
public:
    explicit PrometheusClientDelivery(QObject* context);

    quint64 generation() const { return m_state->generation.load(); }
    // Makes every result still on its way stale.
    quint64 bump() { return ++m_state->generation; }
    void close();

    // Any thread: runs `fn` on the context's thread if `generation` is still current when it gets there.
    void post(quint64 generation, std::function<void()> fn) const;

private:
    struct State {
        std::mutex mutex;
        QObject* context = nullptr;
        std::atomic<quint64> generation{1};
    };
    std::shared_ptr<State> m_state;
};

} // namespace lcl::metrics
