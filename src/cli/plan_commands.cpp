// zi plan show | lint | export
#include <ostream>

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

int RunShow(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Plan> plan = LoadPlanArg(args);
  if (!plan.ok()) return Fail(err, plan.status());
  if (!args.Flag("--json")) return ShowHuman(*plan, out);
  out << WritePlanSummaryJson(*plan);
  return kExitOk;
}

int RunLint(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Plan> plan = LoadPlanArg(args, /*validate=*/false);
  if (!plan.ok()) return Fail(err, plan.status());
  const std::vector<Diagnostic> diags = LintPlan(*plan);
  size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : diags) {
    errors += d.severity == Severity::kError;
    warnings += d.severity == Severity::kWarning;
  }
  if (args.Flag("--json")) {
    out << WritePlanLintJson(*plan, diags);
  } else {
    out << "Pemeriksaan rencana aksi " << SatkerLine(*plan) << "\n";
    out << errors << " galat, " << warnings << " peringatan\n";
    if (!diags.empty()) out << "\n";
    PrintDiagnostics(out, diags);
  }
  return errors > 0 ? kExitFailure : kExitOk;
}

constexpr char kExportUsage[] =
    "zi plan export [--plan FILE] [--format json|xlsx|csv] [-o FILE] [--no-heading]";

int RunExport(const Args& args, std::ostream& out, std::ostream& err) {
  // The decree table (src/cli/plan_io_commands.cpp) for --format xlsx|csv or -o *.xlsx|*.csv.
  if (PlanExportWantsTable(args)) return RunPlanTableExport(args, kExportUsage, out, err);
  absl::StatusOr<Plan> plan = LoadPlanArg(args);
  if (!plan.ok()) return Fail(err, plan.status());
  return WriteOutput(args, WritePlanJson(*plan), out, err);
}

const Register kShow{{"plan show", "list the plan's komponen, aspek, kegiatan and indikator",
                      "zi plan show [--plan FILE] [--json]",
                      ArgSpec().Flag("--json").Text("--plan"), RunShow}};
const Register kLint{{"plan lint",
                      "check a plan and report every defect with its location "
                      "(exit 1 if any error)",
                      "zi plan lint [--plan FILE] [--json]",
                      ArgSpec().Flag("--json").Text("--plan"), RunLint}};
const Register kExport{{"plan export",
                        "tulis rencana aksi sebagai JSON zi.plan/1, atau sebagai tabel "
                        "keputusan 8 kolom (--format xlsx|csv)",
                        kExportUsage,
                        ArgSpec().Text("--plan").Text("-o").Text("--format").Flag("--no-heading"),
                        RunExport}};

}  // namespace
}  // namespace zi::cli
