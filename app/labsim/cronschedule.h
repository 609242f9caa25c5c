#pragma once

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>

namespace lcl::sim {

// A standard 5-field cron schedule (minute hour day-of-month month day-of-week) as the cronjob controller reads
// spec.schedule: `*`, `?`, lists, ranges, steps (`*/n`, `a-b/n`, `a/n`), month and weekday names, the @hourly,
// @daily (@midnight), @weekly, @monthly and @yearly (@annually) macros. When both day fields are restricted a
// day matching either fires (Vixie cron's rule); a `*` in one leaves the other alone. Times are UTC seconds.
class CronSchedule final {
public:
    // The schedule, or nullopt with `error` set to why not ("expected exactly 5 fields, found 4: ...").
    static std::optional<CronSchedule> parse(const std::string& expression, std::string* error = nullptr);

    // The first matching minute strictly after `after`; nullopt when none within five years (`0 0 30 2 *`).
    std::optional<std::int64_t> next(std::int64_t after) const;
    // The last matching minute at or before `at`; nullopt when none within five years.
    std::optional<std::int64_t> previous(std::int64_t at) const;

private:
    bool dayMatches(int dayOfMonth, int dayOfWeek) const;

    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;   // 1..31
    std::bitset<13> m_months; // 1..12
    std::bitset<7> m_weekdays; // 0 (Sunday) .. 6
    bool m_anyDay = false;     // the day-of-month field was `*`
    bool m_anyWeekday = false; // the day-of-week field was `*`
};

} // namespace lcl::sim
