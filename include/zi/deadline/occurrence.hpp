// Occurrences: a plan expanded into its dated deliverables (docs/schedules.md,
// "Occurrences and required counts" and "Due dates"; the term: docs/glossary.md).
//
// Each indicator's schedule gives windows in the plan year; each window becomes one
// occurrence with its due date (the indicator's effective due policy on the calendar)
// and its required count (the target distributed over the windows). Expansion is a pure,
// deterministic function of (plan, calendar).
#ifndef ZI_OCCURRENCE_HPP
#define ZI_OCCURRENCE_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "zi/deadline/calendar.hpp"
#include "zi/base/date.hpp"
#include "zi/base/diagnostic.hpp"
#include "zi/plan/plan.hpp"
#include "zi/deadline/schedule.hpp"

namespace zi {
inline namespace v1 {

struct Occurrence {
  std::string indicator_id;    // "6.2.1.1"
  size_t indicator_index = 0;  // position in Plan::indicators()
  int index = 0;               // 1-based within the indicator
  Date window_start;
  Date window_end;
  Date due;
  int required = 1;  // may be 0 for an uneven target smaller than the window count
  friend bool operator==(const Occurrence&, const Occurrence&) = default;
};

// How a target count was spread over the occurrences (docs/schedules.md, "Occurrences and
// required counts").
enum class TargetSplit {
  kEven,                  // N = n, n = 1, or N a multiple of n
  kPerOccurrenceAssumed,  // N = 1 and n > 1: read as 1 per occurrence (warning)
  kUneven,                // otherwise: floor(N/n) each, the first N mod n one more (warning)
};

struct TargetDistribution {
  std::vector<int> required;  // one per occurrence
  TargetSplit split = TargetSplit::kEven;
};

// Distributes a target count over `occurrences` windows. A count below 1 (no usable
// target) gives 1 per occurrence with kEven: the lint reports the missing target.
TargetDistribution DistributeTarget(int target_count, int occurrences);

// The schedule an indicator follows in plan year `year`, with what went wrong:
//   - with an rrule, the rrule wins; an invalid rrule is `rrule_invalid` (error, no
//     schedule); a phrase that parses to other windows is `schedule_rrule_mismatch`
//     (warning) and one that does not parse is `schedule_uses_rrule` (info);
//   - else the phrase; one that does not parse is `schedule_invalid` (error, no schedule);
//   - an empty phrase without rrule gives no schedule and no diagnostic (the lint's
//     `schedule_missing` covers it);
//   - `schedule_year_mismatch` (warning) when a window starts outside `year`.
// Diagnostics carry where = the indicator's id.
struct IndicatorSchedule {
  std::optional<Schedule> schedule;
  std::vector<Diagnostic> diagnostics;
};
IndicatorSchedule ResolveIndicatorSchedule(const Indicator& indicator, int year);

struct PlanOccurrences {
  // By indicator in document order, then by index.
  std::vector<Occurrence> occurrences;
  // Per indicator in document order (schedule and target findings, as listed above and
  // `target_per_occurrence_assumed`, `target_uneven`), then one
  // `calendar_year_not_covered` per year a due date needed that the calendar lacks.
  std::vector<Diagnostic> diagnostics;
};

// Expands every indicator of the plan. An indicator whose schedule has an error yields
// no occurrence; a missing or unreadable target counts as 1 per occurrence. Past
// kMaxOccurrencesPerPlan occurrences expansion stops, with one `occurrence_limit` error
// diagnostic (call CheckOccurrenceLimit first to refuse such a plan up front).
PlanOccurrences ExpandOccurrences(const Plan& plan, const Calendar& calendar);

// The most occurrences one plan may expand to (docs/limits.md): a real decree has a few
// hundred; scoring costs a few kilobytes per occurrence, so this bounds a plan's scoring
// memory well under 1 GB.
inline constexpr size_t kMaxOccurrencesPerPlan = 100000;

// The number of occurrences the plan expands to, from its schedules alone (no calendar,
// no due dates: linear in the plan, a few bytes per distinct schedule).
size_t CountOccurrences(const Plan& plan);
// OK, or InvalidArgument "plan has N occurrences (...), more than the 100000 a plan may
// have" when CountOccurrences(plan) > kMaxOccurrencesPerPlan.
absl::Status CheckOccurrenceLimit(const Plan& plan);

}  // namespace v1
}  // namespace zi

#endif  // ZI_OCCURRENCE_HPP
