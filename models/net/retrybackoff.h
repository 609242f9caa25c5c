#pragma once

#include <chrono>
#include <random>

namespace lcl::net {

// Jittered exponential backoff: base * 2^attempt, capped, then scaled by a random factor in [0.5, 1.5) so that
// many clients retrying after one outage do not hit the server in lockstep.
class RetryBackoff final {
public:
    explicit RetryBackoff(std::chrono::milliseconds base = std::chrono::milliseconds(200),
                          std::chrono::milliseconds cap = std::chrono::milliseconds(8000));

    // The delay before retry number `attempt` (0 = the first retry).
    std::chrono::milliseconds delay(int attempt);

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    std::mt19937 m_random;
};

} // namespace lcl::net
