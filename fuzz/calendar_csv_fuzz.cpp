// Calendar import from a table (ReadCalendarCsv: CSV/TSV in any encoding, or an XLSX sheet,
// docs/calendar-format.md "Importing from a table"). The first byte picks the encoding, the
// delimiter and whether the covered years are given; the rest is the file. Never crashes;
// an accepted calendar is one Calendar::Create takes, its holidays sorted by date, one per
// date, each in a covered year and named; written back as a CSV table (WriteCsv: tanggal,
// jenis, nama) it is read back the same (a name a spreadsheet would run as a formula comes
// back with WriteCsv's guard apostrophe).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "zi/io/calendar_csv.hpp"
#include "zi/io/table_writer.hpp"

namespace {

bool Guarded(const std::string& x) {
  return !x.empty() &&
         (x[0] == '=' || x[0] == '+' || x[0] == '-' || x[0] == '@' || x[0] == '\t' || x[0] == '\r');
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > zi_fuzz::kMaxInput) return -1;
  const uint8_t mode = data[0];
  zi::CalendarImportOptions o;
  static constexpr zi::TextEncoding kEnc[] = {zi::TextEncoding::kAuto, zi::TextEncoding::kUtf8,
                                              zi::TextEncoding::kUtf16, zi::TextEncoding::kCp1252};
  o.table.encoding = kEnc[mode & 3];
  static constexpr char kDelim[] = {0, ',', ';', '\t'};
  o.table.delimiter = kDelim[(mode >> 2) & 3];
  if (mode & 0x10) o.years = {2026};
  auto read = zi::ReadCalendarCsv(zi_fuzz::Text(data + 1, size - 1), "fuzz.csv", o);
  if (!read.ok()) {
    zi_fuzz::Check(!read.status().message().empty(), "a refused calendar table says why");
    return 0;
  }
  const zi::CalendarData& cal = *read;
  zi_fuzz::Check(zi::Calendar::Create(cal).ok(), "an imported calendar is a valid calendar");
  zi_fuzz::Check(!cal.holidays.empty() && !cal.years.empty(), "an imported calendar has holidays");
  for (size_t i = 0; i < cal.holidays.size(); ++i) {
    const zi::Holiday& h = cal.holidays[i];
    zi_fuzz::Check(i == 0 || cal.holidays[i - 1].date < h.date,
                   "holidays are sorted by date, one per date");
    zi_fuzz::Check(!h.name.empty(), "every holiday is named");
    bool covered = false;
    for (int y : cal.years) covered = covered || y == h.date.year();
    zi_fuzz::Check(covered, "every holiday is in a covered year");
  }

  // Round trip through the table writer.
  zi::TableSheet sheet;
  sheet.name = "Kalender";
  sheet.columns = {{"tanggal", 12, zi::ColumnFormat::kDate},
                   {"jenis", 16, zi::ColumnFormat::kText},
                   {"nama", 40, zi::ColumnFormat::kText}};
  for (const zi::Holiday& h : cal.holidays) {
    sheet.rows.push_back({h.date, zi::HolidayKindString(h), h.name});
  }
  zi::CalendarImportOptions back;
  back.name = cal.name;
  back.years = cal.years;
  back.table.encoding = zi::TextEncoding::kUtf8;
  back.table.delimiter = ',';
  auto again = zi::ReadCalendarCsv(zi::WriteCsv(sheet), "again.csv", back);
  zi_fuzz::Check(again.ok(), "a calendar written as a CSV table is read back");
  zi_fuzz::Check(again->years == cal.years && again->name == cal.name &&
                     again->holidays.size() == cal.holidays.size(),
                 "calendar table round trip keeps the years, the name and every holiday");
  for (size_t i = 0; i < cal.holidays.size(); ++i) {
    zi::Holiday want = cal.holidays[i];
    if (Guarded(want.name)) want.name = "'" + want.name;
    zi_fuzz::Check(again->holidays[i] == want, "calendar table round trip gives the same holidays");
  }
  return 0;
}
