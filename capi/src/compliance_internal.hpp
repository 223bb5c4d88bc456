// Internals of the deadline, evidence, scoring and portfolio modules of the C ABI
// (calendar.cpp, schedule.cpp, evidence.cpp, scoring.cpp, portfolio.cpp). Nothing here is
// exported. The handle types below are what the opaque C types point to; each has one
// ZI_DEFINE_CONVERSIONS mapping, as in capi_internal.hpp.
#ifndef ZI_CAPI_COMPLIANCE_INTERNAL_HPP
#define ZI_CAPI_COMPLIANCE_INTERNAL_HPP

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "capi_internal.hpp"
#include "enums.hpp"
#include "zi/deadline/calendar.hpp"
#include "zi/deadline/due_policy.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/deadline/schedule.hpp"
#include "zi/compliance/scoring.hpp"

namespace zi::capi {

// ---- handles -----------------------------------------------------------------------

// zi_calendar: the Calendar value itself (it shares its holiday data between copies).
// zi_holiday: one Holiday of the calendar's data.

// zi_schedule: a parsed schedule and its warnings, as a zi_diagnostics to lend out.
struct ScheduleHandle {
  Schedule schedule;
  DiagnosticList diagnostics;
};

// zi_occurrences: a plan's occurrences as int32 columns (enum zi_occurrence_column), the
// indicator id of each row and, for a report's table, the credits. Built once, read-only.
struct OccurrenceTable {
  static constexpr size_t kColumns = 10;
  static constexpr size_t kPlanColumns = 6;  // the columns before ZI_OCCURRENCE_STATUS

  size_t count = 0;
  bool scored = false;
  std::array<std::vector<int32_t>, kColumns> columns;
  std::vector<std::string> indicator_ids;
  std::vector<double> credit;       // scored only: 0.0 when not assessed
  std::vector<uint8_t> has_credit;  // scored only
  DiagnosticList diagnostics;

  // One row of the plan columns.
  void AddOccurrence(const Occurrence& o);
};

// zi_evidence: EvidenceImport itself. zi_evidence_scope: EvidenceScope itself.

// zi_report: the report with the calendar it was scored on, its occurrence table and
// an index of its nodes by level and by id.
struct ReportHandle {
  ReportHandle(ComplianceReport r, Calendar c);

  ComplianceReport report;
  Calendar calendar;
  OccurrenceTable occurrences;  // scored; its diagnostics are the report's
  std::vector<const AspectScore*> aspects;
  std::vector<const IndicatorScore*> indicators;
  std::unordered_map<std::string, std::pair<int32_t, size_t>> by_id;  // first one wins
  std::string plan_id = "plan";
};

// zi_portfolio: the compiled portfolio and the calendar it was compiled with, if the
// caller gave one (otherwise each plan's own embedded calendar).
struct PortfolioHandle {
  CompiledPortfolio portfolio;
  std::optional<Calendar> calendar;
  // A synthetic portfolio's plan p, made again from its seed: how
  // zi_portfolio_synthetic_evidence reaches the plans of a portfolio that does not keep them.
  std::function<Plan(size_t)> synthetic_plan;
};

// zi_portfolio_scores: PortfolioScores itself.

ZI_DEFINE_CONVERSIONS(Calendar, zi_calendar)
ZI_DEFINE_CONVERSIONS(Holiday, zi_holiday)
ZI_DEFINE_CONVERSIONS(ScheduleHandle, zi_schedule)
ZI_DEFINE_CONVERSIONS(OccurrenceTable, zi_occurrences)
ZI_DEFINE_CONVERSIONS(EvidenceImport, zi_evidence)
ZI_DEFINE_CONVERSIONS(EvidenceScope, zi_evidence_scope)
ZI_DEFINE_CONVERSIONS(ReportHandle, zi_report)
ZI_DEFINE_CONVERSIONS(PortfolioHandle, zi_portfolio)
ZI_DEFINE_CONVERSIONS(PortfolioScores, zi_portfolio_scores)

// ---- values ------------------------------------------------------------------------

// Dates the C API accepts: 0001-01-01 .. 9999-12-31 (ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS).
inline bool DateInRange(int32_t days) noexcept {
  return days >= ZI_DATE_MIN_DAYS && days <= ZI_DATE_MAX_DAYS;
}
// ZI_ERANGE naming the argument: "as_of: date 3000000 (days since 1970-01-01) is outside ...".
zi_status DateOutOfRange(std::string_view what, int32_t days) noexcept;

// The largest |n| of zi_calendar_advance and of a due policy's working or calendar days.
inline constexpr int32_t kMaxDayCount = 1000000;

// Checks an optional calendar_options struct and fills `out`.
zi_status ReadCalendarOptions(const zi_calendar_options* opts, CalendarOptions* out) noexcept;
// The given calendar, or else the plan's own embedded one (ZI_ENOTFOUND when missing).
zi_status ResolveCalendar(const zi_calendar* calendar, const Plan& plan, Calendar* out);

// Copies a list of findings into a table for zi_diagnostics. Messages may quote input;
// a NUL character in one is written as the text \u0000 so that strlen() stays exact.
std::vector<Diagnostic> CleanDiagnostics(std::vector<Diagnostic> diagnostics);
// The same for one string.
std::string WithoutNul(std::string text);

// Fills a table from occurrences already expanded (not scored).
void FillOccurrences(OccurrenceTable& table, const PlanOccurrences& occurrences);

// ZI_OK when a caller array of capacity n holds `needed` values, else ZI_ERANGE naming
// the array (`what`); the caller then writes nothing.
zi_status CheckCapacity(size_t n, size_t needed, std::string_view what) noexcept;

}  // namespace zi::capi

#endif  // ZI_CAPI_COMPLIANCE_INTERNAL_HPP
