#pragma once

// An HTTPS server inside the test process (cpp-httplib on its own threads), for driving HttpClient over real
// TLS on 127.0.0.1.

#include <httplib.h>

#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

namespace lcl::test {

class TestHttpsServer final {
public:
    TestHttpsServer(const QString& certFile, const QString& keyFile, const QString& clientCaFile = {})
    {
        const QByteArray cert = certFile.toLocal8Bit();
        const QByteArray key = keyFile.toLocal8Bit();
        const QByteArray ca = clientCaFile.toLocal8Bit();
        m_server = std::make_unique<httplib::SSLServer>(cert.constData(), key.constData(),
                                                        clientCaFile.isEmpty() ? nullptr : ca.constData());
        // Enough threads that 100 parallel HTTP/1.1 connections never queue behind keep-alive.
        m_server->new_task_queue = [] { return new httplib::ThreadPool(128); };
        m_server->set_keep_alive_timeout(2);
    }
    ~TestHttpsServer() { stop(); }
    TestHttpsServer(const TestHttpsServer&) = delete;
    TestHttpsServer& operator=(const TestHttpsServer&) = delete;

    httplib::SSLServer& http() { return *m_server; }
    bool valid() const { return m_server->is_valid(); }
    int port() const { return m_port; }
    bool stopping() const { return m_stopping; }

    // Listens on `port`, or on any free port when it is 0.
    bool start(int port = 0)
    {
        m_port = port == 0 ? m_server->bind_to_any_port("127.0.0.1")
                           : (m_server->bind_to_port("127.0.0.1", port) ? port : -1);
        if (m_port <= 0)
            return false;
        m_thread = std::thread([this] { m_server->listen_after_bind(); });
        for (int i = 0; i < 500 && !m_server->is_running(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return m_server->is_running();
    }

    void stop()
    {
        m_stopping = true;
        if (m_thread.joinable()) {
            m_server->stop();
            m_thread.join();
        }
    }

    // For handlers that wait: sleeps in small steps, returning early when the server stops.
    void idle(std::chrono::milliseconds total) const
    {
        const auto end = std::chrono::steady_clock::now() + total;
        while (!m_stopping && std::chrono::steady_clock::now() < end)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }

private:
    std::unique_ptr<httplib::SSLServer> m_server;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    int m_port = 0;
};

} // namespace lcl::test
