// DuePolicy: how an occurrence's due date follows from its window end (docs/schedules.md,
// "Due dates").
#ifndef ZI_DUE_POLICY_HPP
#define ZI_DUE_POLICY_HPP

#include <optional>
#include <string_view>

namespace zi {
inline namespace v1 {

// Business-day conventions, in QuantLib's vocabulary.
enum class Convention {
  kFollowing,          // the first working day on or after the date
  kModifiedFollowing,  // following, unless that leaves the month; then preceding
  kPreceding,          // the last working day on or before the date
  kUnadjusted,         // the date itself, working day or not
};

enum class DueOffset {
  kNone,            // due = window end
  kWorkingDays,     // the n-th working day after window end (window end not counted)
  kCalendarDays,    // window end + n days
  kDayOfNextMonth,  // day `day` of the month after window end, clamped to month end
};

struct DuePolicy {
  DueOffset offset = DueOffset::kNone;
  int n = 0;    // with kWorkingDays / kCalendarDays
  int day = 0;  // with kDayOfNextMonth (1..31)
  Convention convention = Convention::kFollowing;

  friend bool operator==(const DuePolicy&, const DuePolicy&) = default;
};

std::string_view ToString(Convention c);  // "following", "modified_following", ...
std::string_view ToString(DueOffset o);   // "none", "working_days", ...
std::optional<Convention> ParseConvention(std::string_view s);
std::optional<DueOffset> ParseDueOffset(std::string_view s);

}  // namespace v1
}  // namespace zi

#endif  // ZI_DUE_POLICY_HPP
