#pragma once

#include <httplib.h>

#include <memory>

namespace lcl::sim {

// Debian's cpp-httplib is a compiled library that listens with a backlog of 5. When more clients than that
// connect at once (a console starting 16 informers, kubectl and Prometheus beside it), the kernel drops the
// extra SYNs and those clients retry a whole second later. Linux lets listen() be called again on a
// listening socket to change its backlog; this keeps the socket the server creates and widens it once bound.
class ListenBacklog {
public:
    // Call before bind_to_port / bind_to_any_port: keeps httplib's own socket options and notes the socket.
    explicit ListenBacklog(httplib::Server& server);

    // Call after a successful bind: asks for `backlog` pending connections (capped by net.core.somaxconn).
    void widen(int backlog = 1024) const;

private:
    std::shared_ptr<socket_t> m_socket;
};

} // namespace lcl::sim
