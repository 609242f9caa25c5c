#include "kube/kubeapi.h"

#include "core/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace lcl::kube {

namespace {

net::RequestId dispatch(const std::shared_ptr<const ClusterConnection>& connection, net::HttpClient* client,
                        const KubeApi::Call& call, const KubeApi::JsonCallback& done, bool afterUnauthorized)
{
    auto request = connection->request(call.method, call.pathAndQuery);
    if (!request) {
        done(request.error());
        return 0;
    }
    net::HttpRequest r = std::move(request).value();
    r.body = call.body;
    r.timeoutMs = call.timeoutMs;
    r.maxRetries = call.method == "GET" ? 2 : 0; // only reads are safe to repeat blindly
    r.stream = bool(call.onChunk);
    net::HttpClient::ChunkCallback chunks;
    if (call.onChunk) {
        chunks = [onChunk = call.onChunk](int status, const QByteArray& chunk) {
            if (status >= 200 && status < 300) // error bodies come whole to `done`
                onChunk(chunk);
        };
    }
    if (!call.contentType.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Type"), call.contentType));
    return client->send(std::move(r), [connection, client, call, done, afterUnauthorized](
                                          const Result<net::HttpResponse>& result) {
        if (!result) {
            done(result.error());
            return;
        }
        const net::HttpResponse& response = result.value();
        for (const auto& [name, value] : response.headers) {
            if (name.compare("Warning", Qt::CaseInsensitive) == 0)
                logging::logger("kube")->warn("server warning for {} {}: {}", call.method.constData(),
                                              call.pathAndQuery.toStdString(), value.toStdString());
        }
        if (response.status == 401 && !afterUnauthorized && connection->credentials) {
            // Credentials may have expired since they were cached (exec plugins, rotated token files).
            connection->credentials->invalidate();
            dispatch(connection, client, call, done, true);
            return;
        }
        if (response.status >= 400 || response.status < 200) {
            done(StatusError::fromResponse(response.status, response.body, call.context));
            return;
        }
        done(response.body);
    }, chunks);
}

} // namespace

KubeApi::KubeApi(ClusterConnection connection, net::HttpClient* client)
    : m_connection(std::make_shared<const ClusterConnection>(std::move(connection))), m_client(client)
{
}

net::RequestId KubeApi::send(const Call& call, JsonCallback done)
{
    return dispatch(m_connection, m_client, call, done, false);
}

net::RequestId KubeApi::stream(const ApiPath& path, const QUrlQuery& query, int idleTimeoutMs,
                               std::function<void(const QByteArray&)> onChunk, JsonCallback done)
{
    Call call;
    call.pathAndQuery = path.withQuery(query);
    call.context = contextFor(query.queryItemValue(QStringLiteral("watch")) == QLatin1String("true")
                                  ? QStringLiteral("watch")
                                  : QStringLiteral("get"),
                              path);
    call.timeoutMs = idleTimeoutMs;
    call.onChunk = std::move(onChunk);
    return send(call, std::move(done));
}

void KubeApi::cancel(net::RequestId id)
{
    m_client->cancel(id);
}

StatusError::Context KubeApi::contextFor(const QString& verb, const ApiPath& path)
{
    return {verb, path.resource, path.nameSpace, path.name};
}

QUrlQuery KubeApi::writeQuery(const WriteOptions& options, bool withFieldManager)
{
    QUrlQuery q;
    if (options.dryRun)
        q.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    if (withFieldManager && !options.fieldManager.isEmpty())
        q.addQueryItem(QStringLiteral("fieldManager"), options.fieldManager);
    return q;
}

net::RequestId KubeApi::get(const ApiPath& path, JsonCallback done, const QUrlQuery& query)
{
    Call call;
    call.pathAndQuery = path.withQuery(query);
    call.context = contextFor(path.name.isEmpty() ? QStringLiteral("list") : QStringLiteral("get"), path);
    return send(call, std::move(done));
}

ServerVersion KubeApi::parseVersion(const QByteArray& json, bool* ok)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    ServerVersion v{o.value(QLatin1String("major")).toString(), o.value(QLatin1String("minor")).toString(),
                    o.value(QLatin1String("gitVersion")).toString(), o.value(QLatin1String("platform")).toString()};
    *ok = !v.gitVersion.isEmpty();
    return v;
}

net::RequestId KubeApi::version(VersionCallback done)
{
    Call call;
    call.pathAndQuery = QStringLiteral("/version");
    call.context = {QStringLiteral("get"), QStringLiteral("version"), {}, {}};
    call.timeoutMs = 10000;
    return send(call, [done](const Result<QByteArray>& body) {
        if (!body) {
            done(body.error());
            return;
        }
        bool ok = false;
        const ServerVersion v = parseVersion(body.value(), &ok);
        if (!ok)
            done(Error::make(Error::Kind::Parse, tr("The server's /version answer is not a Kubernetes version"),
                             tr("Check that the server address points at a Kubernetes API server."),
                             QString::fromUtf8(body.value().left(300))));
        else
            done(v);
    });
}

net::RequestId KubeApi::create(const ApiPath& collection, const QByteArray& json, const WriteOptions& options,
                               JsonCallback done)
{
    Call call;
    call.method = "POST";
    call.pathAndQuery = collection.withQuery(writeQuery(options, true));
    call.body = json;
    call.contentType = "application/json";
    call.context = contextFor(QStringLiteral("create"), collection);
    return send(call, std::move(done));
}

net::RequestId KubeApi::patch(const ApiPath& path, PatchType type, const QByteArray& body, const WriteOptions& options,
                              JsonCallback done)
{
    Call call;
    call.method = "PATCH";
    QUrlQuery query = writeQuery(options, true);
    switch (type) {
    case PatchType::Merge:
        call.contentType = "application/merge-patch+json";
        break;
    case PatchType::StrategicMerge:
        call.contentType = "application/strategic-merge-patch+json";
        break;
    case PatchType::Json:
        call.contentType = "application/json-patch+json";
        break;
    case PatchType::Apply:
        call.contentType = "application/apply-patch+yaml";
        if (options.force)
            query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        break;
    }
    call.pathAndQuery = path.withQuery(query);
    call.body = body;
    call.context = contextFor(QStringLiteral("patch"), path);
    return send(call, std::move(done));
}

net::RequestId KubeApi::apply(const ApiPath& path, const QByteArray& body, const WriteOptions& options, JsonCallback done)
{
    return patch(path, PatchType::Apply, body, options, std::move(done));
}

net::RequestId KubeApi::scale(const ApiPath& workload, int replicas, const WriteOptions& options, JsonCallback done)
{
    ApiPath path = workload;
    path.subresource = QStringLiteral("scale");
    Call call;
    call.method = "PATCH";
    call.pathAndQuery = path.withQuery(writeQuery(options, true));
    call.body = "{\"spec\":{\"replicas\":" + QByteArray::number(replicas) + "}}";
    call.contentType = "application/merge-patch+json";
    call.context = contextFor(QStringLiteral("scale"), workload); // RBAC says patch on */scale; users say scale
    return send(call, std::move(done));
}

net::RequestId KubeApi::remove(const ApiPath& path, Propagation propagation, const WriteOptions& options,
                               JsonCallback done)
{
    Call call;
    call.method = "DELETE";
    call.pathAndQuery = path.withQuery(writeQuery(options, false));
    nlohmann::json body = {{"kind", "DeleteOptions"}, {"apiVersion", "v1"}};
    switch (propagation) {
    case Propagation::ServerDefault:
        break;
    case Propagation::Background:
        body["propagationPolicy"] = "Background";
        break;
    case Propagation::Foreground:
        body["propagationPolicy"] = "Foreground";
        break;
    case Propagation::Orphan:
        body["propagationPolicy"] = "Orphan";
        break;
    }
    if (options.dryRun)
        body["dryRun"] = nlohmann::json::array({"All"});
    call.body = QByteArray::fromStdString(body.dump());
    call.contentType = "application/json";
    call.context = contextFor(QStringLiteral("delete"), path);
    return send(call, std::move(done));
}

net::RequestId KubeApi::accessReview(const AccessCheck& check, AccessCallback done)
{
    nlohmann::json attributes = {{"verb", check.verb.toStdString()},
                                 {"group", check.group.toStdString()},
                                 {"resource", check.resource.toStdString()}};
    if (!check.nameSpace.isEmpty())
        attributes["namespace"] = check.nameSpace.toStdString();
    if (!check.name.isEmpty())
        attributes["name"] = check.name.toStdString();
    if (!check.subresource.isEmpty())
        attributes["subresource"] = check.subresource.toStdString();
    const nlohmann::json review = {{"apiVersion", "authorization.k8s.io/v1"},
                                   {"kind", "SelfSubjectAccessReview"},
                                   {"spec", {{"resourceAttributes", attributes}}}};
    Call call;
    call.method = "POST";
    call.pathAndQuery = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
    call.body = QByteArray::fromStdString(review.dump());
    call.contentType = "application/json";
    call.context = {QStringLiteral("create"), QStringLiteral("selfsubjectaccessreviews"), {}, {}};
    return send(call, [done](const Result<QByteArray>& body) {
        if (!body) {
            done(body.error());
            return;
        }
        const QJsonObject status = QJsonDocument::fromJson(body.value()).object().value(QLatin1String("status")).toObject();
        if (!status.contains(QLatin1String("allowed"))) {
            done(Error::make(Error::Kind::Parse, tr("The access review answer has no status.allowed"), {},
                             QString::fromUtf8(body.value().left(300))));
            return;
        }
        done(AccessReview{status.value(QLatin1String("allowed")).toBool(),
                          status.value(QLatin1String("reason")).toString()});
    });
}

} // namespace lcl::kube
