#pragma once

#include <QTimeZone>

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>

namespace lcl::sim {

// A standard 5-field cron schedule (minute hour day-of-month month day-of-week) as the cronjob controller reads
// spec.schedule: `*`, `?`, lists, ranges, steps (`*/n`, `a-b/n`, `a/n`), month and weekday names, the @hourly,
// @daily (@midnight), @weekly, @monthly and @yearly (@annually) macros. When both day fields are restricted a
// day matching either fires (Vixie cron's rule); a `*` in one leaves the other alone. Times are UTC seconds.
//
// The fields are read in UTC, or in the wall-clock time of spec.timeZone (setTimeZone). Like the real
// controller's cron library, a time that a daylight-saving jump skips does not fire that day, and one that the
// clock passes twice fires twice.
class CronSchedule final {
public:
    // The schedule, or nullopt with `error` set to why not ("expected exactly 5 fields, found 4: ...").
    static std::optional<CronSchedule> parse(const std::string& expression, std::string* error = nullptr);

    // An IANA zone name ("Europe/Berlin"); empty means UTC. False with `error` set when the zone is unknown.
    bool setTimeZone(const std::string& zone, std::string* error = nullptr);

    // The first matching minute strictly after `after`; nullopt when none within five years (`0 0 30 2 *`).
    std::optional<std::int64_t> next(std::int64_t after) const;
    // The last matching minute at or before `at`; nullopt when none within five years.
    std::optional<std::int64_t> previous(std::int64_t at) const;

private:
    // The same, with the fields read against `seconds` as if they were UTC (wall-clock seconds).
    std::optional<std::int64_t> nextWall(std::int64_t after) const;
    std::optional<std::int64_t> previousWall(std::int64_t at) const;
    bool dayMatches(int dayOfMonth, int dayOfWeek) const;

    QTimeZone m_zone; // invalid: UTC

    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;   // 1..31
    std::bitset<13> m_months; // 1..12
    std::bitset<7> m_weekdays; // 0 (Sunday) .. 6
    bool m_anyDay = false;     // the day-of-month field was `*`
    bool m_anyWeekday = false; // the day-of-week field was `*`
};

} // namespace lcl::sim
