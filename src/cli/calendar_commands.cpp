// zi calendar show: the holidays (hari libur) of a year and its working days per month.
#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>
#include <ostream>

#include "cli/common.hpp"
#include "cli/deadline_args.hpp"
#include "internal/json_io.hpp"
#include "internal/strings.hpp"

namespace zi::cli {
namespace internal = ::zi::internal;
namespace {

namespace json = boost::json;

std::string KindLabel(const Holiday& h) {
  switch (h.kind) {
    case HolidayKind::kLiburNasional: return "libur nasional";
    case HolidayKind::kCutiBersama: return "cuti bersama";
    case HolidayKind::kLiburDaerah:
      return h.region.empty() ? "libur daerah" : internal::Cat("libur daerah ", h.region);
  }
  return "?";
}

int RunShow(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Calendar> calendar = LoadCalendarArg(args);
  if (!calendar.ok()) return Fail(err, calendar.status());
  const std::span<const int> years = calendar->years();
  absl::StatusOr<int> year = YearArg(args, years.empty() ? 2026 : years.front());
  if (!year.ok()) return Fail(err, year.status());
  const int y = *year;

  UncoveredYears uncovered;
  std::vector<int> per_month;
  int total = 0;
  for (int m = 1; m <= 12; ++m) {
    const Date first = Date::FromYmd(y, m, 1);
    const Date last = Date::FromYmd(y, m, Date::DaysInMonth(y, m));
    per_month.push_back(calendar->WorkingDaysBetween(first, last, true, true, &uncovered));
    total += per_month.back();
  }
  const std::vector<Diagnostic> diags = UncoveredYearDiagnostics(*calendar, uncovered);
  const std::span<const Holiday> holidays = calendar->HolidaysIn(y);
  const bool cb_working = calendar->options().cuti_bersama_is_working_day;

  if (args.Flag("--json")) {
    json::object root;
    root["calendar"] = calendar->name();
    root["year"] = y;
    root["covered"] = calendar->Covers(y);
    root["cuti_bersama_is_working_day"] = cb_working;
    json::array hs;
    for (const Holiday& h : holidays) {
      json::object o;
      o["date"] = FormatIsoDate(h.date);
      o["day"] = DayName(h.date);
      o["kind"] = HolidayKindString(h);
      o["name"] = h.name;
      o["working_day"] = calendar->IsWorkingDay(h.date);
      hs.push_back(std::move(o));
    }
    root["holidays"] = std::move(hs);
    json::array months;
    for (int m = 1; m <= 12; ++m) {
      json::object o;
      o["month"] = m;
      o["name"] = MonthName(m);
      o["working_days"] = per_month[static_cast<size_t>(m - 1)];
      months.push_back(std::move(o));
    }
    json::object wd;
    wd["months"] = std::move(months);
    wd["total"] = total;
    root["working_days"] = std::move(wd);
    root["diagnostics"] = json::parse(DiagnosticsJson(diags));
    out << internal::WriteJson(root);
    return kExitOk;
  }

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
    out << "Hari libur " << y << " (" << holidays.size() << ": " << ln << " libur nasional, "
        << cb << " cuti bersama";
    if (other) out << ", " << other << " libur daerah";
    out << "):\n";
  }
  int label_width = 0;
  for (const Holiday& h : holidays) {
    label_width = std::max(label_width, static_cast<int>(KindLabel(h).size()));
  }
  for (const Holiday& h : holidays) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "  %-7s %s  %-*s  ", std::string(DayName(h.date)).c_str(),
                  FormatIsoDate(h.date).c_str(), label_width, KindLabel(h).c_str());
    out << buf << h.name;
    if (Calendar::IsWeekend(h.date)) {
      out << " (akhir pekan)";
    } else if (calendar->IsWorkingDay(h.date)) {
      out << " (hari kerja)";
    }
    out << "\n";
  }
  out << "\nHari kerja " << y << ":\n";
  for (int m = 1; m <= 12; ++m) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "  %-10s %3d\n", std::string(MonthName(m)).c_str(),
                  per_month[static_cast<size_t>(m - 1)]);
    out << buf;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "  %-10s %3d\n", "Setahun", total);
  out << buf;
  if (!diags.empty()) {
    out << "\n";
    PrintDiagnostics(out, diags);
  }
  return kExitOk;
}

const Register kShow{{"calendar show",
                      "list a year's holidays (libur nasional, cuti bersama) and working days "
                      "(hari kerja) per month",
                      "zi calendar show [--year Y] [--calendar NAME|FILE] "
                      "[--cuti-bersama-working] [--json]",
                      ArgSpec{{"--json", "--cuti-bersama-working"}, {"--year", "--calendar"}, 0, 0},
                      RunShow}};

}  // namespace
}  // namespace zi::cli
