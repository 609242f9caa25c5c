#include "lab/topologytraffic.h"

namespace lcl::lab {

void TopologyTraffic::set(const QString& fromService, const QString& toService, const TrafficNumbers& numbers)
{
    m_flows.insert({fromService, toService}, numbers);
}

std::optional<TrafficNumbers> TopologyTraffic::find(const QString& fromService, const QString& toService) const
{
    const auto it = m_flows.constFind({fromService, toService});
    if (it == m_flows.cend())
        return std::nullopt;
    return *it;
}

QList<std::pair<QString, QString>> TopologyTraffic::flows() const
{
    return m_flows.keys();
}

} // namespace lcl::lab
