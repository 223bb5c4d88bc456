// zi ics: the plan's deliverables as an iCalendar file: one VTODO per occurrence, or with
// --events one all-day VEVENT on each due date; --alarms / --lead / --escalate add VALARM
// reminders (docs/reminders.md).
#include <ostream>

#include "absl/strings/str_split.h"
#include "common.hpp"
#include "compliance.hpp"
#include "deadline_args.hpp"
#include "zi/defaults.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/ical.hpp"

namespace zi::cli {
namespace {

std::optional<std::vector<int>> ParseDayList(const std::string& text) {
  std::vector<int> out;
  for (absl::string_view part : absl::StrSplit(text, ',', absl::SkipEmpty())) {
    const std::optional<int64_t> n = ParseInt(std::string(part));
    if (!n || *n < 0 || *n > 250) return std::nullopt;
    out.push_back(static_cast<int>(*n));
  }
  if (out.empty()) return std::nullopt;
  return out;
}

int RunIcs(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) {
    err << "zi: galat: " << output.status().message() << "\n";
    return kExitUsage;
  }
  IcalOptions options;
  options.events = args.Flag("--events");
  const bool alarms = args.Flag("--alarms") || args.Option("--lead") || args.Option("--escalate");
  if (alarms) {
    options.alarm_lead_working_days = {10, 5, 1, 0};
    options.alarm_escalation_working_days = {3, 7};
  }
  if (auto lead = args.Option("--lead")) {
    std::optional<std::vector<int>> days = ParseDayList(*lead);
    if (!days) {
      err << "zi: galat: --lead: '" << *lead
          << "' bukan daftar hari kerja 0..250 (10,5,1; 0 = hari tenggat)\n";
      return kExitUsage;
    }
    options.alarm_lead_working_days = *days;
    options.alarm_lead_working_days.push_back(0);  // H is always reminded
  }
  if (auto esc = args.Option("--escalate")) {
    std::optional<std::vector<int>> days = ParseDayList(*esc);
    if (!days) {
      err << "zi: galat: --escalate: '" << *esc << "' bukan daftar hari kerja 0..250 (3,7)\n";
      return kExitUsage;
    }
    options.alarm_escalation_working_days = *days;
  }
  std::string text;
  if (args.Option("--as-of")) {
    // With an as-of date (and evidence), each VTODO carries its status.
    int code = 0;
    std::optional<ComplianceInputs> in = ReadComplianceInputs(args, err, &code);
    if (!in) return code;
    options.calendar = &in->calendar;
    text = WriteIcal(
        ScorePlan(in->plan, in->occurrences, in->evidence.accepted, in->as_of, in->policy),
        options);
  } else {
    if (args.Option("--evidence")) {
      err << "zi: galat: --evidence memerlukan --as-of YYYY-MM-DD\n";
      return kExitUsage;
    }
    absl::StatusOr<Plan> plan = LoadPlanArg(args);
    if (!plan.ok()) return Fail(err, plan.status());
    absl::StatusOr<Calendar> calendar =
        args.Option("--calendar")
            ? LoadCalendarArg(args)
            : CalendarForPlan(*plan, CalendarOptions{args.Flag("--cuti-bersama-working")});
    if (!calendar.ok()) return Fail(err, calendar.status());
    options.calendar = &*calendar;
    text = WriteIcal(*plan, ExpandOccurrences(*plan, *calendar), options);
  }
  return WriteText(*output, text, out, err);
}

const Register kIcs{{"ics",
                     "keluaran rencana aksi sebagai berkas iCalendar (VTODO per periode, atau "
                     "--events: acara sehari penuh pada tenggat), dengan pengingat VALARM",
                     "zi ics [--plan BERKAS] [-o BERKAS.ics] [--as-of YYYY-MM-DD [--evidence "
                     "BERKAS]] [--events] [--alarms] [--lead 10,5,1] [--escalate 3,7]",
                     WithOutputOptions(ComplianceSpec(), {kFormatIcs})
                         .Flag("--events")
                         .Flag("--alarms")
                         .Text("--lead")
                         .Text("--escalate"),
                     RunIcs}};

}  // namespace
}  // namespace zi::cli
