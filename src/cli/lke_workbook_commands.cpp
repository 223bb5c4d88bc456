// zi lke import | export: the LKE workbook of PermenPANRB 90/2021 Lampiran III
// (docs/lke-workbook.md).
#include <fstream>
#include <ostream>

#include "absl/strings/str_cat.h"
#include "common.hpp"
#include "zi/defaults.hpp"
#include "zi/io/file.hpp"
#include "zi/io/lke_answers_csv.hpp"
#include "zi/io/lke_answers_json.hpp"
#include "zi/io/lke_rubric_json.hpp"
#include "zi/io/lke_workbook.hpp"

namespace zi::cli {
namespace {

using absl::StrCat;

absl::StatusOr<Rubric> RubricArg(const Args& args) {
  if (auto path = args.Option("--rubric")) return LoadRubricFile(*path);
  return DefaultRubric();
}

absl::StatusOr<LkeWorkbookLayout> LayoutArg(const Args& args, const Rubric& rubric) {
  if (auto path = args.Option("--layout")) return LoadLkeWorkbookLayoutFile(*path, rubric);
  return DefaultLkeWorkbookLayout(rubric);
}

void PrintFindings(std::ostream& err, const std::vector<Diagnostic>& findings) {
  for (const Diagnostic& d : findings) {
    err << (d.severity == Severity::kError     ? "galat"
            : d.severity == Severity::kWarning ? "peringatan"
                                               : "info")
        << ": " << d.where << ": " << d.message << " [" << d.code << "]\n";
  }
}

int RunImport(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Rubric> rubric = RubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  absl::StatusOr<LkeWorkbookLayout> layout = LayoutArg(args, *rubric);
  if (!layout.ok()) return Fail(err, layout.status());
  const std::string path = args.positional()[0];
  absl::StatusOr<std::string> bytes = ReadFileText(path, "buku kerja LKE");
  if (!bytes.ok()) return Fail(err, bytes.status());
  LkeWorkbookReadOptions options;
  options.source = path;
  if (auto satker = args.Option("--satker")) options.satker = *satker;
  if (auto year = args.Int("--year")) options.year = static_cast<int>(*year);
  absl::StatusOr<LkeWorkbookImport> result = ReadLkeWorkbook(*bytes, *rubric, *layout, options);
  if (!result.ok()) return Fail(err, result.status());
  const bool errors = HasErrors(result->findings);
  // -o ANSWERS.csv writes the CSV answers format, anything else JSON.
  const std::optional<std::string> o = args.Option("-o");
  const bool csv = o && FormatOfPath(*o) == std::optional<std::string>(kFormatCsv);
  const std::string answers = csv ? WriteLkeAnswersCsv(result->answers, *rubric)
                                  : WriteLkeAnswersJson(result->answers, *rubric);
  if (args.Flag("--json")) {
    out << WriteLkeWorkbookImportJson(*result, *rubric);
  } else {
    PrintFindings(err, result->findings);
  }
  if (errors) {
    err << "zi: galat: " << path << ": buku kerja LKE memuat galat; jawaban tidak ditulis\n";
    return kExitFailure;
  }
  if (o) {
    std::ofstream f(*o, std::ios::binary);
    if (!(f << answers)) return Fail(err, StrCat(*o, ": tidak dapat ditulis"));
  } else if (!args.Flag("--json")) {
    out << answers;
  }
  return kExitOk;
}

const std::string kExportUsage =
    "zi lke export JAWABAN -o WORKBOOK.xlsx [--correct-defects] [--json] [--rubric BERKAS] "
    "[--layout BERKAS]";

int RunExport(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Rubric> rubric = RubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  absl::StatusOr<LkeWorkbookLayout> layout = LayoutArg(args, *rubric);
  if (!layout.ok()) return Fail(err, layout.status());
  auto o = args.Option("-o");
  if (!o) {
    return UsageError(err, "-o WORKBOOK.xlsx wajib diberikan", kExportUsage);
  }
  absl::StatusOr<LkeAnswerSet> answers = LoadLkeAnswersFile(args.positional()[0], *rubric);
  if (!answers.ok()) return Fail(err, answers.status());
  LkeWorkbookWriteOptions options;
  options.correct_defects = args.Flag("--correct-defects");
  absl::StatusOr<LkeWorkbookExport> result = WriteLkeWorkbook(*answers, *rubric, *layout, options);
  if (!result.ok()) return Fail(err, result.status());
  std::ofstream f(*o, std::ios::binary);
  if (!(f << result->bytes) || !f.flush()) return Fail(err, StrCat(*o, ": tidak dapat ditulis"));
  if (args.Flag("--json")) {
    out << WriteLkeWorkbookExportJson(*result);
  } else {
    PrintFindings(err, result->findings);
    out << "Buku kerja LKE ditulis ke " << *o << "\n";
  }
  return kExitOk;
}

const Register kImport{
    {"lke import",
     "baca jawaban, jumlah, indeks survei, catatan dan tautan bukti dari buku kerja LKE "
     "(lembar 'LKE ZI') menjadi set jawaban (JSON, atau CSV dengan -o BERKAS.csv); setiap "
     "masalah dilaporkan per sel",
     "zi lke import WORKBOOK.xlsx [-o JAWABAN.json|JAWABAN.csv] [--json] [--satker KODE] "
     "[--year YYYY] [--rubric BERKAS] [--layout BERKAS]",
     ArgSpec()
         .Text("-o")
         .Flag("--json")
         .Text("--satker")
         .Int("--year", 1900, 2200, "--year: '{}' bukan tahun antara 1900 dan 2200")
         .Text("--rubric")
         .Text("--layout")
         .Positional(1, 1),
     RunImport}};
const Register kExport{
    {"lke export",
     "tulis set jawaban ke tata letak buku kerja LKE dengan rumus yang menghitung nilai; cacat "
     "buku kerja yang beredar diperingatkan (atau diperbaiki dengan --correct-defects)",
     kExportUsage,
     ArgSpec()
         .Text("-o")
         .Flag("--correct-defects")
         .Flag("--json")
         .Text("--rubric")
         .Text("--layout")
         .Positional(1, 1),
     RunExport}};

}  // namespace
}  // namespace zi::cli
