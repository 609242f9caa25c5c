#include "widgets/loglinedelegate.h"

#include "itemmodels/logmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace lcl::widgets {

namespace {

constexpr int kMargin = 4;
constexpr int kGap = 2; // characters between the columns

using itemmodels::LogModel;

QString timeText(const QModelIndex& index)
{
    const qint64 ms = index.data(LogModel::TimestampRole).toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

LogLineDelegate::LogLineDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void LogLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the text is ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = selected ? opt.palette.color(QPalette::HighlightedText)
                                 : index.data(Qt::ForegroundRole).value<QColor>().isValid()
                                       ? index.data(Qt::ForegroundRole).value<QColor>()
                                       : opt.palette.color(QPalette::Text);
    const QFontMetrics metrics(opt.font);
    const int charWidth = metrics.horizontalAdvance(QLatin1Char('0'));
    QRect rect = opt.rect.adjusted(kMargin, 0, -kMargin, 0);

    painter->save();
    painter->setFont(opt.font);
    const QString time = timeText(index);
    if (!time.isEmpty()) {
        QColor muted = text;
        if (!selected)
            muted.setAlphaF(0.55f);
        painter->setPen(muted);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, time);
        rect.setLeft(rect.left() + charWidth * int(time.size() + kGap));
    }
    const QString pod = index.data(LogModel::PodShortRole).toString();
    if (!pod.isEmpty()) {
        QColor color = index.data(LogModel::PodColorRole).value<QColor>();
        if (selected || !color.isValid())
            color = text;
        else if (isDark(opt.palette))
            color = color.lighter(160);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const int width = boldMetrics.horizontalAdvance(QString(std::max<qsizetype>(m_podChars, 1), QLatin1Char('0')));
        painter->setFont(bold);
        painter->setPen(color);
        painter->drawText(QRect(rect.left(), rect.top(), width, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(pod, Qt::ElideMiddle, width + 1));
        painter->setFont(opt.font);
        rect.setLeft(rect.left() + width + charWidth * kGap);
    }
    painter->setPen(text);
    // Shape only what can show: log lines run to hundreds of characters, and following repaints every batch.
    const QString line = index.data(LogModel::TextRole).toString();
    const int right = widget ? widget->width() : rect.right();
    const qsizetype visible = std::max(0, right - rect.left()) / std::max(1, charWidth) + 2;
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      line.size() > visible ? line.left(visible) : line);
    painter->restore();
}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const int charWidth = metrics.horizontalAdvance(QLatin1Char('0'));
    const QString text = index.data(LogModel::TextRole).toString();
    const int prefix = charWidth * (12 + kGap + (m_podChars > 0 ? m_podChars + kGap : 0));
    return {2 * kMargin + prefix + metrics.horizontalAdvance(text), metrics.height() + 2};
}

} // namespace lcl::widgets
