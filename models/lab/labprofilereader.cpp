#include "lab/labprofilereader.h"

#include "lab/labprofilevalues.h"

#include <QHash>

namespace lcl::lab {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString keyName(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

LabProfileReader::LabProfileReader(QString file, QByteArray source)
    : m_file(std::move(file)), m_source(std::move(source))
{
}

void LabProfileReader::add(ProfileError::Severity severity, const YAML::Mark& mark, const QString& message)
{
    const bool known = !mark.is_null() && mark.line >= 0;
    m_findings.append({severity, m_file, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0, message});
}

void LabProfileReader::error(const YAML::Mark& mark, const QString& message)
{
    ++m_errors;
    add(ProfileError::Severity::Error, mark, message);
}

void LabProfileReader::warning(const YAML::Mark& mark, const QString& message)
{
    add(ProfileError::Severity::Warning, mark, message);
}

YAML::Mark LabProfileReader::markOf(const YAML::Node& node, const YAML::Mark& fallback)
{
    if (!node.IsDefined())
        return fallback;
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? fallback : mark;
}

QString LabProfileReader::text(const YAML::Node& scalar)
{
    return scalar.IsScalar() ? qs(scalar.Scalar()) : QString();
}

QString LabProfileReader::shapeName(const YAML::Node& node)
{
    if (node.IsMap())
        return tr("a mapping");
    if (node.IsSequence())
        return tr("a list");
    if (node.IsNull())
        return tr("empty");
    return QStringLiteral("\"%1\"").arg(text(node));
}

YAML::Mark LabProfileReader::markInScalar(const YAML::Node& scalar, qsizetype offset) const
{
    const YAML::Mark start = markOf(scalar);
    const QString value = text(scalar);
    if (start.is_null() || offset < 0 || offset >= value.size())
        return start;
    // Find the same snippet in the source after the scalar's start: the k-th occurrence, where k counts the
    // snippet's earlier occurrences in the value. Folding and quoting change offsets, not the snippet.
    const qsizetype end = value.indexOf(QLatin1String("}}"), offset);
    const QByteArray needle = value.mid(offset, end < 0 ? 2 : end + 2 - offset).toUtf8();
    int k = 0;
    for (qsizetype i = value.indexOf(QString::fromUtf8(needle)); i >= 0 && i < offset;
         i = value.indexOf(QString::fromUtf8(needle), i + 1))
        ++k;
    qsizetype pos = m_source.indexOf(needle, start.pos);
    for (; pos >= 0 && k > 0; --k)
        pos = m_source.indexOf(needle, pos + 1);
    if (pos < 0)
        return start;
    YAML::Mark mark = start;
    const qsizetype lineStart = m_source.lastIndexOf('\n', pos - 1) + 1;
    mark.line = start.line + int(m_source.mid(start.pos, pos - start.pos).count('\n'));
    mark.column = int(pos - lineStart);
    mark.pos = int(pos);
    return mark;
}

bool LabProfileReader::map(const YAML::Node& node, const QString& what, const QStringList& keys,
                           const QStringList& required)
{
    if (!node.IsMap()) {
        error(markOf(node), tr("%1 must be a mapping (key: value), not %2").arg(what, shapeName(node)));
        return false;
    }
    QHash<QString, int> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = text(it->first);
        const YAML::Mark mark = markOf(it->first, markOf(node));
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            error(mark, tr("duplicate key \"%1\" in %2 (first at line %3)").arg(key, what).arg(*first));
            continue;
        }
        seen.insert(key, mark.line + 1);
        if (!keys.contains(key)) {
            error(mark, tr("unknown key \"%1\" in %2; expected one of: %3")
                            .arg(key, what, keys.join(QStringLiteral(", "))));
        }
    }
    for (const QString& key : required) {
        if (!seen.contains(key))
            error(markOf(node), tr("%1 is missing the required key \"%2\"").arg(what, key));
    }
    return true;
}

bool LabProfileReader::sequence(const YAML::Node& node, const QString& what)
{
    if (!node.IsDefined() || node.IsNull())
        return false;
    if (!node.IsSequence()) {
        error(markOf(node), tr("\"%1\" must be a list, not %2").arg(what, shapeName(node)));
        return false;
    }
    return true;
}

YAML::Node LabProfileReader::scalar(const YAML::Node& map, const char* key, const QString& expected)
{
    if (!map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node v = map[key];
    if (!v.IsDefined())
        return v;
    if (!v.IsScalar()) {
        error(markOf(v, markOf(map)),
              tr("\"%1\" must be %2, not %3").arg(keyName(key), expected, shapeName(v)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return v;
}

std::optional<QString> LabProfileReader::string(const YAML::Node& map, const char* key)
{
    const YAML::Node v = scalar(map, key, tr("a text"));
    if (!v.IsDefined())
        return std::nullopt;
    return text(v);
}

std::optional<QString> LabProfileReader::name(const YAML::Node& map, const char* key, bool subdomain)
{
    const YAML::Node v = scalar(map, key, tr("a name"));
    if (!v.IsDefined())
        return std::nullopt;
    const QString t = text(v);
    const bool ok = subdomain ? values::isDnsSubdomain(t) : values::isDnsLabel(t);
    if (!ok) {
        error(markOf(v), subdomain
                             ? tr("\"%1\" must be a DNS subdomain name (lower-case letters, digits, '-' and '.'), "
                                  "not \"%2\"").arg(keyName(key), t)
                             : tr("\"%1\" must be a DNS label (lower-case letters, digits and '-', at most 63), "
                                  "not \"%2\"").arg(keyName(key), t));
        return std::nullopt;
    }
    return t;
}

std::optional<int> LabProfileReader::integer(const YAML::Node& map, const char* key, int min, int max)
{
    const QString expected = tr("an integer from %1 to %2").arg(min).arg(max);
    const YAML::Node v = scalar(map, key, expected);
    if (!v.IsDefined())
        return std::nullopt;
    bool ok = false;
    const int n = text(v).toInt(&ok);
    if (!ok || n < min || n > max) {
        error(markOf(v), tr("\"%1\" must be %2, not \"%3\"").arg(keyName(key), expected, text(v)));
        return std::nullopt;
    }
    return n;
}

std::optional<double> LabProfileReader::number(const YAML::Node& map, const char* key, double min, double max)
{
    const QString expected = tr("a number from %1 to %2").arg(min).arg(max);
    const YAML::Node v = scalar(map, key, expected);
    if (!v.IsDefined())
        return std::nullopt;
    bool ok = false;
    const double n = text(v).toDouble(&ok);
    if (!ok || !(n >= min && n <= max)) {
        error(markOf(v), tr("\"%1\" must be %2, not \"%3\"").arg(keyName(key), expected, text(v)));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> LabProfileReader::boolean(const YAML::Node& map, const char* key)
{
    const YAML::Node v = scalar(map, key, tr("true or false"));
    if (!v.IsDefined())
        return std::nullopt;
    const QString t = text(v);
    if (t == QLatin1String("true"))
        return true;
    if (t == QLatin1String("false"))
        return false;
    error(markOf(v), tr("\"%1\" must be true or false, not \"%2\"").arg(keyName(key), t));
    return std::nullopt;
}

std::optional<double> LabProfileReader::latencyMs(const YAML::Node& map, const char* key)
{
    const YAML::Node v = scalar(map, key, tr("a duration"));
    if (!v.IsDefined())
        return std::nullopt;
    const auto ms = values::parseLatencyMs(text(v));
    if (!ms) {
        error(markOf(v), tr("\"%1\" must be a duration like 250ms, 1.5s or 2m, not \"%2\"").arg(keyName(key), text(v)));
    }
    return ms;
}

std::optional<QString> LabProfileReader::promDuration(const YAML::Node& map, const char* key)
{
    const YAML::Node v = scalar(map, key, tr("a duration"));
    if (!v.IsDefined())
        return std::nullopt;
    if (!values::isPromDuration(text(v))) {
        error(markOf(v), tr("\"%1\" must be a Prometheus duration like 30s, 5m or 1h30m, not \"%2\"")
                             .arg(keyName(key), text(v)));
        return std::nullopt;
    }
    return text(v);
}

std::optional<QString> LabProfileReader::oneOf(const YAML::Node& map, const char* key, const QStringList& allowed)
{
    const QString expected = tr("one of %1").arg(allowed.join(QStringLiteral(", ")));
    const YAML::Node v = scalar(map, key, expected);
    if (!v.IsDefined())
        return std::nullopt;
    if (!allowed.contains(text(v))) {
        error(markOf(v), tr("\"%1\" must be %2, not \"%3\"").arg(keyName(key), expected, text(v)));
        return std::nullopt;
    }
    return text(v);
}

QStringList LabProfileReader::strings(const YAML::Node& map, const char* key)
{
    QStringList result;
    const YAML::Node v = map.IsMap() ? map[key] : YAML::Node();
    if (!sequence(v, keyName(key)))
        return result;
    for (const YAML::Node& item : v) {
        if (!item.IsScalar()) {
            error(markOf(item, markOf(v)), tr("the items of \"%1\" must be texts, not %2")
                                               .arg(keyName(key), shapeName(item)));
            continue;
        }
        result.append(text(item));
    }
    return result;
}

QMap<QString, QString> LabProfileReader::stringMap(const YAML::Node& map, const char* key)
{
    QMap<QString, QString> result;
    const YAML::Node v = map.IsMap() ? map[key] : YAML::Node();
    if (!v.IsDefined() || v.IsNull())
        return result;
    if (!v.IsMap()) {
        error(markOf(v, markOf(map)), tr("\"%1\" must be a mapping of texts, not %2").arg(keyName(key), shapeName(v)));
        return result;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (!it->second.IsScalar()) {
            error(markOf(it->second, markOf(it->first)),
                  tr("the value of \"%1\" in \"%2\" must be a text, not %3")
                      .arg(text(it->first), keyName(key), shapeName(it->second)));
            continue;
        }
        result.insert(text(it->first), text(it->second));
    }
    return result;
}

} // namespace lcl::lab
