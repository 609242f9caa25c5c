#include "lab/topologybuilder.h"

#include "lab/labprofile.h"
#include "lab/topologytraffic.h"

#include "kube/resourcestore.h"

#include <QMap>

namespace lcl::lab {

using kube::ResourceKind;

namespace {

QString workloadNodeId(const kube::WorkloadRecord& w)
{
    return QStringLiteral("workload/") + w.meta.ns + QLatin1Char('/') + QString::fromLatin1(kube::kindInfo(w.kind).apiKind)
           + QLatin1Char('/') + w.meta.name;
}

QString podKey(const QString& ns, const QString& name)
{
    return ns + QLatin1Char('/') + name;
}

bool isSystemNamespace(const QString& ns)
{
    return ns == QLatin1String("kube-system") || ns == QLatin1String("kube-public")
           || ns == QLatin1String("kube-node-lease");
}

// The worst condition among `types` that is not True, as health and words.
void conditionHealth(const QList<kube::Condition>& conditions, TopologyNode& node)
{
    for (const kube::Condition& c : conditions) {
        if (c.isTrue() || (c.type != QLatin1String("Accepted") && c.type != QLatin1String("Programmed")
                           && c.type != QLatin1String("ResolvedRefs")))
            continue;
        const TopologyHealth h = c.type == QLatin1String("ResolvedRefs") ? TopologyHealth::Warning : TopologyHealth::Critical;
        if (h > node.health || node.health == TopologyHealth::Ok) {
            node.health = worseHealth(node.health, h);
            node.healthReason = c.type + QStringLiteral(": ") + (c.reason.isEmpty() ? c.status : c.reason)
                                + (c.message.isEmpty() ? QString() : QStringLiteral(" — ") + c.message);
        }
    }
}

} // namespace

TopologyBuilder::TopologyBuilder(const kube::ResourceStore& store, const LabProfile* profile,
                                 const TopologyTraffic* traffic)
    : m_store(store)
    , m_profile(profile)
    , m_traffic(traffic && !traffic->isEmpty() ? traffic : nullptr)
{
}

Topology TopologyBuilder::build()
{
    m_topology = Topology();
    m_anchors.clear();
    m_podOwner.clear();
    m_workloadNodes.clear();
    // Which workload owns each pod, once, so that services find their workloads through their pods.
    for (const ResourceKind kind : {ResourceKind::Deployments, ResourceKind::StatefulSets, ResourceKind::DaemonSets}) {
        for (const kube::Record& r : m_store.table(kind)) {
            const auto& w = std::get<kube::WorkloadRecord>(r);
            for (const ResourceKey& pod : m_store.podsForWorkload(kube::keyOf(kind, w.meta)))
                m_podOwner.insert(podKey(pod.ns, pod.name), workloadNodeId(w));
        }
    }
    addGateways();
    addRoutes();
    addServices();
    addDependencies();
    if (!m_profile)
        m_topology.addNote(tr("No lab profile: the graph is discovered from the cluster, dependencies between services "
                              "are not known."));
    if (!m_traffic)
        m_topology.addNote(tr("No metrics: traffic numbers are not shown."));
    return m_topology;
}

void TopologyBuilder::applyTraffic(TopologyEdge& edge, const QString& fromService, const QString& toService)
{
    if (!m_traffic)
        return;
    if (const auto numbers = m_traffic->find(fromService, toService))
        edge.traffic = *numbers;
}

void TopologyBuilder::addGateways()
{
    const auto& gateways = m_store.table(ResourceKind::Gateways);
    if (gateways.isEmpty())
        return;
    TopologyNode client;
    client.id = QStringLiteral("client");
    client.kind = TopologyNodeKind::Client;
    client.label = tr("Clients");
    client.subtitle = tr("outside the cluster");
    client.serviceId = QStringLiteral("client");
    m_topology.addNode(client);
    m_anchors.insert(QStringLiteral("client"), client.id);

    for (const kube::Record& r : gateways) {
        const auto& g = std::get<kube::GatewayRecord>(r);
        TopologyNode node;
        node.id = QStringLiteral("gateway/") + g.meta.ns + QLatin1Char('/') + g.meta.name;
        node.kind = TopologyNodeKind::Gateway;
        node.label = g.meta.name;
        node.ns = g.meta.ns;
        node.subtitle = tr("Gateway · %1").arg(g.className);
        node.health = TopologyHealth::Ok;
        conditionHealth(g.conditions, node);
        // The Envoy proxy's pods: the profile names its workload; Envoy Gateway also labels it.
        QString serviceId;
        if (m_profile) {
            for (const GatewaySpec& spec : m_profile->gateways())
                if (spec.name == g.meta.name && spec.ns == g.meta.ns)
                    serviceId = spec.serviceId;
        }
        node.serviceId = serviceId;
        for (const kube::Record& wr : m_store.table(ResourceKind::Deployments)) {
            const auto& w = std::get<kube::WorkloadRecord>(wr);
            const bool byProfile = !serviceId.isEmpty() && m_profile->serviceIdForWorkload(w.meta.ns, w.meta.name) == serviceId;
            const bool byLabel = kube::labelValue(w.meta.labels, u"gateway.envoyproxy.io/owning-gateway-name") == g.meta.name;
            if (byProfile || byLabel) {
                node.podCount = std::max(node.podCount, 0) + w.desired;
                node.readyCount = std::max(node.readyCount, 0) + w.ready;
            }
        }
        if (node.hasPods() && node.podCount > 0 && node.readyCount == 0) {
            node.health = TopologyHealth::Critical;
            node.healthReason = tr("no Envoy proxy pod is ready");
        } else if (node.hasPods() && node.readyCount < node.podCount && node.health == TopologyHealth::Ok) {
            node.health = TopologyHealth::Warning;
            node.healthReason = tr("%1 of %2 proxy pods ready").arg(node.readyCount).arg(node.podCount);
        }
        m_topology.addNode(node);
        if (!serviceId.isEmpty())
            m_anchors.insert(serviceId, node.id);
        TopologyEdge edge;
        edge.from = client.id;
        edge.to = node.id;
        edge.kind = TopologyEdgeKind::Dependency;
        applyTraffic(edge, QStringLiteral("client"), serviceId);
        m_topology.addEdge(edge);
    }
}

void TopologyBuilder::addRoutes()
{
    for (const kube::Record& r : m_store.table(ResourceKind::HttpRoutes)) {
        const auto& route = std::get<kube::HttpRouteRecord>(r);
        TopologyNode node;
        node.id = QStringLiteral("route/") + route.meta.ns + QLatin1Char('/') + route.meta.name;
        node.kind = TopologyNodeKind::Route;
        node.label = route.meta.name;
        node.ns = route.meta.ns;
        node.health = TopologyHealth::Ok;
        QStringList paths;
        for (const kube::RouteRule& rule : route.rules)
            for (const kube::RouteMatch& m : rule.matches)
                if (!m.pathValue.isEmpty() && !paths.contains(m.pathValue))
                    paths << m.pathValue;
        node.subtitle = paths.join(QLatin1Char(' '));
        for (const kube::RouteParentStatus& parent : route.parents)
            conditionHealth(parent.conditions, node);
        m_topology.addNode(node);

        // Traffic through the route: the profile edge that names it (gateway service → API service).
        QString fromService;
        QString toService;
        if (m_profile) {
            for (const EdgeSpec& e : m_profile->edges())
                if (e.route == route.meta.name) {
                    fromService = e.from;
                    toService = e.to;
                }
        }
        for (const kube::RouteParentRef& parent : route.parentRefs) {
            TopologyEdge edge;
            edge.from = QStringLiteral("gateway/") + (parent.ns.isEmpty() ? route.meta.ns : parent.ns) + QLatin1Char('/')
                        + parent.name;
            edge.to = node.id;
            edge.kind = TopologyEdgeKind::Attachment;
            if (!fromService.isEmpty())
                applyTraffic(edge, fromService, toService);
            m_topology.addEdge(edge);
        }
    }
}

void TopologyBuilder::addServices()
{
    // Backends of routes are application services even without a profile.
    QMap<QString, int> backendWeights; // "ns/name" → weight percent when the rule splits traffic
    QSet<QString> backends;
    QList<std::pair<QString, QString>> backendEdges; // route node → service node
    for (const kube::Record& r : m_store.table(ResourceKind::HttpRoutes)) {
        const auto& route = std::get<kube::HttpRouteRecord>(r);
        for (const kube::RouteRule& rule : route.rules) {
            int total = 0;
            for (const kube::RouteBackendRef& b : rule.backendRefs)
                total += b.weight;
            for (const kube::RouteBackendRef& b : rule.backendRefs) {
                const QString ns = b.ns.isEmpty() ? route.meta.ns : b.ns;
                const QString key = ns + QLatin1Char('/') + b.name;
                backends.insert(key);
                if (rule.backendRefs.size() > 1 && total > 0)
                    backendWeights.insert(key, qRound(100.0 * b.weight / total));
                backendEdges.append({QStringLiteral("route/") + route.meta.ns + QLatin1Char('/') + route.meta.name,
                                     QStringLiteral("service/") + key});
            }
        }
    }

    for (const kube::Record& r : m_store.table(ResourceKind::Services)) {
        const auto& svc = std::get<kube::ServiceRecord>(r);
        if (isSystemNamespace(svc.meta.ns) || svc.selector.isEmpty())
            continue;
        const QString key = svc.meta.ns + QLatin1Char('/') + svc.meta.name;
        const QString serviceId = m_profile ? m_profile->serviceIdForKubeService(svc.meta.ns, svc.meta.name) : QString();
        const ServiceSpec* spec = serviceId.isEmpty() ? nullptr : m_profile->service(serviceId);
        if (spec && spec->kind == ServiceKind::Gateway)
            continue; // the gateway node stands for its proxy
        const bool application = backends.contains(key) || (spec && spec->kind == ServiceKind::Api);
        if (!application && (spec || !m_profile)) {
            if (spec || !backends.contains(key)) {
                addCollapsed(serviceId, svc);
                continue;
            }
        }
        if (!application)
            continue;

        TopologyNode node;
        node.id = QStringLiteral("service/") + key;
        node.kind = TopologyNodeKind::Service;
        node.label = svc.meta.name;
        node.ns = svc.meta.ns;
        node.serviceId = serviceId;
        node.subtitle = svc.type + QStringLiteral(" :") + svc.portsText();
        m_topology.addNode(node);
        if (!serviceId.isEmpty() && (!m_anchors.contains(serviceId) || svc.meta.name == serviceId))
            m_anchors.insert(serviceId, node.id);

        // Its workloads, through the pods it selects.
        QSet<QString> workloads;
        for (const ResourceKey& pod : m_store.podsForService(kube::keyOf(ResourceKind::Services, svc.meta))) {
            const QString owner = m_podOwner.value(podKey(pod.ns, pod.name));
            if (!owner.isEmpty())
                workloads.insert(owner);
        }
        TopologyHealth worst = TopologyHealth::Unknown;
        QString reason;
        for (const ResourceKind kind : {ResourceKind::Deployments, ResourceKind::StatefulSets, ResourceKind::DaemonSets}) {
            for (const ResourceKey& wkey : m_store.keysInNamespace(kind, svc.meta.ns)) {
                const auto* w = m_store.get<kube::WorkloadRecord>(wkey);
                if (!w)
                    continue;
                // A workload scaled to zero has no pods; its selector still says whether the Service reaches it.
                if (!workloads.contains(workloadNodeId(*w)) && !kube::selectorMatches(svc.selector, w->selector))
                    continue;
                addWorkload(node.id, *w);
                const TopologyNode* wn = m_topology.node(workloadNodeId(*w));
                if (wn && worseHealth(worst, wn->health) != worst) {
                    worst = wn->health;
                    reason = wn->label + QStringLiteral(": ") + wn->healthReason;
                }
            }
        }
        TopologyNode* added = m_topology.node(node.id);
        if (worst == TopologyHealth::Unknown) {
            added->health = TopologyHealth::Warning;
            added->healthReason = tr("selects no pods");
        } else {
            added->health = worst;
            added->healthReason = worst == TopologyHealth::Ok ? QString() : reason;
        }
    }

    for (const auto& [routeNode, serviceNode] : std::as_const(backendEdges)) {
        TopologyEdge edge;
        edge.from = routeNode;
        edge.to = serviceNode;
        edge.kind = TopologyEdgeKind::Backend;
        const QString key = serviceNode.mid(QStringLiteral("service/").size());
        if (backendWeights.contains(key))
            edge.weightPercent = backendWeights.value(key);
        m_topology.addEdge(edge);
    }
}

void TopologyBuilder::addWorkload(const QString& serviceNode, const kube::WorkloadRecord& w)
{
    const QString id = workloadNodeId(w);
    if (!m_workloadNodes.contains(id)) {
        m_workloadNodes.insert(id);
        TopologyNode node;
        node.id = id;
        node.kind = TopologyNodeKind::Workload;
        node.label = w.meta.name;
        node.ns = w.meta.ns;
        node.subtitle = QString::fromLatin1(kube::kindInfo(w.kind).apiKind);
        node.podCount = w.desired;
        node.readyCount = w.ready;
        node.serviceId = m_profile ? m_profile->serviceIdForWorkload(w.meta.ns, w.meta.name) : QString();
        node.health = TopologyHealth::Ok;
        if (w.rolloutStuck()) {
            node.health = TopologyHealth::Critical;
            node.healthReason = tr("rollout stuck (progress deadline exceeded)");
        } else if (w.desired > 0 && w.ready == 0) {
            node.health = TopologyHealth::Critical;
            node.healthReason = tr("no pod ready");
        } else if (w.ready < w.desired) {
            node.health = TopologyHealth::Warning;
            node.healthReason = tr("%1 of %2 pods ready").arg(w.ready).arg(w.desired);
        }
        // A pod's problem says more than a count: "CrashLoopBackOff in search-api-v2-x2k4q".
        for (const ResourceKey& key : m_store.podsForWorkload(kube::keyOf(w.kind, w.meta))) {
            const auto* pod = m_store.get<kube::PodRecord>(key);
            const QString problem = pod ? pod->problem() : QString();
            if (problem.isEmpty())
                continue;
            node.health = worseHealth(node.health, TopologyHealth::Warning);
            node.healthReason = tr("%1 in %2").arg(problem, pod->meta.name)
                                + (node.healthReason.isEmpty() ? QString() : QStringLiteral("; ") + node.healthReason);
            break;
        }
        m_topology.addNode(node);
        addPodGroups(id, w);
    }
    TopologyEdge edge;
    edge.from = serviceNode;
    edge.to = id;
    edge.kind = TopologyEdgeKind::Selector;
    m_topology.addEdge(edge);
}

void TopologyBuilder::addPodGroups(const QString& workloadNode, const kube::WorkloadRecord& w)
{
    QMap<QString, QStringList> byStatus; // pods that share kubectl's STATUS
    QMap<QString, bool> healthy;
    for (const ResourceKey& key : m_store.podsForWorkload(kube::keyOf(w.kind, w.meta))) {
        const auto* pod = m_store.get<kube::PodRecord>(key);
        if (!pod)
            continue;
        const QString status = pod->statusText();
        byStatus[status] << pod->meta.name;
        healthy[status] = healthy.value(status, true) && pod->problem().isEmpty();
    }
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        TopologyNode node;
        node.id = QStringLiteral("pods/") + w.meta.ns + QLatin1Char('/') + w.meta.name + QLatin1Char('/') + it.key();
        node.kind = TopologyNodeKind::PodGroup;
        node.label = tr("%1 × %2").arg(it.value().size()).arg(it.key());
        node.ns = w.meta.ns;
        node.subtitle = it.value().size() == 1 ? it.value().first() : tr("pods");
        const bool running = it.key() == QLatin1String("Running") || it.key() == QLatin1String("Completed");
        node.health = !healthy.value(it.key()) ? TopologyHealth::Critical
                      : running               ? TopologyHealth::Ok
                                              : TopologyHealth::Warning;
        if (node.health != TopologyHealth::Ok)
            node.healthReason = it.value().join(QStringLiteral(", "));
        m_topology.addNode(node);
        TopologyEdge edge;
        edge.from = workloadNode;
        edge.to = node.id;
        edge.kind = TopologyEdgeKind::Ownership;
        m_topology.addEdge(edge);
    }
}

void TopologyBuilder::addCollapsed(const QString& serviceId, const kube::ServiceRecord& svc)
{
    // A database, cache, queue or platform component: one node for its Service and workload.
    const ServiceSpec* spec = serviceId.isEmpty() || !m_profile ? nullptr : m_profile->service(serviceId);
    const bool backing = spec ? (spec->kind == ServiceKind::Database || spec->kind == ServiceKind::Cache
                                 || spec->kind == ServiceKind::Queue)
                              : true;
    QList<const kube::WorkloadRecord*> workloads;
    for (const ResourceKind kind : {ResourceKind::Deployments, ResourceKind::StatefulSets, ResourceKind::DaemonSets})
        for (const ResourceKey& key : m_store.keysInNamespace(kind, svc.meta.ns))
            if (const auto* w = m_store.get<kube::WorkloadRecord>(key); w && kube::selectorMatches(svc.selector, w->selector))
                workloads << w;
    // Without a profile only StatefulSet-backed Services look like backing services; the rest is left out
    // unless a route reaches it (handled as an application service).
    if (!spec && std::none_of(workloads.cbegin(), workloads.cend(),
                              [](const kube::WorkloadRecord* w) { return w->kind == ResourceKind::StatefulSets; }))
        return;
    const QString name = spec ? spec->id : svc.meta.name;
    TopologyNode node;
    node.kind = backing ? TopologyNodeKind::Backing : TopologyNodeKind::Observability;
    node.id = (backing ? QStringLiteral("backing/") : QStringLiteral("platform/")) + svc.meta.ns + QLatin1Char('/') + name;
    if (const TopologyNode* existing = m_topology.node(node.id))
        node = *existing; // a second Service of the same component (headless, metrics)
    node.label = name;
    node.ns = svc.meta.ns;
    node.serviceId = serviceId;
    node.subtitle = spec ? serviceKindName(spec->kind) : QStringLiteral("StatefulSet");
    if (!workloads.isEmpty() && !node.hasPods()) {
        node.podCount = 0;
        node.readyCount = 0;
        for (const kube::WorkloadRecord* w : workloads) {
            node.podCount += w->desired;
            node.readyCount += w->ready;
        }
        node.subtitle = QString::fromLatin1(kube::kindInfo(workloads.first()->kind).apiKind) + QStringLiteral(" · ")
                        + node.subtitle;
    }
    node.health = !node.hasPods()                                    ? TopologyHealth::Unknown
                  : node.podCount > 0 && node.readyCount == 0         ? TopologyHealth::Critical
                  : node.readyCount < node.podCount                   ? TopologyHealth::Warning
                                                                      : TopologyHealth::Ok;
    node.healthReason = node.health == TopologyHealth::Critical  ? tr("no pod ready")
                        : node.health == TopologyHealth::Warning ? tr("%1 of %2 pods ready").arg(node.readyCount).arg(node.podCount)
                        : node.health == TopologyHealth::Unknown ? tr("no workload found for its selector")
                                                                 : QString();
    m_topology.addNode(node);
    if (!serviceId.isEmpty())
        m_anchors.insert(serviceId, node.id);
}

QString TopologyBuilder::anchorOf(const QString& serviceId) const
{
    return m_anchors.value(serviceId);
}

void TopologyBuilder::addDependencies()
{
    QSet<std::pair<QString, QString>> declared;
    if (m_profile) {
        for (const EdgeSpec& spec : m_profile->edges()) {
            // Scrapes reach everything and would bury the graph; routes are drawn through their route node.
            if (spec.kind == EdgeKind::Metrics || !spec.route.isEmpty())
                continue;
            if (spec.from == QLatin1String("client"))
                continue; // client → gateway edges exist with the gateways
            TopologyEdge edge;
            edge.from = anchorOf(spec.from);
            edge.to = anchorOf(spec.to);
            edge.kind = TopologyEdgeKind::Dependency;
            edge.description = spec.description;
            applyTraffic(edge, spec.from, spec.to);
            if (!edge.from.isEmpty() && !edge.to.isEmpty())
                m_topology.addEdge(edge);
            declared.insert({spec.from, spec.to});
        }
    }
    if (!m_traffic)
        return;
    // Flows the metrics show that nobody declared (a new caller, a forgotten dependency).
    for (const auto& [from, to] : m_traffic->flows()) {
        if (declared.contains({from, to}) || from == QLatin1String("client"))
            continue;
        bool viaRoute = false;
        if (m_profile)
            for (const EdgeSpec& spec : m_profile->edges())
                viaRoute |= spec.from == from && spec.to == to && !spec.route.isEmpty();
        if (viaRoute)
            continue;
        TopologyEdge edge;
        edge.from = anchorOf(from);
        edge.to = anchorOf(to);
        edge.kind = TopologyEdgeKind::Traffic;
        applyTraffic(edge, from, to);
        if (!edge.from.isEmpty() && !edge.to.isEmpty())
            m_topology.addEdge(edge);
    }
}

} // namespace lcl::lab
