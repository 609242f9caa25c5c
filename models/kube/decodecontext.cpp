#include "kube/decodecontext.h"

#include "core/quantity.h"

#include <algorithm>

namespace lcl::kube::detail {
namespace {

constexpr size_t kInternerLimit = 200000;

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Days since 1970-01-01 of a civil date (proleptic Gregorian).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool digits(std::string_view s, size_t pos, size_t count, int* out)
{
    if (pos + count > s.size())
        return false;
    int value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        value = value * 10 + (s[i] - '0');
    }
    *out = value;
    return true;
}

} // namespace

const QString& Interner::get(std::string_view text)
{
    if (const auto it = m_strings.find(text); it != m_strings.end())
        return it->second;
    if (m_strings.size() >= kInternerLimit)
        m_strings.clear();
    return m_strings.emplace(std::string(text), fromUtf8(text)).first->second;
}

QString DecodeContext::string(sj::value& v)
{
    switch (v.type()) {
    case sj::json_type::string:
        return fromUtf8(v.get_string());
    case sj::json_type::number:
    case sj::json_type::boolean: {
        std::string_view raw = v.raw_json_token();
        while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
            raw.remove_suffix(1);
        return fromUtf8(raw);
    }
    default:
        return {};
    }
}

const QString& DecodeContext::interned(sj::value& v)
{
    static const QString empty;
    if (v.type() != sj::json_type::string)
        return empty;
    return m_interner.get(v.get_string());
}

qint64 toInt(sj::value& v)
{
    switch (v.type()) {
    case sj::json_type::number: {
        sj::number n = v.get_number();
        if (n.is_double())
            return qint64(n.get_double());
        if (n.is_uint64())
            return qint64(std::min<uint64_t>(n.get_uint64(), uint64_t(std::numeric_limits<qint64>::max())));
        return n.get_int64();
    }
    case sj::json_type::string: {
        const std::string_view s = v.get_string();
        bool ok = false;
        const qint64 value = QByteArray(s.data(), qsizetype(s.size())).toLongLong(&ok);
        return ok ? value : 0;
    }
    default:
        return 0;
    }
}

bool toBool(sj::value& v)
{
    switch (v.type()) {
    case sj::json_type::boolean:
        return v.get_bool();
    case sj::json_type::string:
        return std::string_view(v.get_string()) == "true";
    default:
        return false;
    }
}

qint64 parseRfc3339(std::string_view s)
{
    // 2026-08-22T10:00:00Z, 2026-08-22T10:00:00.123456Z, 2026-08-22T12:00:00+02:00
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
    if (!digits(s, 0, 4, &y) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, &mo) || s[7] != '-'
        || !digits(s, 8, 2, &d) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, &h)
        || s[13] != ':' || !digits(s, 14, 2, &mi) || s[16] != ':' || !digits(s, 17, 2, &se))
        return 0;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60)
        return 0;
    size_t pos = 19;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
            ++pos;
    }
    qint64 offset = 0;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int oh = 0, om = 0;
        if (!digits(s, pos + 1, 2, &oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, &om))
            return 0;
        offset = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
    } else if (pos >= s.size() || (s[pos] != 'Z' && s[pos] != 'z')) {
        return 0;
    }
    return daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + se - offset;
}

qint64 toTime(sj::value& v)
{
    if (v.type() != sj::json_type::string)
        return 0;
    return parseRfc3339(v.get_string());
}

qint64 toQuantityMilli(sj::value& v)
{
    if (v.type() == sj::json_type::number)
        return toInt(v) * 1000;
    if (v.type() != sj::json_type::string)
        return 0;
    const auto q = Quantity::parse(std::string_view(v.get_string()));
    return q ? q->milliValue() : 0;
}

Labels decodeLabels(DecodeContext& ctx, sj::value& v)
{
    Labels labels;
    forEachField(v, [&](std::string_view key, sj::value& value) {
        labels.append({ctx.intern(key), ctx.interned(value)});
    });
    std::sort(labels.begin(), labels.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return labels;
}

Labels decodeSelector(DecodeContext& ctx, sj::value& v)
{
    Labels labels;
    forEachField(v, [&](std::string_view key, sj::value& value) {
        if (key == "matchLabels")
            labels = decodeLabels(ctx, value);
    });
    return labels;
}

void decodeMeta(DecodeContext& ctx, sj::value& v, ObjectMeta& meta)
{
    forEachField(v, [&](std::string_view key, sj::value& value) {
        if (key == "name")
            meta.name = ctx.string(value);
        else if (key == "namespace")
            meta.ns = ctx.interned(value);
        else if (key == "uid")
            meta.uid = ctx.string(value);
        else if (key == "resourceVersion")
            meta.resourceVersion = ctx.string(value);
        else if (key == "labels")
            meta.labels = decodeLabels(ctx, value);
        else if (key == "creationTimestamp")
            meta.created = toTime(value);
        else if (key == "deletionTimestamp")
            meta.deleted = toTime(value);
        else if (key == "generation")
            meta.generation = toInt(value);
        else if (key == "ownerReferences") {
            forEachElement(value, [&](sj::value& ref) {
                OwnerRef owner;
                forEachField(ref, [&](std::string_view k, sj::value& f) {
                    if (k == "kind")
                        owner.kind = ctx.interned(f);
                    else if (k == "name")
                        owner.name = ctx.string(f);
                    else if (k == "uid")
                        owner.uid = ctx.string(f);
                    else if (k == "controller")
                        owner.controller = toBool(f);
                });
                meta.owners.append(std::move(owner));
            });
        }
    });
}

QList<Condition> decodeConditions(DecodeContext& ctx, sj::value& v)
{
    QList<Condition> list;
    forEachElement(v, [&](sj::value& item) {
        Condition c;
        forEachField(item, [&](std::string_view key, sj::value& f) {
            if (key == "type")
                c.type = ctx.interned(f);
            else if (key == "status")
                c.status = ctx.interned(f);
            else if (key == "reason")
                c.reason = ctx.interned(f);
            else if (key == "message")
                c.message = ctx.string(f);
            else if (key == "lastTransitionTime")
                c.lastTransition = toTime(f);
        });
        list.append(std::move(c));
    });
    return list;
}

QStringList decodeStringList(DecodeContext& ctx, sj::value& v)
{
    QStringList list;
    forEachElement(v, [&](sj::value& item) { list.append(ctx.interned(item)); });
    return list;
}

void decodeTemplateImages(DecodeContext& ctx, sj::value& templ, QStringList& images)
{
    forEachField(templ, [&](std::string_view key, sj::value& spec) {
        if (key != "spec")
            return;
        forEachField(spec, [&](std::string_view k, sj::value& containers) {
            if (k != "containers")
                return;
            forEachElement(containers, [&](sj::value& c) {
                forEachField(c, [&](std::string_view ck, sj::value& f) {
                    if (ck == "image")
                        images.append(ctx.interned(f));
                });
            });
        });
    });
}

} // namespace lcl::kube::detail
