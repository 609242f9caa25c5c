#pragma once

#include <QSyntaxHighlighter>

namespace lcl::widgets {

// Colours YAML keys, comments and masked values, and marks every occurrence of the search text.
class YamlHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlHighlighter)

public:
    explicit YamlHighlighter(QTextDocument* document);

    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }

protected:
    void highlightBlock(const QString& text) override;

private:
    QString m_search;
};

} // namespace lcl::widgets
