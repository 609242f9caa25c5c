#include "metrics/prometheusdiscovery.h"

#include "metrics/prometheusclient.h"
#include "metrics/prometheusclienterror.h"

#include <nlohmann/json.hpp>

namespace lcl::metrics {

namespace {

QString jsonString(const nlohmann::json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

PrometheusDiscovery::PrometheusDiscovery(net::HttpClient* http, QObject* parent)
    : QObject(parent), m_http(http), m_delivery(this)
{
}

PrometheusDiscovery::~PrometheusDiscovery()
{
    m_delivery.close();
}

int PrometheusDiscovery::choosePort(const QList<ServicePort>& ports)
{
    for (const char* name : {"web", "http-web", "http"})
        for (const ServicePort& p : ports)
            if (p.name == QLatin1String(name))
                return p.port;
    for (const ServicePort& p : ports)
        if (p.port == 9090)
            return p.port;
    return ports.isEmpty() ? 0 : ports.first().port;
}

void PrometheusDiscovery::start(Request request)
{
    m_delivery.bump();
    dropChecker();
    m_request = std::move(request);
    m_outcome = {};
    m_candidates.clear();
    m_selectors.clear();
    m_running = true;

    if (!m_request.url.trimmed().isEmpty()) {
        Result<PrometheusClientEndpoint> e = PrometheusClientEndpoint::fromUrl(m_request.url);
        if (e)
            m_candidates.append({*e, tr("the address you gave, %1").arg(e->displayName)});
        else
            addStep(Step::Status::Failed, tr("Reading the address you gave, “%1”").arg(m_request.url), e.error().message);
    }
    if (!m_request.serviceAddress.trimmed().isEmpty()) {
        if (!m_request.cluster) {
            addStep(Step::Status::Skipped, tr("Reaching %1 through the API server").arg(m_request.serviceAddress),
                    tr("No cluster is connected."));
        } else {
            Result<PrometheusClientEndpoint> e =
                PrometheusClientEndpoint::fromServiceAddress(*m_request.cluster, m_request.serviceAddress);
            if (e)
                m_candidates.append({*e, tr("the service %1 you gave").arg(e->displayName)});
            else
                addStep(Step::Status::Failed, tr("Reading the service address “%1”").arg(m_request.serviceAddress),
                        e.error().message);
        }
    }
    if (m_request.labelSearch) {
        if (m_request.cluster)
            m_selectors = {QStringLiteral("app.kubernetes.io/name=prometheus"), QStringLiteral("app=prometheus")};
        else
            addStep(Step::Status::Skipped, tr("Searching the cluster for Prometheus services"),
                    tr("No cluster is connected."));
    }
    // Always answer later, never from inside start().
    const quint64 generation = m_delivery.generation();
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_delivery.generation())
                next();
        },
        Qt::QueuedConnection);
}

void PrometheusDiscovery::next()
{
    if (!m_candidates.isEmpty()) {
        check(m_candidates.takeFirst());
        return;
    }
    if (!m_selectors.isEmpty()) {
        search(m_selectors.takeFirst());
        return;
    }
    finish(std::nullopt);
}

void PrometheusDiscovery::check(Candidate candidate)
{
    dropChecker();
    candidate.endpoint.timeoutMs = m_request.checkTimeoutMs;
    m_checker = new PrometheusClient(m_http, candidate.endpoint, this);
    const QString action = tr("Asking %1 for `up`").arg(candidate.description);
    const quint64 generation = m_delivery.generation();
    m_checker->query(QStringLiteral("up"), [this, action, generation,
                                            endpoint = candidate.endpoint](const Result<PromQueryResult>& r) {
        if (generation != m_delivery.generation())
            return; // a newer start() took over
        if (!r) {
            addStep(Step::Status::Failed, action, r.error().message + QStringLiteral(" — ") + r.error().hint);
            next();
            return;
        }
        int up = 0;
        for (const PromSeries& s : r->series)
            up += !s.samples.isEmpty() && s.samples.first().value == 1 ? 1 : 0;
        addStep(Step::Status::Ok, action,
                r->series.isEmpty() ? tr("Prometheus answers, but scrapes no targets yet.")
                                    : tr("Prometheus answers: %n target(s)", nullptr, int(r->series.size()))
                                          + tr(", %n up.", nullptr, up));
        PrometheusClientEndpoint chosen = endpoint;
        chosen.timeoutMs = PrometheusClientEndpoint{}.timeoutMs;
        finish(chosen);
    });
}

void PrometheusDiscovery::dropChecker()
{
    // Not deleted at once: this may run inside the old checker's own callback.
    if (m_checker) {
        m_checker->cancelAll();
        m_checker->deleteLater();
        m_checker = nullptr;
    }
}

void PrometheusDiscovery::search(const QString& selector)
{
    const kube::ClusterConnection& cluster = *m_request.cluster;
    PrometheusClientEndpoint api;
    api.baseUrl = cluster.server;
    api.tls = cluster.tls;
    api.credentials = cluster.credentials;
    api.proxyUrl = cluster.proxyUrl;
    api.timeoutMs = m_request.checkTimeoutMs;
    const QString action = tr("Searching the cluster for services labelled %1").arg(selector);
    const quint64 generation = m_delivery.generation();
    m_http->send(api.request("GET", QStringLiteral("/api/v1/services"), {{QStringLiteral("labelSelector"), selector}}),
                 [this, generation, delivery = m_delivery, action, cluster](const Result<net::HttpResponse>& response) {
                     // Net thread: decode here, hand over values only.
                     QString failure;
                     QList<Candidate> found;
                     QStringList names;
                     if (!response) {
                         failure = response.error().message;
                     } else if (response->status != 200) {
                         const auto j = nlohmann::json::parse(response->body.constBegin(), response->body.constEnd(),
                                                              nullptr, false);
                         failure = tr("The API server answered HTTP %1").arg(response->status);
                         if (j.is_object() && !jsonString(j, "message").isEmpty())
                             failure += QStringLiteral(": ") + jsonString(j, "message");
                     } else {
                         const auto j = nlohmann::json::parse(response->body.constBegin(), response->body.constEnd(),
                                                              nullptr, false);
                         const auto items = j.is_object() ? j.find("items") : j.end();
                         if (items == j.end() || !items->is_array())
                             failure = tr("The API server's answer could not be read.");
                         else
                             for (const auto& item : *items) {
                                 const auto& meta = item.value("metadata", nlohmann::json::object());
                                 const QString ns = jsonString(meta, "namespace");
                                 const QString name = jsonString(meta, "name");
                                 QList<ServicePort> ports;
                                 for (const auto& p : item.value("spec", nlohmann::json::object())
                                                          .value("ports", nlohmann::json::array()))
                                     if (p.is_object() && p.value("port", 0) > 0)
                                         ports.append({jsonString(p, "name"), p.value("port", 0)});
                                 const int port = choosePort(ports);
                                 if (ns.isEmpty() || name.isEmpty() || port <= 0)
                                     continue;
                                 PrometheusClientEndpoint e =
                                     PrometheusClientEndpoint::serviceProxy(cluster, ns, name, QString::number(port));
                                 names.append(QStringLiteral("%1/%2:%3").arg(ns, name).arg(port));
                                 found.append({e, e.displayName});
                             }
                     }
                     delivery.post(generation, [this, action, failure, found, names] {
                         if (!failure.isEmpty())
                             addStep(Step::Status::Failed, action, failure);
                         else if (found.isEmpty())
                             addStep(Step::Status::Failed, action, tr("No such service."));
                         else
                             addStep(Step::Status::Ok, action,
                                     tr("Found %n candidate(s): ", nullptr, int(found.size()))
                                         + names.join(QStringLiteral(", ")));
                         m_candidates.append(found);
                         next();
                     });
                 });
}

void PrometheusDiscovery::addStep(Step::Status status, QString action, QString result)
{
    Step step{status, std::move(action), std::move(result)};
    m_outcome.steps.append(step);
    Q_EMIT stepAdded(step);
}

void PrometheusDiscovery::finish(std::optional<PrometheusClientEndpoint> endpoint)
{
    m_running = false;
    m_outcome.endpoint = std::move(endpoint);
    m_outcome.summary = m_outcome.endpoint
                            ? tr("Using Prometheus at %1").arg(m_outcome.endpoint->displayName)
                            : tr("No Prometheus found: give its address (URL or namespace/service:port) in the "
                                 "settings. Health and traffic stay empty until then.");
    const Outcome outcome = m_outcome;
    Q_EMIT finished(outcome);
}

} // namespace lcl::metrics
