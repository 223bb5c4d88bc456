// Calendars from a table (docs/calendar-format.md, "Importing from a table"): a CSV, TSV
// or XLSX sheet of date, kind and name, one holiday a row, as a Tim ZI copies it from the
// SKB, turned into a calendar in the zi.calendar/1 model (write it with
// WriteCalendarJson).
#ifndef ZI_IO_CALENDAR_CSV_HPP
#define ZI_IO_CALENDAR_CSV_HPP

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/deadline/calendar.hpp"
#include "zi/io/table.hpp"

namespace zi {
inline namespace v1 {

struct CalendarImportOptions {
  std::string name;         // the calendar's name; empty: "ID-<first year>"
  std::string description;  // optional
  std::string source;       // optional: the decree the dates come from
  CalendarStatus status = CalendarStatus::kUnspecified;
  // The years the list is complete for; empty: every year a row is dated in.
  std::vector<int> years;
  TableReadOptions table;
};

// Rows: date (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY; in XLSX also a date cell), kind, name.
// An optional header row names the columns (tanggal/date, jenis/kind, nama/keterangan/name,
// any order). Kinds: libur, libur nasional, libur_nasional; cuti, cuti bersama,
// cuti_bersama; libur daerah[:region], libur_daerah[:region]; kerja / hari kerja (a
// working day: checked, not stored, since every weekday that is not a holiday already
// is one). Blank rows are skipped. InvalidArgument lists every bad row by file:line
// (or Sheet!cell) and why, at most 50, then how many more.
absl::StatusOr<CalendarData> ReadCalendarTable(const Table& table,
                                               const CalendarImportOptions& options = {});
absl::StatusOr<CalendarData> ReadCalendarCsv(std::string_view bytes, std::string_view source,
                                             const CalendarImportOptions& options = {});

}  // namespace v1
}  // namespace zi

#endif  // ZI_IO_CALENDAR_CSV_HPP
