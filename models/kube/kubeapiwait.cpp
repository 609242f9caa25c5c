#include "kube/kubeapi.h"

#include <future>

namespace lcl::kube {

namespace {

// Runs an asynchronous KubeApi call and blocks until its callback fires (on the net thread).
template <typename T, typename Start>
Result<T> waitFor(Start start)
{
    auto promise = std::make_shared<std::promise<Result<T>>>();
    auto future = promise->get_future();
    start([promise](const Result<T>& result) { promise->set_value(result); });
    return future.get();
}

} // namespace

Result<QByteArray> KubeApi::getAndWait(const ApiPath& path, const QUrlQuery& query)
{
    return waitFor<QByteArray>([&](JsonCallback done) { get(path, done, query); });
}

Result<ServerVersion> KubeApi::versionAndWait()
{
    return waitFor<ServerVersion>([&](VersionCallback done) { version(done); });
}

Result<QByteArray> KubeApi::createAndWait(const ApiPath& collection, const QByteArray& json, const WriteOptions& options)
{
    return waitFor<QByteArray>([&](JsonCallback done) { create(collection, json, options, done); });
}

Result<QByteArray> KubeApi::patchAndWait(const ApiPath& path, PatchType type, const QByteArray& body,
                                         const WriteOptions& options)
{
    return waitFor<QByteArray>([&](JsonCallback done) { patch(path, type, body, options, done); });
}

Result<QByteArray> KubeApi::applyAndWait(const ApiPath& path, const QByteArray& body, const WriteOptions& options)
{
    return waitFor<QByteArray>([&](JsonCallback done) { apply(path, body, options, done); });
}

Result<QByteArray> KubeApi::scaleAndWait(const ApiPath& workload, int replicas, const WriteOptions& options)
{
    return waitFor<QByteArray>([&](JsonCallback done) { scale(workload, replicas, options, done); });
}

Result<QByteArray> KubeApi::removeAndWait(const ApiPath& path, Propagation propagation, const WriteOptions& options)
{
    return waitFor<QByteArray>([&](JsonCallback done) { remove(path, propagation, options, done); });
}

Result<QByteArray> KubeApi::createJobFromCronJobAndWait(const QString& nameSpace, const QString& cronJob,
                                                        const QString& jobName, const WriteOptions& options)
{
    return waitFor<QByteArray>(
        [&](JsonCallback done) { createJobFromCronJob(nameSpace, cronJob, jobName, options, done); });
}

Result<AccessReview> KubeApi::accessReviewAndWait(const AccessCheck& check)
{
    return waitFor<AccessReview>([&](AccessCallback done) { accessReview(check, done); });
}

} // namespace lcl::kube
