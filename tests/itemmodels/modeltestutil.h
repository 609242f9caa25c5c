#pragma once

// Helpers shared by the item model tests: records built in code and models dumped as golden strings.

#include "kube/records.h"
#include "kube/resourcestore.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace lcl::test {

inline constexpr qint64 kNow = 1787392800; // 2026-08-22T10:00:00Z

inline QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Rows as "cell|cell|..." in view order (proxies) or sorted (source models, whose order is unspecified).
inline QStringList dump(const QAbstractItemModel& model, bool sorted = false)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    if (sorted)
        rows.sort();
    return rows;
}

inline kube::ObjectMeta meta(const char* ns, const char* name, const char* rv, qint64 ageSeconds)
{
    kube::ObjectMeta m;
    m.ns = s(ns);
    m.name = s(name);
    m.uid = m.ns + QLatin1Char('/') + m.name;
    m.resourceVersion = s(rv);
    m.created = kNow - ageSeconds;
    return m;
}

inline kube::PodRecord pod(const char* ns, const char* name, const char* rv, qint64 age, bool ready = true,
                           const char* waiting = "", int restarts = 0)
{
    kube::PodRecord p;
    p.meta = meta(ns, name, rv, age);
    p.phase = s(*waiting ? "Pending" : "Running");
    p.node = s("node-1");
    p.podIP = s("10.42.0.") + QString::number(name[0]);
    kube::ContainerRecord c;
    c.name = s("app");
    c.ready = ready;
    c.restarts = restarts;
    c.state = *waiting ? kube::ContainerRecord::State::Waiting : kube::ContainerRecord::State::Running;
    c.reason = s(waiting);
    if (restarts > 0)
        c.lastFinished = kNow - 120;
    p.containers.append(c);
    return p;
}

inline void upsert(kube::ResourceStore& store, kube::ResourceKind kind, std::vector<kube::Record> records,
                   bool replaceAll = false)
{
    kube::RecordBatch batch;
    batch.kind = kind;
    batch.replaceAll = replaceAll;
    for (auto& r : records)
        batch.changes.push_back(kube::RecordChange{kube::RecordChange::Op::Upsert, std::move(r)});
    store.apply(std::move(batch));
}

inline void remove(kube::ResourceStore& store, kube::ResourceKind kind, kube::Record record)
{
    kube::RecordBatch batch;
    batch.kind = kind;
    batch.changes.push_back(kube::RecordChange{kube::RecordChange::Op::Delete, std::move(record)});
    store.apply(std::move(batch));
}

} // namespace lcl::test
