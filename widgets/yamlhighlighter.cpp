#include "widgets/yamlhighlighter.h"

#include <QRegularExpression>

namespace lcl::widgets {

YamlHighlighter::YamlHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void YamlHighlighter::setSearchText(const QString& text)
{
    m_search = text;
    rehighlight();
}

void YamlHighlighter::highlightBlock(const QString& text)
{
    static const QRegularExpression key(QStringLiteral("^(\\s*-?\\s*)([^:#\\s][^:#]*):(\\s|$)"));
    QTextCharFormat keyFormat;
    keyFormat.setForeground(QColor(0x1d, 0x4e, 0xd8));
    if (const auto m = key.match(text); m.hasMatch())
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), keyFormat);
    QTextCharFormat masked;
    masked.setForeground(QColor(0x9a, 0x34, 0x12));
    masked.setFontItalic(true);
    for (qsizetype at = text.indexOf(QLatin1String("<hidden:")); at >= 0; at = text.indexOf(QLatin1String("<hidden:"), at + 1)) {
        const qsizetype end = text.indexOf(QLatin1Char('>'), at);
        setFormat(int(at), int((end < 0 ? text.size() : end + 1) - at), masked);
    }
    if (m_search.isEmpty())
        return;
    QTextCharFormat match;
    match.setBackground(QColor(255, 214, 10));
    match.setForeground(Qt::black);
    for (qsizetype at = text.indexOf(m_search, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(m_search, at + m_search.size(), Qt::CaseInsensitive))
        setFormat(int(at), int(m_search.size()), match);
}

} // namespace lcl::widgets
