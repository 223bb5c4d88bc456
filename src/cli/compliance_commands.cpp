// zi score | agenda | explain: compliance of a plan as of a date.
#include <algorithm>
#include <cstdint>
#include <ostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "common.hpp"
#include "compliance.hpp"
#include "format.hpp"
#include "zi/compliance/agenda.hpp"
#include "zi/compliance/trace.hpp"

namespace zi::cli {
namespace {

void PrintHeader(std::ostream& out, const std::string& title, const ComplianceInputs& in) {
  out << title << "\n";
  out << "Satker      : " << in.plan.satker().name << " (" << in.plan.satker().code << "), tahun "
      << in.plan.year() << "\n";
  out << "Per tanggal : " << LongDateWithDay(in.as_of) << "\n";
}

void PrintItems(std::ostream& out, const std::string& title, const std::vector<AgendaItem>& items,
                size_t limit) {
  out << "\n" << title << " (" << items.size() << ")\n";
  if (items.empty()) out << "  (tidak ada)\n";
  for (size_t k = 0; k < items.size() && k < limit; ++k) {
    const AgendaItem& it = items[k];
    const Indicator& ind = *it.indicator->ref->indicator;
    const OccurrenceScore& o = *it.occurrence;
    out << "  " << ind.id << " periode " << o.occurrence.index << ", tenggat "
        << LongDate(o.occurrence.due);
    if (it.working_days < 0) {
      out << " (lewat " << -it.working_days << " hari kerja)";
    } else if (it.working_days == 0) {
      out << " (hari ini)";
    } else {
      out << " (" << it.working_days << " hari kerja lagi)";
    }
    out << ", capaian " << o.on_time + o.late << " dari " << o.occurrence.required << "\n";
    out << "      " << Truncate(ind.text, 100) << "\n";
    if (!ind.evidence.empty()) out << "      Bukti fisik: " << Truncate(ind.evidence, 88) << "\n";
    const std::string& pj = it.indicator->ref->responsible();
    if (!pj.empty()) out << "      Penanggung jawab: " << Truncate(pj, 82) << "\n";
  }
  out << MoreLine(std::min(limit, items.size()), items.size());
}

AgendaOptions AgendaOptionsFrom(const Args& args) {
  AgendaOptions options;
  if (auto w = args.Int("--within")) options.within_working_days = static_cast<int>(*w);
  return options;
}

// --format/-o/--json; nullopt (after the message, exit 2 in *code) when they are wrong.
std::optional<Output> OutputOrUsage(const Args& args, std::ostream& err, int* code) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (output.ok()) return *output;
  err << "zi: galat: " << output.status().message() << "\n";
  *code = kExitUsage;
  return std::nullopt;
}

int RunScore(const Args& args, std::ostream& sink, std::ostream& err) {
  int code = 0;
  const std::optional<Output> output = OutputOrUsage(args, err, &code);
  if (!output) return code;
  std::optional<ComplianceInputs> in = ReadComplianceInputs(args, err, &code);
  if (!in) return code;
  const AgendaOptions agenda_options = AgendaOptionsFrom(args);
  const ComplianceReport report =
      ScorePlan(in->plan, in->occurrences, in->evidence.accepted, in->as_of, in->policy);
  if (output->format == ReportFormat::kJson) {
    return WriteText(*output, ComplianceReportJson(report), sink, err);
  }
  if (output->format != ReportFormat::kText) {
    return WriteTables(*output,
                       ScoreReportTables(report, BuildAgenda(report, in->calendar, agenda_options)),
                       sink, err);
  }
  std::ostringstream out;
  PrintHeader(out, "Laporan Kepatuhan Rencana Aksi Zona Integritas", *in);
  out << "Bukti       : " << report.evidence.size() << " catatan";
  if (!in->evidence.rejected.empty())
    out << " (" << in->evidence.rejected.size() << " baris ditolak)";
  out << "; kredit keterlambatan " << Percent(in->policy.late_credit) << "%; bukti berstatus "
      << (in->policy.count_submitted ? "diajukan ikut dihitung" : "diajukan belum dihitung")
      << "\n\n";
  out << "NILAI RENCANA AKSI: " << (report.score ? Percent(*report.score / 100) : "–")
      << " dari 100\n\n";
  out << "  " << Cell("Komponen pengungkit / aspek", 52) << " " << PadLeft("Bobot", 6) << " "
      << PadLeft("Nilai", 8) << "\n";
  for (const ComponentScore& c : report.components) {
    out << "  " << Cell(c.id + " " + c.component->name, 52) << " "
        << PadLeft(Decimal(c.weight, 4), 6) << " " << PadLeft(Percent(c.score), 8) << "\n";
    for (const AspectScore& a : c.aspects) {
      out << "      " << Cell(a.id + " " + a.aspect->name, 48) << " "
          << PadLeft(Decimal(a.weight, 4), 6) << " " << PadLeft(Percent(a.score), 8) << "\n";
    }
  }
  out << "  (nilai 0–100; '–' berarti belum ada keluaran yang jatuh tempo)\n";
  const Agenda agenda = BuildAgenda(report, in->calendar, agenda_options);
  out << "\nKeluaran: " << agenda.done << " selesai, " << agenda.done_late << " selesai terlambat, "
      << agenda.overdue_count << " terlambat, " << agenda.open << " berjalan, "
      << agenda.not_started << " belum dimulai\n";
  PrintItems(out, "TERLAMBAT", agenda.overdue, args.Limit(15));
  PrintItems(out,
             absl::StrCat("JATUH TEMPO DALAM ", agenda_options.within_working_days, " HARI KERJA"),
             agenda.due_soon, args.Limit(15));
  PrintItems(out, "BERIKUTNYA", agenda.upcoming, args.Limit(5));
  size_t warnings = 0;
  for (const Diagnostic& d : report.diagnostics) warnings += d.severity != Severity::kInfo;
  if (warnings > 0) {
    out << "\nCatatan (" << warnings << "):\n";
    std::vector<Diagnostic> shown;
    for (const Diagnostic& d : report.diagnostics) {
      if (d.severity != Severity::kInfo) shown.push_back(d);
    }
    PrintDiagnostics(out, shown);
  }
  return WriteText(*output, out.str(), sink, err);
}

int RunAgenda(const Args& args, std::ostream& sink, std::ostream& err) {
  int code = 0;
  const std::optional<Output> output = OutputOrUsage(args, err, &code);
  if (!output) return code;
  std::optional<ComplianceInputs> in = ReadComplianceInputs(args, err, &code);
  if (!in) return code;
  AgendaOptions options = AgendaOptionsFrom(args);
  // BERIKUTNYA: 10 by default, --limit N, --all; the text says how many were left out.
  const size_t upcoming = args.Limit(static_cast<size_t>(options.upcoming_limit));
  const bool text = output->format == ReportFormat::kText;
  options.upcoming_limit = text || upcoming == SIZE_MAX ? -1 : static_cast<int>(upcoming);
  const ComplianceReport report =
      ScorePlan(in->plan, in->occurrences, in->evidence.accepted, in->as_of, in->policy);
  const Agenda agenda = BuildAgenda(report, in->calendar, options);
  if (output->format == ReportFormat::kJson)
    return WriteText(*output, AgendaJson(agenda), sink, err);
  if (output->format != ReportFormat::kText) {
    return WriteTables(*output, AgendaTables(report, agenda), sink, err);
  }
  std::ostringstream out;
  PrintHeader(out, "Agenda Rencana Aksi Zona Integritas", *in);
  out << "Keluaran: " << agenda.done << " selesai, " << agenda.done_late << " selesai terlambat, "
      << agenda.overdue_count << " terlambat, " << agenda.open << " berjalan, "
      << agenda.not_started << " belum dimulai\n";
  PrintItems(out, "TERLAMBAT", agenda.overdue, args.Limit(SIZE_MAX));
  PrintItems(out, absl::StrCat("JATUH TEMPO DALAM ", options.within_working_days, " HARI KERJA"),
             agenda.due_soon, args.Limit(SIZE_MAX));
  PrintItems(out, "BERIKUTNYA", agenda.upcoming, upcoming);
  return WriteText(*output, out.str(), sink, err);
}

int RunExplain(const Args& args, std::ostream& sink, std::ostream& err) {
  int code = 0;
  const std::optional<Output> output = OutputOrUsage(args, err, &code);
  if (!output) return code;
  std::optional<ComplianceInputs> in = ReadComplianceInputs(args, err, &code);
  if (!in) return code;
  const ComplianceReport report =
      ScorePlan(in->plan, in->occurrences, in->evidence.accepted, in->as_of, in->policy);
  std::string id = "plan";
  for (const char* opt : {"--indicator", "--aspect", "--component"}) {
    if (auto v = args.Option(opt)) {
      // An empty id would silently explain the whole plan instead of the node asked for.
      if (v->empty()) return Fail(err, absl::InvalidArgumentError(absl::StrCat(opt, " kosong")));
      id = *v;
    }
  }
  absl::StatusOr<Trace> trace = Explain(report, id);
  if (!trace.ok()) return Fail(err, trace.status());
  if (output->format == ReportFormat::kJson)
    return WriteText(*output, TraceJson(*trace), sink, err);
  if (output->format != ReportFormat::kText) {
    return WriteTables(*output, TraceTables(report, *trace), sink, err);
  }
  std::ostringstream out;
  PrintHeader(out, "Penjelasan Nilai", *in);
  out << "\n" << trace->id << " " << trace->label << "\n";
  out << "  " << DecimalCommas(trace->formula) << "\n";
  for (const TraceTerm& t : trace->terms) {
    out << "    " << t.id << "  bobot " << FormatNumber(t.weight, 4) << "  nilai "
        << (t.score ? FixedDecimal(*t.score, 2) : "–") << "  " << Truncate(t.label, 70) << "\n";
  }
  for (const OccurrenceTrace& o : trace->occurrences) {
    const Occurrence& oc = o.score.occurrence;
    out << "\n  Periode " << oc.index << ": " << LongDate(oc.window_start) << " s.d. "
        << LongDate(oc.window_end) << ", tenggat " << LongDateWithDay(oc.due) << ", target "
        << oc.required << "\n";
    out << "    status " << Label(o.score.status) << " (" << ToString(o.score.status)
        << "): tepat waktu " << o.score.on_time << ", terlambat " << o.score.late << "\n";
    out << "    " << DecimalCommas(o.formula) << "\n";
    for (const EvidenceTrace& e : o.evidence) {
      out << "    - bukti baris " << e.record.line << ", " << FormatIsoDate(e.record.date) << ", "
          << ToString(e.record.status) << ", jumlah " << e.record.count << ": " << Label(e.use);
      if (!e.record.ref.empty()) out << " [" << Truncate(e.record.ref, 60) << "]";
      out << "\n";
    }
    if (o.evidence.empty()) out << "    - belum ada bukti\n";
  }
  if (trace->level == "indicator") {
    out << "\n  Kemajuan tahunan: "
        << (trace->progress ? FormatNumber(*trace->progress, 4) : std::string("–")) << "\n";
  }
  return WriteText(*output, out.str(), sink, err);
}

ArgSpec WithWithin() {
  return WithOutputOptions(ComplianceSpec())
      .Int("--within", 0, 366, "--within: '{}' bukan jumlah hari kerja (0..366)")
      .Limit();
}

ArgSpec ExplainSpec() {
  return WithOutputOptions(ComplianceSpec())
      .Text("--indicator")
      .Text("--aspect")
      .Text("--component");
}

const char* kCommon =
    "--as-of YYYY-MM-DD [--plan BERKAS] [--evidence BERKAS] [--encoding auto|utf-8|utf-16|cp1252] "
    "[--delimiter ,|;|tab] [--date-order auto|day-first|month-first] [--evidence-sheet NAMA] "
    "[--infer-occurrence] [--allow-rejects] [--calendar NAMA|BERKAS] [--late-credit X] "
    "[--count-submitted] [--format text|json|csv|xlsx] [-o BERKAS] [--sheet NAMA] [--json]";

const Register kScore{{"score",
                       "nilai kepatuhan rencana aksi per tanggal: komponen, aspek, "
                       "yang terlambat dan yang jatuh tempo",
                       absl::StrCat("zi score ", kCommon, " [--within N] [--limit N | --all]"),
                       WithWithin(), RunScore}};
const Register kAgenda{{"agenda", "yang terlambat, jatuh tempo dalam N hari kerja, dan berikutnya",
                        absl::StrCat("zi agenda ", kCommon, " [--within N] [--limit N | --all]"),
                        WithWithin(), RunAgenda}};
const Register kExplain{
    {"explain", "jejak sebuah nilai sampai ke periode dan catatan bukti",
     absl::StrCat("zi explain [--indicator ID | --aspect ID | --component ID] ", kCommon),
     ExplainSpec(), RunExplain}};

}  // namespace
}  // namespace zi::cli
