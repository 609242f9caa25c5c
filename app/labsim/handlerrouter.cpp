#include "labsim/handlerrouter.h"

#include "labsim/handlercontext.h"
#include "labsim/handlerpath.h"
#include "labsim/objectstore.h"
#include "labsim/rbac.h"
#include "labsim/statuswriter.h"

namespace lcl::sim {
namespace {

void notFound(HandlerContext& context)
{
    StatusWriter::send(context.response, 404, "NotFound", "the server could not find the requested resource");
}

std::string verbFor(const HandlerContext& context, const HandlerPath& path)
{
    const std::string& method = context.request.method;
    if (method == "GET" || method == "HEAD") {
        if (!path.name.empty())
            return "get";
        return context.queryFlag("watch") ? "watch" : "list";
    }
    if (method == "POST")
        return "create";
    if (method == "PUT")
        return "update";
    if (method == "PATCH")
        return "patch";
    if (method == "DELETE")
        return path.name.empty() ? "deletecollection" : "delete";
    return {};
}

} // namespace

HandlerRouter::HandlerRouter(ObjectStore& store, FaultBook& faults)
    : m_store(store), m_faultApi(faults), m_trouble(faults, store.watchHub()), m_discovery(store.registry()),
      m_openapi(store.registry()), m_rest(store), m_watch(store, &faults),
      m_scale(store), m_logs(store), m_metrics(store), m_proxy(store)
{
}

nlohmann::json HandlerRouter::versionInfo()
{
    return {{"major", "1"},
            {"minor", "31"},
            {"gitVersion", "v1.31.4+k3s1"},
            {"gitCommit", "a0ad6bb1c9a5ae1b6a1b1d1cd6e34e51c3f3bd10"},
            {"gitTreeState", "clean"},
            {"buildDate", "2024-12-13T03:05:54Z"},
            {"goVersion", "go1.22.9"},
            {"compiler", "gc"},
            {"platform", "linux/amd64"}};
}

void HandlerRouter::route(HandlerContext& context)
{
    if (HandlerFaults::owns(context.request.path))
        return m_faultApi.handle(context);
    if (m_trouble.intercept(context))
        return;
    if (routeNonResource(context))
        return;
    HandlerPath path = HandlerPath::parse(context.request.path, m_store.registry());
    if (path.kind == HandlerPath::Kind::UnknownResource && path.ns.empty()) {
        path.resource = Discovery::findServerResource(path.group, path.version, path.plural);
        if (path.resource)
            path.kind = HandlerPath::Kind::Resource;
    }
    switch (path.kind) {
    case HandlerPath::Kind::Resource:
        return routeResource(context, path);
    case HandlerPath::Kind::CoreRoot:
    case HandlerPath::Kind::GroupsRoot:
    case HandlerPath::Kind::Group:
    case HandlerPath::Kind::GroupVersion:
        return routeDiscovery(context, path);
    case HandlerPath::Kind::UnknownResource:
    case HandlerPath::Kind::Other:
        return notFound(context);
    }
}

bool HandlerRouter::routeNonResource(HandlerContext& context)
{
    const std::string& path = context.request.path;
    if (context.request.method != "GET")
        return false;
    if (path == "/version" || path == "/version/") {
        context.sendJson(200, versionInfo());
        return true;
    }
    if (path == "/healthz" || path == "/readyz" || path == "/livez") {
        context.response.status = 200;
        context.response.set_content("ok", "text/plain; charset=utf-8");
        return true;
    }
    if (path == "/openapi/v3" || path == "/openapi/v3/") {
        context.sendJson(200, m_openapi.root());
        return true;
    }
    static const std::string openApiPrefix = "/openapi/v3/";
    if (path.rfind(openApiPrefix, 0) == 0) {
        const nlohmann::json doc = m_openapi.document(path.substr(openApiPrefix.size()));
        if (doc.is_null())
            notFound(context);
        else
            context.sendJson(200, doc);
        return true;
    }
    if (path.rfind("/openapi", 0) == 0) { // v2 is not served: kubectl then relies on v3 and compiled-in data
        notFound(context);
        return true;
    }
    return false;
}

void HandlerRouter::routeDiscovery(HandlerContext& context, const HandlerPath& path)
{
    if (context.request.method != "GET")
        return StatusWriter::send(context.response, 405, "MethodNotAllowed",
                                  "the server does not allow this method on the requested resource");
    const std::string aggregated = Discovery::aggregatedVersion(context.header("Accept"));
    nlohmann::json body;
    switch (path.kind) {
    case HandlerPath::Kind::CoreRoot:
    case HandlerPath::Kind::GroupsRoot:
        if (!aggregated.empty()) {
            context.response.status = 200;
            context.response.set_content(
                m_discovery.aggregated(path.kind == HandlerPath::Kind::CoreRoot, aggregated).dump() + '\n',
                Discovery::aggregatedContentType(aggregated));
            return;
        }
        body = path.kind == HandlerPath::Kind::CoreRoot ? m_discovery.apiVersions() : m_discovery.groupList();
        break;
    case HandlerPath::Kind::Group:
        body = m_discovery.group(path.group);
        break;
    default:
        body = m_discovery.resourceList(path.group, path.version);
        break;
    }
    if (body.is_null())
        return notFound(context);
    context.sendJson(200, body);
}

void HandlerRouter::routeResource(HandlerContext& context, const HandlerPath& path)
{
    const ResourceInfo& resource = *path.resource;
    const std::string verb = verbFor(context, path);
    Rbac::Attributes attributes{verb, resource.group, resource.plural, path.subresource, path.ns, path.name, {}};
    if (path.subresource == "proxy" && verb == "update")
        attributes.verb = "update";
    if (!Rbac::allowed(context.user, attributes))
        return StatusWriter::send(context.response, 403, "Forbidden", Rbac::forbiddenMessage(context.user, attributes),
                                  {path.name, resource.group, resource.plural, nullptr});
    if (verb.empty())
        return StatusWriter::send(context.response, 405, "MethodNotAllowed",
                                  "the server does not allow this method on the requested resource");
    if (resource.plural == "selfsubjectaccessreviews" || resource.plural == "selfsubjectrulesreviews"
        || resource.plural == "selfsubjectreviews")
        return review(context, path);
    if (!path.subresource.empty())
        return routeSubresource(context, path);
    if (!resource.hasVerb(verb))
        return StatusWriter::send(context.response, 405, "MethodNotAllowed",
                                  "the server does not allow this method on the requested resource",
                                  {path.name, resource.group, resource.plural, nullptr});
    if (!resource.stored)
        return m_metrics.handle(context, path);
    if (verb == "get")
        return m_rest.get(context, path);
    if (verb == "list")
        return m_rest.list(context, path);
    if (verb == "watch")
        return m_watch.watch(context, path);
    if (verb == "create")
        return m_rest.create(context, path);
    if (verb == "update")
        return m_rest.update(context, path, false);
    if (verb == "patch")
        return m_rest.patch(context, path, false);
    if (verb == "delete")
        return m_rest.remove(context, path);
    return m_rest.removeCollection(context, path);
}

void HandlerRouter::routeSubresource(HandlerContext& context, const HandlerPath& path)
{
    const ResourceInfo& resource = *path.resource;
    const std::string& sub = path.subresource;
    if (resource.plural == "services" && sub == "proxy")
        return m_proxy.handle(context, path);
    if (!resource.subresource(sub) || (sub != "proxy" && !path.rest.empty()))
        return notFound(context);
    if (sub == "scale")
        return m_scale.handle(context, path);
    if (sub == "log" && context.request.method == "GET")
        return m_logs.handle(context, path);
    if (sub == "status") {
        const std::string& method = context.request.method;
        if (method == "GET")
            return m_rest.get(context, path);
        if (method == "PUT")
            return m_rest.update(context, path, true);
        if (method == "PATCH")
            return m_rest.patch(context, path, true);
    }
    StatusWriter::send(context.response, 405, "MethodNotAllowed",
                       "the server does not allow this method on the requested resource");
}

void HandlerRouter::review(HandlerContext& context, const HandlerPath& path)
{
    if (context.request.method != "POST" || !path.name.empty())
        return StatusWriter::send(context.response, 405, "MethodNotAllowed",
                                  "the server does not allow this method on the requested resource");
    StoreResult<nlohmann::json> body = HandlerRest::bodyObject(context);
    if (!body)
        return HandlerRest::sendError(context, body.error());
    nlohmann::json review = std::move(body).value();
    const nlohmann::json spec = review.value("spec", nlohmann::json::object());
    review["apiVersion"] = path.resource->apiVersion();
    review["kind"] = path.resource->kind;
    review["metadata"] = {{"creationTimestamp", nullptr}};
    if (path.resource->plural == "selfsubjectaccessreviews") {
        review["status"] = Rbac::accessReviewStatus(context.user, spec);
    } else if (path.resource->plural == "selfsubjectrulesreviews") {
        review["status"] = Rbac::rulesReviewStatus(context.user);
    } else {
        nlohmann::json groups = nlohmann::json::array();
        for (const QString& g : context.user.groups)
            groups.push_back(g.toStdString());
        review["status"] = {{"userInfo", {{"username", context.user.name.toStdString()}, {"groups", groups}}}};
    }
    context.sendJson(201, review);
}

} // namespace lcl::sim
