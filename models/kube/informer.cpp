#include "kube/informer.h"

#include "core/logging.h"
#include "kube/informershared.h"
#include "kube/resourcestore.h"
#include "net/httpclient.h"

#include <QRandomGenerator>
#include <QUrl>

#include <spdlog/spdlog.h>

namespace lcl::kube {
namespace {

auto log()
{
    return logging::logger("kube");
}

} // namespace

Informer::Informer(ResourceKind kind, QString ns, ClusterConnection connection, net::HttpClient* http,
                   ResourceStore* store, InformerOptions options, QObject* parent)
    : QObject(parent),
      m_kind(kind),
      m_ns(kindInfo(kind).namespaced ? std::move(ns) : QString()),
      m_connection(std::move(connection)),
      m_http(http),
      m_store(store),
      m_options(options),
      m_shared(std::make_shared<InformerShared>(kind))
{
    m_shared->attach(this);
    m_flushTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &Informer::flush);
    connect(&m_retryTimer, &QTimer::timeout, this, &Informer::beginList);
}

Informer::~Informer()
{
    m_shared->detach();
    cancelRequests();
}

void Informer::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoffMs = 0;
    beginList();
}

void Informer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_generation = m_shared->nextGeneration();
    cancelRequests();
    m_flushTimer.stop();
    m_retryTimer.stop();
    m_listed.clear();
    setStatus(KindStatus::State::Idle);
}

void Informer::relist()
{
    if (m_running)
        beginList();
}

void Informer::cancelRequests()
{
    if (m_listRequest)
        m_http->cancel(m_listRequest);
    if (m_watchRequest)
        m_http->cancel(m_watchRequest);
    m_listRequest = m_watchRequest = 0;
}

QString Informer::queryPath(const QString& query) const
{
    return collectionPath(m_kind, m_ns) + QLatin1Char('?') + query;
}

void Informer::setStatus(KindStatus::State state, const Error& error)
{
    m_status.state = state;
    m_status.error = error;
    if (m_store)
        m_store->setStatus(m_kind, m_status);
    Q_EMIT statusChanged();
}

void Informer::beginList()
{
    m_retryTimer.stop();
    m_flushTimer.stop();
    // Anything in flight belongs to the previous round: its callbacks will find a new generation.
    m_generation = m_shared->nextGeneration();
    cancelRequests();
    m_listed.clear();
    m_continue.clear();
    setStatus(m_everSynced ? KindStatus::State::Relisting : KindStatus::State::Listing);
    requestPage();
}

void Informer::requestPage()
{
    QString query = QStringLiteral("limit=%1").arg(m_options.pageSize);
    if (!m_continue.isEmpty())
        query += QStringLiteral("&continue=") + QString::fromLatin1(QUrl::toPercentEncoding(m_continue));
    auto request = m_connection.request("GET", queryPath(query));
    if (!request.ok()) {
        retryLater(m_options.forbiddenRetryMs, request.error(), KindStatus::State::Error);
        return;
    }
    request.value().timeoutMs = m_options.requestTimeoutMs;
    request.value().maxRetries = 2;
    const quint64 gen = m_generation;
    std::shared_ptr<InformerShared> shared = m_shared;
    m_listRequest = m_http->send(std::move(request).value(), [shared, gen, this](const Result<net::HttpResponse>& r) {
        // Net thread: decode here, hand the records over.
        if (gen != shared->generation())
            return;
        if (!r.ok()) {
            const ListFailure failure{0, r.error(), false};
            shared->post(gen, [this, failure] { onListFailed(failure); });
            return;
        }
        if (r->status != 200) {
            auto status = shared->decoder().decodeStatus(r->body);
            const int code = r->status;
            const QByteArray body = r->body;
            const bool expired = code == 410 || (status.ok() && status->isExpired());
            shared->post(gen, [this, code, body, expired] {
                onListFailed(ListFailure{code, errorFor(code, body, tr("list")), expired});
            });
            return;
        }
        auto page = shared->decoder().decodeList(r->body);
        if (!page.ok()) {
            const ListFailure failure{200, page.error(), false};
            shared->post(gen, [this, failure] { onListFailed(failure); });
            return;
        }
        auto moved = std::make_shared<ListPage>(std::move(page).value());
        shared->post(gen, [this, moved] { onPage(std::move(*moved)); });
    });
}

void Informer::onPage(ListPage page)
{
    m_listRequest = 0;
    if (m_listed.empty())
        m_listed.reserve(page.items.size());
    for (Record& record : page.items)
        m_listed.push_back(RecordChange{RecordChange::Op::Upsert, std::move(record)});
    if (!page.continueToken.isEmpty()) {
        m_continue = page.continueToken;
        requestPage();
        return;
    }
    RecordBatch batch;
    batch.kind = m_kind;
    batch.replaceAll = true;
    batch.scopeNamespace = m_ns;
    batch.changes = std::move(m_listed);
    m_listed = {};
    const size_t count = batch.changes.size();
    if (m_store)
        m_store->apply(std::move(batch));
    ++m_lists;
    m_everSynced = true;
    m_backoffMs = 0;
    m_status.resourceVersion = page.resourceVersion;
    log()->debug("listed {} {} at resourceVersion {}", count, pluralName(m_kind).toStdString(),
                 page.resourceVersion.toStdString());
    setStatus(KindStatus::State::Synced);
    Q_EMIT synced();
    beginWatch();
}

Error Informer::errorFor(int status, const QByteArray& body, const QString& what)
{
    // Not the shared decoder: that one belongs to the net thread.
    Decoder decoder(m_kind);
    auto decoded = decoder.decodeStatus(body);
    const QString serverMessage = decoded.ok() ? decoded->message : QString();
    const QString where = m_ns.isEmpty() ? tr("in any namespace") : tr("in namespace %1").arg(m_ns);
    const QString detail = QStringLiteral("%1 %2: HTTP %3 %4").arg(what, pluralName(m_kind)).arg(status).arg(serverMessage);
    switch (status) {
    case 401:
        return Error::make(Error::Kind::Auth, tr("The cluster did not accept your credentials."),
                           tr("Log in again or refresh the token in your kubeconfig."), detail, status);
    case 403:
        return Error::make(Error::Kind::Forbidden,
                           tr("Your account may not list %1 %2.").arg(pluralName(m_kind), where),
                           tr("This view stays empty. Ask for a role that allows list and watch, or switch context."),
                           detail, status);
    case 404:
        return Error::make(Error::Kind::NotFound, tr("This cluster does not serve %1.").arg(pluralName(m_kind)),
                           tr("The API may not be installed (for example the Gateway API CRDs)."), detail, status);
    default:
        return Error::make(Error::kindForHttpStatus(status),
                           tr("Reading %1 failed: %2").arg(pluralName(m_kind),
                                                           serverMessage.isEmpty() ? QString::number(status) : serverMessage),
                           tr("The console keeps retrying."), detail, status);
    }
}

void Informer::onListFailed(const ListFailure& failure)
{
    m_listRequest = 0;
    log()->warn("list {}: {}", pluralName(m_kind).toStdString(), failure.error.detail.toStdString());
    if (failure.expired) {
        // The continue token expired: start the list over.
        beginList();
        return;
    }
    switch (failure.status) {
    case 401:
        if (m_connection.credentials)
            m_connection.credentials->invalidate();
        retryLater(nextBackoff(), failure.error, KindStatus::State::Error);
        return;
    case 403:
        retryLater(m_options.forbiddenRetryMs, failure.error, KindStatus::State::Forbidden);
        return;
    case 404:
        retryLater(m_options.forbiddenRetryMs, failure.error, KindStatus::State::NotServed);
        return;
    default:
        retryLater(nextBackoff(), failure.error, KindStatus::State::Error);
    }
}

void Informer::beginWatch()
{
    // client-go asks for a random timeout so that many watches do not end together.
    const int timeout = m_options.watchTimeoutSeconds
                        + int(QRandomGenerator::global()->bounded(m_options.watchTimeoutSeconds / 5 + 1));
    const QString query = QStringLiteral("watch=true&allowWatchBookmarks=true&resourceVersion=%1&timeoutSeconds=%2")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_status.resourceVersion)))
                              .arg(timeout);
    auto request = m_connection.request("GET", queryPath(query));
    if (!request.ok()) {
        retryLater(nextBackoff(), request.error(), KindStatus::State::Error);
        return;
    }
    request.value().stream = true;
    // API servers send watches uncompressed; a compressing proxy or server would hold events back in its
    // compressor until a block fills.
    request.value().headers.append(qMakePair(QByteArray("Accept-Encoding"), QByteArray("identity")));
    request.value().timeoutMs = (timeout + 60) * 1000; // idle: bookmarks arrive about every minute
    const quint64 gen = m_generation;
    std::shared_ptr<InformerShared> shared = m_shared;
    auto framer = std::make_shared<WatchFramer>();
    m_watchClock.start();
    m_watchEvents = 0;
    m_watchRequest = m_http->send(
        std::move(request).value(),
        [shared, gen, this](const Result<net::HttpResponse>& r) {
            if (gen != shared->generation())
                return;
            const bool transport = !r.ok();
            const int status = transport ? 0 : r->status;
            Error error = transport ? r.error() : Error{};
            const QByteArray body = transport ? QByteArray() : r->body;
            shared->post(gen, [this, status, error, body, transport] {
                onWatchEnded(status, status >= 300 ? errorFor(status, body, tr("watch")) : error, transport);
            });
        },
        [shared, gen, framer, this](int status, const QByteArray& chunk) {
            if (status != 200)
                return; // an error body; onDone decodes it
            if (shared->takeWatchChunk(gen, *framer, chunk))
                shared->post(gen, [this] { scheduleFlush(); });
        });
}

void Informer::scheduleFlush()
{
    if (m_flushTimer.isActive())
        return;
    const qint64 since = m_lastFlush.isValid() ? m_lastFlush.elapsed() : m_options.batchIntervalMs;
    m_flushTimer.start(int(qMax<qint64>(0, m_options.batchIntervalMs - since)));
}

void Informer::flush()
{
    m_lastFlush.start();
    InformerShared::Drained drained = m_shared->drain();
    m_watchEvents += drained.events;
    if (!drained.changes.empty() && m_store) {
        RecordBatch batch;
        batch.kind = m_kind;
        batch.changes = std::move(drained.changes);
        m_store->apply(std::move(batch));
    }
    if (!drained.resourceVersion.isEmpty())
        m_status.resourceVersion = drained.resourceVersion;
    if (drained.error) {
        const WatchEvent& e = *drained.error;
        log()->info("watch {} ended by ERROR event: code {} reason {}: {}", pluralName(m_kind).toStdString(), e.code,
                    e.reason.toStdString(), e.message.toStdString());
        if (e.isExpired()) {
            beginList();
        } else {
            // Anything else (too large RV after a server restart, a line we could not read): relist, gently.
            m_generation = m_shared->nextGeneration();
            cancelRequests();
            retryLater(nextBackoff(), e.toError(), KindStatus::State::Relisting);
        }
    }
}

void Informer::onWatchEnded(int status, const Error& error, bool transportError)
{
    m_watchRequest = 0;
    flush(); // events that arrived before the end come first
    if (m_watchRequest || m_listRequest || m_retryTimer.isActive() || !m_running)
        return; // the flush already started a relist or a retry
    if (!transportError && status == 200) {
        // A clean end (the server's timeout): watch again from the last RV, unless it was suspiciously short.
        if (m_watchClock.elapsed() < 1000 && m_watchEvents == 0) {
            retryLater(nextBackoff(), Error::make(Error::Kind::Network, tr("The watch ended at once.")),
                       KindStatus::State::Synced);
            return;
        }
        beginWatch();
        return;
    }
    if (error.kind == Error::Kind::Cancelled)
        return;
    log()->warn("watch {} ended: {}", pluralName(m_kind).toStdString(), error.detail.isEmpty()
                                                                             ? error.message.toStdString()
                                                                             : error.detail.toStdString());
    switch (status) {
    case 410:
        beginList();
        return;
    case 401:
        if (m_connection.credentials)
            m_connection.credentials->invalidate();
        break;
    case 403:
        retryLater(m_options.forbiddenRetryMs, error, KindStatus::State::Forbidden);
        return;
    default:
        break;
    }
    // Dropped or refused: the server may have lost history or restarted, so list again after a backoff.
    retryLater(nextBackoff(), error, KindStatus::State::Error);
}

int Informer::nextBackoff()
{
    m_backoffMs = m_backoffMs == 0 ? m_options.backoffInitialMs : qMin(m_backoffMs * 2, m_options.backoffMaxMs);
    // ±20% jitter so that informers do not reconnect in lockstep.
    const int jitter = m_backoffMs / 5;
    return m_backoffMs - jitter + int(QRandomGenerator::global()->bounded(2 * jitter + 1));
}

void Informer::retryLater(int delayMs, const Error& error, KindStatus::State state)
{
    if (!m_running)
        return;
    setStatus(state, error);
    m_retryTimer.start(delayMs);
}

} // namespace lcl::kube
