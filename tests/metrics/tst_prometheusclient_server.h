#pragma once

// A plain-HTTP server inside the test process (cpp-httplib on its own threads): a fake Prometheus for bad answers
// and query counting, or a /metrics endpoint for a real Prometheus to scrape.

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

namespace lcl::test {

class LoopbackHttpServer final {
public:
    LoopbackHttpServer() : m_server(std::make_unique<httplib::Server>())
    {
        m_server->new_task_queue = [] { return new httplib::ThreadPool(16); };
    }
    ~LoopbackHttpServer() { stop(); }
    LoopbackHttpServer(const LoopbackHttpServer&) = delete;
    LoopbackHttpServer& operator=(const LoopbackHttpServer&) = delete;

    httplib::Server& http() { return *m_server; }
    int port() const { return m_port; }

    bool start()
    {
        m_port = m_server->bind_to_any_port("127.0.0.1");
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
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    int m_port = 0;
};

} // namespace lcl::test
