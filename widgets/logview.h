#pragma once

#include "core/error.h"
#include "core/resourcekey.h"
#include "widgets/viewcontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QToolButton;

namespace lcl::itemmodels {
class LogModel;
}

namespace lcl::widgets {

class LogLineDelegate;

// The logs of one pod, or of all pods of a workload interleaved by timestamp (each line with its pod's short
// name in the pod's colour), with a container picker, the previous container, follow, pause, and search with highlight. Memory is
// bounded: the model keeps at most "Keep lines" lines and drops the oldest.
class LogView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(const ViewContext& context, QWidget* parent = nullptr);
    ~LogView() override;

    // `pods` to choose from (a workload's); `initial` preselects one pod, else "all pods".
    void open(const QString& title, const QList<ResourceKey>& pods, const ResourceKey& initial = {});
    // The workload's pods changed (scaled, rolled out): the picker follows, and "All pods" takes the new set
    // in (at once, or on resume when paused). A chosen pod that is gone stays chosen, marked deleted.
    void setPods(const QList<ResourceKey>& pods);

    itemmodels::LogModel* model() const { return m_model; }
    QListView* lines() const { return m_lines; }
    QComboBox* podBox() const { return m_pods; }
    QComboBox* containerBox() const { return m_containers; }
    QCheckBox* followBox() const { return m_follow; }
    QCheckBox* previousBox() const { return m_previous; }
    QToolButton* pauseButton() const { return m_pause; }
    QLineEdit* searchBox() const { return m_search; }
    QSpinBox* capacityBox() const { return m_capacity; }
    QString statusText() const;
    QString kubectlCommand() const;

private:
    void restart();
    void fillContainers();
    void fillPodBox(const QString& current);
    void updateStatus();
    QList<ResourceKey> selectedPods() const;

    ViewContext m_context;
    itemmodels::LogModel* m_model = nullptr;
    QObject* m_stream = nullptr; // the current kube::LogStream
    QList<ResourceKey> m_allPods;
    QList<ResourceKey> m_gonePods; // chosen once, deleted since: still in the picker
    bool m_restartOnResume = false;
    QString m_title;
    QLabel* m_heading = nullptr;
    QComboBox* m_pods = nullptr;
    QComboBox* m_containers = nullptr;
    QCheckBox* m_previous = nullptr;
    QCheckBox* m_follow = nullptr;
    QToolButton* m_pause = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_matches = nullptr;
    QSpinBox* m_capacity = nullptr;
    QListView* m_lines = nullptr;
    LogLineDelegate* m_delegate = nullptr;
    QLabel* m_status = nullptr;
    QString m_problem;
};

} // namespace lcl::widgets
