// zi schedule parse: a target waktu phrase (or an RRULE) → its periods and due dates.
#include <boost/json.hpp>
#include <ostream>

#include "cli/common.hpp"
#include "cli/deadline_args.hpp"
#include "internal/json_io.hpp"
#include "internal/strings.hpp"
#include "zi/deadline/due_date.hpp"
#include "zi/defaults.hpp"
#include "zi/deadline/schedule.hpp"

namespace zi::cli {
namespace internal = ::zi::internal;
namespace {

namespace json = boost::json;

std::string_view FamilyLabel(ScheduleFamily f) {
  switch (f) {
    case ScheduleFamily::kSingleMonth: return "satu bulan";
    case ScheduleFamily::kMonthRange: return "rentang bulan";
    case ScheduleFamily::kMonthList: return "daftar bulan";
    case ScheduleFamily::kRecurring: return "berulang";
    case ScheduleFamily::kNamedPeriods: return "triwulan/semester bernama";
    case ScheduleFamily::kRrule: return "aturan RRULE";
  }
  return "?";
}

// Without --year, the embedded plan's year (the engine never reads the clock).
int DefaultYear() {
  absl::StatusOr<Plan> plan = DefaultPlan();
  return plan.ok() ? plan->year() : 2026;
}

int RunParse(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<int> year = YearArg(args, DefaultYear());
  if (!year.ok()) return Fail(err, year.status());
  absl::StatusOr<Calendar> calendar = LoadCalendarArg(args);
  if (!calendar.ok()) return Fail(err, calendar.status());
  absl::StatusOr<DuePolicy> policy = DuePolicyArg(args);
  if (!policy.ok()) return Fail(err, policy.status());
  const std::string& text = args.positional()[0];
  absl::StatusOr<Schedule> schedule =
      args.Flag("--rrule") ? ParseRrule(text, *year) : ParseSchedule(text, *year);
  if (!schedule.ok()) return Fail(err, schedule.status());

  UncoveredYears uncovered;
  std::vector<Date> dues;
  for (const Window& w : schedule->windows) {
    dues.push_back(DueDate(w.end, *policy, *calendar, &uncovered));
  }
  std::vector<Diagnostic> diags = schedule->diagnostics;
  for (Diagnostic& d : diags) d.where = "target waktu";
  for (Diagnostic& d : UncoveredYearDiagnostics(*calendar, uncovered)) diags.push_back(d);

  if (args.Flag("--json")) {
    json::object root;
    root["phrase"] = schedule->text;
    root["year"] = *year;
    root["family"] = ToString(schedule->family);
    json::array years;
    for (int y : schedule->years) years.push_back(y);
    root["years"] = std::move(years);
    root["rrule"] = schedule->rrule;
    root["calendar"] = calendar->name();
    root["cuti_bersama_is_working_day"] = calendar->options().cuti_bersama_is_working_day;
    json::object p;
    p["offset"] = ToString(policy->offset);
    if (policy->offset == DueOffset::kWorkingDays || policy->offset == DueOffset::kCalendarDays) {
      p["n"] = policy->n;
    }
    if (policy->offset == DueOffset::kDayOfNextMonth) p["day"] = policy->day;
    p["convention"] = ToString(policy->convention);
    root["due_policy"] = std::move(p);
    json::array windows;
    for (size_t i = 0; i < schedule->windows.size(); ++i) {
      json::object o;
      o["index"] = i + 1;
      o["window_start"] = FormatIsoDate(schedule->windows[i].start);
      o["window_end"] = FormatIsoDate(schedule->windows[i].end);
      o["due"] = FormatIsoDate(dues[i]);
      o["due_day"] = DayName(dues[i]);
      windows.push_back(std::move(o));
    }
    root["occurrences"] = std::move(windows);
    root["diagnostics"] = json::parse(DiagnosticsJson(diags));
    out << internal::WriteJson(root);
    return kExitOk;
  }

  out << "Target waktu : " << schedule->text << "\n";
  out << "Jenis        : " << FamilyLabel(schedule->family) << " (" << ToString(schedule->family)
      << "), " << schedule->windows.size() << " periode\n";
  out << "Tahun rencana: " << *year << "\n";
  out << "RRULE        : " << (schedule->rrule.empty() ? "(tidak ada yang setara)" : schedule->rrule)
      << "\n";
  out << "Kalender     : " << calendar->name() << ", cuti bersama "
      << (calendar->options().cuti_bersama_is_working_day ? "dihitung hari kerja"
                                                          : "dihitung hari libur")
      << "\n";
  out << "Tenggat      : " << DescribeDuePolicy(*policy) << "\n\n";
  for (size_t i = 0; i < schedule->windows.size(); ++i) {
    out << "Periode " << i + 1 << ": " << FormatIsoDate(schedule->windows[i].start) << " s.d. "
        << FormatIsoDate(schedule->windows[i].end) << ", tenggat " << DayName(dues[i]) << " "
        << FormatIsoDate(dues[i]) << "\n";
  }
  if (!diags.empty()) {
    out << "\n";
    PrintDiagnostics(out, diags);
  }
  return kExitOk;
}

const Register kParse{
    {"schedule parse",
     "show the periods (periode) and due dates (tenggat) of a target waktu phrase or an RRULE",
     "zi schedule parse \"<phrase>\" [--rrule] [--year Y] [--calendar NAME|FILE] "
     "[--cuti-bersama-working] [--due none|working_days:N|calendar_days:N|day_of_next_month:D] "
     "[--convention C] [--json]",
     ArgSpec{{"--json", "--rrule", "--cuti-bersama-working"},
             {"--year", "--calendar", "--due", "--convention"},
             1,
             1},
     RunParse}};

}  // namespace
}  // namespace zi::cli
