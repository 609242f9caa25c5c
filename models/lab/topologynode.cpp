#include "lab/topologynode.h"

namespace lcl::lab {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::TopologyNode)
};
} // namespace

int topologyRank(TopologyNodeKind kind)
{
    return static_cast<int>(kind);
}

QString topologyKindName(TopologyNodeKind kind)
{
    switch (kind) {
    case TopologyNodeKind::Client: return Text::tr("Client");
    case TopologyNodeKind::Gateway: return Text::tr("Gateway");
    case TopologyNodeKind::Route: return Text::tr("Route");
    case TopologyNodeKind::Service: return Text::tr("Service");
    case TopologyNodeKind::Workload: return Text::tr("Workload");
    case TopologyNodeKind::PodGroup: return Text::tr("Pods");
    case TopologyNodeKind::Backing: return Text::tr("Backing service");
    case TopologyNodeKind::Observability: return Text::tr("Platform");
    }
    return {};
}

QString topologyKindKey(TopologyNodeKind kind)
{
    switch (kind) {
    case TopologyNodeKind::Client: return QStringLiteral("client");
    case TopologyNodeKind::Gateway: return QStringLiteral("gateway");
    case TopologyNodeKind::Route: return QStringLiteral("route");
    case TopologyNodeKind::Service: return QStringLiteral("service");
    case TopologyNodeKind::Workload: return QStringLiteral("workload");
    case TopologyNodeKind::PodGroup: return QStringLiteral("pods");
    case TopologyNodeKind::Backing: return QStringLiteral("backing");
    case TopologyNodeKind::Observability: return QStringLiteral("platform");
    }
    return {};
}

QString topologyHealthName(TopologyHealth health)
{
    switch (health) {
    case TopologyHealth::Ok: return Text::tr("OK");
    case TopologyHealth::Warning: return Text::tr("Warning");
    case TopologyHealth::Critical: return Text::tr("Critical");
    case TopologyHealth::Unknown: return Text::tr("Unknown");
    }
    return {};
}

TopologyHealth worseHealth(TopologyHealth a, TopologyHealth b)
{
    return static_cast<quint8>(a) >= static_cast<quint8>(b) ? a : b;
}

} // namespace lcl::lab
