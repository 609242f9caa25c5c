#include "lab/clustersession.h"

#include "core/logging.h"
#include "kube/informerset.h"
#include "kube/resourcestore.h"
#include "net/httpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <spdlog/logger.h>

namespace lcl::lab {
namespace {

Result<QByteArray> versionBody(const Result<net::HttpResponse>& answer)
{
    if (!answer.ok())
        return answer.error();
    const int status = answer->status;
    if (status == 200)
        return answer->body;
    return Error::make(Error::kindForHttpStatus(status),
                       ClusterSession::tr("The API server answered /version with HTTP %1.").arg(status),
                       status == 401 ? ClusterSession::tr("Check the credentials of this context.")
                                     : ClusterSession::tr("Check that the server is a Kubernetes API server."),
                       QString::fromUtf8(answer->body.left(500)), status);
}

} // namespace

ClusterSession::ClusterSession(QObject* parent)
    : QObject(parent)
    , m_http(std::make_unique<net::HttpClient>())
    , m_store(std::make_unique<kube::ResourceStore>())
{
}

ClusterSession::~ClusterSession()
{
    disconnectFromCluster();
}

Result<QStringList> ClusterSession::loadKubeconfig(const QString& explicitPath)
{
    Result<kube::Kubeconfig> loaded = kube::Kubeconfig::load(explicitPath);
    if (!loaded)
        return loaded.error();
    m_kubeconfig = std::move(loaded).value();
    for (const QString& warning : m_kubeconfig->warnings())
        logging::logger("lab")->warn("kubeconfig: {}", warning.toStdString());
    return m_kubeconfig->contextNames();
}

QStringList ClusterSession::contexts() const
{
    return m_kubeconfig ? m_kubeconfig->contextNames() : QStringList();
}

QString ClusterSession::kubeconfigCurrentContext() const
{
    return m_kubeconfig ? m_kubeconfig->currentContext() : QString();
}

const kube::ClusterConnection* ClusterSession::connection() const
{
    return m_connection ? &*m_connection : nullptr;
}

bool ClusterSession::isSynced() const
{
    return m_informers && m_informers->isSynced();
}

void ClusterSession::connectTo(const QString& context, const QString& ns)
{
    disconnectFromCluster();
    const quint64 generation = ++m_generation;
    if (!m_kubeconfig) {
        fail(Error::make(Error::Kind::Config, tr("No kubeconfig is loaded."),
                         tr("Open a kubeconfig file, or start the demo lab.")));
        return;
    }
    Result<kube::ClusterConnection> resolved = m_kubeconfig->resolve(context);
    if (!resolved) {
        fail(resolved.error());
        return;
    }
    m_connection = std::move(resolved).value();
    m_context = m_connection->contextName;
    m_namespace = ns;
    m_state.endpoint = m_connection->server.toString();
    for (const QString& warning : m_connection->warnings)
        logging::logger("lab")->warn("{}", warning.toStdString());
    setState(ConnectionState::Phase::Connecting, tr("asking the server for its version"));

    Result<net::HttpRequest> versionRequest = m_connection->request("GET", QStringLiteral("/version"));
    Result<net::HttpRequest> gatewayRequest =
        m_connection->request("GET", QStringLiteral("/apis/gateway.networking.k8s.io/v1"));
    if (!versionRequest || !gatewayRequest) {
        fail(versionRequest ? gatewayRequest.error() : versionRequest.error());
        return;
    }
    versionRequest.value().timeoutMs = 15000;
    gatewayRequest.value().timeoutMs = 15000;

    // Both answers arrive on the net thread; the session acts on them on its own thread, once the Gateway
    // API probe is in too.
    QPointer<ClusterSession> self(this);
    net::HttpClient* http = m_http.get();
    auto deliver = [self, generation](const Result<QByteArray>& body, bool gatewayApi) {
        QMetaObject::invokeMethod(self, [self, generation, body, gatewayApi] {
            if (self)
                self->onVersion(generation, body, gatewayApi);
        }, Qt::QueuedConnection);
    };
    http->send(std::move(versionRequest).value(),
               [http, deliver, gateway = std::move(gatewayRequest).value()](const Result<net::HttpResponse>& answer) {
                   const Result<QByteArray> body = versionBody(answer);
                   if (!body.ok()) {
                       deliver(body, false);
                       return;
                   }
                   http->send(gateway, [deliver, body](const Result<net::HttpResponse>& probe) {
                       deliver(body, probe.ok() && probe->status == 200);
                   });
               });
}

void ClusterSession::onVersion(quint64 generation, const Result<QByteArray>& body, bool gatewayApi)
{
    if (generation != m_generation)
        return; // an answer for a context the user has left
    if (!body.ok()) {
        fail(body.error());
        return;
    }
    const QJsonObject version = QJsonDocument::fromJson(body.value()).object();
    m_serverVersion = version.value(QLatin1String("gitVersion")).toString();
    if (m_serverVersion.isEmpty()) {
        fail(Error::make(Error::Kind::Parse, tr("The server's /version answer has no gitVersion."),
                         tr("Check that the server is a Kubernetes API server.")));
        return;
    }

    kube::InformerSet::Options options;
    options.ns = m_namespace;
    options.gatewayApi = gatewayApi;
    m_informers = std::make_unique<kube::InformerSet>(*m_connection, m_http.get(), m_store.get(), options);
    connect(m_informers.get(), &kube::InformerSet::synced, this, [this] {
        setState(ConnectionState::Phase::Connected, m_serverVersion);
        Q_EMIT synced();
    });
    setState(ConnectionState::Phase::Connecting, tr("%1: loading the cluster's objects").arg(m_serverVersion));
    m_informers->start();
}

void ClusterSession::disconnectFromCluster()
{
    ++m_generation;
    if (m_informers) {
        m_informers->stop();
        m_informers.reset();
    }
    m_store->clear();
    m_connection.reset();
    m_serverVersion.clear();
}

void ClusterSession::setState(ConnectionState::Phase phase, const QString& summary)
{
    m_state.phase = phase;
    m_state.summary = summary;
    m_state.since = QDateTime::currentDateTimeUtc();
    Q_EMIT stateChanged(m_state);
}

void ClusterSession::fail(const Error& error)
{
    m_lastError = error;
    logging::logger("lab")->error("cluster connection: {} ({})", error.message.toStdString(),
                                  error.detail.toStdString());
    setState(ConnectionState::Phase::Failed, error.toString());
    Q_EMIT failed(error);
}

bool ClusterSession::waitForSync(int timeoutMs)
{
    if (isSynced())
        return true;
    if (m_state.phase == ConnectionState::Phase::Failed)
        return false;
    QEventLoop loop;
    connect(this, &ClusterSession::synced, &loop, &QEventLoop::quit);
    connect(this, &ClusterSession::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return isSynced();
}

} // namespace lcl::lab
