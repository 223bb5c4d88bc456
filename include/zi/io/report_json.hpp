// JSON reports of plans, calendars, schedules, portfolios and LKE suggestions, as
// `zi ... --json` prints them. Like the other writers, two-space indentation and a
// trailing newline; the C API and Python return the same text.
#ifndef ZI_REPORT_JSON_HPP
#define ZI_REPORT_JSON_HPP

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "zi/base/date.hpp"
#include "zi/base/diagnostic.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/deadline/calendar.hpp"
#include "zi/deadline/due_policy.hpp"
#include "zi/deadline/schedule.hpp"
#include "zi/lke/suggest.hpp"
#include "zi/plan/plan.hpp"

namespace zi {
inline namespace v1 {

// ---- names and numbers the reports share with the human-readable output ---------------

std::string_view IndonesianDayName(Date d);       // "Senin" ... "Minggu"
std::string_view IndonesianMonthName(int month);  // "Januari" ... "Desember"; "?" otherwise
// Up to `decimals` places, without trailing zeros ("0.25", "3", never "-0").
std::string FormatPlainNumber(double x, int decimals = 2);

// ---- zi plan show / zi plan lint ------------------------------------------------------

// Satker, counts and every indicator with its komponen, aspek and kegiatan.
std::string WritePlanSummaryJson(const Plan& plan);
// Satker, year, error and warning counts and the diagnostics (of LintPlan).
std::string WritePlanLintJson(const Plan& plan, std::span<const Diagnostic> diagnostics);

// ---- zi calendar show -----------------------------------------------------------------

// One year of a calendar: its holidays and working days per month.
struct CalendarYear {
  int year = 0;
  std::vector<Holiday> holidays;        // in date order
  std::array<int, 12> working_days{};   // per month, January first
  int total = 0;                        // working days of the year
  std::vector<Diagnostic> diagnostics;  // the year is not covered by the calendar
};
CalendarYear SummarizeCalendarYear(const Calendar& calendar, int year);
std::string WriteCalendarYearJson(const Calendar& calendar, const CalendarYear& year);

// ---- zi schedule parse ----------------------------------------------------------------

// The due date of each window of a schedule, and the schedule's and calendar's findings
// (with `where` "target waktu").
struct ScheduleDues {
  std::vector<Date> due;  // one per window
  std::vector<Diagnostic> diagnostics;
};
ScheduleDues ScheduleDueDates(const Schedule& schedule, const DuePolicy& policy,
                              const Calendar& calendar);
std::string WriteScheduleJson(const Schedule& schedule, int year, const Calendar& calendar,
                              const DuePolicy& policy, const ScheduleDues& dues);

// ---- zi portfolio ---------------------------------------------------------------------

// As of the scores' date: per satker its score, component scores and occurrence counts,
// the ranking and the roll-ups (at or above `threshold`). `scores` must come from
// `portfolio` (or a portfolio with the same plans).
std::string WritePortfolioJson(const CompiledPortfolio& portfolio, const PortfolioScores& scores,
                               double threshold);

// ---- zi lke suggest -------------------------------------------------------------------

// A choice as written ("B"), a number as FormatPlainNumber(x, 4).
std::string LkeAnswerText(const LkeAnswer& answer);
std::string WriteLkeSuggestionsJson(std::span<const LkeSuggestion> suggestions, Date as_of,
                                    std::string_view satker);

}  // namespace v1
}  // namespace zi

#endif  // ZI_REPORT_JSON_HPP
