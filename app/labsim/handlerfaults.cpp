#include "labsim/handlerfaults.h"

#include "core/logging.h"
#include "labsim/faultbook.h"
#include "labsim/handlercontext.h"
#include "labsim/statuswriter.h"

#include <spdlog/spdlog.h>

#include <charconv>

namespace lcl::sim {
namespace {

constexpr const char* Collection = "/lclab/v1/faults";
const StatusWriter::Details FaultDetails{{}, "lclab", "faults", nullptr};

bool isAdmin(const HandlerContext& context)
{
    return !context.user.readOnly && context.user.groups.contains(QStringLiteral("system:masters"));
}

void invalid(HandlerContext& context, const std::string& message)
{
    StatusWriter::Details details = FaultDetails;
    details.causes = nlohmann::json::array({{{"reason", "FieldValueInvalid"}, {"message", message}}});
    StatusWriter::send(context.response, 422, "Invalid", "fault is invalid: " + message, details);
}

} // namespace

bool HandlerFaults::owns(const std::string& path)
{
    return path.rfind("/lclab/", 0) == 0 || path == "/lclab";
}

void HandlerFaults::handle(HandlerContext& context) const
{
    const std::string& path = context.request.path;
    const std::string& method = context.request.method;
    if (!isAdmin(context))
        return StatusWriter::send(context.response, 403, "Forbidden",
                                  "faults is forbidden: User \"" + context.user.name.toStdString()
                                      + "\" cannot use the simulator's fault API; it needs the admin credentials "
                                        "(context lclab in the simulator's kubeconfig)",
                                  FaultDetails);
    const std::string collection = Collection;
    const std::string itemPrefix = collection + '/';
    if (path == collection || path == itemPrefix) {
        if (method == "GET")
            return list(context);
        if (method == "POST")
            return add(context);
        if (method == "DELETE")
            return clear(context);
    } else if (path.rfind(itemPrefix, 0) == 0) {
        if (method == "DELETE")
            return remove(context, path.substr(itemPrefix.size()));
    } else {
        return StatusWriter::send(context.response, 404, "NotFound",
                                  "the server could not find the requested resource; the fault API is at "
                                      + collection);
    }
    StatusWriter::send(context.response, 405, "MethodNotAllowed",
                       "the fault API allows GET, POST and DELETE on " + collection + " and DELETE on "
                           + collection + "/<id>");
}

void HandlerFaults::list(HandlerContext& context) const
{
    nlohmann::json items = nlohmann::json::array();
    for (const Fault& fault : m_faults.list())
        items.push_back(fault.toJson());
    context.sendJson(200, {{"faults", std::move(items)}});
}

void HandlerFaults::add(HandlerContext& context) const
{
    const nlohmann::json body = nlohmann::json::parse(context.request.body, nullptr, false);
    if (body.is_discarded())
        return StatusWriter::send(context.response, 400, "BadRequest",
                                  "the request body is not JSON; send a fault like "
                                  "{\"kind\":\"error-burst\",\"target\":\"search-api\",\"value\":0.5}",
                                  FaultDetails);
    if (!body.is_object())
        return StatusWriter::send(context.response, 400, "BadRequest",
                                  "the request body must be a JSON object with kind, target and value", FaultDetails);
    std::string error;
    const std::optional<Fault> fault = Fault::fromJson(body, &error);
    if (!fault)
        return invalid(context, error);
    const Fault stored = m_faults.add(*fault);
    logging::logger("sim")->info("fault added: {} {} value {} (id {})", faultKindName(stored.kind), stored.target,
                                 stored.value, stored.id);
    context.sendJson(201, stored.toJson());
}

void HandlerFaults::remove(HandlerContext& context, const std::string& idText) const
{
    std::uint64_t id = 0;
    const auto [end, ec] = std::from_chars(idText.data(), idText.data() + idText.size(), id);
    if (ec != std::errc() || end != idText.data() + idText.size())
        return StatusWriter::send(context.response, 404, "NotFound",
                                  "fault \"" + idText + "\" not found (fault ids are numbers)",
                                  {idText, "lclab", "faults", nullptr});
    if (!m_faults.remove(id))
        return StatusWriter::send(context.response, 404, "NotFound", "fault \"" + idText + "\" not found",
                                  {idText, "lclab", "faults", nullptr});
    logging::logger("sim")->info("fault {} removed", id);
    context.sendJson(200, StatusWriter::success({idText, "lclab", "faults", nullptr}));
}

void HandlerFaults::clear(HandlerContext& context) const
{
    std::optional<FaultKind> kind;
    if (const std::string name = context.query("kind"); !name.empty()) {
        kind = faultKindFromName(name);
        if (!kind) {
            std::string known;
            for (const std::string& k : faultKindNames())
                known += (known.empty() ? "" : ", ") + k;
            return invalid(context, "unknown fault kind \"" + name + "\"; known kinds: " + known);
        }
    }
    const std::size_t cleared = m_faults.clear(kind, context.query("target"));
    logging::logger("sim")->info("{} fault(s) cleared", cleared);
    context.sendJson(200, {{"cleared", cleared}});
}

} // namespace lcl::sim
