// Schedules: the decree's "target waktu pelaksanaan" phrases (docs/schedules.md,
// "Phrases") and the explicit RFC 5545 RRULE subset, turned into the occurrence windows
// of one plan year.
//
// docs/schedules.md is the reference: the grammar of every family, how a year-less
// month gets its year, what a period is for each RRULE FREQ, and which RRULE each
// phrase maps to.
#ifndef ZI_SCHEDULE_HPP
#define ZI_SCHEDULE_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/date.hpp"
#include "zi/base/diagnostic.hpp"

namespace zi {
inline namespace v1 {

enum class ScheduleFamily {
  kSingleMonth,   // "Januari 2026", "Desember", "Bulan Juli 2026": 1 window, the month
  kMonthRange,    // "Januari s.d. Februari 2026": 1 window, first .. last month
  kMonthList,     // "Maret, Juni, September dan Desember 2026": 1 window per month
  kRecurring,     // "Per Triwulan", "Setiap Bulan", "Mingguan": calendar periods of year Y
  kNamedPeriods,  // "Triwulan I", "Semester I dan II", "TW II - IV": the named periods
  kRrule,         // an explicit RRULE (ParseRrule)
};

// "single_month", "month_range", "month_list", "recurring", "named_periods", "rrule".
std::string_view ToString(ScheduleFamily family);

// One occurrence window, both ends inclusive.
struct Window {
  Date start;
  Date end;
  friend bool operator==(const Window&, const Window&) = default;
};

struct Schedule {
  ScheduleFamily family = ScheduleFamily::kSingleMonth;
  // The phrase after markup removal and whitespace collapsing, or the RRULE as given.
  std::string text;
  // In time order, never empty, never overlapping.
  std::vector<Window> windows;
  // The years written in the phrase, ascending (empty when none is written).
  std::vector<int> years;
  // An RRULE that ParseRrule(rrule, year) expands to exactly `windows`, in canonical
  // form (docs/schedules.md); empty when no rule of the subset does. For a parsed RRULE,
  // the rule itself in canonical form.
  std::string rrule;
  // Warnings about an accepted schedule: `schedule_year_mismatch` when a window starts
  // outside the plan year. `where` is left empty for the caller; field is "schedule".
  std::vector<Diagnostic> diagnostics;
};

// Parses a schedule phrase for plan year `year` (1..9999); a month without a year
// takes the year written after it, else the one before it, else `year`. Errors are
// InvalidArgument naming the phrase and the first token not understood:
//   target waktu "Per Windu": "Windu" is not understood (expected triwulan, ...)
// An empty phrase, a range that ends before it starts, and a list that repeats or goes
// back in time are errors too.
absl::StatusOr<Schedule> ParseSchedule(std::string_view phrase, int year);

// Parses and expands an RRULE of the subset FREQ=MONTHLY|WEEKLY|YEARLY, INTERVAL,
// BYMONTH, BYMONTHDAY (incl. negative), COUNT, UNTIL=YYYYMMDD within year `year`: one
// window per generated period (docs/schedules.md). An optional "RRULE:" prefix is
// accepted; names are case-insensitive. Errors are InvalidArgument naming the part:
//   rrule "FREQ=DAILY": FREQ=DAILY is not supported (expected MONTHLY, WEEKLY or YEARLY)
absl::StatusOr<Schedule> ParseRrule(std::string_view rrule, int year);

}  // namespace v1
}  // namespace zi

#endif  // ZI_SCHEDULE_HPP
