#pragma once

#include "core/connectionstate.h"

#include <QWidget>

class QLabel;

namespace lcl::widgets {

// One connection in the status bar: a coloured dot, its name and its state in words; details in the tooltip.
class ConnectionIndicator final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionIndicator)

public:
    explicit ConnectionIndicator(const QString& name, QWidget* parent = nullptr);

    void setState(const ConnectionState& state);
    const ConnectionState& state() const { return m_state; }
    QString text() const;

private:
    QString m_name;
    ConnectionState m_state;
    QLabel* m_dot = nullptr;
    QLabel* m_label = nullptr;
};

} // namespace lcl::widgets
