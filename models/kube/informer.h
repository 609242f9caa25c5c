#pragma once

#include "kube/clusterconnection.h"
#include "kube/decoder.h"
#include "kube/informeroptions.h"
#include "kube/records.h"
#include "kube/resourcekindstatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace lcl::net {
class HttpClient;
}

namespace lcl::kube {

class InformerShared;
class ResourceStore;

// Keeps the store's records of one kind (in one namespace, or all) equal to the server's: paged list, then
// watch from the list's resourceVersion with bookmarks; 410 (status or ERROR event) relists; dropped
// connections relist after a jittered backoff; 401 invalidates the credentials and retries; 403 turns the
// kind "forbidden" and retries only rarely. Decoding happens on the net thread; changes reach the store in
// one queued call per batch interval. Lives on the GUI thread.
class Informer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Informer)

public:
    Informer(ResourceKind kind, QString ns, ClusterConnection connection, net::HttpClient* http,
             ResourceStore* store, InformerOptions options = {}, QObject* parent = nullptr);
    ~Informer() override;

    void start();
    void stop();
    // Drops the watch and lists again now (also used after a context's credentials change).
    void relist();

    ResourceKind kind() const { return m_kind; }
    QString scopeNamespace() const { return m_ns; }
    bool isRunning() const { return m_running; }
    const KindStatus& status() const { return m_status; }
    QString resourceVersion() const { return m_status.resourceVersion; }
    int relistCount() const { return m_lists; }

Q_SIGNALS:
    void synced();          // a list was applied to the store
    void statusChanged();

private:
    struct ListFailure {
        int status = 0;
        Error error;
        bool expired = false;
    };

    void beginList();
    void requestPage();
    void onPage(ListPage page);
    void onListFailed(const ListFailure& failure);
    void beginWatch();
    void onWatchEnded(int status, const Error& error, bool transportError);
    void scheduleFlush();
    void flush();
    void retryLater(int delayMs, const Error& error, KindStatus::State state);
    int nextBackoff();
    void setStatus(KindStatus::State state, const Error& error = {});
    void cancelRequests();
    QString queryPath(const QString& query) const;
    Error errorFor(int status, const QByteArray& body, const QString& what);

    ResourceKind m_kind;
    QString m_ns;
    ClusterConnection m_connection;
    net::HttpClient* m_http;
    ResourceStore* m_store;
    InformerOptions m_options;
    std::shared_ptr<InformerShared> m_shared;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_everSynced = false;
    KindStatus m_status;
    int m_lists = 0;
    int m_backoffMs = 0;
    quint64 m_listRequest = 0;
    quint64 m_watchRequest = 0;
    QString m_continue;
    std::vector<RecordChange> m_listed;
    QElapsedTimer m_watchClock;
    int m_watchEvents = 0;
    QElapsedTimer m_lastFlush;
    QTimer m_flushTimer;
    QTimer m_retryTimer;
};

} // namespace lcl::kube
