#include "cli/compliance.hpp"

#include <cstdio>
#include <cstdlib>
#include <ostream>

#include "cli/common.hpp"
#include "cli/deadline_args.hpp"
#include "internal/strings.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/defaults.hpp"

namespace zi::cli {
namespace internal = ::zi::internal;

ArgSpec ComplianceSpec() {
  return ArgSpec{{"--json", "--allow-rejects", "--count-submitted", "--cuti-bersama-working"},
                 {"--plan", "--calendar", "--evidence", "--as-of", "--late-credit"},
                 0,
                 0};
}

std::optional<ComplianceInputs> ReadComplianceInputs(const Args& args, std::ostream& err,
                                                     int* exit_code) {
  *exit_code = kExitFailure;
  ComplianceInputs in;
  const std::optional<std::string> as_of = args.Option("--as-of");
  if (!as_of) {
    err << "zi: error: --as-of YYYY-MM-DD is required (the engine never reads the clock)\n";
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  absl::StatusOr<Date> date = ParseIsoDate(*as_of);
  if (!date.ok()) {
    Fail(err, internal::Cat("--as-of: ", date.status().message()));
    return std::nullopt;
  }
  in.as_of = *date;
  if (auto lc = args.Option("--late-credit")) {
    char* end = nullptr;
    in.policy.late_credit = std::strtod(lc->c_str(), &end);
    if (lc->empty() || *end != '\0') {
      Fail(err, internal::Cat("--late-credit: '", *lc, "' is not a number"));
      return std::nullopt;
    }
  }
  in.policy.count_submitted = args.Flag("--count-submitted");
  if (absl::Status s = ValidateScoringPolicy(in.policy); !s.ok()) {
    Fail(err, internal::Cat("--late-credit: ", s.message()));
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
  return internal::Cat(d.day(), " ", MonthName(d.month()), " ", d.year());
}

std::string LongDateWithDay(Date d) { return internal::Cat(DayName(d), ", ", LongDate(d)); }

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

std::string Shorten(const std::string& text, size_t width) {
  size_t chars = 0, i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (chars == width) break;
      ++chars;
    }
  }
  if (i >= text.size()) return text;
  // Back off to the start of the last character kept, leaving room for the ellipsis.
  size_t cut = i;
  do {
    --cut;
  } while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80);
  return text.substr(0, cut) + "…";
}

}  // namespace zi::cli
