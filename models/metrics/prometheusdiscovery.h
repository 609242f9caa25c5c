#pragma once

#include "kube/clusterconnection.h"
#include "metrics/prometheusclientdelivery.h"
#include "metrics/prometheusclientendpoint.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <optional>

namespace lcl::metrics {

class PrometheusClient;

// Finds a working Prometheus, trying in order: the URL the user gave; the API server's service proxy for a
// `namespace/service:port` the user gave; a label search of the cluster's services (app.kubernetes.io/name=
// prometheus, then app=prometheus, like Headlamp). Each candidate is checked with an `up` query. Every step is
// reported in translated words, so the user sees what was tried and why it did or did not work.
class PrometheusDiscovery final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusDiscovery)

public:
    struct Request {
        QString url;            // explicit URL; empty: skip
        QString serviceAddress; // "monitoring/prometheus-k8s:9090"; empty: skip
        std::optional<kube::ClusterConnection> cluster; // needed for the service proxy and the label search
        bool labelSearch = true;
        int checkTimeoutMs = 5000;
    };

    struct Step {
        enum class Status { Ok, Failed, Skipped };
        Status status = Status::Failed;
        QString action; // "Checking http://prometheus:9090 with an `up` query"
        QString result; // "Prometheus answered: 12 targets, 11 up"
    };

    struct Outcome {
        std::optional<PrometheusClientEndpoint> endpoint;
        QList<Step> steps;
        QString summary; // one translated line for a status bar
    };

    explicit PrometheusDiscovery(net::HttpClient* http, QObject* parent = nullptr);
    ~PrometheusDiscovery() override;

    void start(Request request); // cancels a discovery still running
    bool isRunning() const { return m_running; }

    // The port to use of a Service's ports: named web/http-web/http, else 9090, else the first.
    struct ServicePort {
        QString name;
        int port = 0;
    };
    static int choosePort(const QList<ServicePort>& ports);

Q_SIGNALS:
    void stepAdded(const lcl::metrics::PrometheusDiscovery::Step& step);
    void finished(const lcl::metrics::PrometheusDiscovery::Outcome& outcome);

private:
    struct Candidate {
        PrometheusClientEndpoint endpoint;
        QString description;
    };
    void next();
    void check(Candidate candidate);
    void search(const QString& selector);
    void addStep(Step::Status status, QString action, QString result);
    void finish(std::optional<PrometheusClientEndpoint> endpoint);
    void dropChecker();

    net::HttpClient* m_http;
    Request m_request;
    QList<Candidate> m_candidates;
    QStringList m_selectors;
    Outcome m_outcome;
    bool m_running = false;
    PrometheusClient* m_checker = nullptr;
    PrometheusClientDelivery m_delivery;
};

} // namespace lcl::metrics

Q_DECLARE_METATYPE(lcl::metrics::PrometheusDiscovery::Outcome)
