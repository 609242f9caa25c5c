#pragma once

#include "core/error.h"
#include "core/resourcekey.h"
#include "kube/clusterconnection.h"
#include "kube/logline.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>
#include <utility>

class QTimer;

namespace lcl::kube {

class KubeApi;
class LogMerger;

// Reads the logs of one pod or of several pods at once (a workload's), following them when asked: one
// streamed GET .../pods/NAME/log?timestamps=true per pod, split into lines on the net thread and handed to the
// GUI thread, which passes them on at most every 100 ms. Several pods' lines are interleaved by timestamp:
// each waits up to `reorderWindowMs` (LogMerger) so that another pod's earlier line, arriving a little later,
// goes before it; until every pod sent its first piece (at most `backlogWaitMs`) nothing leaves, so that the
// backlogs interleave however late a pod answers; logs read to their end (not following) are merged whole when
// the last one ended. Keeps nothing else: a LogModel (or anything else) holds the lines in a bounded ring.
// Restarting or destroying the stream cancels its requests and drops late pieces.
class LogStream final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStream)

public:
    struct Options {
        QList<ResourceKey> pods; // kind "pods"
        QString container;       // empty: the pod's only (or first) container
        bool previous = false;   // the previous, terminated instance of the container
        bool follow = true;
        int tailLines = 500;     // per pod; -1: everything the kubelet kept
        int reorderWindowMs = 250; // several pods: how long a line may wait for earlier lines of other pods
        int backlogWaitMs = 1000;  // several pods, following: how long to wait for a silent pod's backlog
    };

    LogStream(ClusterConnection connection, net::HttpClient* http, QObject* parent = nullptr);
    ~LogStream() override;

    void start(const Options& options);
    void stop();
    bool isRunning() const { return m_open > 0; }
    const Options& options() const { return m_options; }

    // "2026-11-26T10:02:03.123456789Z text" → timestamp and text; lines without a valid prefix keep all text.
    static LogLine parseLine(const QString& pod, const QString& container, QStringView raw);
    // An RFC 3339 time → milliseconds since the epoch and the nanoseconds within that millisecond.
    static std::optional<std::pair<qint64, qint32>> parseRfc3339(QStringView text);

Q_SIGNALS:
    void linesArrived(const QList<lcl::kube::LogLine>& lines);
    // One pod's stream ended: `error` is empty when the server simply closed it (not following, pod gone).
    void podEnded(const QString& pod, const lcl::Error& error, bool failed);
    void finished();

private:
    struct PodState;
    void deliver(quint64 generation, const QList<LogLine>& lines);
    void ended(quint64 generation, const QString& pod, const Error& error, bool failed);
    void scheduleRelease();
    void release(bool all);
    void podAnswered(const QString& pod);

    std::unique_ptr<KubeApi> m_api;
    std::unique_ptr<LogMerger> m_merger; // only while several pods stream
    QTimer* m_releaseTimer = nullptr;
    QList<LogLine> m_outbox; // one pod: lines waiting for the next release
    QTimer* m_backlogTimer = nullptr;
    QSet<QString> m_silentPods; // merging: pods that sent nothing yet
    QElapsedTimer m_clock;
    Options m_options;
    QList<net::RequestId> m_requests;
    quint64 m_generation = 0;
    int m_open = 0;
};

} // namespace lcl::kube
