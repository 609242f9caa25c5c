#include "kube/informerset.h"

#include "kube/informer.h"

namespace lcl::kube {

InformerSet::InformerSet(ClusterConnection connection, net::HttpClient* http, ResourceStore* store, Options options,
                         QObject* parent)
    : QObject(parent)
{
    const QList<ResourceKind> kinds = options.kinds.isEmpty() ? defaultKinds(options.gatewayApi) : options.kinds;
    for (ResourceKind kind : kinds) {
        auto informer = std::make_unique<Informer>(kind, options.ns, connection, http, store, options.informer);
        connect(informer.get(), &Informer::statusChanged, this, [this, kind] { onInformerStatus(kind); });
        m_informers.emplace(kind, std::move(informer));
    }
}

InformerSet::~InformerSet() = default;

QList<ResourceKind> InformerSet::defaultKinds(bool gatewayApi)
{
    QList<ResourceKind> kinds;
    for (int i = 0; i < kResourceKindCount; ++i) {
        const auto kind = ResourceKind(i);
        if (!gatewayApi && (kind == ResourceKind::Gateways || kind == ResourceKind::HttpRoutes))
            continue;
        kinds.append(kind);
    }
    return kinds;
}

void InformerSet::start()
{
    m_reportedSynced = false;
    for (auto& [kind, informer] : m_informers)
        informer->start();
}

void InformerSet::stop()
{
    for (auto& [kind, informer] : m_informers)
        informer->stop();
}

QList<ResourceKind> InformerSet::kinds() const
{
    QList<ResourceKind> list;
    for (const auto& [kind, informer] : m_informers)
        list.append(kind);
    return list;
}

Informer* InformerSet::informer(ResourceKind kind) const
{
    const auto it = m_informers.find(kind);
    return it == m_informers.end() ? nullptr : it->second.get();
}

bool InformerSet::isSynced() const
{
    for (const auto& [kind, informer] : m_informers) {
        const KindStatus::State s = informer->status().state;
        const bool settled = informer->relistCount() > 0 || s == KindStatus::State::Forbidden
                             || s == KindStatus::State::NotServed;
        if (!settled)
            return false;
    }
    return true;
}

void InformerSet::onInformerStatus(ResourceKind kind)
{
    Q_EMIT statusChanged(kind);
    if (!m_reportedSynced && isSynced()) {
        m_reportedSynced = true;
        Q_EMIT synced();
    }
}

} // namespace lcl::kube
