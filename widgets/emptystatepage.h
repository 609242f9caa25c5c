#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace lcl::widgets {

// An honest empty state: what the view will show once it has data, why it has none now, and what the user
// can do about it. Never placeholder data.
class EmptyStatePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    explicit EmptyStatePage(const QString& title, const QString& description, QWidget* parent = nullptr);

    // Why there is nothing yet and how to fix it (rich text allowed, e.g. a command in <code>).
    void setReason(const QString& reason);
    QString reason() const;

    // A button under the text for the obvious next step ("Start the demo lab"); returns it for wiring.
    QPushButton* addAction(const QString& text);
    void setActionsVisible(bool visible);

private:
    QLabel* m_reason = nullptr;
    QHBoxLayout* m_actions = nullptr;
};

} // namespace lcl::widgets
