#pragma once

#include "core/resourcekey.h"
#include "kube/records.h"
#include "kube/resourcekindstatus.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <array>

namespace lcl::kube {

// The console's view of the cluster: typed records per kind keyed by ResourceKey, with indexes by namespace
// and by owner. Lives on the GUI thread and is fed by informers with batches (at most every 100 ms per
// informer); every batch ends in exactly one `changed` signal carrying the keys that really changed.
class ResourceStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceStore)

public:
    using Table = QHash<ResourceKey, Record>;

    explicit ResourceStore(QObject* parent = nullptr);
    ~ResourceStore() override;

    void apply(RecordBatch batch);
    void setStatus(ResourceKind kind, const KindStatus& status);
    // Forgets everything (context switch): emits `changed` with the removed keys of every non-empty kind.
    void clear();

    const KindStatus& status(ResourceKind kind) const { return m_kinds[size_t(kind)].status; }
    const Table& table(ResourceKind kind) const { return m_kinds[size_t(kind)].records; }
    qsizetype count(ResourceKind kind) const { return table(kind).size(); }
    const Record* find(const ResourceKey& key) const;

    template <typename T>
    const T* get(const ResourceKey& key) const
    {
        const Record* r = find(key);
        return r ? std::get_if<T>(r) : nullptr;
    }

    QList<ResourceKey> keysInNamespace(ResourceKind kind, const QString& ns) const;
    // Objects of `childKind` that list `owner` (kind given as the plural, e.g. "replicasets") among their
    // ownerReferences.
    QList<ResourceKey> ownedBy(ResourceKind childKind, const ResourceKey& owner) const;
    // Pods in the service's namespace whose labels match its selector.
    QList<ResourceKey> podsForService(const ResourceKey& service) const;
    // Pods a workload (Deployment through its ReplicaSets, StatefulSet, DaemonSet) controls.
    QList<ResourceKey> podsForWorkload(const ResourceKey& workload) const;
    // Namespaces that exist (Namespace records) or hold any object, sorted.
    QStringList namespaces() const;

Q_SIGNALS:
    void changed(lcl::kube::ResourceKind kind, const QList<lcl::ResourceKey>& keys);
    void statusChanged(lcl::kube::ResourceKind kind);

private:
    struct KindData {
        Table records;
        QHash<QString, QSet<ResourceKey>> byNamespace;
        QHash<ResourceKey, QSet<ResourceKey>> byOwner;
        KindStatus status;
    };

    void index(KindData& data, const ResourceKey& key, const Record& record);
    void unindex(KindData& data, const ResourceKey& key, const Record& record);
    bool upsert(KindData& data, ResourceKind kind, Record&& record, ResourceKey* changedKey);
    bool remove(KindData& data, const ResourceKey& key);

    std::array<KindData, kResourceKindCount> m_kinds;
};

// The store's key of an owner reference, e.g. {"replicasets", ns, name}.
ResourceKey ownerKey(const OwnerRef& owner, const QString& ns);

} // namespace lcl::kube
