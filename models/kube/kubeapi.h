#pragma once

#include "core/result.h"
#include "kube/apipath.h"
#include "kube/clusterconnection.h"
#include "kube/kubeapitypes.h"
#include "kube/statuserror.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace lcl::kube {

// Requests against one cluster's API: reads of raw JSON (a full object for a YAML view), /version, writes
// (patch, server-side apply, create, scale, delete, job from cron job) with dry-run, and access reviews.
// Failures arrive as lcl::Error (StatusError). A 401 makes the credentials forget their cache and the request
// is sent once more.
//
// The asynchronous methods return at once; their callbacks run ON THE NET THREAD (HttpClient's worker): post
// results to the GUI thread with a queued call, never touch widgets there. The *AndWait variants block the
// calling thread and are meant for the command-line report and tests, never for the GUI thread.
class KubeApi final {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::KubeApi)

public:
    using JsonCallback = std::function<void(const Result<QByteArray>&)>;
    using VersionCallback = std::function<void(const Result<ServerVersion>&)>;
    using AccessCallback = std::function<void(const Result<AccessReview>&)>;

    KubeApi(ClusterConnection connection, net::HttpClient* client);

    const ClusterConnection& connection() const { return *m_connection; }

    // One object, or a list when path.name is empty.
    net::RequestId get(const ApiPath& path, JsonCallback done, const QUrlQuery& query = {});
    net::RequestId version(VersionCallback done);
    net::RequestId create(const ApiPath& collection, const QByteArray& json, const WriteOptions& options,
                          JsonCallback done);
    net::RequestId patch(const ApiPath& path, PatchType type, const QByteArray& body, const WriteOptions& options,
                         JsonCallback done);
    // Server-side apply (application/apply-patch+yaml; JSON is YAML). Creates the object when it is missing.
    net::RequestId apply(const ApiPath& path, const QByteArray& body, const WriteOptions& options, JsonCallback done);
    // PATCH .../scale {"spec":{"replicas":N}}, as kubectl scale does. Returns the Scale object.
    net::RequestId scale(const ApiPath& workload, int replicas, const WriteOptions& options, JsonCallback done);
    net::RequestId remove(const ApiPath& path, Propagation propagation, const WriteOptions& options,
                          JsonCallback done);
    // kubectl create job NAME --from=cronjob/CRONJOB: GET the cron job, POST a Job built from its template.
    // An empty jobName generates "<cronjob>-manual-xxxxx" (at most 63 characters).
    void createJobFromCronJob(const QString& nameSpace, const QString& cronJob, const QString& jobName,
                              const WriteOptions& options, JsonCallback done);
    net::RequestId accessReview(const AccessCheck& check, AccessCallback done);
    // A streamed GET (watch=true, pod logs with follow=true): 2xx body pieces go to onChunk as they arrive,
    // unframed; `done` gets an empty body when the server ends the stream, or the error. `idleTimeoutMs` ends
    // a stream that stays silent that long.
    net::RequestId stream(const ApiPath& path, const QUrlQuery& query, int idleTimeoutMs,
                          std::function<void(const QByteArray&)> onChunk, JsonCallback done);
    void cancel(net::RequestId id);

    Result<QByteArray> getAndWait(const ApiPath& path, const QUrlQuery& query = {});
    Result<ServerVersion> versionAndWait();
    Result<QByteArray> createAndWait(const ApiPath& collection, const QByteArray& json, const WriteOptions& options);
    Result<QByteArray> patchAndWait(const ApiPath& path, PatchType type, const QByteArray& body,
                                    const WriteOptions& options);
    Result<QByteArray> applyAndWait(const ApiPath& path, const QByteArray& body, const WriteOptions& options);
    Result<QByteArray> scaleAndWait(const ApiPath& workload, int replicas, const WriteOptions& options);
    Result<QByteArray> removeAndWait(const ApiPath& path, Propagation propagation, const WriteOptions& options);
    Result<QByteArray> createJobFromCronJobAndWait(const QString& nameSpace, const QString& cronJob,
                                                   const QString& jobName, const WriteOptions& options);
    Result<AccessReview> accessReviewAndWait(const AccessCheck& check);

    // Builds the Job kubectl would create from a CronJob object (JSON); exposed for tests.
    static Result<QByteArray> jobFromCronJob(const QByteArray& cronJobJson, const QString& jobName);
    static ServerVersion parseVersion(const QByteArray& json, bool* ok);

    // One API call; the building block of the methods above.
    struct Call {
        QByteArray method = "GET";
        QString pathAndQuery;
        QByteArray body;
        QByteArray contentType;
        StatusError::Context context;
        int timeoutMs = 30000;
        std::function<void(const QByteArray&)> onChunk; // set: a streamed request
    };
    net::RequestId send(const Call& call, JsonCallback done);

private:
    static QUrlQuery writeQuery(const WriteOptions& options, bool withFieldManager);
    static StatusError::Context contextFor(const QString& verb, const ApiPath& path);

    std::shared_ptr<const ClusterConnection> m_connection;
    net::HttpClient* m_client;
};

} // namespace lcl::kube
