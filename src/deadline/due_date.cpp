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
  // Dates stop at 9999-12-31 (zi/base/date.hpp; schedules refuse windows ending later): an
  // offset that would go past it stays on it, so no year 10000 is ever printed.
  constexpr Date kLastDay = Date::FromYmd(9999, 12, 31);
  if (d > kLastDay) return kLastDay;
  const Date adjusted = calendar.Adjust(d, policy.convention, uncovered);
  return adjusted > kLastDay ? kLastDay : adjusted;
}

}  // namespace v1
}  // namespace zi
