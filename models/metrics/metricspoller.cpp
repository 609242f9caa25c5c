#include "metrics/metricspoller.h"

#include "metrics/metricspolleranswer.h"
#include "metrics/prometheusclient.h"

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace lcl::metrics {

// The answers of one refresh as they come in on the net thread; the last one to arrive merges.
struct MetricsPoller::Refresh {
    QueryBatch batch;
    MetricsSnapshot previous;
    QDateTime at;
    QList<Answer> answers;
    std::atomic<int> remaining{0};
    QElapsedTimer clock;
};

MetricsPoller::MetricsPoller(PrometheusClient* client, QObject* parent)
    : QObject(parent), m_client(client), m_batch(QueryBatch::defaults()), m_delivery(this)
{
    connect(&m_timer, &QTimer::timeout, this, &MetricsPoller::refreshNow);
}

MetricsPoller::~MetricsPoller()
{
    m_delivery.close();
}

void MetricsPoller::setBatch(QueryBatch batch)
{
    m_batch = std::move(batch);
}

void MetricsPoller::start(int intervalMs)
{
    m_timer.start(std::max(intervalMs, 100));
    refreshNow();
}

void MetricsPoller::stop()
{
    m_timer.stop();
    m_delivery.bump(); // a refresh still out is dropped when it lands
    m_refreshing = false;
}

void MetricsPoller::refreshNow()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    auto refresh = std::make_shared<Refresh>();
    refresh->batch = m_batch;
    refresh->previous = m_last;
    refresh->at = QDateTime::currentDateTimeUtc();
    refresh->answers.resize(m_batch.queries.size());
    refresh->remaining = int(m_batch.queries.size());
    refresh->clock.start();
    const quint64 generation = m_delivery.bump();
    if (m_batch.queries.isEmpty()) {
        deliver(merge(refresh->batch, {}, refresh->previous, refresh->at));
        return;
    }
    for (qsizetype i = 0; i < refresh->batch.queries.size(); ++i) {
        const SignalQuery& query = refresh->batch.queries.at(i);
        auto decode = [refresh, i](const net::HttpResponse& response) -> Result<MetricsPollerAnswer> {
            thread_local MetricsPollerDecoder decoder; // the net thread's, reusing its buffers
            return decoder.decode(response.body, refresh->batch.queries.at(i), refresh->batch);
        };
        auto done = [this, refresh, i, generation, delivery = m_delivery](const Result<MetricsPollerAnswer>& r) {
            Answer& answer = refresh->answers[i];
            answer.elapsedMs = refresh->clock.elapsed();
            if (r)
                answer.values = r.value();
            else
                answer.error = r.error();
            if (refresh->remaining.fetch_sub(1, std::memory_order_acq_rel) != 1)
                return;
            const bool cancelled = std::any_of(refresh->answers.cbegin(), refresh->answers.cend(), [](const Answer& a) {
                return a.error && a.error->kind == Error::Kind::Cancelled;
            });
            if (cancelled) { // the client changed endpoint or shut down: this refresh tells nothing
                delivery.post(generation, [this] { m_refreshing = false; });
                return;
            }
            MetricsSnapshot snapshot = merge(refresh->batch, refresh->answers, refresh->previous, refresh->at);
            // `this` is only touched on its own thread, and only while the delivery is open (closed in ~MetricsPoller).
            delivery.post(generation, [this, snapshot = std::move(snapshot)]() mutable { deliver(std::move(snapshot)); });
        };
        m_client->queryWith<MetricsPollerAnswer>(query.promql, refresh->at, std::move(decode), std::move(done), true);
    }
}

void MetricsPoller::deliver(MetricsSnapshot snapshot)
{
    m_refreshing = false;
    snapshot.sequence = m_last.sequence + 1;
    m_last = std::move(snapshot);
    Q_EMIT snapshotReady(m_last);
}

} // namespace lcl::metrics
