// zi plan export (the decree table) | plan template | plan diff, zi satker list | find.
#include "plan_io.hpp"

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common.hpp"
#include "format.hpp"
#include "zi/defaults.hpp"
#include "zi/io/decree_import.hpp"
#include "zi/io/plan_diff_json.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/io/plan_table.hpp"
#include "zi/io/satker_json.hpp"
#include "zi/plan/plan_diff.hpp"
#include "zi/plan/satker_registry.hpp"

namespace zi::cli {

namespace {

using absl::StrCat;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && Lower(s.substr(s.size() - suffix.size())) == suffix;
}

int WriteTable(const Output& output, const TableSheet& sheet, const std::string& usage,
               std::ostream& out, std::ostream& err) {
  const PlanTableFormat format = *ParsePlanTableFormat(output.name);  // csv or xlsx
  const std::optional<std::string>& path = output.path;
  if (!path && format == PlanTableFormat::kXlsx) {
    return UsageError(err, "--format xlsx menulis berkas biner: berikan -o BERKAS.xlsx", usage);
  }
  if (path) {
    if (absl::Status st = WritePlanTableFile(sheet, format, *path); !st.ok()) return Fail(err, st);
    return kExitOk;
  }
  absl::StatusOr<std::string> bytes = WritePlanTableBytes(sheet, format);
  if (!bytes.ok()) return Fail(err, bytes.status());
  out << *bytes;
  return kExitOk;
}

// ---- zi plan template ----------------------------------------------------------------

const char kTemplateUsage[] =
    "zi plan template (--format xlsx|csv | -o BERKAS.xlsx|BERKAS.csv) [--example]";

int RunTemplate(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return UsageError(err, std::string(output.status().message()), kTemplateUsage);
  return WriteTable(*output, PlanTemplateSheet(args.Flag("--example")), kTemplateUsage, out, err);
}

// ---- zi plan diff --------------------------------------------------------------------

const char kDiffUsage[] =
    "zi plan diff A B [--notes ignore|kinds|full] [--source-cells] [--format text|json] "
    "[-o BERKAS] [--json]";

// A plan file (zi.plan/1 JSON), a decree table (.xlsx .csv .tsv .txt, imported), or "-" /
// "default" for the embedded plan.
absl::StatusOr<Plan> LoadDiffPlan(const std::string& what) {
  if (what == "-" || what == "default") return DefaultPlan();
  if (EndsWith(what, ".xlsx") || EndsWith(what, ".csv") || EndsWith(what, ".tsv") ||
      EndsWith(what, ".txt")) {
    absl::StatusOr<DecreeImport> imported = ImportDecreeFile(what);
    if (!imported.ok()) return imported.status();
    return imported->plan;
  }
  return LoadPlanFile(what);
}

int RunDiff(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return UsageError(err, std::string(output.status().message()), kDiffUsage);
  PlanDiffOptions options;
  if (auto n = args.Option("--notes")) {
    std::optional<NoteComparison> parsed = ParseNoteComparison(*n);
    if (!parsed) {
      return UsageError(err, StrCat("--notes harus ignore, kinds atau full, bukan '", *n, "'"),
                        kDiffUsage);
    }
    options.notes = *parsed;
  }
  options.source_cells = args.Flag("--source-cells");
  const std::string& name_a = args.positional()[0];
  const std::string& name_b = args.positional()[1];
  // Trouble reading a plan is exit 2, as in diff(1): 1 means "they differ".
  absl::StatusOr<Plan> a = LoadDiffPlan(name_a);
  if (!a.ok()) {
    Fail(err, a.status());
    return kExitUsage;
  }
  absl::StatusOr<Plan> b = LoadDiffPlan(name_b);
  if (!b.ok()) {
    Fail(err, b.status());
    return kExitUsage;
  }
  const PlanDiff diff = DiffPlans(*a, *b, options);
  const int w =
      WriteText(*output,
                output->name == kFormatJson ? WritePlanDiffJson(diff, name_a, name_b, options)
                                            : FormatPlanDiff(diff, name_a, name_b),
                out, err);
  if (w != kExitOk) return w;
  return diff.empty() ? kExitOk : kExitFailure;
}

// ---- zi satker list | find -----------------------------------------------------------

std::string_view LevelWord(SatkerLevel l) {
  switch (l) {
    case SatkerLevel::kPusat: return "pusat";
    case SatkerLevel::kProvinsi: return "provinsi";
    case SatkerLevel::kKabkota: return "kabupaten/kota";
  }
  return "";
}

void PrintSatker(std::ostream& out, const std::vector<const Satker*>& list) {
  for (const Satker* s : list) {
    out << PadRight(s->code, 10) << " " << PadRight(s->name, 42) << " "
        << PadRight(LevelWord(s->level), 15) << " "
        << PadRight(s->parent.empty() ? "-" : s->parent, 7) << " " << ToString(s->time_zone)
        << "\n";
  }
}

void PrintSatkerHeader(std::ostream& out) {
  out << PadRight("KODE", 10) << " " << PadRight("NAMA", 42) << " " << PadRight("TINGKAT", 15)
      << " " << PadRight("INDUK", 7) << " ZONA\n";
}

const char kListUsage[] =
    "zi satker list [--level ri|provinsi|kabkota] [--parent KODE] [--limit N | --all] "
    "[--format text|json] [-o BERKAS] [--json]";

int RunList(const Args& args, std::ostream& sink, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return UsageError(err, std::string(output.status().message()), kListUsage);
  std::optional<SatkerLevel> level;
  if (auto l = args.Option("--level")) {
    const std::string w = Lower(*l);
    if (w == "ri" || w == "pusat") {
      level = SatkerLevel::kPusat;
    } else {
      level = ParseSatkerLevel(w == "kabupaten/kota" || w == "kabkot" ? "kabkota" : w);
    }
    if (!level) {
      return UsageError(err, StrCat("--level harus ri, provinsi atau kabkota, bukan '", *l, "'"),
                        kListUsage);
    }
  }
  std::string parent;
  if (auto p = args.Option("--parent")) {
    const Satker* s = FindSatkerByCode(*p);
    if (s == nullptr)
      return Fail(err, StrCat("--parent: satker '", *p, "' tidak ada dalam daftar satker KPU"));
    parent = s->code;
  }
  std::vector<const Satker*> list;
  for (const Satker& s : KpuSatker()) {
    if (level && s.level != *level) continue;
    if (!parent.empty() && s.parent != parent) continue;
    list.push_back(&s);
  }
  const size_t total = list.size();
  if (const size_t limit = args.Limit(SIZE_MAX); limit < list.size()) list.resize(limit);
  if (output->name == kFormatJson) return WriteText(*output, WriteSatkerListJson(list), sink, err);
  std::ostringstream out;
  out << total << " satker";
  if (list.size() < total) out << " (ditampilkan " << list.size() << ")";
  out << "\n";
  if (!list.empty()) PrintSatkerHeader(out);
  PrintSatker(out, list);
  out << MoreLine(list.size(), total, "");
  return WriteText(*output, out.str(), sink, err);
}

const char kFindUsage[] =
    "zi satker find NAMA|KODE [--limit N | --all] [--format text|json] [-o BERKAS] [--json]";

int RunFind(const Args& args, std::ostream& sink, std::ostream& err) {
  absl::StatusOr<Output> output = ReadOutputArgs(args);
  if (!output.ok()) return UsageError(err, std::string(output.status().message()), kFindUsage);
  const std::string query = absl::StrJoin(args.positional(), " ");
  std::vector<const Satker*> found = FindSatker(query);
  const size_t total = found.size();
  if (const size_t limit = args.Limit(SIZE_MAX); limit < found.size()) found.resize(limit);
  std::ostringstream out;
  if (output->name == kFormatJson) {
    out << WriteSatkerListJson(found, query);
  } else if (found.empty()) {
    out << "Tidak ada satker yang cocok dengan '" << query << "'.\n";
  } else {
    out << total << " satker cocok dengan '" << query << "'\n";
    PrintSatkerHeader(out);
    PrintSatker(out, found);
    out << MoreLine(found.size(), total, "");
  }
  const int w = WriteText(*output, out.str(), sink, err);
  if (w != kExitOk) return w;
  return total == 0 ? kExitFailure : kExitOk;
}

const Register kTemplate{{"plan template",
                          "tulis tabel rencana aksi kosong (8 kolom keputusan) untuk diisi",
                          kTemplateUsage,
                          WithOutputOptions(ArgSpec(), {kFormatXlsx, kFormatCsv},
                                            /*required=*/true)
                              .Flag("--example"),
                          RunTemplate}};
const Register kDiff{{"plan diff",
                      "bandingkan dua rencana aksi (status keluar 0 sama, 1 berbeda, 2 galat)",
                      kDiffUsage,
                      WithOutputOptions(ArgSpec(), {kFormatText, kFormatJson})
                          .Enum("--notes", {"ignore", "kinds", "full"})
                          .Flag("--source-cells")
                          .Positional(2, 2),
                      RunDiff}};
const Register kList{
    {"satker list", "daftar satker KPU (KPU RI, provinsi, kabupaten/kota)", kListUsage,
     WithOutputOptions(ArgSpec(), {kFormatText, kFormatJson})
         .Enum("--level", {"ri", "provinsi", "kabkota"}, {"pusat", "kabupaten/kota", "kabkot"})
         .Text("--parent")
         .Limit(),
     RunList}};
const Register kFind{
    {"satker find", "cari satker KPU menurut nama atau kode", kFindUsage,
     WithOutputOptions(ArgSpec(), {kFormatText, kFormatJson}).Limit().Positional(1, 32), RunFind}};

}  // namespace

// ---- zi plan export --format xlsx|csv (called from plan_commands.cpp) ----------------

int RunPlanTableExport(const Args& args, const Output& output, const std::string& usage,
                       std::ostream& out, std::ostream& err) {
  absl::StatusOr<Plan> plan = LoadPlanArg(args);
  if (!plan.ok()) return Fail(err, plan.status());
  PlanTableOptions options;
  options.heading = !args.Flag("--no-heading");
  return WriteTable(output, PlanTableSheet(*plan, options), usage, out, err);
}

}  // namespace zi::cli
