#include "itemmodels/storetablemodel.h"

#include "core/duration.h"
#include "kube/resourcestore.h"

#include <QDateTime>

#include <algorithm>

namespace lcl::itemmodels {

StoreTableModel::StoreTableModel(kube::ResourceStore* store, QList<kube::ResourceKind> kinds, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_kinds(std::move(kinds))
{
    connect(m_store, &kube::ResourceStore::changed, this, &StoreTableModel::onStoreChanged);
    // The first fill happens in the constructor, before anyone can observe a reset.
    for (kube::ResourceKind kind : m_kinds) {
        const auto& table = m_store->table(kind);
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            m_rows.append(it.key());
    }
    reindexFrom(0);
}

StoreTableModel::~StoreTableModel() = default;

int StoreTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const kube::Record* StoreTableModel::recordAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return m_store->find(m_rows[row]);
}

QVariant StoreTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const kube::Record* record = recordAt(index.row());
    if (!record)
        return {};
    switch (role) {
    case KeyRole:
        return m_rows[index.row()].path();
    case NamespaceRole:
        return kube::metaOf(*record).ns;
    case KindRole:
        return m_rows[index.row()].kind;
    default:
        return cellData(*record, index.column(), role);
    }
}

void StoreTableModel::setNow(qint64 epochSeconds)
{
    m_now = epochSeconds;
    refreshAges();
}

qint64 StoreTableModel::now() const
{
    return m_now != 0 ? m_now : QDateTime::currentSecsSinceEpoch();
}

void StoreTableModel::refreshAges()
{
    const int column = ageColumn();
    if (column >= 0 && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column), {Qt::DisplayRole});
}

QVariant StoreTableModel::ageData(qint64 created, int role) const
{
    if (role == RawValueRole)
        return created;
    if (role == Qt::DisplayRole)
        return created == 0 ? QStringLiteral("<unknown>") : Duration::age(created, now());
    return {};
}

void StoreTableModel::reindexFrom(int row)
{
    if (row == 0)
        m_index.clear();
    for (int i = row; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i], i);
}

void StoreTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (kube::ResourceKind kind : m_kinds) {
        const auto& table = m_store->table(kind);
        m_rows.reserve(m_rows.size() + table.size());
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            m_rows.append(it.key());
    }
    reindexFrom(0);
    endResetModel();
}

void StoreTableModel::onStoreChanged(kube::ResourceKind kind, const QList<ResourceKey>& keys)
{
    if (!m_kinds.contains(kind))
        return;
    if (keys.size() > kResetThreshold || (m_rows.size() > 16 && keys.size() > m_rows.size() / 2)) {
        rebuild();
        return;
    }
    QList<int> removed;
    QList<ResourceKey> added;
    int firstChanged = INT_MAX, lastChanged = -1;
    for (const ResourceKey& key : keys) {
        const int row = m_index.value(key, -1);
        const bool present = m_store->find(key) != nullptr;
        if (row >= 0 && present) {
            firstChanged = std::min(firstChanged, row);
            lastChanged = std::max(lastChanged, row);
        } else if (row >= 0) {
            removed.append(row);
        } else if (present) {
            added.append(key);
        }
    }
    if (lastChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, columnCount() - 1));
    if (!removed.isEmpty()) {
        // From the bottom up so that earlier row numbers stay valid; one block per run of rows.
        std::sort(removed.begin(), removed.end(), std::greater<int>());
        qsizetype i = 0;
        while (i < removed.size()) {
            int last = removed[i];
            int first = last;
            while (i + 1 < removed.size() && removed[i + 1] == first - 1)
                first = removed[++i];
            ++i;
            beginRemoveRows({}, first, last);
            for (int r = first; r <= last; ++r)
                m_index.remove(m_rows[r]);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
        }
        reindexFrom(removed.back());
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        reindexFrom(first);
        endInsertRows();
    }
}

} // namespace lcl::itemmodels
