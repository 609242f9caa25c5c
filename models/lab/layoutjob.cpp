#include "lab/layoutjob.h"

#include "lab/graphlayout.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace lcl::lab {

LayoutJob::LayoutJob(QObject* parent)
    : QObject(parent)
{
}

// Running layouts finish on their own; their watchers die with this object, so nothing is delivered.
LayoutJob::~LayoutJob() = default;

bool LayoutJob::submit(const Topology& topology)
{
    const quint64 hash = topology.shapeHash();
    const quint64 latest = m_running > 0 ? m_pendingHash : m_current.shapeHash;
    if (hash == latest)
        return false;
    m_pendingHash = hash;
    const quint64 generation = ++m_generation;
    ++m_running;
    auto* watcher = new QFutureWatcher<GraphLayoutResult>(this);
    connect(watcher, &QFutureWatcher<GraphLayoutResult>::finished, this, [this, watcher] {
        --m_running;
        deliver(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([topology, generation] { return GraphLayout::compute(topology, generation); }));
    return true;
}

void LayoutJob::reset()
{
    m_current = {};
    m_pendingHash = 0;
    ++m_generation; // whatever is still running answers an older question now
}

void LayoutJob::deliver(const GraphLayoutResult& result)
{
    if (result.generation != m_generation) {
        ++m_dropped;
        return;
    }
    if (!result.error.isEmpty()) {
        m_pendingHash = m_current.shapeHash;
        Q_EMIT layoutFailed(result.error);
        return;
    }
    const GraphLayoutResult previous = m_current;
    m_current = result;
    Q_EMIT layoutChanged(previous, m_current);
}

} // namespace lcl::lab
