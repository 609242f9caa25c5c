#pragma once

#include <QWidget>

namespace lcl::widgets {

// A one-line key to the topology's colours and line styles: health, Kubernetes edges, declared dependencies,
// and traffic edges (width = rate, colour = error ratio).
class TopologyLegend final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyLegend)

public:
    explicit TopologyLegend(QWidget* parent = nullptr);
    ~TopologyLegend() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace lcl::widgets
