#include "zi/deadline/due_policy.hpp"

namespace zi {
inline namespace v1 {

std::string_view ToString(Convention c) {
  switch (c) {
    case Convention::kFollowing: return "following";
    case Convention::kModifiedFollowing: return "modified_following";
    case Convention::kPreceding: return "preceding";
    case Convention::kUnadjusted: return "unadjusted";
  }
  return "?";
}

std::string_view ToString(DueOffset o) {
  switch (o) {
    case DueOffset::kNone: return "none";
    case DueOffset::kWorkingDays: return "working_days";
    case DueOffset::kCalendarDays: return "calendar_days";
    case DueOffset::kDayOfNextMonth: return "day_of_next_month";
  }
  return "?";
}

std::optional<Convention> ParseConvention(std::string_view s) {
  if (s == "following") return Convention::kFollowing;
  if (s == "modified_following") return Convention::kModifiedFollowing;
  if (s == "preceding") return Convention::kPreceding;
  if (s == "unadjusted") return Convention::kUnadjusted;
  return std::nullopt;
}

std::optional<DueOffset> ParseDueOffset(std::string_view s) {
  if (s == "none") return DueOffset::kNone;
  if (s == "working_days") return DueOffset::kWorkingDays;
  if (s == "calendar_days") return DueOffset::kCalendarDays;
  if (s == "day_of_next_month") return DueOffset::kDayOfNextMonth;
  return std::nullopt;
}

}  // namespace v1
}  // namespace zi
