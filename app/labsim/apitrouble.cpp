#include "labsim/apitrouble.h"

#include "core/logging.h"
#include "labsim/faultbook.h"
#include "labsim/handlercontext.h"
#include "labsim/handlerfaults.h"
#include "labsim/statuswriter.h"
#include "labsim/watchhub.h"

#include <spdlog/spdlog.h>

namespace lcl::sim {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::chrono::milliseconds TickInterval{100};
constexpr std::chrono::milliseconds SleepSlice{50};
constexpr int RetryAfterSeconds = 1;

bool startsWith(const std::string& path, const char* prefix)
{
    const std::string p = prefix;
    return path == p || path.rfind(p + '/', 0) == 0;
}

} // namespace

void ApiTrouble::Dropper::drop()
{
    const std::lock_guard lock(mutex);
    if (!hub)
        return;
    const std::size_t open = hub->activeWatchCount();
    hub->dropAll();
    lastDrop = Clock::now();
    logging::logger("sim")->info("drop-watches: closed {} watch(es)", open);
}

ApiTrouble::ApiTrouble(FaultBook& faults, WatchHub& hub) : m_faults(faults), m_dropper(std::make_shared<Dropper>())
{
    m_dropper->hub = &hub;
    std::weak_ptr<Dropper> weak = m_dropper;
    m_faults.addObserver([weak](const Fault& fault, bool added) {
        if (!added || fault.kind != FaultKind::DropWatches)
            return;
        if (const auto dropper = weak.lock())
            dropper->drop();
    });
    m_ticker = std::thread([this] { tick(); });
}

ApiTrouble::~ApiTrouble()
{
    {
        const std::lock_guard lock(m_tickMutex);
        m_stop = true;
    }
    m_tickCv.notify_all();
    if (m_ticker.joinable())
        m_ticker.join();
    const std::lock_guard lock(m_dropper->mutex);
    m_dropper->hub = nullptr;
}

bool ApiTrouble::exempt(const std::string& path)
{
    return HandlerFaults::owns(path) || startsWith(path, "/healthz") || startsWith(path, "/readyz")
           || startsWith(path, "/livez") || startsWith(path, "/version");
}

// Repeats drop-watches every `value` seconds while the fault lasts (the first drop happened when it was added).
void ApiTrouble::tick()
{
    std::unique_lock lock(m_tickMutex);
    while (!m_tickCv.wait_for(lock, TickInterval, [this] { return m_stop; })) {
        const std::optional<Fault> fault = m_faults.find(FaultKind::DropWatches);
        if (!fault || fault->value <= 0)
            continue;
        const auto period = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(fault->value));
        Clock::time_point last;
        {
            const std::lock_guard dropLock(m_dropper->mutex);
            last = m_dropper->lastDrop;
        }
        if (Clock::now() - last >= period)
            m_dropper->drop();
    }
}

// Spreads failures evenly (error diffusion) rather than by chance, so a share of 0.5 fails every second request
// and tests and drills behave the same on every run.
bool ApiTrouble::shouldFail(double share)
{
    const std::lock_guard lock(m_shareMutex);
    m_failureDebt += share;
    if (m_failureDebt < 1.0 - 1e-9)
        return false;
    m_failureDebt -= 1.0;
    return true;
}

bool ApiTrouble::intercept(HandlerContext& context)
{
    if (exempt(context.request.path))
        return false;
    if (const std::optional<Fault> slow = m_faults.find(FaultKind::ApiSlow)) {
        const auto until = Clock::now() + std::chrono::milliseconds(static_cast<long long>(slow->value));
        while (!context.stopping && Clock::now() < until)
            std::this_thread::sleep_for(std::min<Clock::duration>(SleepSlice, until - Clock::now()));
    }
    const std::optional<Fault> unavailable = m_faults.find(FaultKind::Api503);
    if (!unavailable || !shouldFail(unavailable->value))
        return false;
    // The API server's own 503 (apimachinery NewServiceUnavailable plus the Retry-After its filters add).
    nlohmann::json status =
        StatusWriter::make(503, "ServiceUnavailable", "the server is currently unable to handle the request");
    status["details"] = {{"retryAfterSeconds", RetryAfterSeconds}};
    StatusWriter::send(context.response, status);
    context.response.set_header("Retry-After", std::to_string(RetryAfterSeconds));
    return true;
}

} // namespace lcl::sim
