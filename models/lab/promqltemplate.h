#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lcl::lab {

// A PromQL query with {{name}} placeholders, as the lab profile writes them. Values are substituted
// regex-escaped (templates use =~ matchers), several values for one placeholder joined with "|", so one
// rendering can ask about many services at once.
class PromQlTemplate final {
    Q_DECLARE_TR_FUNCTIONS(lcl::lab::PromQlTemplate)

public:
    // A placeholder as it occurs in the text: its name and the offset of its "{{".
    struct Placeholder {
        QString name;
        qsizetype offset = 0;
    };

    // A syntax or vocabulary problem at `offset` in the template text, with a translated message.
    struct Problem {
        qsizetype offset = 0;
        QString message;
    };

    PromQlTemplate() = default;
    explicit PromQlTemplate(QString text) : m_text(std::move(text)) {}

    const QString& text() const { return m_text; }
    bool isEmpty() const { return m_text.trimmed().isEmpty(); }

    QList<Placeholder> placeholders() const;

    // Unclosed "{{", empty names and names outside `allowed`; an empty list when the template is fine.
    QList<Problem> check(const QStringList& allowed) const;

    // Substitutes every placeholder. Values listed in `raw` are inserted as they are (durations, quantiles,
    // numbers); all others are regex-escaped. A placeholder without a value stays as it is.
    QString render(const QHash<QString, QStringList>& values, const QStringList& raw = defaultRawNames()) const;

    // {{window}}, {{quantile}} and {{rule}} are not label values, so they are inserted unescaped.
    static QStringList defaultRawNames();

private:
    QString m_text;
};

} // namespace lcl::lab
