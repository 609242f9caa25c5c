#include "labsim/handlerrest.h"

#include "labsim/handlercontext.h"
#include "labsim/handlerpath.h"
#include "labsim/objectstore.h"
#include "labsim/patch.h"
#include "labsim/tablewriter.h"

#include <cstdlib>

namespace lcl::sim {
namespace {

std::string listKind(const ResourceInfo& resource)
{
    return resource.kind + "List";
}

// Appends `{"kind":...,"metadata":{...},"items":[<cached object JSON>...]}` without re-serialising the items.
std::string listJson(const ResourceInfo& resource, const ListResult& result)
{
    nlohmann::json metadata = {{"resourceVersion", std::to_string(result.resourceVersion)}};
    if (!result.continueToken.empty())
        metadata["continue"] = result.continueToken;
    if (result.remainingItemCount)
        metadata["remainingItemCount"] = *result.remainingItemCount;
    std::string out = R"({"kind":)" + nlohmann::json(listKind(resource)).dump() + R"(,"apiVersion":)"
                      + nlohmann::json(resource.apiVersion()).dump() + R"(,"metadata":)" + metadata.dump()
                      + R"(,"items":[)";
    bool first = true;
    for (const ObjectPtr& item : result.items) {
        if (!first)
            out += ',';
        first = false;
        out += item->json;
    }
    out += "]}\n";
    return out;
}

bool namespaceRequired(HandlerContext& context, const HandlerPath& path)
{
    if (path.resource->namespaced && path.ns.empty()) {
        HandlerRest::sendError(context, ObjectStoreError::make(404, "NotFound",
                                                               "the server could not find the requested resource"));
        return false;
    }
    return true;
}

} // namespace

void HandlerRest::sendError(HandlerContext& context, const ObjectStoreError& error)
{
    context.sendJson(error.code, error.toStatus());
}

void HandlerRest::sendObject(HandlerContext& context, int code, const ObjectPtr& object)
{
    context.response.status = code;
    context.response.set_content(object->json + '\n', "application/json");
}

StoreResult<nlohmann::json> HandlerRest::bodyObject(const HandlerContext& context)
{
    const std::string contentType = context.header("Content-Type");
    if (contentType.find("protobuf") != std::string::npos || contentType.find("cbor") != std::string::npos)
        return ObjectStoreError::unsupportedMediaType(
            "the body of the request was in an unknown format - accepted media types include: application/json, "
            "application/yaml");
    const std::string& body = context.request.body;
    if (body.empty())
        return ObjectStoreError::badRequest("the request body is empty; an object is required");
    nlohmann::json object;
    if (contentType.find("yaml") != std::string::npos) {
        StoreResult<nlohmann::json> parsed = Patch::parseYamlOrJson(body);
        if (!parsed)
            return parsed.error();
        object = std::move(parsed).value();
    } else {
        object = nlohmann::json::parse(body, nullptr, false);
        if (object.is_discarded())
            return ObjectStoreError::badRequest("couldn't get version/kind; json parse error: the request body is "
                                                "not valid JSON");
    }
    if (!object.is_object())
        return ObjectStoreError::badRequest("the request body must be a JSON object");
    return object;
}

StoreResult<WriteOptions> HandlerRest::writeOptions(const HandlerContext& context)
{
    WriteOptions options;
    const std::string dryRun = context.query("dryRun");
    if (!dryRun.empty() && dryRun != "All")
        return ObjectStoreError::badRequest("Invalid dryRun value: " + dryRun + ": supported values: \"All\"");
    options.dryRun = dryRun == "All";
    options.fieldManager = context.query("fieldManager");
    options.force = context.queryFlag("force");
    const std::string validation = context.query("fieldValidation");
    if (!validation.empty() && validation != "Strict" && validation != "Warn" && validation != "Ignore")
        return ObjectStoreError::badRequest("fieldValidation must be one of \"Ignore\", \"Warn\", or \"Strict\"");
    return options;
}

StoreResult<ListOptions> HandlerRest::listOptions(const HandlerContext& context)
{
    ListOptions options;
    options.labelSelector = context.query("labelSelector");
    options.fieldSelector = context.query("fieldSelector");
    options.continueToken = context.query("continue");
    options.resourceVersion = context.query("resourceVersion");
    options.resourceVersionMatch = context.query("resourceVersionMatch");
    if (const std::string limit = context.query("limit"); !limit.empty()) {
        try {
            options.limit = std::stoll(limit);
        } catch (const std::exception&) {
            return ObjectStoreError::badRequest("invalid limit: " + limit);
        }
        if (options.limit < 0)
            options.limit = 0;
    }
    return options;
}

void HandlerRest::get(HandlerContext& context, const HandlerPath& path) const
{
    const StoreResult<ObjectPtr> object = m_store.get(*path.resource, path.ns, path.name);
    if (!object)
        return sendError(context, object.error());
    if (context.wantsTable()) {
        ListResult single;
        single.items.push_back(object.value());
        single.resourceVersion = object.value()->resourceVersion;
        return context.sendJson(200, TableWriter::table(*path.resource, single, context.query("includeObject")));
    }
    sendObject(context, 200, object.value());
}

void HandlerRest::list(HandlerContext& context, const HandlerPath& path) const
{
    const StoreResult<ListOptions> options = listOptions(context);
    if (!options)
        return sendError(context, options.error());
    const StoreResult<ListResult> result = m_store.list(*path.resource, path.ns, options.value());
    if (!result)
        return sendError(context, result.error());
    if (context.wantsTable())
        return context.sendJson(200, TableWriter::table(*path.resource, result.value(), context.query("includeObject")));
    context.response.status = 200;
    context.response.set_content(listJson(*path.resource, result.value()), "application/json");
}

void HandlerRest::create(HandlerContext& context, const HandlerPath& path) const
{
    if (!namespaceRequired(context, path))
        return;
    StoreResult<nlohmann::json> body = bodyObject(context);
    if (!body)
        return sendError(context, body.error());
    const StoreResult<WriteOptions> options = writeOptions(context);
    if (!options)
        return sendError(context, options.error());
    nlohmann::json& object = body.value();
    const ResourceInfo& r = *path.resource;
    if (const auto kind = object.find("kind"); kind != object.end() && kind->is_string() && *kind != r.kind)
        return sendError(context, ObjectStoreError::badRequest("the API version in the data (" + object.value("apiVersion", std::string())
                                                               + ") does not match the expected API version ("
                                                               + r.apiVersion() + ") or kind " + kind->get<std::string>()
                                                               + " is not " + r.kind));
    if (const auto ns = object.find("metadata"); ns != object.end() && ns->is_object() && path.resource->namespaced) {
        const std::string bodyNs = ns->value("namespace", std::string());
        if (!bodyNs.empty() && bodyNs != path.ns)
            return sendError(context, ObjectStoreError::badRequest("the namespace of the provided object does not "
                                                                   "match the namespace sent on the request"));
    }
    const StoreResult<ObjectPtr> created = m_store.create(r, path.ns, std::move(object), options.value());
    if (!created)
        return sendError(context, created.error());
    sendObject(context, 201, created.value());
}

void HandlerRest::update(HandlerContext& context, const HandlerPath& path, bool statusOnly) const
{
    StoreResult<nlohmann::json> body = bodyObject(context);
    if (!body)
        return sendError(context, body.error());
    const StoreResult<WriteOptions> options = writeOptions(context);
    if (!options)
        return sendError(context, options.error());
    const std::string bodyName = body.value().contains("metadata") && body.value()["metadata"].is_object()
                                     ? body.value()["metadata"].value("name", std::string())
                                     : std::string();
    if (!bodyName.empty() && bodyName != path.name)
        return sendError(context, ObjectStoreError::badRequest("the name of the object (" + bodyName
                                                               + ") does not match the name on the URL (" + path.name
                                                               + ")"));
    const StoreResult<ObjectPtr> updated =
        m_store.update(*path.resource, path.ns, path.name, std::move(body).value(), options.value(), statusOnly);
    if (!updated)
        return sendError(context, updated.error());
    sendObject(context, 200, updated.value());
}

void HandlerRest::patch(HandlerContext& context, const HandlerPath& path, bool statusOnly) const
{
    PatchType type{};
    if (!Patch::typeForContentType(context.header("Content-Type"), type))
        return sendError(context, ObjectStoreError::unsupportedMediaType(
                                      "the body of the request was in an unknown format - accepted media types "
                                      "include: application/json-patch+json, application/merge-patch+json, "
                                      "application/apply-patch+yaml"
                                      + std::string(path.resource->customResource
                                                        ? ""
                                                        : ", application/strategic-merge-patch+json")));
    if (type == PatchType::StrategicMerge && path.resource->customResource)
        return sendError(context, ObjectStoreError::unsupportedMediaType(
                                      "the body of the request was in an unknown format - accepted media types "
                                      "include: application/json-patch+json, application/merge-patch+json, "
                                      "application/apply-patch+yaml"));
    const StoreResult<WriteOptions> options = writeOptions(context);
    if (!options)
        return sendError(context, options.error());
    if (type == PatchType::Apply && options.value().fieldManager.empty())
        return sendError(context, ObjectStoreError::make(
                                      422, "Invalid",
                                      "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is "
                                      "required for apply patch"));
    if (type != PatchType::Apply && context.hasQuery("force"))
        return sendError(context, ObjectStoreError::make(
                                      422, "Invalid",
                                      "PatchOptions.meta.k8s.io \"\" is invalid: force: Forbidden: may not be "
                                      "specified for non-apply patch"));
    const StoreResult<PatchResult> patched = m_store.patch(*path.resource, path.ns, path.name, type,
                                                           context.request.body, options.value(), statusOnly);
    if (!patched)
        return sendError(context, patched.error());
    sendObject(context, patched.value().created ? 201 : 200, patched.value().object);
}

void HandlerRest::remove(HandlerContext& context, const HandlerPath& path) const
{
    DeleteOptions options;
    const std::string dryRun = context.query("dryRun");
    if (!dryRun.empty() && dryRun != "All")
        return sendError(context, ObjectStoreError::badRequest("Invalid dryRun value: " + dryRun));
    options.dryRun = dryRun == "All";
    options.propagationPolicy = context.query("propagationPolicy");
    if (const auto grace = context.query("gracePeriodSeconds"); !grace.empty()) {
        const auto parsed = nlohmann::json::parse(grace, nullptr, false);
        if (!parsed.is_number_integer())
            return sendError(context, ObjectStoreError::badRequest("invalid gracePeriodSeconds: " + grace));
        options.gracePeriodSeconds = parsed.get<std::int64_t>();
    }
    if (!context.request.body.empty()) {
        const nlohmann::json body = nlohmann::json::parse(context.request.body, nullptr, false);
        if (body.is_discarded() || !body.is_object())
            return sendError(context, ObjectStoreError::badRequest("the DeleteOptions body is not a JSON object"));
        if (const auto p = body.find("propagationPolicy"); p != body.end() && p->is_string())
            options.propagationPolicy = p->get<std::string>();
        if (const auto d = body.find("dryRun"); d != body.end() && d->is_array() && !d->empty())
            options.dryRun = true;
        if (const auto g = body.find("gracePeriodSeconds"); g != body.end() && g->is_number_integer())
            options.gracePeriodSeconds = g->get<std::int64_t>();
        if (const auto pre = body.find("preconditions"); pre != body.end() && pre->is_object()) {
            if (pre->contains("uid") && (*pre)["uid"].is_string())
                options.preconditionUid = (*pre)["uid"].get<std::string>();
            if (pre->contains("resourceVersion") && (*pre)["resourceVersion"].is_string())
                options.preconditionResourceVersion = (*pre)["resourceVersion"].get<std::string>();
        }
    }
    const std::string& policy = options.propagationPolicy;
    if (!policy.empty() && policy != "Foreground" && policy != "Background" && policy != "Orphan")
        return sendError(context, ObjectStoreError::make(422, "Invalid",
                                                         "DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: "
                                                         "Unsupported value: \""
                                                             + policy
                                                             + "\": supported values: \"Foreground\", \"Background\", "
                                                               "\"Orphan\""));
    const StoreResult<ObjectPtr> removed = m_store.remove(*path.resource, path.ns, path.name, options);
    if (!removed)
        return sendError(context, removed.error());
    sendObject(context, 200, removed.value());
}

void HandlerRest::removeCollection(HandlerContext& context, const HandlerPath& path) const
{
    const StoreResult<ListOptions> selectors = listOptions(context);
    if (!selectors)
        return sendError(context, selectors.error());
    DeleteOptions options;
    options.dryRun = context.query("dryRun") == "All";
    options.propagationPolicy = context.query("propagationPolicy");
    if (const auto grace = context.query("gracePeriodSeconds"); !grace.empty())
        options.gracePeriodSeconds = std::atoll(grace.c_str());
    const StoreResult<std::vector<ObjectPtr>> removed =
        m_store.removeCollection(*path.resource, path.ns, selectors.value(), options);
    if (!removed)
        return sendError(context, removed.error());
    ListResult result;
    result.items = removed.value();
    result.resourceVersion = m_store.currentResourceVersion();
    context.response.status = 200;
    context.response.set_content(listJson(*path.resource, result), "application/json");
}

} // namespace lcl::sim
