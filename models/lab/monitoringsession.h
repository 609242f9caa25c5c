#pragma once

#include "core/connectionstate.h"
#include "core/error.h"
#include "lab/alertentry.h"
#include "metrics/alertmanagertypes.h"
#include "metrics/metricssnapshot.h"
#include "metrics/promapitypes.h"
#include "metrics/prometheusdiscovery.h"
#include "metrics/querybatch.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace lcl::net {
class HttpClient;
}
namespace lcl::metrics {
class AlertmanagerClient;
class MetricsPoller;
class PrometheusClient;
} // namespace lcl::metrics

namespace lcl::lab {

// The console's link to Prometheus and Alertmanager: it owns the clients and the MetricsPoller, refreshes the
// metrics snapshot and the alerts (with their silences) on timers, and tells the state of each connection in
// words. When an endpoint fails it backs off (doubling up to a minute) and says so once, not on every retry.
// Lives on the GUI thread.
class MonitoringSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringSession)

public:
    struct Options {
        int metricsIntervalMs = 10000;
        int alertsIntervalMs = 5000;
        int requestTimeoutMs = 8000;
        int maxBackoffMs = 60000;
        // An endpoint that has not answered yet is "connecting", not "failed", for this long after start (the
        // demo lab's Prometheus takes a few seconds to get ready); retries stay at one a second meanwhile.
        int startGraceMs = 20000;
    };

    explicit MonitoringSession(QObject* parent = nullptr);
    MonitoringSession(Options options, QObject* parent = nullptr);
    ~MonitoringSession() override;

    // The queries of every refresh (ProfileQueryBatch::build); takes effect at the next refresh.
    void setQueryBatch(metrics::QueryBatch batch);
    const metrics::QueryBatch& queryBatch() const;

    // Starts polling the given URLs (either may be empty: that side stays NotConfigured). Errors in the URLs
    // show up as a Failed state.
    void start(const QString& prometheusUrl, const QString& alertmanagerUrl);
    // Finds Prometheus through the cluster (explicit URL, service proxy address, label search), then polls it.
    void discover(const metrics::PrometheusDiscovery::Request& request, const QString& alertmanagerUrl = {});
    void stop();
    bool isActive() const { return m_active; }

    const ConnectionState& prometheusState() const { return m_prometheusState; }
    const ConnectionState& alertmanagerState() const { return m_alertmanagerState; }
    const metrics::MetricsSnapshot& snapshot() const;
    const QList<AlertEntry>& alerts() const { return m_alerts; }
    // Whether alerts() is an answer (possibly "none") since the last start, rather than not yet known.
    bool alertsKnown() const { return m_alertsAnswered; }
    // Why alerts() may be out of date (the source of firing alerts stopped answering after the start grace);
    // empty while they are current.
    const QString& alertsStaleReason() const { return m_alertsStaleReason; }
    // Who is asked for the alerts: "Alertmanager", "Prometheus" (alone, its own alerts), or empty (nobody).
    QString alertsSource() const;
    const QList<metrics::AmSilence>& silences() const { return m_silences; }
    QList<metrics::PrometheusDiscovery::Step> discoverySteps() const { return m_discoverySteps; }
    bool hasAlertmanager() const { return m_alertmanager != nullptr; }
    // The Prometheus client of the current connection (for range queries of visible charts); null before
    // start() and replaced by every start() or discover().
    metrics::PrometheusClient* prometheusClient() const { return m_prometheus.get(); }

    void refreshNow(); // metrics and alerts at once

    // The matchers that select exactly this alert (every label, equality).
    static QList<metrics::AmMatcher> matchersFor(const AlertEntry& alert);
    // Creates a silence for the alert for `durationSecs` from now; `done` gets the silence id or the error.
    // The alerts refresh right after, so the alert turns suppressed without waiting for the timer.
    void silenceAlert(const AlertEntry& alert, int durationSecs, const QString& comment, const QString& createdBy,
                      std::function<void(const Result<QString>&)> done = {});
    void expireSilence(const QString& silenceId, std::function<void(const Result<bool>&)> done = {});

Q_SIGNALS:
    void snapshotReady(const lcl::metrics::MetricsSnapshot& snapshot);
    void alertsChanged(const QList<lcl::lab::AlertEntry>& alerts);
    void alertsStaleChanged(const QString& reason); // empty: current again
    void silencesChanged(const QList<lcl::metrics::AmSilence>& silences);
    void prometheusStateChanged(const lcl::ConnectionState& state);
    void alertmanagerStateChanged(const lcl::ConnectionState& state);
    void discoveryStep(const lcl::metrics::PrometheusDiscovery::Step& step);

private:
    void startPrometheus(const metrics::PrometheusClientEndpoint& endpoint);
    void startAlertmanager(const QString& url);
    void onSnapshot(const metrics::MetricsSnapshot& snapshot);
    void pollAlerts();
    void onAlertsAnswered();
    void setAlertsStale(const QString& reason);
    void forgetAlerts();
    void setPrometheusState(ConnectionState::Phase phase, const QString& summary);
    void setAlertmanagerState(ConnectionState::Phase phase, const QString& summary);
    int nextBackoff(int& current) const;
    bool inStartGrace(bool everAnswered) const;

    Options m_options;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<metrics::PrometheusClient> m_prometheus;
    std::unique_ptr<metrics::AlertmanagerClient> m_alertmanager;
    std::unique_ptr<metrics::MetricsPoller> m_poller;
    std::unique_ptr<metrics::PrometheusDiscovery> m_discovery;
    metrics::QueryBatch m_batch;
    bool m_active = false;

    ConnectionState m_prometheusState;
    ConnectionState m_alertmanagerState;
    QTimer m_metricsRetry; // single shot: restarts the poller after a failed refresh
    QTimer m_alertsTimer;  // single shot: the next alerts poll (interval, or backoff after a failure)
    int m_metricsBackoffMs = 0;
    int m_alertsBackoffMs = 0;
    QElapsedTimer m_started;
    bool m_prometheusAnswered = false;
    bool m_alertmanagerAnswered = false;

    // One alerts poll: Alertmanager's alerts and silences and Prometheus' alerts, joined when all three are in.
    struct AlertsPoll;
    std::shared_ptr<AlertsPoll> m_poll;
    QList<AlertEntry> m_alerts;
    bool m_alertsAnswered = false; // since the last start: alertsChanged has told the first answer
    QString m_alertsStaleReason;
    QList<metrics::PromAlert> m_prometheusAlerts; // Prometheus' last answer
    bool m_prometheusAlertsAnswered = false;
    QList<metrics::AmSilence> m_silences;
    QList<metrics::PrometheusDiscovery::Step> m_discoverySteps;
};

} // namespace lcl::lab
