#include "compliance.hpp"

#include <cstdio>
#include <ostream>

#include "absl/strings/str_cat.h"
#include "common.hpp"
#include "deadline_args.hpp"
#include "format.hpp"
#include "zi/defaults.hpp"
#include "zi/io/calendar_json.hpp"

namespace zi::cli {

ArgSpec ComplianceSpec() {
  ArgSpec spec = ArgSpec()
                     .Flag("--allow-rejects")
                     .Flag("--count-submitted")
                     .Flag("--cuti-bersama-working")
                     .Text("--plan")
                     .Text("--calendar")
                     .Text("--evidence")
                     .IsoDate("--as-of", "--as-of: {}")
                     .Real("--late-credit", "--late-credit: '{}' bukan bilangan (0,5 atau 0.5)");
  return WithEvidenceReadOptions(spec);
}

ArgSpec WithEvidenceReadOptions(ArgSpec spec) {
  return spec.Enum("--encoding", {"auto", "utf-8", "utf-16", "cp1252"}, EncodingAliases())
      .Enum("--delimiter", {",", ";", "tab"}, {"comma", "semicolon", "\t"})
      .Enum("--date-order", {"auto", "day-first", "month-first"}, {"dmy", "mdy"})
      .Text("--evidence-sheet")
      .Flag("--infer-occurrence");
}

std::vector<std::string> EncodingAliases() { return {"utf8", "utf16", "windows-1252", "latin1"}; }

std::optional<ComplianceInputs> ReadComplianceInputs(const Args& args, std::ostream& err,
                                                     int* exit_code) {
  *exit_code = kExitFailure;
  ComplianceInputs in;
  const std::optional<Date> as_of = args.IsoDate("--as-of");
  if (!as_of) {
    err << "zi: galat: " << kAsOfRequired << "\n";
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
  // A plan too large to score within the documented memory bound is refused before any
  // expansion (docs/limits.md).
  if (absl::Status s = CheckOccurrenceLimit(in.plan); !s.ok()) {
    const std::optional<std::string> path = args.Option("--plan");
    Fail(err, path ? absl::StrCat(*path, ": ", s.message()) : std::string(s.message()));
    return std::nullopt;
  }
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
    absl::StatusOr<EvidenceReadOptions> options = EvidenceOptionsArg(args);
    if (!options.ok()) {
      err << "zi: galat: " << options.status().message() << "\n";
      *exit_code = kExitUsage;
      return std::nullopt;
    }
    absl::StatusOr<EvidenceImport> ev =
        LoadEvidenceFile(*path, MakeEvidenceScope(in.plan, in.occurrences), *options);
    if (!ev.ok()) {
      Fail(err, ev.status());
      return std::nullopt;
    }
    in.evidence = std::move(*ev);
    PrintEvidenceRemarks(err, *path, in.evidence);
    if (!in.evidence.rejected.empty() && !args.Flag("--allow-rejects")) {
      err << "zi: galat: " << in.evidence.rejected.size() << " baris bukti ditolak di " << *path
          << " (gunakan --allow-rejects untuk tetap menilai dengan " << in.evidence.accepted.size()
          << " baris yang diterima)\n";
      return std::nullopt;
    }
  }
  *exit_code = kExitOk;
  return in;
}

absl::StatusOr<EvidenceReadOptions> EvidenceOptionsArg(const Args& args) {
  EvidenceReadOptions o;
  if (auto e = args.Option("--encoding")) {
    std::optional<TextEncoding> enc = ParseTextEncoding(*e);
    if (!enc) {
      return absl::InvalidArgumentError(
          absl::StrCat("--encoding harus auto, utf-8, utf-16 atau cp1252, bukan '", *e, "'"));
    }
    o.encoding = *enc;
  }
  if (auto d = args.Option("--delimiter")) {
    if (*d == "," || *d == "comma") {
      o.delimiter = ',';
    } else if (*d == ";" || *d == "semicolon") {
      o.delimiter = ';';
    } else if (*d == "\t" || *d == "tab") {
      o.delimiter = '\t';
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("--delimiter harus ',', ';' atau tab, bukan '", *d, "'"));
    }
  }
  if (auto d = args.Option("--date-order")) {
    std::optional<DateOrder> order = ParseDateOrder(*d);
    if (!order) {
      return absl::InvalidArgumentError(
          absl::StrCat("--date-order harus auto, day-first atau month-first, bukan '", *d, "'"));
    }
    o.date_order = *order;
  }
  o.sheet = args.Option("--evidence-sheet").value_or("");
  o.infer_occurrence = args.Flag("--infer-occurrence");
  return o;
}

void PrintEvidenceRemarks(std::ostream& err, const std::string& path,
                          const EvidenceImport& evidence) {
  for (const RejectedRow& r : evidence.rejected) {
    err << "zi: bukti ditolak: " << path << ": " << r.where << ": " << r.reason << "\n";
  }
  for (const EvidenceNote& n : evidence.notes) {
    err << "zi: catatan bukti: " << path << ": " << n.where << ": " << n.message << "\n";
  }
  for (const OtherSatkerRows& o : evidence.other_satker) {
    err << "zi: info: " << path << ": " << o.rows << " baris bukti satker " << o.satker
        << " (di luar cakupan, mulai " << o.first_where << ") dilewati (evidence_other_satker)\n";
  }
  if (!evidence.unfilled.empty()) {
    err << "zi: info: " << path << ": " << evidence.unfilled.size()
        << " baris templat belum diisi (tanggal, status, jumlah dan tautan kosong)\n";
  }
}

std::string LongDate(Date d) {
  return absl::StrCat(d.day(), " ", std::string(MonthName(d.month())), " ", d.year());
}

std::string LongDateWithDay(Date d) {
  return absl::StrCat(std::string(DayName(d)), ", ", LongDate(d));
}

std::string Percent(const std::optional<double>& x) {
  if (!x) return "–";
  return FixedDecimal(100.0 * *x, 2);
}

}  // namespace zi::cli
