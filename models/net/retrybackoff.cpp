#include "net/retrybackoff.h"

#include <algorithm>

namespace lcl::net {

RetryBackoff::RetryBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : m_base(base), m_cap(cap), m_random(std::random_device{}())
{
}

std::chrono::milliseconds RetryBackoff::delay(int attempt)
{
    const int shift = std::clamp(attempt, 0, 20);
    const auto raw = std::min<long long>(m_base.count() << shift, m_cap.count());
    std::uniform_real_distribution<double> jitter(0.5, 1.5);
    return std::chrono::milliseconds(static_cast<long long>(double(raw) * jitter(m_random)));
}

} // namespace lcl::net
