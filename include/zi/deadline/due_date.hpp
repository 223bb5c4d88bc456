// Due dates (docs/schedules.md, "Due dates"): due = policy(window end), then adjusted to a
// working day.
#ifndef ZI_DUE_DATE_HPP
#define ZI_DUE_DATE_HPP

#include "zi/deadline/calendar.hpp"
#include "zi/base/date.hpp"
#include "zi/deadline/due_policy.hpp"

namespace zi {
inline namespace v1 {

// The due date of a window ending on `window_end`:
//   none                 window end;
//   working_days N       the N-th working day after window end (window end not counted;
//                        N = 0 means window end itself, N < 0 counts backwards);
//   calendar_days N      window end + N days;
//   day_of_next_month D  day D of the month after window end, clamped to that month's
//                        last day (D below 1 counts as 1);
// then moved to a working day by policy.convention (default following). Years the
// calendar does not cover are weekends-only and are added to `uncovered`.
Date DueDate(Date window_end, const DuePolicy& policy, const Calendar& calendar,
             UncoveredYears* uncovered = nullptr);

}  // namespace v1
}  // namespace zi

#endif  // ZI_DUE_DATE_HPP
