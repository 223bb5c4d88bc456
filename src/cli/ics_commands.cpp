// zi ics: the plan's deliverables as an iCalendar file (one VTODO per occurrence).
#include <ostream>

#include "common.hpp"
#include "compliance.hpp"
#include "zi/defaults.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/ical.hpp"

namespace zi::cli {
namespace {

int RunIcs(const Args& args, std::ostream& out, std::ostream& err) {
  std::string text;
  if (args.Option("--as-of")) {
    // With an as-of date (and evidence), each VTODO carries its status.
    int code = 0;
    std::optional<ComplianceInputs> in = ReadComplianceInputs(args, err, &code);
    if (!in) return code;
    text = WriteIcal(
        ScorePlan(in->plan, in->occurrences, in->evidence.accepted, in->as_of, in->policy));
  } else {
    if (args.Option("--evidence")) {
      err << "zi: error: --evidence needs --as-of YYYY-MM-DD\n";
      return kExitUsage;
    }
    absl::StatusOr<Plan> plan = LoadPlanArg(args);
    if (!plan.ok()) return Fail(err, plan.status());
    absl::StatusOr<Calendar> calendar =
        CalendarForPlan(*plan, CalendarOptions{args.Flag("--cuti-bersama-working")});
    if (!calendar.ok()) return Fail(err, calendar.status());
    text = WriteIcal(*plan, ExpandOccurrences(*plan, *calendar));
  }
  return WriteOutput(args, text, out, err);
}

const Register kIcs{{"ics",
                     "keluaran rencana aksi sebagai berkas iCalendar (satu VTODO per periode)",
                     "zi ics [--plan FILE] [-o FILE] [--as-of YYYY-MM-DD [--evidence FILE]]",
                     ComplianceSpec().Text("-o"), RunIcs}};

}  // namespace
}  // namespace zi::cli
