// zi calendar show: the holidays (hari libur) of a year and its working days per month.
#include <algorithm>
#include <ostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common.hpp"
#include "deadline_args.hpp"
#include "format.hpp"
#include "zi/io/calendar_csv.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/report_json.hpp"

namespace zi::cli {
namespace {

std::string KindLabel(const Holiday& h) {
  switch (h.kind) {
    case HolidayKind::kLiburNasional: return "libur nasional";
    case HolidayKind::kCutiBersama: return "cuti bersama";
    case HolidayKind::kLiburDaerah:
      return h.region.empty() ? "libur daerah" : absl::StrCat("libur daerah ", h.region);
  }
  return "?";
}

int RunShow(const Args& args, std::ostream& sink, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) {
    err << "zi: galat: " << output.status().message() << "\n";
    return kExitUsage;
  }
  absl::StatusOr<Calendar> calendar = LoadCalendarArg(args);
  if (!calendar.ok()) return Fail(err, calendar.status());
  const std::span<const int> years = calendar->years();
  const int y = YearArg(args, years.empty() ? 2026 : years.front());
  const CalendarYear summary = SummarizeCalendarYear(*calendar, y);
  const std::vector<Holiday>& holidays = summary.holidays;
  const std::vector<Diagnostic>& diags = summary.diagnostics;
  const bool cb_working = calendar->options().cuti_bersama_is_working_day;
  if (output->name == kFormatJson) {
    return WriteText(*output, WriteCalendarYearJson(*calendar, summary), sink, err);
  }
  std::ostringstream out;

  out << "Kalender " << calendar->name();
  if (!calendar->data().description.empty()) out << ": " << calendar->data().description;
  out << "\n";
  out << "Tahun " << y << ": "
      << (calendar->Covers(y) ? "tercakup"
                              : "tidak tercakup, hanya Sabtu dan Minggu dihitung libur")
      << "; cuti bersama " << (cb_working ? "dihitung hari kerja" : "dihitung hari libur")
      << "\n\n";
  int ln = 0, cb = 0, other = 0;
  for (const Holiday& h : holidays) {
    ln += h.kind == HolidayKind::kLiburNasional;
    cb += h.kind == HolidayKind::kCutiBersama;
    other += h.kind == HolidayKind::kLiburDaerah;
  }
  if (holidays.empty()) {
    out << "Hari libur " << y << ": "
        << (calendar->Covers(y) ? "tidak ada" : "tidak ada data (tahun tidak tercakup kalender)")
        << "\n";
  } else {
    out << "Hari libur " << y << " (" << holidays.size() << ": " << ln << " libur nasional, " << cb
        << " cuti bersama";
    if (other) out << ", " << other << " libur daerah";
    out << "):\n";
  }
  size_t label_width = 0;
  for (const Holiday& h : holidays) label_width = std::max(label_width, DisplayWidth(KindLabel(h)));
  for (const Holiday& h : holidays) {
    out << "  " << PadRight(DayName(h.date), 7) << " " << FormatIsoDate(h.date) << "  "
        << PadRight(KindLabel(h), label_width) << "  " << h.name;
    if (Calendar::IsWeekend(h.date)) {
      out << " (akhir pekan)";
    } else if (calendar->IsWorkingDay(h.date)) {
      out << " (hari kerja)";
    }
    out << "\n";
  }
  out << "\nHari kerja " << y << ":\n";
  for (int m = 1; m <= 12; ++m) {
    out << "  " << PadRight(MonthName(m), 10) << " "
        << PadLeft(std::to_string(summary.working_days[static_cast<size_t>(m - 1)]), 3) << "\n";
  }
  out << "  " << PadRight("Setahun", 10) << " " << PadLeft(std::to_string(summary.total), 3)
      << "\n";
  if (!diags.empty()) {
    out << "\n";
    PrintDiagnostics(out, diags);
  }
  return WriteText(*output, out.str(), sink, err);
}

const Register kShow{{"calendar show",
                      "daftar hari libur setahun (libur nasional, cuti bersama) dan jumlah hari "
                      "kerja per bulan",
                      "zi calendar show [--year Y] [--calendar NAMA|BERKAS] "
                      "[--cuti-bersama-working] [--format text|json] [-o BERKAS] [--json]",
                      WithOutputOptions(DeadlineSpec(), {kFormatText, kFormatJson}), RunShow}};

// zi calendar import FILE: a CSV/TSV/XLSX of date, kind, name as a zi.calendar/1 file.
int RunImport(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) {
    err << "zi: galat: " << output.status().message() << "\n";
    return kExitUsage;
  }
  CalendarImportOptions options;
  options.name = args.Option("--name").value_or("");
  options.description = args.Option("--description").value_or("");
  options.source = args.Option("--source").value_or("");
  if (auto st = args.Option("--status")) {
    std::optional<CalendarStatus> status = ParseCalendarStatus(*st);
    if (!status) {
      err << "zi: galat: --status harus confirmed atau provisional, bukan '" << *st << "'\n";
      return kExitUsage;
    }
    options.status = *status;
  }
  if (auto ys = args.Option("--years")) {
    for (absl::string_view part : absl::StrSplit(*ys, ',', absl::SkipEmpty())) {
      const std::optional<int64_t> y = ParseInt(std::string(part));
      if (!y || *y < 1 || *y > 9999) {
        err << "zi: galat: --years: '" << *ys << "' bukan daftar tahun 1..9999 (2026,2027)\n";
        return kExitUsage;
      }
      options.years.push_back(static_cast<int>(*y));
    }
  }
  if (auto e = args.Option("--encoding")) {
    std::optional<TextEncoding> enc = ParseTextEncoding(*e);
    if (!enc) {
      err << "zi: galat: --encoding harus auto, utf-8, utf-16 atau cp1252, bukan '" << *e << "'\n";
      return kExitUsage;
    }
    options.table.encoding = *enc;
  }
  options.table.sheet = args.Option("--sheet").value_or("");
  const std::string& path = args.positional()[0];
  absl::StatusOr<Table> table = ReadTableFile(path, options.table);
  if (!table.ok()) return Fail(err, table.status());
  absl::StatusOr<CalendarData> data = ReadCalendarTable(*table, options);
  if (!data.ok()) return Fail(err, data.status());
  absl::StatusOr<Calendar> calendar = Calendar::Create(*std::move(data));
  if (!calendar.ok()) return Fail(err, calendar.status());
  if (args.Option("-o")) {
    err << "zi: kalender " << calendar->name() << ": " << calendar->holidays().size()
        << " hari libur, tahun";
    for (int y : calendar->years()) err << " " << y;
    err << "\n";
  }
  return WriteText(*output, WriteCalendarJson(*calendar), out, err);
}

const Register kImport{{"calendar import",
                        "buat berkas kalender (zi.calendar/1) dari CSV/XLSX berkolom tanggal, "
                        "jenis (libur, cuti, libur daerah, kerja) dan nama",
                        "zi calendar import BERKAS.csv [-o kalender.json] [--name NAMA] "
                        "[--description TEKS] [--source TEKS] [--status confirmed|provisional] "
                        "[--years Y,...] [--encoding E] [--sheet NAMA]",
                        ArgSpec()
                            .Positional(1, 1)
                            .Text("-o")
                            .Text("--format")
                            .Formats({kFormatJson})
                            .Text("--name")
                            .Text("--description")
                            .Text("--source")
                            .Enum("--status", {"confirmed", "provisional"})
                            .Text("--years")
                            .Enum("--encoding", {"auto", "utf-8", "utf-16", "cp1252"},
                                  {"utf8", "utf16", "windows-1252", "latin1"})
                            .Text("--sheet"),
                        RunImport}};

}  // namespace
}  // namespace zi::cli
