// zi schedule parse: a target waktu phrase (or an RRULE) → its periods and due dates.
#include <ostream>
#include <sstream>

#include "common.hpp"
#include "deadline_args.hpp"
#include "zi/deadline/schedule.hpp"
#include "zi/defaults.hpp"
#include "zi/io/report_json.hpp"

namespace zi::cli {
namespace {

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

int RunParse(const Args& args, std::ostream& sink, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) {
    err << "zi: galat: " << output.status().message() << "\n";
    return kExitUsage;
  }
  const int year = YearArg(args, DefaultYear());
  absl::StatusOr<Calendar> calendar = LoadCalendarArg(args);
  if (!calendar.ok()) return Fail(err, calendar.status());
  absl::StatusOr<DuePolicy> policy = DuePolicyArg(args);
  if (!policy.ok()) return Fail(err, policy.status());
  const std::string& text = args.positional()[0];
  absl::StatusOr<Schedule> schedule =
      args.Flag("--rrule") ? ParseRrule(text, year) : ParseSchedule(text, year);
  if (!schedule.ok()) return Fail(err, schedule.status());

  const ScheduleDues due = ScheduleDueDates(*schedule, *policy, *calendar);
  const std::vector<Date>& dues = due.due;
  const std::vector<Diagnostic>& diags = due.diagnostics;
  if (output->name == kFormatJson) {
    return WriteText(*output, WriteScheduleJson(*schedule, year, *calendar, *policy, due), sink,
                     err);
  }
  std::ostringstream out;

  out << "Target waktu : " << schedule->text << "\n";
  out << "Jenis        : " << FamilyLabel(schedule->family) << " (" << ToString(schedule->family)
      << "), " << schedule->windows.size() << " periode\n";
  out << "Tahun rencana: " << year << "\n";
  out << "RRULE        : "
      << (schedule->rrule.empty() ? "(tidak ada yang setara)" : schedule->rrule) << "\n";
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
  return WriteText(*output, out.str(), sink, err);
}

const Register kParse{
    {"schedule parse", "tampilkan periode dan tenggat sebuah frasa target waktu atau sebuah RRULE",
     "zi schedule parse \"FRASA\" [--rrule] [--year Y] [--calendar NAMA|BERKAS] "
     "[--cuti-bersama-working] [--due none|working_days:N|calendar_days:N|day_of_next_month:D] "
     "[--convention following|modified_following|preceding|unadjusted] [--format text|json] "
     "[-o BERKAS] [--json]",
     WithOutputOptions(DeadlineSpec(), {kFormatText, kFormatJson})
         .Flag("--rrule")
         .Lower("--due")
         .Enum("--convention", {"following", "modified_following", "preceding", "unadjusted"},
               {"modified-following"})
         .Positional(1, 1),
     RunParse}};

}  // namespace
}  // namespace zi::cli
