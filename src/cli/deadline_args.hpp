// Options shared by the deadline commands (schedule, calendar): the calendar, the due
// policy, and Indonesian names for days and months.
#ifndef ZI_CLI_DEADLINE_ARGS_HPP
#define ZI_CLI_DEADLINE_ARGS_HPP

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "args.hpp"
#include "zi/base/date.hpp"
#include "zi/deadline/calendar.hpp"
#include "zi/deadline/due_policy.hpp"

namespace zi::cli {

// --calendar NAME|FILE (an embedded calendar's name, else a zi.calendar/1 file; default
// ID-<--year> when built in, else ID-2026) with --cuti-bersama-working.
absl::StatusOr<Calendar> LoadCalendarArg(const Args& args);
// --year Y (declared by DeadlineSpec), else `fallback`.
int YearArg(const Args& args, int fallback);
// --year, --calendar and --cuti-bersama-working.
ArgSpec DeadlineSpec();
// --due none|working_days:N|calendar_days:N|day_of_next_month:D and
// --convention following|modified_following|preceding|unadjusted.
absl::StatusOr<DuePolicy> DuePolicyArg(const Args& args);

std::string_view DayName(Date d);       // "Senin" ... "Minggu"
std::string_view MonthName(int month);  // "Januari" ... "Desember"
// "akhir periode", "5 hari kerja setelah akhir periode", ... plus the convention.
std::string DescribeDuePolicy(const DuePolicy& p);

}  // namespace zi::cli

#endif  // ZI_CLI_DEADLINE_ARGS_HPP
