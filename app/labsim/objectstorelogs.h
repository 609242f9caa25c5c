#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace lcl::sim {

// Container logs of the simulated pods: a small ring of lines per container (current and previous instance),
// so pods/log can serve tailLines, previous and follow.
class ObjectStoreLogs final {
public:
    struct Line {
        std::uint64_t seq = 0;   // increasing per container, for follow
        std::string timestamp;   // RFC3339Nano, for timestamps=true
        std::int64_t unixMillis = 0;
        std::string text;        // without the newline
    };

    explicit ObjectStoreLogs(std::size_t linesPerContainer = 1000);

    void append(const std::string& ns, const std::string& pod, const std::string& container, std::string text);
    // The container restarted: the current lines become the previous instance's.
    void restart(const std::string& ns, const std::string& pod, const std::string& container);
    void removePod(const std::string& ns, const std::string& pod);

    // The lines (the last `tailLines` when >= 0); nullopt when the container has no log at all (for previous:
    // no previous instance, which the server answers with 400).
    std::optional<std::vector<Line>> lines(const std::string& ns, const std::string& pod,
                                           const std::string& container, bool previous = false,
                                           std::int64_t tailLines = -1) const;
    // Lines with seq > afterSeq; waits up to `timeout` for at least one. Empty on timeout.
    std::vector<Line> waitForLines(const std::string& ns, const std::string& pod, const std::string& container,
                                   std::uint64_t afterSeq, std::chrono::milliseconds timeout) const;
    std::uint64_t lastSeq(const std::string& ns, const std::string& pod, const std::string& container) const;

private:
    struct Container {
        std::deque<Line> current;
        std::deque<Line> previous;
        bool hasPrevious = false;
        std::uint64_t nextSeq = 1;
    };
    static std::string key(const std::string& ns, const std::string& pod, const std::string& container);

    std::size_t m_limit;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_cv;
    std::map<std::string, Container> m_containers;
};

} // namespace lcl::sim
