#include "zi/io/calendar_csv.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <map>
#include <set>

#include "internal/strings.hpp"
#include "internal/text.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::Cat;

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

std::optional<Date> ParseDateCell(const TableCell& cell, std::string* why) {
  if (cell.kind == CellKind::kNumber) {
    if (cell.date_format) {
      if (std::optional<int32_t> d = ExcelSerialToUnixDays(cell.number)) return Date::FromDays(*d);
    }
    *why = Cat("tanggal '", cell.text, "' bukan tanggal (YYYY-MM-DD atau DD/MM/YYYY)");
    return std::nullopt;
  }
  const std::string t = Trim(cell.text);
  if (absl::StatusOr<Date> iso = ParseIsoDate(t); iso.ok()) return *iso;
  // DD/MM/YYYY or DD-MM-YYYY, one- or two-digit day and month.
  const size_t a = t.find_first_of("/-");
  const size_t b = a == std::string::npos ? a : t.find(t[a], a + 1);
  if (a != std::string::npos && b != std::string::npos && a >= 1 && a <= 2 && b - a - 1 >= 1 &&
      b - a - 1 <= 2 && t.size() - b - 1 == 4 && internal::IsAsciiDigits(t.substr(0, a)) &&
      internal::IsAsciiDigits(t.substr(a + 1, b - a - 1)) &&
      internal::IsAsciiDigits(t.substr(b + 1))) {
    const int d = std::stoi(t.substr(0, a));
    const int m = std::stoi(t.substr(a + 1, b - a - 1));
    const int y = std::stoi(t.substr(b + 1));
    if (Date::IsValidYmd(y, m, d)) return Date::FromYmd(y, m, d);
  }
  *why = Cat("tanggal '", t, "' bukan tanggal yang sah (YYYY-MM-DD atau DD/MM/YYYY)");
  return std::nullopt;
}

// nullopt: not a holiday kind; "kerja" gives *working = true.
std::optional<std::pair<HolidayKind, std::string>> ParseKind(std::string_view raw, bool* working) {
  std::string k = internal::AsciiLower(Trim(raw));
  std::replace(k.begin(), k.end(), ' ', '_');
  *working = false;
  if (k == "kerja" || k == "hari_kerja") {
    *working = true;
    return std::nullopt;
  }
  if (k == "libur" || k == "ln") k = "libur_nasional";
  if (k == "cuti" || k == "cb") k = "cuti_bersama";
  if (k.rfind("libur_daerah", 0) == 0) {
    // "libur daerah sulteng" reads as libur_daerah:sulteng.
    if (k.size() > 12 && k[12] == '_') k[12] = ':';
  }
  return ParseHolidayKind(k);
}

int ColumnFor(const std::string& header) {
  const std::string h = internal::AsciiLower(Trim(header));
  if (h == "tanggal" || h == "date" || h == "tgl") return 0;
  if (h == "jenis" || h == "kind" || h == "keterangan jenis" || h == "tipe") return 1;
  if (h == "nama" || h == "name" || h == "keterangan" || h == "uraian") return 2;
  return -1;
}

}  // namespace

absl::StatusOr<CalendarData> ReadCalendarTable(const Table& table,
                                               const CalendarImportOptions& options) {
  std::vector<std::string> errors;
  size_t more = 0;
  const auto error = [&](std::string e) {
    if (errors.size() < 50) {
      errors.push_back(std::move(e));
    } else {
      ++more;
    }
  };
  std::array<int, 3> col = {0, 1, 2};
  size_t first = 0;
  // The first non-blank row is a header when its first cell is not a date.
  while (first < table.rows.size() &&
         std::all_of(table.rows[first].cells.begin(), table.rows[first].cells.end(),
                     [](const TableCell& c) { return c.empty(); })) {
    ++first;
  }
  if (first < table.rows.size()) {
    const TableRow& row = table.rows[first];
    std::string ignored;
    if (!row.cells.empty() && !ParseDateCell(row.cells[0], &ignored)) {
      std::array<int, 3> found = {-1, -1, -1};
      for (size_t c = 0; c < row.cells.size(); ++c) {
        const int which = ColumnFor(row.cells[c].text);
        if (which >= 0 && found[static_cast<size_t>(which)] < 0) {
          found[static_cast<size_t>(which)] = static_cast<int>(c);
        }
      }
      if (found[0] >= 0 && found[1] >= 0 && found[2] >= 0) {
        col = found;
        ++first;
      } else if (ColumnFor(row.cells[0].text) >= 0) {
        error(Cat(table.Where(row), ": baris judul harus memuat kolom tanggal, jenis dan nama"));
        ++first;
      }
    }
  }
  CalendarData data;
  data.name = options.name;
  data.description = options.description;
  data.source = options.source;
  data.status = options.status;
  std::map<int32_t, std::string> seen;  // date -> where
  std::set<int> years;
  for (size_t r = first; r < table.rows.size(); ++r) {
    const TableRow& row = table.rows[r];
    if (std::all_of(row.cells.begin(), row.cells.end(),
                    [](const TableCell& c) { return c.empty(); })) {
      continue;
    }
    const auto cell = [&](int c) -> TableCell {
      return static_cast<size_t>(c) < row.cells.size() ? row.cells[static_cast<size_t>(c)]
                                                        : TableCell{};
    };
    std::string why;
    const std::optional<Date> date = ParseDateCell(cell(col[0]), &why);
    if (!date) {
      error(Cat(table.Where(row, col[0]), ": ", why));
      continue;
    }
    bool working = false;
    const std::string kind_text = cell(col[1]).text;
    const std::optional<std::pair<HolidayKind, std::string>> kind = ParseKind(kind_text, &working);
    const std::string name = Trim(internal::CleanText(cell(col[2]).text));
    if (working) {
      if (Calendar::IsWeekend(*date)) {
        error(Cat(table.Where(row, col[1]), ": ", FormatIsoDate(*date),
                  " jatuh pada akhir pekan; kalender tidak dapat menjadikan Sabtu atau Minggu "
                  "hari kerja"));
      }
      continue;
    }
    if (!kind) {
      error(Cat(table.Where(row, col[1]), ": jenis '", Trim(kind_text),
                "' tidak dikenal (libur, cuti, libur daerah[:wilayah], kerja)"));
      continue;
    }
    if (name.empty()) {
      error(Cat(table.Where(row, col[2]), ": nama hari libur kosong"));
      continue;
    }
    if (auto [it, inserted] = seen.emplace(date->days(), table.Where(row)); !inserted) {
      error(Cat(table.Where(row, col[0]), ": tanggal ", FormatIsoDate(*date),
                " sudah ada di ", it->second));
      continue;
    }
    years.insert(date->year());
    Holiday h;
    h.date = *date;
    h.kind = kind->first;
    h.region = kind->second;
    h.name = name;
    data.holidays.push_back(std::move(h));
  }
  data.years = options.years.empty() ? std::vector<int>(years.begin(), years.end()) : options.years;
  std::sort(data.years.begin(), data.years.end());
  for (const Holiday& h : data.holidays) {
    if (!std::binary_search(data.years.begin(), data.years.end(), h.date.year())) {
      error(Cat(seen[h.date.days()], ": tanggal ", FormatIsoDate(h.date),
                " di luar tahun yang dicakup kalender"));
    }
  }
  if (data.holidays.empty() && errors.empty()) {
    error(Cat(table.source, ": tidak ada hari libur"));
  }
  if (!errors.empty()) {
    std::string message = internal::Join(errors, "\n");
    if (more > 0) internal::Append(&message, "\n… dan ", more, " kesalahan lainnya");
    return absl::InvalidArgumentError(message);
  }
  std::sort(data.holidays.begin(), data.holidays.end(),
            [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  if (data.name.empty()) data.name = Cat("ID-", data.years.front());
  // Calendar::Create checks the rest (name, regions, years in range).
  absl::StatusOr<Calendar> check = Calendar::Create(data);
  if (!check.ok()) return absl::InvalidArgumentError(Cat(table.source, ": ", check.status().message()));
  return data;
}

absl::StatusOr<CalendarData> ReadCalendarCsv(std::string_view bytes, std::string_view source,
                                             const CalendarImportOptions& options) {
  absl::StatusOr<Table> table = ReadTable(bytes, source, options.table);
  if (!table.ok()) return table.status();
  return ReadCalendarTable(*table, options);
}

}  // namespace v1
}  // namespace zi
