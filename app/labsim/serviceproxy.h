#pragma once

#include <map>
#include <mutex>
#include <string>

namespace lcl::sim {

class ObjectStore;
struct HandlerContext;
struct HandlerPath;

// The API server's service proxy, /api/v1/namespaces/NS/services/[SCHEME:]NAME[:PORT]/proxy/PATH. A service
// answers only when a target (an http://host:port base URL, e.g. an embedded Prometheus) is registered for it;
// otherwise 503 "no endpoints available", as for a service without ready pods.
class ServiceProxy final {
public:
    explicit ServiceProxy(ObjectStore& store) : m_store(store) {}

    // `port` is the port number or name as clients write it; empty matches any port.
    void registerTarget(const std::string& ns, const std::string& service, const std::string& port,
                        const std::string& baseUrl);
    void unregisterTarget(const std::string& ns, const std::string& service, const std::string& port);

    void handle(HandlerContext& context, const HandlerPath& path) const;

private:
    std::string target(const std::string& ns, const std::string& service, const std::string& port) const;

    ObjectStore& m_store;
    mutable std::mutex m_mutex;
    std::map<std::string, std::string> m_targets;
};

} // namespace lcl::sim
