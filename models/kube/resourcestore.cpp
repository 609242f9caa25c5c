#include "kube/resourcestore.h"

#include <algorithm>

namespace lcl::kube {

ResourceKey ownerKey(const OwnerRef& owner, const QString& ns)
{
    for (int i = 0; i < kResourceKindCount; ++i) {
        if (owner.kind == QLatin1String(kindInfo(ResourceKind(i)).apiKind))
            return ResourceKey{pluralName(ResourceKind(i)), ns, owner.name};
    }
    return ResourceKey{owner.kind.toLower() + QLatin1Char('s'), ns, owner.name};
}

ResourceStore::ResourceStore(QObject* parent) : QObject(parent) {}

ResourceStore::~ResourceStore() = default;

void ResourceStore::index(KindData& data, const ResourceKey& key, const Record& record)
{
    const ObjectMeta& meta = metaOf(record);
    data.byNamespace[meta.ns].insert(key);
    for (const OwnerRef& owner : meta.owners)
        data.byOwner[ownerKey(owner, meta.ns)].insert(key);
}

void ResourceStore::unindex(KindData& data, const ResourceKey& key, const Record& record)
{
    const ObjectMeta& meta = metaOf(record);
    if (auto it = data.byNamespace.find(meta.ns); it != data.byNamespace.end()) {
        it->remove(key);
        if (it->isEmpty())
            data.byNamespace.erase(it);
    }
    for (const OwnerRef& owner : meta.owners) {
        if (auto it = data.byOwner.find(ownerKey(owner, meta.ns)); it != data.byOwner.end()) {
            it->remove(key);
            if (it->isEmpty())
                data.byOwner.erase(it);
        }
    }
}

bool ResourceStore::upsert(KindData& data, ResourceKind kind, Record&& record, ResourceKey* changedKey)
{
    ResourceKey key = keyOf(kind, record);
    auto it = data.records.find(key);
    if (it != data.records.end()) {
        const ObjectMeta& old = metaOf(*it);
        const ObjectMeta& now = metaOf(record);
        // The same version again (a relist of an unchanged object): nothing to tell the views.
        if (!now.resourceVersion.isEmpty() && old.resourceVersion == now.resourceVersion && old.uid == now.uid)
            return false;
        unindex(data, key, *it);
        *it = std::move(record);
        index(data, key, *it);
    } else {
        it = data.records.insert(key, std::move(record));
        index(data, key, *it);
    }
    *changedKey = std::move(key);
    return true;
}

bool ResourceStore::remove(KindData& data, const ResourceKey& key)
{
    auto it = data.records.find(key);
    if (it == data.records.end())
        return false;
    unindex(data, key, *it);
    data.records.erase(it);
    return true;
}

void ResourceStore::apply(RecordBatch batch)
{
    KindData& data = m_kinds[size_t(batch.kind)];
    QList<ResourceKey> changedKeys;
    changedKeys.reserve(qsizetype(batch.changes.size()));
    QSet<ResourceKey> listed;
    if (batch.replaceAll)
        listed.reserve(qsizetype(batch.changes.size()));
    for (RecordChange& change : batch.changes) {
        if (change.op == RecordChange::Op::Delete) {
            ResourceKey key = keyOf(batch.kind, change.record);
            if (remove(data, key))
                changedKeys.append(std::move(key));
            continue;
        }
        if (batch.replaceAll)
            listed.insert(keyOf(batch.kind, change.record));
        ResourceKey key;
        if (upsert(data, batch.kind, std::move(change.record), &key))
            changedKeys.append(std::move(key));
    }
    if (batch.replaceAll) {
        // Everything in scope the list did not mention is gone from the server.
        QList<ResourceKey> ghosts;
        if (batch.scopeNamespace.isEmpty()) {
            for (auto it = data.records.cbegin(); it != data.records.cend(); ++it) {
                if (!listed.contains(it.key()))
                    ghosts.append(it.key());
            }
        } else {
            for (const ResourceKey& key : data.byNamespace.value(batch.scopeNamespace)) {
                if (!listed.contains(key))
                    ghosts.append(key);
            }
        }
        for (const ResourceKey& key : ghosts) {
            if (remove(data, key))
                changedKeys.append(key);
        }
    }
    if (!changedKeys.isEmpty())
        Q_EMIT changed(batch.kind, changedKeys);
}

void ResourceStore::setStatus(ResourceKind kind, const KindStatus& status)
{
    m_kinds[size_t(kind)].status = status;
    Q_EMIT statusChanged(kind);
}

void ResourceStore::clear()
{
    for (int i = 0; i < kResourceKindCount; ++i) {
        KindData& data = m_kinds[size_t(i)];
        const QList<ResourceKey> keys = data.records.keys();
        data.records.clear();
        data.byNamespace.clear();
        data.byOwner.clear();
        const bool hadStatus = data.status.state != KindStatus::State::Idle;
        data.status = KindStatus{};
        if (!keys.isEmpty())
            Q_EMIT changed(ResourceKind(i), keys);
        if (hadStatus)
            Q_EMIT statusChanged(ResourceKind(i));
    }
}

const Record* ResourceStore::find(const ResourceKey& key) const
{
    const auto kind = kindFromPlural(key.kind);
    if (!kind)
        return nullptr;
    const Table& t = table(*kind);
    const auto it = t.constFind(key);
    return it == t.cend() ? nullptr : &*it;
}

QList<ResourceKey> ResourceStore::keysInNamespace(ResourceKind kind, const QString& ns) const
{
    return m_kinds[size_t(kind)].byNamespace.value(ns).values();
}

QList<ResourceKey> ResourceStore::ownedBy(ResourceKind childKind, const ResourceKey& owner) const
{
    return m_kinds[size_t(childKind)].byOwner.value(owner).values();
}

QList<ResourceKey> ResourceStore::podsForService(const ResourceKey& service) const
{
    QList<ResourceKey> pods;
    const auto* svc = get<ServiceRecord>(service);
    if (!svc || svc->selector.isEmpty())
        return pods;
    const KindData& data = m_kinds[size_t(ResourceKind::Pods)];
    for (const ResourceKey& key : data.byNamespace.value(service.ns)) {
        const auto* pod = std::get_if<PodRecord>(&*data.records.constFind(key));
        if (pod && selectorMatches(svc->selector, pod->meta.labels))
            pods.append(key);
    }
    std::sort(pods.begin(), pods.end());
    return pods;
}

QList<ResourceKey> ResourceStore::podsForWorkload(const ResourceKey& workload) const
{
    QList<ResourceKey> pods;
    if (workload.kind == pluralName(ResourceKind::Deployments)) {
        for (const ResourceKey& rs : ownedBy(ResourceKind::ReplicaSets, workload))
            pods += ownedBy(ResourceKind::Pods, rs);
    } else {
        pods = ownedBy(ResourceKind::Pods, workload);
    }
    std::sort(pods.begin(), pods.end());
    return pods;
}

QStringList ResourceStore::namespaces() const
{
    QSet<QString> names;
    for (const Record& r : table(ResourceKind::Namespaces))
        names.insert(metaOf(r).name);
    for (const KindData& data : m_kinds) {
        for (auto it = data.byNamespace.cbegin(); it != data.byNamespace.cend(); ++it) {
            if (!it.key().isEmpty())
                names.insert(it.key());
        }
    }
    QStringList list = names.values();
    list.sort();
    return list;
}

} // namespace lcl::kube
