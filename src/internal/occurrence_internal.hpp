// Internal: the schedule and target resolution shared by the expansion and the lint, with
// a per-call cache of parsed phrases so that each distinct phrase is parsed once, over a
// per-thread cache that keeps them across calls: the lint, the occurrence limit and the
// expansion each resolve every plan's phrases, and the plans of a portfolio share most.
#ifndef ZI_SRC_OCCURRENCE_INTERNAL_HPP
#define ZI_SRC_OCCURRENCE_INTERNAL_HPP

#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/diagnostic.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/plan/plan.hpp"
#include "zi/deadline/schedule.hpp"

namespace zi::internal {

// Keys are views into the plan's strings: a cache lives no longer than its plan.
class ScheduleCache {
 public:
  explicit ScheduleCache(int year) : year_(year) {}
  const absl::StatusOr<Schedule>& Phrase(std::string_view phrase);
  const absl::StatusOr<Schedule>& Rrule(std::string_view rrule);
  // The target count, or nullopt when the target is empty or does not parse.
  std::optional<int> TargetCount(std::string_view target);
  int year() const { return year_; }

 private:
  int year_;
  // Parsed schedules are shared with the per-thread cache (which may drop its own reference
  // at any time; these keep theirs).
  using Parsed = std::shared_ptr<const absl::StatusOr<Schedule>>;
  std::unordered_map<std::string_view, Parsed> phrases_;
  std::unordered_map<std::string_view, Parsed> rrules_;
  std::unordered_map<std::string_view, std::optional<int>> targets_;
};

// ResolveIndicatorSchedule over a cache; the schedule points into the cache (nullptr
// when there is none). Diagnostics are appended to `out`.
const Schedule* ResolveSchedule(const Indicator& indicator, ScheduleCache& cache,
                                std::vector<Diagnostic>* out);

// The target distribution of an indicator with `occurrences` windows, appending
// `target_per_occurrence_assumed` / `target_uneven` to `out`.
TargetDistribution DistributeIndicatorTarget(const Indicator& indicator, const Schedule& schedule,
                                             ScheduleCache& cache, std::vector<Diagnostic>* out);

}  // namespace zi::internal

#endif  // ZI_SRC_OCCURRENCE_INTERNAL_HPP
