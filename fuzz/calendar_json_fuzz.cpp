// Calendar JSON (zi.calendar/1): ReadCalendarJson never crashes; an accepted calendar is
// written by WriteCalendarJson and read back equal.
#include "fuzz_common.hpp"
#include "zi/io/calendar_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > zi_fuzz::kMaxInput) return -1;
  auto calendar = zi::ReadCalendarJson(zi_fuzz::Text(data, size));
  if (!calendar.ok()) return 0;
  const std::string written = zi::WriteCalendarJson(*calendar);
  auto again = zi::ReadCalendarJson(written);
  zi_fuzz::Check(again.ok(), "a calendar written by WriteCalendarJson is read back");
  zi_fuzz::Check(*again == *calendar, "calendar JSON round trip gives the same calendar");
  zi_fuzz::Check(zi::WriteCalendarJson(*again) == written, "WriteCalendarJson is stable");
  return 0;
}
