#include "labsim/handlerscale.h"

#include "labsim/handlercontext.h"
#include "labsim/handlerpath.h"
#include "labsim/handlerrest.h"
#include "labsim/objectstore.h"
#include "labsim/patch.h"

namespace lcl::sim {

void HandlerScale::handle(HandlerContext& context, const HandlerPath& path) const
{
    const std::string& method = context.request.method;
    const StoreResult<WriteOptions> options = HandlerRest::writeOptions(context);
    if (!options)
        return HandlerRest::sendError(context, options.error());
    StoreResult<nlohmann::json> result = ObjectStoreError::make(405, "MethodNotAllowed", "the server does not allow "
                                                                                         "this method on the requested "
                                                                                         "resource");
    if (method == "GET") {
        result = m_store.getScale(*path.resource, path.ns, path.name);
    } else if (method == "PUT") {
        const StoreResult<nlohmann::json> body = HandlerRest::bodyObject(context);
        if (!body)
            return HandlerRest::sendError(context, body.error());
        const nlohmann::json& scale = body.value();
        const nlohmann::json replicas = scale.contains("spec") && scale["spec"].is_object()
                                            ? scale["spec"].value("replicas", nlohmann::json(0))
                                            : nlohmann::json(0);
        if (!replicas.is_number_integer() || replicas.get<std::int64_t>() < 0)
            return HandlerRest::sendError(
                context, ObjectStoreError::make(422, "Invalid",
                                                "Scale.autoscaling \"" + path.name
                                                    + "\" is invalid: spec.replicas: Invalid value: "
                                                    + replicas.dump() + ": must be greater than or equal to 0"));
        std::string expectedRv;
        if (scale.contains("metadata") && scale["metadata"].is_object())
            expectedRv = scale["metadata"].value("resourceVersion", std::string());
        result = m_store.setScale(*path.resource, path.ns, path.name, replicas.get<std::int64_t>(), options.value(),
                                  expectedRv);
    } else if (method == "PATCH") {
        PatchType type{};
        if (!Patch::typeForContentType(context.header("Content-Type"), type))
            return HandlerRest::sendError(context, ObjectStoreError::unsupportedMediaType(
                                                       "the body of the request was in an unknown format - accepted "
                                                       "media types include: application/json-patch+json, "
                                                       "application/merge-patch+json, application/apply-patch+yaml, "
                                                       "application/strategic-merge-patch+json"));
        result = m_store.patchScale(*path.resource, path.ns, path.name, type, context.request.body, options.value());
    }
    if (!result)
        return HandlerRest::sendError(context, result.error());
    context.sendJson(200, result.value());
}

} // namespace lcl::sim
