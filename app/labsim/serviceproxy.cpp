#include "labsim/serviceproxy.h"

#include "labsim/handlercontext.h"
#include "labsim/handlerpath.h"
#include "labsim/handlerrest.h"
#include "labsim/objectstore.h"

namespace lcl::sim {
namespace {

std::string key(const std::string& ns, const std::string& service, const std::string& port)
{
    return ns + '/' + service + ':' + port;
}

} // namespace

void ServiceProxy::registerTarget(const std::string& ns, const std::string& service, const std::string& port,
                                  const std::string& baseUrl)
{
    const std::lock_guard lock(m_mutex);
    m_targets[key(ns, service, port)] = baseUrl;
}

void ServiceProxy::unregisterTarget(const std::string& ns, const std::string& service, const std::string& port)
{
    const std::lock_guard lock(m_mutex);
    m_targets.erase(key(ns, service, port));
}

std::string ServiceProxy::target(const std::string& ns, const std::string& service, const std::string& port) const
{
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_targets.find(key(ns, service, port)); it != m_targets.end())
        return it->second;
    if (const auto it = m_targets.find(key(ns, service, {})); it != m_targets.end())
        return it->second;
    return {};
}

void ServiceProxy::handle(HandlerContext& context, const HandlerPath& path) const
{
    // NAME may carry a scheme prefix and a port suffix: "http:prometheus:9090", "https:alertmanager:".
    std::string name = path.name;
    std::string port;
    if (name.rfind("http:", 0) == 0 || name.rfind("https:", 0) == 0)
        name = name.substr(name.find(':') + 1);
    if (const std::size_t colon = name.find(':'); colon != std::string::npos) {
        port = name.substr(colon + 1);
        name = name.substr(0, colon);
    }
    const StoreResult<ObjectPtr> service = m_store.get(*path.resource, path.ns, name);
    if (!service)
        return HandlerRest::sendError(context, service.error());
    const std::string base = target(path.ns, name, port);
    if (base.empty())
        return HandlerRest::sendError(context, ObjectStoreError::make(503, "ServiceUnavailable",
                                                                      "no endpoints available for service \"" + name
                                                                          + '"'));
    httplib::Client client(base);
    client.set_connection_timeout(5);
    client.set_read_timeout(30);
    std::string target = path.rest.empty() ? "/" : path.rest;
    const std::string& raw = context.request.target;
    if (const std::size_t q = raw.find('?'); q != std::string::npos)
        target += raw.substr(q);
    httplib::Result result = context.request.method == "POST"
                                 ? client.Post(target, context.request.body, context.header("Content-Type"))
                                 : client.Get(target);
    if (!result)
        return HandlerRest::sendError(context, ObjectStoreError::make(503, "ServiceUnavailable",
                                                                      "error trying to reach service: "
                                                                          + httplib::to_string(result.error())));
    context.response.status = result->status;
    const std::string type = result->has_header("Content-Type") ? result->get_header_value("Content-Type")
                                                                : std::string("text/plain");
    context.response.set_content(result->body, type);
}

} // namespace lcl::sim
