#pragma once

#include <QStyledItemDelegate>

namespace lcl::widgets {

// One log line: the time in a muted colour, then (several pods) the pod's short name in the pod's own colour
// in a column of fixed width, then the text. Reads LogModel's roles only.
class LogLineDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogLineDelegate)

public:
    explicit LogLineDelegate(QObject* parent = nullptr);

    // The widest pod label, in characters (0: no pod column).
    void setPodColumnChars(int chars) { m_podChars = chars; }
    int podColumnChars() const { return m_podChars; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_podChars = 0;
};

} // namespace lcl::widgets
