#include "compliance.hpp"

#include <cstdio>
#include <ostream>

#include "absl/strings/str_cat.h"
#include "common.hpp"
#include "deadline_args.hpp"
#include "zi/defaults.hpp"
#include "zi/io/calendar_json.hpp"

namespace zi::cli {

ArgSpec ComplianceSpec() {
  return ArgSpec()
      .Flag("--json")
      .Flag("--allow-rejects")
      .Flag("--count-submitted")
      .Flag("--cuti-bersama-working")
      .Text("--plan")
      .Text("--calendar")
      .Text("--evidence")
      .IsoDate("--as-of", "--as-of: {}")
      .Real("--late-credit", "--late-credit: '{}' is not a number");
}

std::optional<ComplianceInputs> ReadComplianceInputs(const Args& args, std::ostream& err,
                                                     int* exit_code) {
  *exit_code = kExitFailure;
  ComplianceInputs in;
  const std::optional<Date> as_of = args.IsoDate("--as-of");
  if (!as_of) {
    err << "zi: error: --as-of YYYY-MM-DD is required (the engine never reads the clock)\n";
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  in.as_of = *as_of;
  in.policy.late_credit = args.Real("--late-credit").value_or(in.policy.late_credit);
  in.policy.count_submitted = args.Flag("--count-submitted");
  if (absl::Status s = ValidateScoringPolicy(in.policy); !s.ok()) {
    Fail(err, absl::StrCat("--late-credit: ", s.message()));
    return std::nullopt;
  }
  absl::StatusOr<Plan> plan = LoadPlanArg(args);
  if (!plan.ok()) {
    Fail(err, plan.status());
    return std::nullopt;
  }
  in.plan = *plan;
  absl::StatusOr<Calendar> calendar =
      args.Option("--calendar")
          ? LoadCalendarArg(args)
          : CalendarForPlan(in.plan, CalendarOptions{args.Flag("--cuti-bersama-working")});
  if (!calendar.ok()) {
    Fail(err, calendar.status());
    return std::nullopt;
  }
  in.calendar = *calendar;
  in.occurrences = ExpandOccurrences(in.plan, in.calendar);
  if (auto path = args.Option("--evidence")) {
    absl::StatusOr<EvidenceImport> ev =
        LoadEvidenceFile(*path, MakeEvidenceScope(in.plan, in.occurrences));
    if (!ev.ok()) {
      Fail(err, ev.status());
      return std::nullopt;
    }
    in.evidence = std::move(*ev);
    for (const RejectedRow& r : in.evidence.rejected) {
      err << "zi: bukti ditolak: " << *path << ": " << r.where << ": " << r.reason << "\n";
    }
    if (!in.evidence.rejected.empty() && !args.Flag("--allow-rejects")) {
      err << "zi: error: " << in.evidence.rejected.size() << " baris bukti ditolak di " << *path
          << " (gunakan --allow-rejects untuk tetap menilai dengan " << in.evidence.accepted.size()
          << " baris yang diterima)\n";
      return std::nullopt;
    }
  }
  *exit_code = kExitOk;
  return in;
}

std::string LongDate(Date d) {
  return absl::StrCat(d.day(), " ", std::string(MonthName(d.month())), " ", d.year());
}

std::string LongDateWithDay(Date d) {
  return absl::StrCat(std::string(DayName(d)), ", ", LongDate(d));
}

std::string Percent(const std::optional<double>& x) {
  if (!x) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", 100.0 * *x);
  std::string s = buf;
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

}  // namespace zi::cli
