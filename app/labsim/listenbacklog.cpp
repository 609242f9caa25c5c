#include "labsim/listenbacklog.h"

#include <sys/socket.h>

namespace lcl::sim {

ListenBacklog::ListenBacklog(httplib::Server& server) : m_socket(std::make_shared<socket_t>(INVALID_SOCKET))
{
    server.set_socket_options([socket = m_socket](socket_t sock) {
        httplib::default_socket_options(sock);
        *socket = sock;
    });
}

void ListenBacklog::widen(int backlog) const
{
    if (*m_socket != INVALID_SOCKET)
        ::listen(*m_socket, backlog);
}

} // namespace lcl::sim
