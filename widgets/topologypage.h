#pragma once

#include "lab/topology.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace lcl::widgets {

class TopologyLegend;
class TopologyView;

// The topology view with its toolbar (search, namespace, only unhealthy, show pods, fit, zoom, export), the
// legend and a status line (counts, what is missing, details of the node under the pointer).
class TopologyPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyPage)

public:
    explicit TopologyPage(QWidget* parent = nullptr);
    ~TopologyPage() override;

    void setTopology(const lab::Topology& topology);
    TopologyView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* namespaceBox() const { return m_namespace; }
    QCheckBox* onlyUnhealthyBox() const { return m_onlyUnhealthy; }
    QCheckBox* showPodsBox() const { return m_showPods; }
    QString statusText() const;

Q_SIGNALS:
    void nodeActivated(const QString& id);

private:
    void applyFilter();
    void updateNamespaces();
    void updateStatus();
    void exportTo(const QString& format);

    TopologyView* m_view = nullptr;
    TopologyLegend* m_legend = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_namespace = nullptr;
    QCheckBox* m_onlyUnhealthy = nullptr;
    QCheckBox* m_showPods = nullptr;
    QToolButton* m_fit = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    QString m_hovered;
};

} // namespace lcl::widgets
