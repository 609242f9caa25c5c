#include "labsim/cronschedule.h"

#include <array>
#include <cctype>
#include <ctime>
#include <map>
#include <sstream>
#include <vector>

namespace lcl::sim {

namespace {

struct FieldRange {
    int min;
    int max;
    const char* what;
    const std::map<std::string, int>* names;
};

const std::map<std::string, int> kMonthNames = {{"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4},  {"may", 5},  {"jun", 6},
                                                {"jul", 7}, {"aug", 8}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
const std::map<std::string, int> kDayNames = {{"sun", 0}, {"mon", 1}, {"tue", 2}, {"wed", 3},
                                              {"thu", 4}, {"fri", 5}, {"sat", 6}};

const std::array<FieldRange, 5> kFields = {{{0, 59, "minute", nullptr},
                                            {0, 23, "hour", nullptr},
                                            {1, 31, "day of month", nullptr},
                                            {1, 12, "month", &kMonthNames},
                                            {0, 7, "day of week", &kDayNames}}};

const std::map<std::string, std::string> kMacros = {{"@yearly", "0 0 1 1 *"}, {"@annually", "0 0 1 1 *"},
                                                    {"@monthly", "0 0 1 * *"}, {"@weekly", "0 0 * * 0"},
                                                    {"@daily", "0 0 * * *"},   {"@midnight", "0 0 * * *"},
                                                    {"@hourly", "0 * * * *"}};

constexpr std::int64_t kMinute = 60;
constexpr std::int64_t kSearchSeconds = 5LL * 366 * 86'400;

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator))
        parts.push_back(part);
    if (!text.empty() && text.back() == separator)
        parts.emplace_back();
    return parts;
}

std::string lower(std::string s)
{
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool number(const std::string& text, int* value)
{
    if (text.empty() || text.size() > 4)
        return false;
    int v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

bool value(const std::string& text, const FieldRange& range, int* out, std::string* error)
{
    if (number(text, out))
        return true;
    if (range.names) {
        const auto named = range.names->find(lower(text));
        if (named != range.names->end()) {
            *out = named->second;
            return true;
        }
    }
    *error = "failed to parse " + std::string(range.what) + " \"" + text + "\"";
    return false;
}

// One comma-separated field into `bits` (indexed by value); `star` when it was a plain `*` or `?`.
bool parseField(const std::string& field, const FieldRange& range, std::vector<bool>& bits, bool* star,
                std::string* error)
{
    bits.assign(static_cast<std::size_t>(range.max + 1), false);
    *star = false;
    for (const auto& part : split(field, ',')) {
        const auto stepParts = split(part, '/');
        if (part.empty() || stepParts.size() > 2 || stepParts[0].empty()) {
            *error = "invalid " + std::string(range.what) + " \"" + part + "\"";
            return false;
        }
        int step = 1;
        if (stepParts.size() == 2 && (!number(stepParts[1], &step) || step <= 0)) {
            *error = "step of range should be a positive number: " + part;
            return false;
        }
        int low = 0, high = 0;
        bool partStar = false;
        if (stepParts[0] == "*" || stepParts[0] == "?") {
            low = range.min;
            high = range.max == 7 ? 6 : range.max;
            partStar = step == 1;
        } else {
            const auto bounds = split(stepParts[0], '-');
            if (bounds.size() > 2) {
                *error = "too many hyphens: " + part;
                return false;
            }
            if (!value(bounds[0], range, &low, error))
                return false;
            high = low;
            if (bounds.size() == 2 && !value(bounds[1], range, &high, error))
                return false;
            if (bounds.size() == 1 && stepParts.size() == 2)
                high = range.max == 7 ? 6 : range.max; // "a/n" means a-max/n
        }
        if (low < range.min || high > range.max) {
            *error = std::string(range.what) + " out of range (" + std::to_string(range.min) + "-"
                + std::to_string(range.max) + "): " + part;
            return false;
        }
        if (low > high) {
            *error = "beginning of range (" + std::to_string(low) + ") beyond end of range (" + std::to_string(high)
                + "): " + part;
            return false;
        }
        for (int v = low; v <= high; v += step)
            bits[static_cast<std::size_t>(v)] = true;
        *star = *star || partStar;
    }
    return true;
}

std::tm utc(std::int64_t seconds)
{
    const auto t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return tm;
}

std::int64_t epoch(std::tm tm)
{
    return static_cast<std::int64_t>(timegm(&tm));
}

} // namespace

std::optional<CronSchedule> CronSchedule::parse(const std::string& expression, std::string* error)
{
    std::string dummy;
    std::string& why = error ? *error : dummy;
    std::istringstream in(expression);
    std::vector<std::string> fields;
    for (std::string f; in >> f;)
        fields.push_back(f);
    if (fields.empty()) {
        why = "empty spec string";
        return std::nullopt;
    }
    if (fields[0].front() == '@') {
        const auto macro = kMacros.find(lower(fields[0]));
        if (macro == kMacros.end() || fields.size() != 1) {
            why = "unrecognized descriptor: " + expression;
            return std::nullopt;
        }
        return parse(macro->second, error);
    }
    if (fields.size() != 5) {
        why = "expected exactly 5 fields, found " + std::to_string(fields.size()) + ": " + expression;
        return std::nullopt;
    }
    CronSchedule s;
    std::vector<bool> bits;
    bool star = false;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (!parseField(fields[i], kFields[i], bits, &star, &why))
            return std::nullopt;
        for (std::size_t v = 0; v < bits.size(); ++v) {
            if (!bits[v])
                continue;
            switch (i) {
            case 0: s.m_minutes.set(v); break;
            case 1: s.m_hours.set(v); break;
            case 2: s.m_days.set(v); break;
            case 3: s.m_months.set(v); break;
            default: s.m_weekdays.set(v % 7); break;
            }
        }
        if (i == 2)
            s.m_anyDay = star;
        if (i == 4)
            s.m_anyWeekday = star;
    }
    return s;
}

bool CronSchedule::dayMatches(int dayOfMonth, int dayOfWeek) const
{
    const bool dom = m_days.test(static_cast<std::size_t>(dayOfMonth));
    const bool dow = m_weekdays.test(static_cast<std::size_t>(dayOfWeek));
    return (m_anyDay || m_anyWeekday) ? dom && dow : dom || dow;
}

std::optional<std::int64_t> CronSchedule::nextWall(std::int64_t after) const
{
    std::int64_t t = after - ((after % kMinute) + kMinute) % kMinute + kMinute;
    const std::int64_t limit = after + kSearchSeconds;
    while (t <= limit) {
        std::tm tm = utc(t);
        if (!m_months.test(static_cast<std::size_t>(tm.tm_mon + 1))) {
            tm.tm_mon += 1; // timegm normalises month 12 into the next year
            tm.tm_mday = 1;
            tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
            t = epoch(tm);
        } else if (!dayMatches(tm.tm_mday, tm.tm_wday)) {
            tm.tm_mday += 1;
            tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
            t = epoch(tm);
        } else if (!m_hours.test(static_cast<std::size_t>(tm.tm_hour))) {
            t += (60 - tm.tm_min) * kMinute;
        } else if (!m_minutes.test(static_cast<std::size_t>(tm.tm_min))) {
            t += kMinute;
        } else {
            return t;
        }
    }
    return std::nullopt;
}

std::optional<std::int64_t> CronSchedule::previousWall(std::int64_t at) const
{
    std::int64_t t = at - ((at % kMinute) + kMinute) % kMinute;
    const std::int64_t limit = at - kSearchSeconds;
    while (t >= limit) {
        std::tm tm = utc(t);
        if (!m_months.test(static_cast<std::size_t>(tm.tm_mon + 1))) {
            tm.tm_mday = 1; // the last minute of the month before
            tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
            t = epoch(tm) - kMinute;
        } else if (!dayMatches(tm.tm_mday, tm.tm_wday)) {
            tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
            t = epoch(tm) - kMinute;
        } else if (!m_hours.test(static_cast<std::size_t>(tm.tm_hour))) {
            t -= (tm.tm_min + 1) * kMinute;
        } else if (!m_minutes.test(static_cast<std::size_t>(tm.tm_min))) {
            t -= kMinute;
        } else {
            return t;
        }
    }
    return std::nullopt;
}

bool CronSchedule::setTimeZone(const std::string& zone, std::string* error)
{
    if (zone.empty()) {
        m_zone = QTimeZone();
        return true;
    }
    QTimeZone z(QByteArray::fromStdString(zone));
    if (!z.isValid()) {
        if (error)
            *error = "unknown time zone " + zone;
        return false;
    }
    m_zone = std::move(z);
    return true;
}

// With a zone, time runs in stretches of one UTC offset between the zone's transitions. Within a stretch wall
// time is UTC plus that offset, so the wall-clock search answers there; an answer beyond the stretch's end is
// looked for again in the next one (the wall times a jump forward skips never come; those a jump back repeats
// come again).
std::optional<std::int64_t> CronSchedule::next(std::int64_t after) const
{
    if (!m_zone.isValid())
        return nextWall(after);
    const std::int64_t limit = after + kSearchSeconds;
    // `from`: answers are strictly after it; `inside`: a second of the stretch being searched.
    for (std::int64_t from = after, inside = after; from <= limit;) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(inside, QTimeZone::utc());
        const std::int64_t offset = m_zone.offsetFromUtc(at);
        const QTimeZone::OffsetData transition = m_zone.nextTransition(at);
        const std::int64_t end = transition.atUtc.isValid() ? transition.atUtc.toSecsSinceEpoch() : limit + 1;
        const auto wall = nextWall(from + offset);
        if (!wall)
            return std::nullopt;
        if (*wall - offset < end)
            return *wall - offset;
        from = end - 1; // the stretch ended first: on in the next one, from its first second
        inside = end;
    }
    return std::nullopt;
}

std::optional<std::int64_t> CronSchedule::previous(std::int64_t at) const
{
    if (!m_zone.isValid())
        return previousWall(at);
    const std::int64_t limit = at - kSearchSeconds;
    for (std::int64_t to = at; to >= limit;) {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(to, QTimeZone::utc());
        const std::int64_t offset = m_zone.offsetFromUtc(when);
        // The transition that began this stretch (at or before `to`).
        const QTimeZone::OffsetData transition = m_zone.previousTransition(when.addSecs(1));
        const std::int64_t start = transition.atUtc.isValid() ? transition.atUtc.toSecsSinceEpoch() : limit - 1;
        const auto wall = previousWall(to + offset);
        if (!wall)
            return std::nullopt;
        if (*wall - offset >= start)
            return *wall - offset;
        to = start - 1;
    }
    return std::nullopt;
}

} // namespace lcl::sim
