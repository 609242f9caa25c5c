#include "lab/monitoringsession.h"

#include "core/logging.h"
#include "metrics/alertmanagerclient.h"
#include "metrics/metricspoller.h"
#include "metrics/prometheusclient.h"
#include "net/httpclient.h"

#include <spdlog/logger.h>

#include <algorithm>
#include <optional>

namespace lcl::lab {

struct MonitoringSession::AlertsPoll {
    int remaining = 0;
    std::optional<QList<metrics::AmAlert>> alertmanager;
    std::optional<QList<metrics::AmSilence>> silences;
    std::optional<QList<metrics::PromAlert>> prometheus;
    std::optional<Error> alertmanagerError;
    std::optional<Error> prometheusError;
};

MonitoringSession::MonitoringSession(QObject* parent) : MonitoringSession(Options{}, parent) {}

MonitoringSession::MonitoringSession(Options options, QObject* parent)
    : QObject(parent), m_options(options), m_http(std::make_unique<net::HttpClient>()), m_batch(metrics::QueryBatch::defaults())
{
    m_metricsRetry.setSingleShot(true);
    m_alertsTimer.setSingleShot(true);
    connect(&m_metricsRetry, &QTimer::timeout, this, [this] {
        if (m_poller)
            m_poller->start(m_options.metricsIntervalMs);
    });
    connect(&m_alertsTimer, &QTimer::timeout, this, &MonitoringSession::pollAlerts);
}

MonitoringSession::~MonitoringSession()
{
    stop();
}

void MonitoringSession::setQueryBatch(metrics::QueryBatch batch)
{
    m_batch = std::move(batch);
    if (m_poller)
        m_poller->setBatch(m_batch);
}

const metrics::QueryBatch& MonitoringSession::queryBatch() const
{
    return m_batch;
}

const metrics::MetricsSnapshot& MonitoringSession::snapshot() const
{
    static const metrics::MetricsSnapshot none;
    return m_poller ? m_poller->lastSnapshot() : none;
}

void MonitoringSession::start(const QString& prometheusUrl, const QString& alertmanagerUrl)
{
    stop();
    forgetAlerts();
    m_active = true;
    m_started.start();
    if (!prometheusUrl.isEmpty()) {
        const Result<metrics::PrometheusClientEndpoint> endpoint = metrics::PrometheusClientEndpoint::fromUrl(prometheusUrl);
        if (endpoint) {
            startPrometheus(endpoint.value());
        } else {
            m_prometheusState.endpoint = prometheusUrl;
            setPrometheusState(ConnectionState::Phase::Failed, endpoint.error().toString());
        }
    }
    startAlertmanager(alertmanagerUrl);
}

void MonitoringSession::discover(const metrics::PrometheusDiscovery::Request& request, const QString& alertmanagerUrl)
{
    stop();
    forgetAlerts();
    m_active = true;
    m_started.start();
    m_discoverySteps.clear();
    m_discovery = std::make_unique<metrics::PrometheusDiscovery>(m_http.get());
    connect(m_discovery.get(), &metrics::PrometheusDiscovery::stepAdded, this,
            [this](const metrics::PrometheusDiscovery::Step& step) {
                m_discoverySteps.append(step);
                Q_EMIT discoveryStep(step);
            });
    connect(m_discovery.get(), &metrics::PrometheusDiscovery::finished, this,
            [this](const metrics::PrometheusDiscovery::Outcome& outcome) {
                if (outcome.endpoint)
                    startPrometheus(*outcome.endpoint);
                else
                    setPrometheusState(ConnectionState::Phase::Failed, outcome.summary);
            });
    m_prometheusState.endpoint.clear();
    setPrometheusState(ConnectionState::Phase::Connecting, tr("looking for Prometheus in the cluster"));
    m_discovery->start(request);
    startAlertmanager(alertmanagerUrl);
}

void MonitoringSession::stop()
{
    m_active = false;
    m_metricsRetry.stop();
    m_alertsTimer.stop();
    m_poll.reset();
    m_discovery.reset();
    m_poller.reset();
    m_prometheus.reset();
    m_alertmanager.reset();
    m_metricsBackoffMs = 0;
    m_alertsBackoffMs = 0;
    m_prometheusAnswered = false;
    m_alertmanagerAnswered = false;
    m_prometheusAlerts.clear();
    m_prometheusAlertsAnswered = false;
    // m_alerts, m_alertsAnswered and m_alertsStaleReason stay: after a stop the alerts on screen are still the
    // last known ones; a new start forgets them (forgetAlerts).
}

// A new start may ask other servers (another cluster's): what the last ones said is not "last known" for them.
// The alerts become unknown again, and whoever shows a count hears it.
void MonitoringSession::forgetAlerts()
{
    setAlertsStale({});
    if (!m_alerts.isEmpty() || m_alertsAnswered) {
        m_alertsAnswered = false;
        m_alerts.clear();
        Q_EMIT alertsChanged(m_alerts);
    }
    if (!m_silences.isEmpty()) {
        m_silences.clear();
        Q_EMIT silencesChanged(m_silences);
    }
}

bool MonitoringSession::inStartGrace(bool everAnswered) const
{
    return !everAnswered && m_started.isValid() && m_started.elapsed() < m_options.startGraceMs;
}

void MonitoringSession::startPrometheus(const metrics::PrometheusClientEndpoint& given)
{
    metrics::PrometheusClientEndpoint endpoint = given;
    endpoint.timeoutMs = m_options.requestTimeoutMs;
    m_prometheus = std::make_unique<metrics::PrometheusClient>(m_http.get(), endpoint);
    m_poller = std::make_unique<metrics::MetricsPoller>(m_prometheus.get());
    m_poller->setBatch(m_batch);
    connect(m_poller.get(), &metrics::MetricsPoller::snapshotReady, this, &MonitoringSession::onSnapshot);
    m_prometheusState.endpoint = endpoint.displayName;
    setPrometheusState(ConnectionState::Phase::Connecting, tr("asking the first %n queries", nullptr, m_batch.size()));
    m_poller->start(m_options.metricsIntervalMs);
    if (!m_alertmanager)
        m_alertsTimer.start(0); // pending and firing alerts from Prometheus alone
}

void MonitoringSession::startAlertmanager(const QString& url)
{
    m_alertmanagerState = ConnectionState{};
    if (url.isEmpty()) {
        m_alertmanagerState.summary = tr("no Alertmanager URL given");
        Q_EMIT alertmanagerStateChanged(m_alertmanagerState);
        return;
    }
    m_alertmanagerState.endpoint = url;
    const Result<metrics::PrometheusClientEndpoint> endpoint = metrics::PrometheusClientEndpoint::fromUrl(url);
    if (!endpoint) {
        setAlertmanagerState(ConnectionState::Phase::Failed, endpoint.error().toString());
        return;
    }
    metrics::PrometheusClientEndpoint e = endpoint.value();
    e.timeoutMs = m_options.requestTimeoutMs;
    m_alertmanager = std::make_unique<metrics::AlertmanagerClient>(m_http.get(), e);
    m_alertmanagerState.endpoint = e.displayName;
    setAlertmanagerState(ConnectionState::Phase::Connecting, tr("asking for alerts"));
    m_alertsTimer.start(0);
}

void MonitoringSession::refreshNow()
{
    if (m_poller && !m_metricsRetry.isActive())
        m_poller->refreshNow();
    pollAlerts();
}

int MonitoringSession::nextBackoff(int& current) const
{
    current = current == 0 ? 1000 : std::min(current * 2, m_options.maxBackoffMs);
    return current;
}

void MonitoringSession::onSnapshot(const metrics::MetricsSnapshot& snapshot)
{
    const int total = int(snapshot.queries.size());
    const int failed = snapshot.failedQueries();
    const auto firstError = [&snapshot]() -> Error {
        for (const metrics::QueryOutcome& q : snapshot.queries)
            if (q.error)
                return *q.error;
        return {};
    };
    if (total > 0 && failed == total) {
        // Nothing came back: stop asking at the normal pace and try again later, ever more slowly.
        m_poller->stop();
        if (inStartGrace(m_prometheusAnswered)) {
            setPrometheusState(ConnectionState::Phase::Connecting,
                               tr("waiting for Prometheus: %1").arg(firstError().toString()));
            m_metricsRetry.start(1000);
        } else {
            const int wait = nextBackoff(m_metricsBackoffMs);
            setPrometheusState(ConnectionState::Phase::Failed,
                               tr("%1 (trying again in %2 s)").arg(firstError().toString()).arg(wait / 1000));
            m_metricsRetry.start(wait);
        }
    } else if (failed > 0) {
        m_prometheusAnswered = true;
        m_metricsBackoffMs = 0;
        setPrometheusState(ConnectionState::Phase::Degraded,
                           tr("%1 of %2 queries failed: %3").arg(failed).arg(total).arg(firstError().toString()));
    } else {
        m_prometheusAnswered = true;
        m_metricsBackoffMs = 0;
        setPrometheusState(ConnectionState::Phase::Connected,
                           tr("%n queries per refresh, all answered", nullptr, total));
    }
    Q_EMIT snapshotReady(snapshot);
}

void MonitoringSession::pollAlerts()
{
    if (!m_alertmanager && !m_prometheus)
        return;
    m_alertsTimer.stop();
    auto poll = std::make_shared<AlertsPoll>();
    m_poll = poll;
    poll->remaining = (m_alertmanager ? 2 : 0) + (m_prometheus ? 1 : 0);
    const auto arrived = [this, poll] {
        if (m_poll != poll || --poll->remaining > 0)
            return;
        onAlertsAnswered();
    };
    if (m_alertmanager) {
        m_alertmanager->alerts({}, [poll, arrived](const Result<QList<metrics::AmAlert>>& r) {
            if (r)
                poll->alertmanager = r.value();
            else
                poll->alertmanagerError = r.error();
            arrived();
        });
        m_alertmanager->silences({}, [poll, arrived](const Result<QList<metrics::AmSilence>>& r) {
            if (r)
                poll->silences = r.value();
            else if (!poll->alertmanagerError)
                poll->alertmanagerError = r.error();
            arrived();
        });
    }
    if (m_prometheus) {
        m_prometheus->alerts([poll, arrived](const Result<QList<metrics::PromAlert>>& r) {
            if (r)
                poll->prometheus = r.value();
            else
                poll->prometheusError = r.error(); // its connection state follows the metrics refresh
            arrived();
        });
    }
}

void MonitoringSession::onAlertsAnswered()
{
    const std::shared_ptr<AlertsPoll> poll = std::exchange(m_poll, nullptr);
    // Prometheus' pending and firing alerts: the last answer stands in while it does not answer.
    if (poll->prometheus) {
        m_prometheusAlerts = *poll->prometheus;
        m_prometheusAlertsAnswered = true;
    }
    int next = m_options.alertsIntervalMs;
    if (m_alertmanager && poll->alertmanagerError) {
        if (inStartGrace(m_alertmanagerAnswered)) {
            next = 1000;
            setAlertmanagerState(ConnectionState::Phase::Connecting,
                                 tr("waiting for Alertmanager: %1").arg(poll->alertmanagerError->toString()));
        } else {
            next = nextBackoff(m_alertsBackoffMs);
            setAlertmanagerState(ConnectionState::Phase::Failed,
                                 tr("%1 (trying again in %2 s)").arg(poll->alertmanagerError->toString()).arg(next / 1000));
            setAlertsStale(tr("Alertmanager is not answering: %1").arg(poll->alertmanagerError->toString()));
        }
    } else if (!m_alertmanager && poll->prometheusError) {
        // Prometheus alone tells the alerts and did not answer: what is known stays (or stays unknown), never
        // "no alerts".
        if (!inStartGrace(m_prometheusAlertsAnswered))
            setAlertsStale(tr("Prometheus is not answering: %1").arg(poll->prometheusError->toString()));
    } else {
        m_alertsBackoffMs = 0;
        if (m_alertmanager)
            m_alertmanagerAnswered = true;
        QList<AlertEntry> merged = AlertEntry::merge(poll->alertmanager.value_or(QList<metrics::AmAlert>{}),
                                                     m_prometheusAlerts);
        if (m_alertmanager) {
            const auto firing = std::count_if(merged.cbegin(), merged.cend(),
                                              [](const AlertEntry& a) { return a.state == AlertEntry::State::Firing; });
            setAlertmanagerState(ConnectionState::Phase::Connected,
                                 tr("%n alert(s) firing", nullptr, int(firing)));
        }
        // The first answer is news even when it is "no alerts": until then the count is unknown.
        if (merged != m_alerts || !m_alertsAnswered) {
            m_alertsAnswered = true;
            m_alerts = std::move(merged);
            Q_EMIT alertsChanged(m_alerts);
        }
        setAlertsStale({}); // Alertmanager (or Prometheus alone) answered: the firing ones are current
        if (poll->silences) {
            const auto sameSilences = [](const QList<metrics::AmSilence>& a, const QList<metrics::AmSilence>& b) {
                return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                                  [](const metrics::AmSilence& x, const metrics::AmSilence& y) {
                                      return x.id == y.id && x.state == y.state && x.endsAt == y.endsAt;
                                  });
            };
            if (!sameSilences(*poll->silences, m_silences)) {
                m_silences = *poll->silences;
                Q_EMIT silencesChanged(m_silences);
            }
        }
    }
    if (m_active)
        m_alertsTimer.start(next);
}

QString MonitoringSession::alertsSource() const
{
    if (m_alertmanager)
        return QStringLiteral("Alertmanager");
    return m_prometheus ? QStringLiteral("Prometheus") : QString();
}

void MonitoringSession::setAlertsStale(const QString& reason)
{
    if (reason == m_alertsStaleReason)
        return;
    m_alertsStaleReason = reason;
    Q_EMIT alertsStaleChanged(m_alertsStaleReason);
}

QList<metrics::AmMatcher> MonitoringSession::matchersFor(const AlertEntry& alert)
{
    QList<metrics::AmMatcher> matchers;
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
        matchers.append(metrics::AmMatcher{it.key(), it.value(), false, true});
    return matchers;
}

void MonitoringSession::silenceAlert(const AlertEntry& alert, int durationSecs, const QString& comment,
                                     const QString& createdBy, std::function<void(const Result<QString>&)> done)
{
    if (!m_alertmanager) {
        if (done)
            done(Error::make(Error::Kind::Config, tr("No Alertmanager is connected, so alerts cannot be silenced."),
                             tr("Start the console with --alertmanager-url, or use the demo lab.")));
        return;
    }
    metrics::AmSilenceRequest request;
    request.matchers = matchersFor(alert);
    request.startsAt = QDateTime::currentDateTimeUtc();
    request.endsAt = request.startsAt.addSecs(std::max(durationSecs, 60));
    request.createdBy = createdBy;
    request.comment = comment;
    m_alertmanager->createSilence(request, [this, done = std::move(done)](const Result<QString>& r) {
        if (r)
            logging::logger("metrics")->info("silence {} created", r.value().toStdString());
        else
            logging::logger("metrics")->warn("silence not created: {}", r.error().toString().toStdString());
        if (done)
            done(r);
        pollAlerts();
    });
}

void MonitoringSession::expireSilence(const QString& silenceId, std::function<void(const Result<bool>&)> done)
{
    if (!m_alertmanager) {
        if (done)
            done(Error::make(Error::Kind::Config, tr("No Alertmanager is connected.")));
        return;
    }
    m_alertmanager->expireSilence(silenceId, [this, done = std::move(done)](const Result<bool>& r) {
        if (done)
            done(r);
        pollAlerts();
    });
}

void MonitoringSession::setPrometheusState(ConnectionState::Phase phase, const QString& summary)
{
    if (m_prometheusState.phase == phase && m_prometheusState.summary == summary)
        return;
    if (m_prometheusState.phase != phase) {
        m_prometheusState.since = QDateTime::currentDateTimeUtc();
        logging::logger("metrics")->info("Prometheus {}: {}", ConnectionState::phaseName(phase).toStdString(),
                                         summary.toStdString());
    }
    m_prometheusState.phase = phase;
    m_prometheusState.summary = summary;
    Q_EMIT prometheusStateChanged(m_prometheusState);
}

void MonitoringSession::setAlertmanagerState(ConnectionState::Phase phase, const QString& summary)
{
    if (m_alertmanagerState.phase == phase && m_alertmanagerState.summary == summary)
        return;
    if (m_alertmanagerState.phase != phase) {
        m_alertmanagerState.since = QDateTime::currentDateTimeUtc();
        logging::logger("metrics")->info("Alertmanager {}: {}", ConnectionState::phaseName(phase).toStdString(),
                                         summary.toStdString());
    }
    m_alertmanagerState.phase = phase;
    m_alertmanagerState.summary = summary;
    Q_EMIT alertmanagerStateChanged(m_alertmanagerState);
}

} // namespace lcl::lab
