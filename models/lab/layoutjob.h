#pragma once

#include "lab/graphlayoutresult.h"
#include "lab/topology.h"

#include <QObject>

namespace lcl::lab {

// Keeps the layout of the topology a view shows, computing new ones off the GUI thread with GraphLayout.
// A topology whose shape is unchanged is not laid out again (positions stay put while numbers move); a new
// shape starts a layout whose answer arrives with the previous layout, so the view can animate between them.
// Answers to requests overtaken by newer ones are dropped.
class LayoutJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutJob)

public:
    explicit LayoutJob(QObject* parent = nullptr);
    ~LayoutJob() override;

    // True when a layout was started (the shape differs from the current or pending one).
    bool submit(const Topology& topology);
    // Forgets the current layout, so that the next submit lays out even an unchanged shape.
    void reset();

    const GraphLayoutResult& current() const { return m_current; }
    quint64 generation() const { return m_generation; }
    bool isRunning() const { return m_running > 0; }
    int droppedCount() const { return m_dropped; }

Q_SIGNALS:
    // `previous` is empty (no nodes) for the first layout.
    void layoutChanged(const lcl::lab::GraphLayoutResult& previous, const lcl::lab::GraphLayoutResult& current);
    void layoutFailed(const QString& message);

private:
    void deliver(const GraphLayoutResult& result);

    GraphLayoutResult m_current;
    quint64 m_generation = 0;
    quint64 m_pendingHash = 0;
    int m_running = 0;
    int m_dropped = 0;
};

} // namespace lcl::lab
