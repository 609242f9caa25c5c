#pragma once

#include "core/result.h"
#include "labsim/auth.h"
#include "labsim/certs.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace httplib {
struct Request;
struct Response;
class SSLServer;
} // namespace httplib

namespace lcl::sim {

class HandlerRouter;

// The HTTPS front of the simulator: TLS with the simulator's certificates (client certificates optional),
// authentication, and a pool of threads large enough for many long-lived watches and log follows. Requests
// are handed to the HandlerRouter; the server itself answers only what needs no cluster state.
class ApiServer final {
    Q_DECLARE_TR_FUNCTIONS(lcl::sim::ApiServer)

public:
    static constexpr std::size_t MaxBodyBytes = 3 * 1024 * 1024;
    // Every open watch or log follow holds a thread: room for 100 watches (the benchmark) plus the clients of a
    // busy demo, with threads to spare for ordinary requests.
    static constexpr std::size_t WorkerThreads = 256;

    ApiServer(Certs certs, Authenticator auth, HandlerRouter* router);
    ~ApiServer();
    ApiServer(const ApiServer&) = delete;
    ApiServer& operator=(const ApiServer&) = delete;

    // Binds 127.0.0.1:port (0 picks a free port) and serves on a background thread; returns the bound port.
    Result<quint16> start(quint16 port);

    // Stops listening and waits for the workers; long-lived streams notice through `stopping()`.
    void stop();

    // Set once stop() began; streaming handlers poll it so that shutdown never waits on an idle watch.
    const std::atomic<bool>& stopping() const { return m_stopping; }

private:
    void handle(const httplib::Request& request, httplib::Response& response);

    Certs m_certs;
    Authenticator m_auth;
    HandlerRouter* m_router;
    std::unique_ptr<httplib::SSLServer> m_server;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
};

} // namespace lcl::sim
