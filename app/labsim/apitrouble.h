#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace lcl::sim {

class FaultBook;
class WatchHub;
struct HandlerContext;

// The API-server faults that act on requests rather than on objects: drop-watches (every open watch closed when
// the fault is added, and again every `value` seconds when > 0), api-slow (each request waits `value` ms) and
// api-503 (a `value` share of requests answered 503 with Retry-After). gone-storm acts on watch streams and
// lives in HandlerWatch. Health checks, /version and the fault API itself are never troubled, so probes,
// kubectl's version dispatch and the way to clear a fault keep working.
class ApiTrouble final {
public:
    ApiTrouble(FaultBook& faults, WatchHub& hub);
    ~ApiTrouble();
    ApiTrouble(const ApiTrouble&) = delete;
    ApiTrouble& operator=(const ApiTrouble&) = delete;

    static bool exempt(const std::string& path);

    // Delays and/or answers the request as the faults in effect say; true when it answered (503).
    bool intercept(HandlerContext& context);

private:
    // What the FaultBook observer may touch: it can outlive this object inside the book.
    struct Dropper {
        std::mutex mutex;
        WatchHub* hub = nullptr;
        std::chrono::steady_clock::time_point lastDrop;
        void drop();
    };

    void tick();
    bool shouldFail(double share);

    FaultBook& m_faults;
    std::shared_ptr<Dropper> m_dropper;
    std::mutex m_shareMutex;
    double m_failureDebt = 0;
    std::mutex m_tickMutex;
    std::condition_variable m_tickCv;
    bool m_stop = false;
    std::thread m_ticker;
};

} // namespace lcl::sim
