#include "zi/deadline/due_date.hpp"

#include <algorithm>

namespace zi {
inline namespace v1 {

Date DueDate(Date window_end, const DuePolicy& policy, const Calendar& calendar,
             UncoveredYears* uncovered) {
  Date d = window_end;
  switch (policy.offset) {
    case DueOffset::kNone:
      break;
    case DueOffset::kWorkingDays:
      d = calendar.Advance(window_end, policy.n, uncovered);
      break;
    case DueOffset::kCalendarDays:
      d = window_end.AddDays(policy.n);
      break;
    case DueOffset::kDayOfNextMonth: {
      int y = window_end.year();
      int m = window_end.month() + 1;
      if (m > 12) m = 1, ++y;
      d = Date::FromYmd(y, m, std::clamp(policy.day, 1, Date::DaysInMonth(y, m)));
      break;
    }
  }
  return calendar.Adjust(d, policy.convention, uncovered);
}

}  // namespace v1
}  // namespace zi
