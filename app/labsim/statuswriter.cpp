#include "labsim/statuswriter.h"

#include <httplib.h>

namespace lcl::sim {
namespace {

nlohmann::json detailsJson(const StatusWriter::Details& details)
{
    nlohmann::json out = nlohmann::json::object();
    if (!details.name.empty())
        out["name"] = details.name;
    if (!details.group.empty())
        out["group"] = details.group;
    if (!details.kind.empty())
        out["kind"] = details.kind;
    if (details.causes.is_array() && !details.causes.empty())
        out["causes"] = details.causes;
    return out;
}

} // namespace

nlohmann::json StatusWriter::make(int code, const std::string& reason, const std::string& message,
                                  const Details& details)
{
    nlohmann::json status = {{"kind", "Status"},        {"apiVersion", "v1"}, {"metadata", nlohmann::json::object()},
                             {"status", "Failure"},     {"message", message}, {"reason", reason},
                             {"code", code}};
    nlohmann::json d = detailsJson(details);
    if (!d.empty())
        status["details"] = std::move(d);
    return status;
}

nlohmann::json StatusWriter::success(const Details& details)
{
    nlohmann::json status = {{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", nlohmann::json::object()},
                             {"status", "Success"}};
    nlohmann::json d = detailsJson(details);
    if (!d.empty())
        status["details"] = std::move(d);
    return status;
}

void StatusWriter::send(httplib::Response& response, int code, const std::string& reason, const std::string& message,
                        const Details& details)
{
    send(response, make(code, reason, message, details));
}

void StatusWriter::send(httplib::Response& response, const nlohmann::json& status)
{
    response.status = status.value("code", 500);
    response.set_content(status.dump() + '\n', "application/json");
}

std::string StatusWriter::reasonFor(int code)
{
    switch (code) {
    case 400: return "BadRequest";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "NotFound";
    case 405: return "MethodNotAllowed";
    case 406: return "NotAcceptable";
    case 409: return "Conflict";
    case 410: return "Expired";
    case 413: return "RequestEntityTooLarge";
    case 415: return "UnsupportedMediaType";
    case 422: return "Invalid";
    case 429: return "TooManyRequests";
    case 503: return "ServiceUnavailable";
    case 504: return "Timeout";
    default: return "InternalError";
    }
}

} // namespace lcl::sim
