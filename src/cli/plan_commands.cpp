// zi plan show | lint | export
#include <ostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "common.hpp"
#include "plan_io.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/io/report_json.hpp"
#include "zi/plan/lint.hpp"

namespace zi::cli {
namespace {

std::string SatkerLine(const Plan& plan) {
  return absl::StrCat(plan.satker().name, " (", plan.satker().code, "), tahun ", plan.year());
}

void PrintField(std::ostream& out, int indent, std::string_view label, std::string_view value) {
  out << std::string(static_cast<size_t>(indent), ' ') << label << ": "
      << (value.empty() ? "(kosong)" : value) << "\n";
}

int ShowHuman(const Plan& plan, std::ostream& out) {
  const PlanData& p = plan.data();
  out << "Rencana Aksi Pembangunan Zona Integritas\n";
  out << "Satker   : " << SatkerLine(plan) << "\n";
  if (!p.decree.number.empty()) {
    out << "Keputusan: Nomor " << p.decree.number;
    if (p.decree.date) out << ", tanggal " << FormatIsoDate(*p.decree.date);
    out << "\n";
  }
  out << "Isi      : " << p.components.size() << " komponen pengungkit, " << plan.aspect_count()
      << " aspek pemenuhan, " << plan.activity_count() << " kegiatan, " << plan.indicators().size()
      << " indikator\n";
  for (const Component& c : p.components) {
    out << "\n" << c.id << ". " << c.name << "  [bobot " << FormatNumber(c.weight, 4);
    if (!c.lke_area.empty()) out << ", area LKE " << c.lke_area;
    out << "]\n";
    for (const Aspect& a : c.aspects) {
      out << "  " << a.id << " Aspek: " << a.name << "  [bobot " << FormatNumber(a.weight, 4);
      if (!a.lke_subarea.empty()) out << ", LKE " << a.lke_subarea;
      out << "]\n";
      for (const Activity& k : a.activities) {
        out << "    " << k.id << " Kegiatan: " << k.text << "\n";
        for (const Indicator& i : k.indicators) {
          out << "      " << i.id << " Indikator: " << i.text << "\n";
          PrintField(out, 10, "Bukti fisik   ", i.evidence);
          PrintField(out, 10, "Target waktu  ", i.schedule);
          PrintField(out, 10, "Target capaian", i.target);
        }
      }
    }
  }
  return kExitOk;
}

constexpr char kShowUsage[] =
    "zi plan show [--plan BERKAS] [--format text|json] [-o BERKAS] [--json]";
constexpr char kLintUsage[] =
    "zi plan lint [--plan BERKAS] [--format text|json] [-o BERKAS] [--json]";

int RunShow(const Args& args, std::ostream& sink, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return UsageError(err, std::string(output.status().message()), kShowUsage);
  absl::StatusOr<Plan> plan = LoadPlanArg(args);
  if (!plan.ok()) return Fail(err, plan.status());
  if (output->name == kFormatJson)
    return WriteText(*output, WritePlanSummaryJson(*plan), sink, err);
  std::ostringstream out;
  ShowHuman(*plan, out);
  return WriteText(*output, out.str(), sink, err);
}

int RunLint(const Args& args, std::ostream& sink, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return UsageError(err, std::string(output.status().message()), kLintUsage);
  absl::StatusOr<Plan> plan = LoadPlanArg(args, /*validate=*/false);
  if (!plan.ok()) return Fail(err, plan.status());
  const std::vector<Diagnostic> diags = LintPlan(*plan);
  size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : diags) {
    errors += d.severity == Severity::kError;
    warnings += d.severity == Severity::kWarning;
  }
  std::ostringstream out;
  if (output->name == kFormatJson) {
    out << WritePlanLintJson(*plan, diags);
  } else {
    out << "Pemeriksaan rencana aksi " << SatkerLine(*plan) << "\n";
    out << errors << " galat, " << warnings << " peringatan\n";
    if (!diags.empty()) out << "\n";
    PrintDiagnostics(out, diags);
  }
  const int w = WriteText(*output, out.str(), sink, err);
  if (w != kExitOk) return w;
  return errors > 0 ? kExitFailure : kExitOk;
}

constexpr char kExportUsage[] =
    "zi plan export [--plan BERKAS] [--format json|xlsx|csv] [-o BERKAS] [--no-heading]";

int RunExport(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return UsageError(err, std::string(output.status().message()), kExportUsage);
  // The decree table (src/cli/plan_io_commands.cpp) for --format xlsx|csv or -o *.xlsx|*.csv.
  if (output->name != kFormatJson) return RunPlanTableExport(args, *output, kExportUsage, out, err);
  if (args.Flag("--no-heading")) {
    return UsageError(err, "--no-heading hanya untuk --format xlsx atau csv", kExportUsage);
  }
  absl::StatusOr<Plan> plan = LoadPlanArg(args);
  if (!plan.ok()) return Fail(err, plan.status());
  return WriteText(*output, WritePlanJson(*plan), out, err);
}

const Register kShow{
    {"plan show", "tampilkan komponen, aspek, kegiatan dan indikator rencana aksi", kShowUsage,
     WithOutputOptions(ArgSpec(), {kFormatText, kFormatJson}).Text("--plan"), RunShow}};
const Register kLint{
    {"plan lint",
     "periksa rencana aksi dan laporkan setiap cacat beserta letaknya "
     "(status keluar 1 bila ada galat)",
     kLintUsage, WithOutputOptions(ArgSpec(), {kFormatText, kFormatJson}).Text("--plan"), RunLint}};
const Register kExport{{"plan export",
                        "tulis rencana aksi sebagai JSON zi.plan/1, atau sebagai tabel "
                        "keputusan 8 kolom (--format xlsx|csv)",
                        kExportUsage,
                        WithOutputOptions(ArgSpec(), {kFormatJson, kFormatXlsx, kFormatCsv})
                            .Text("--plan")
                            .Flag("--no-heading"),
                        RunExport}};

}  // namespace
}  // namespace zi::cli
