#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace lcl {

// Runs an action at most once per interval however often it is requested, and never later than one interval
// after the first request since it last ran. Views and models that follow the store use it: under a steady
// stream of changes (an event storm) a debounce timer restarted by every change would never fire at all.
class Throttle final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Throttle)

public:
    Throttle(int intervalMs, std::function<void()> action, QObject* parent = nullptr);

    void request();
    // The action ran some other way and covers what was requested.
    void cancel() { m_timer.stop(); }
    bool isPending() const { return m_timer.isActive(); }
    int runs() const { return m_runs; }

private:
    QTimer m_timer;
    std::function<void()> m_action;
    int m_runs = 0;
};

} // namespace lcl
