#pragma once

#include "metrics/metricssnapshot.h"
#include "metrics/prometheusclientdelivery.h"
#include "metrics/querybatch.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace lcl::metrics {

class PrometheusClient;

// Asks Prometheus the fixed QueryBatch on every refresh (one instant query per signal, each covering every
// service, edge or route), decodes and merges the answers on the net thread, and delivers one MetricsSnapshot
// per refresh on the GUI thread. Values that stop coming back are kept as Missing with the time they went
// missing, never as zero.
class MetricsPoller final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsPoller)

public:
    MetricsPoller(PrometheusClient* client, QObject* parent = nullptr);
    ~MetricsPoller() override;

    void setBatch(QueryBatch batch); // takes effect at the next refresh
    const QueryBatch& batch() const { return m_batch; }
    int queriesPerRefresh() const { return m_batch.size(); }

    void start(int intervalMs); // refreshes at once, then every interval
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    bool isRefreshing() const { return m_refreshing; }
    void refreshNow();          // no-op while a refresh is still out

    const MetricsSnapshot& lastSnapshot() const { return m_last; }

    // Merges decoded answers into the snapshot that follows `previous` (pure; the benchmark and tests call it).
    struct Answer;
    static MetricsSnapshot merge(const QueryBatch& batch, const QList<Answer>& answers, const MetricsSnapshot& previous,
                                 const QDateTime& at);

Q_SIGNALS:
    void snapshotReady(const lcl::metrics::MetricsSnapshot& snapshot);

private:
    struct Refresh;
    void deliver(MetricsSnapshot snapshot);

    PrometheusClient* m_client;
    QueryBatch m_batch;
    QTimer m_timer;
    MetricsSnapshot m_last;
    bool m_refreshing = false;
    PrometheusClientDelivery m_delivery;
};

} // namespace lcl::metrics
