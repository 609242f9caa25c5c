#pragma once

#include "lab/topologyedge.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace lcl::lab {

// Traffic numbers per flow between two lab services (profile service ids: "client", "public-gateway",
// "search-api", "postgresql"), filled by the metrics layer from its snapshot and read by TopologyBuilder.
class TopologyTraffic final {
public:
    void set(const QString& fromService, const QString& toService, const TrafficNumbers& numbers);
    std::optional<TrafficNumbers> find(const QString& fromService, const QString& toService) const;
    QList<std::pair<QString, QString>> flows() const;
    bool isEmpty() const { return m_flows.isEmpty(); }

private:
    QHash<std::pair<QString, QString>, TrafficNumbers> m_flows;
};

} // namespace lcl::lab
