// zi evidence check | template: an evidence file read as the scoring commands read it,
// and the spreadsheet to fill in with the plan's deliverables.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "common.hpp"
#include "compliance.hpp"
#include "deadline_args.hpp"
#include "zi/deadline/calendar.hpp"
#include "zi/defaults.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/report_tables.hpp"

namespace zi::cli {
namespace {

// The plan and its occurrences (--plan, --calendar, --cuti-bersama-working).
struct PlanInputs {
  Plan plan{PlanData{}};
  PlanOccurrences occurrences;
};

absl::StatusOr<PlanInputs> ReadPlanInputs(const Args& args) {
  absl::StatusOr<Plan> plan = LoadPlanArg(args);
  if (!plan.ok()) return plan.status();
  absl::StatusOr<Calendar> calendar =
      args.Option("--calendar")
          ? LoadCalendarArg(args)
          : CalendarForPlan(*plan, CalendarOptions{args.Flag("--cuti-bersama-working")});
  if (!calendar.ok()) return calendar.status();
  PlanInputs in;
  in.plan = *plan;
  in.occurrences = ExpandOccurrences(in.plan, *calendar);
  return in;
}

int RunCheck(const Args& args, std::ostream& sink, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) {
    err << "zi: galat: " << output.status().message() << "\n";
    return kExitUsage;
  }
  absl::StatusOr<EvidenceReadOptions> options = EvidenceOptionsArg(args);
  if (!options.ok()) {
    err << "zi: galat: " << options.status().message() << "\n";
    return kExitUsage;
  }
  absl::StatusOr<PlanInputs> in = ReadPlanInputs(args);
  if (!in.ok()) return Fail(err, in.status());
  const std::string path = args.positional()[0];
  absl::StatusOr<EvidenceImport> ev =
      LoadEvidenceFile(path, MakeEvidenceScope(in->plan, in->occurrences), *options);
  if (!ev.ok()) return Fail(err, ev.status());
  // Bad rows make the check fail (exit 1) whatever the output format.
  const int status = ev->rejected.empty() ? kExitOk : kExitFailure;
  if (output->format == ReportFormat::kCsv || output->format == ReportFormat::kXlsx) {
    const int w = WriteTables(*output, EvidenceImportTables(*ev, path), sink, err);
    return w != kExitOk ? w : status;
  }
  // --limit bounds the rejected rows and notes in text and JSON; the JSON's *_total keys keep
  // the full counts.
  const size_t limit = args.Limit(SIZE_MAX);
  std::ostringstream out;
  if (output->format == ReportFormat::kJson) {
    // The canonical records and the rejected rows, as the C API and Python give them.
    std::string json =
        "{\n  \"accepted\": " + std::to_string(ev->accepted.size()) + ",\n  \"rejected\": [";
    const auto quote = [](const std::string& s) {
      std::string q = "\"";
      for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
          q += '\\';
          q += static_cast<char>(c);
        } else if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          q += buf;
        } else {
          q += static_cast<char>(c);
        }
      }
      return q + "\"";
    };
    for (size_t k = 0; k < ev->rejected.size() && k < limit; ++k) {
      const RejectedRow& r = ev->rejected[k];
      json += absl::StrCat(k ? "," : "", "\n    {\"line\": ", r.line,
                           ", \"where\": ", quote(r.where), ", \"reason\": ", quote(r.reason), "}");
    }
    json += ev->rejected.empty() || limit == 0 ? "]," : "\n  ],";
    json += absl::StrCat("\n  \"rejected_total\": ", ev->rejected.size(), ",\n  \"notes\": [");
    for (size_t k = 0; k < ev->notes.size() && k < limit; ++k) {
      const EvidenceNote& n = ev->notes[k];
      json +=
          absl::StrCat(k ? "," : "", "\n    {\"line\": ", n.line, ", \"where\": ", quote(n.where),
                       ", \"message\": ", quote(n.message), "}");
    }
    json += ev->notes.empty() || limit == 0 ? "]," : "\n  ],";
    json += absl::StrCat("\n  \"notes_total\": ", ev->notes.size(), ",\n  \"unfilled\": ");
    json += absl::StrCat(ev->unfilled.size(), "\n}\n");
    const int w = WriteText(*output, json, sink, err);
    return w != kExitOk ? w : status;
  }
  out << "Pemeriksaan berkas bukti: " << path << "\n";
  out << "Satker      : " << in->plan.satker().name << " (" << in->plan.satker().code << ")\n";
  out << "Diterima    : " << ev->accepted.size() << " baris\n";
  out << "Ditolak     : " << ev->rejected.size() << " baris\n";
  for (size_t k = 0; k < ev->rejected.size() && k < limit; ++k) {
    out << "  " << ev->rejected[k].where << ": " << ev->rejected[k].reason << "\n";
  }
  out << MoreLine(std::min(limit, ev->rejected.size()), ev->rejected.size());
  if (!ev->notes.empty()) {
    out << "Catatan     : " << ev->notes.size() << "\n";
    for (size_t k = 0; k < ev->notes.size() && k < limit; ++k) {
      out << "  " << ev->notes[k].where << ": " << ev->notes[k].message << "\n";
    }
    out << MoreLine(std::min(limit, ev->notes.size()), ev->notes.size());
  }
  if (!ev->unfilled.empty()) {
    out << "Belum diisi : " << ev->unfilled.size() << " baris templat\n";
  }
  const int w = WriteText(*output, out.str(), sink, err);
  return w != kExitOk ? w : status;
}

int RunTemplate(const Args& args, std::ostream& sink, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) {
    err << "zi: galat: " << output.status().message() << "\n";
    return kExitUsage;
  }
  absl::StatusOr<PlanInputs> in = ReadPlanInputs(args);
  if (!in.ok()) return Fail(err, in.status());
  return WriteTables(*output, EvidenceTemplateTables(in->plan, in->occurrences), sink, err);
}

ArgSpec PlanSpec(ArgSpec spec) {
  return spec.Text("--plan").Text("--calendar").Flag("--cuti-bersama-working");
}

const Register kCheck{
    {"evidence check",
     "periksa berkas bukti (CSV, XLSX, JSON): setiap baris diterima atau ditolak dengan "
     "alasannya",
     "zi evidence check BERKAS [--plan BERKAS] [--calendar NAMA|BERKAS] [--encoding E] "
     "[--delimiter D] [--date-order auto|day-first|month-first] [--evidence-sheet NAMA] "
     "[--infer-occurrence] [--limit N | --all] [--format text|json|csv|xlsx] [-o BERKAS] "
     "[--sheet NAMA] [--json]",
     WithEvidenceReadOptions(PlanSpec(WithOutputOptions(ArgSpec()))).Limit().Positional(1, 1),
     RunCheck}};

const Register kTemplate{
    {"evidence template",
     "templat berkas bukti: satu baris per keluaran rencana aksi, kolom tanggal, status, "
     "jumlah dan tautan untuk diisi",
     "zi evidence template [--plan BERKAS] [--calendar NAMA|BERKAS] (--format csv|xlsx | -o "
     "BERKAS.csv|BERKAS.xlsx)",
     PlanSpec(WithOutputOptions(ArgSpec(), {kFormatCsv, kFormatXlsx}, /*required=*/true)),
     RunTemplate}};

}  // namespace
}  // namespace zi::cli
