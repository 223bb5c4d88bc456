// Reading and writing calendars in the `zi.calendar/1` JSON format
// (docs/calendar-format.md), and the calendars embedded in the library.
#ifndef ZI_CALENDAR_JSON_HPP
#define ZI_CALENDAR_JSON_HPP

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/deadline/calendar.hpp"

namespace zi {
inline namespace v1 {

inline constexpr std::string_view kCalendarFormat = "zi.calendar/1";

// Parses a calendar. Errors are InvalidArgument and say where: "line 3, column 7" for JSON
// syntax, a JSON pointer ("/holidays/4/kind") and what was expected for everything else.
// Unknown fields, duplicate dates, unknown kinds and holidays outside the covered years
// are errors. `source_name` prefixes the messages ("ID-2026.json: ...").
absl::StatusOr<Calendar> ReadCalendarJson(std::string_view json,
                                          std::string_view source_name = "",
                                          CalendarOptions options = {});
// Reads a file (NotFound when it cannot be opened) and parses it.
absl::StatusOr<Calendar> LoadCalendarFile(const std::string& path, CalendarOptions options = {});

// Canonical form: fields in documented order, holidays by date, two-space indentation,
// trailing newline. Reading the output gives an equal calendar. Options are not stored.
std::string WriteCalendarJson(const Calendar& calendar);

// The names of the calendars embedded in the library (data/calendars/*.json), sorted.
std::vector<std::string> EmbeddedCalendarNames();
// An embedded calendar by its name ("ID-2026"); NotFound lists the known names.
// Parsed once per process and shared. DefaultCalendar() and CalendarForPlan() are in
// zi/defaults.hpp.
absl::StatusOr<Calendar> EmbeddedCalendar(std::string_view name, CalendarOptions options = {});

}  // namespace v1
}  // namespace zi

#endif  // ZI_CALENDAR_JSON_HPP
