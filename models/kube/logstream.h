#pragma once

#include "core/error.h"
#include "core/resourcekey.h"
#include "kube/clusterconnection.h"
#include "kube/logline.h"
#include "net/httpclient.h"

#include <QList>
#include <QObject>

#include <memory>

namespace lcl::kube {

class KubeApi;

// Reads the logs of one pod or of several pods at once (a workload's), following them when asked: one
// streamed GET .../pods/NAME/log?timestamps=true per pod, split into lines on the net thread and handed to the
// GUI thread in one batch per received piece. Keeps nothing itself: a LogModel (or anything else) holds the
// lines in a bounded ring. Restarting or destroying the stream cancels its requests and drops late pieces.
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
    };

    LogStream(ClusterConnection connection, net::HttpClient* http, QObject* parent = nullptr);
    ~LogStream() override;

    void start(const Options& options);
    void stop();
    bool isRunning() const { return m_open > 0; }
    const Options& options() const { return m_options; }

    // "2026-11-26T10:02:03.123456789Z text" → timestamp and text; lines without a valid prefix keep all text.
    static LogLine parseLine(const QString& pod, const QString& container, QStringView raw);

Q_SIGNALS:
    void linesArrived(const QList<lcl::kube::LogLine>& lines);
    // One pod's stream ended: `error` is empty when the server simply closed it (not following, pod gone).
    void podEnded(const QString& pod, const lcl::Error& error, bool failed);
    void finished();

private:
    struct PodState;
    void deliver(quint64 generation, const QList<LogLine>& lines);
    void ended(quint64 generation, const QString& pod, const Error& error, bool failed);

    std::unique_ptr<KubeApi> m_api;
    Options m_options;
    QList<net::RequestId> m_requests;
    quint64 m_generation = 0;
    int m_open = 0;
};

} // namespace lcl::kube
