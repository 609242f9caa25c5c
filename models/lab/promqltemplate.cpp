#include "lab/promqltemplate.h"

#include <algorithm>

namespace lcl::lab {

namespace {

const QLatin1String kOpen("{{");
const QLatin1String kClose("}}");

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Escapes RE2 metacharacters, then escapes for the PromQL double-quoted string the value sits in.
QString escapeForRegexMatcher(const QString& value)
{
    static const QString meta = QStringLiteral("\\.+*?()|[]{}^$");
    QString regex;
    for (QChar c : value) {
        if (meta.contains(c))
            regex += QLatin1Char('\\');
        regex += c;
    }
    regex.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    regex.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return regex;
}

} // namespace

QList<PromQlTemplate::Placeholder> PromQlTemplate::placeholders() const
{
    QList<Placeholder> result;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = m_text.indexOf(kOpen, from);
        if (open < 0)
            break;
        const qsizetype close = m_text.indexOf(kClose, open + 2);
        if (close < 0)
            break;
        result.append({m_text.mid(open + 2, close - open - 2).trimmed(), open});
        from = close + 2;
    }
    return result;
}

QList<PromQlTemplate::Problem> PromQlTemplate::check(const QStringList& allowed) const
{
    QList<Problem> problems;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = m_text.indexOf(kOpen, from);
        if (open < 0)
            break;
        const qsizetype close = m_text.indexOf(kClose, open + 2);
        const qsizetype nextOpen = m_text.indexOf(kOpen, open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            problems.append({open, tr("\"{{\" is not closed by \"}}\"")});
            if (close < 0)
                break;
            from = open + 2;
            continue;
        }
        const QString name = m_text.mid(open + 2, close - open - 2).trimmed();
        if (name.isEmpty() || !std::all_of(name.cbegin(), name.cend(), isNameChar)) {
            problems.append({open, tr("\"{{%1}}\" is not a placeholder name (letters, digits, _)").arg(name)});
        } else if (!allowed.contains(name)) {
            problems.append({open, tr("unknown placeholder {{%1}}; expected one of: %2")
                                       .arg(name, allowed.join(QStringLiteral(", ")))});
        }
        from = close + 2;
    }
    if (problems.isEmpty()) {
        const qsizetype stray = m_text.indexOf(kClose);
        const qsizetype firstOpen = m_text.indexOf(kOpen);
        if (stray >= 0 && (firstOpen < 0 || stray < firstOpen))
            problems.append({stray, tr("\"}}\" without an opening \"{{\"")});
    }
    return problems;
}

QString PromQlTemplate::render(const QHash<QString, QStringList>& values, const QStringList& raw) const
{
    QString out;
    out.reserve(m_text.size() + 64);
    qsizetype from = 0;
    while (true) {
        const qsizetype open = m_text.indexOf(kOpen, from);
        const qsizetype close = open < 0 ? -1 : m_text.indexOf(kClose, open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(m_text).mid(from);
            break;
        }
        out += QStringView(m_text).mid(from, open - from);
        const QString name = m_text.mid(open + 2, close - open - 2).trimmed();
        const auto it = values.constFind(name);
        if (it == values.cend()) {
            out += QStringView(m_text).mid(open, close + 2 - open);
        } else if (raw.contains(name)) {
            out += it->join(QLatin1Char('|'));
        } else {
            QStringList escaped;
            escaped.reserve(it->size());
            for (const QString& v : *it) {
                escaped.append(escapeForRegexMatcher(v));
            }
            out += escaped.join(QLatin1Char('|'));
        }
        from = close + 2;
    }
    return out;
}

QStringList PromQlTemplate::defaultRawNames()
{
    return {QStringLiteral("window"), QStringLiteral("quantile"), QStringLiteral("rule")};
}

} // namespace lcl::lab
