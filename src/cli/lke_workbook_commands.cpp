// zi lke import | export: the LKE workbook of PermenPANRB 90/2021 Lampiran III
// (docs/lke-workbook.md).
#include <fstream>
#include <ostream>

#include "absl/strings/str_cat.h"
#include "common.hpp"
#include "zi/defaults.hpp"
#include "zi/io/file.hpp"
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
  absl::StatusOr<std::string> bytes = ReadFileText(path, "LKE workbook");
  if (!bytes.ok()) return Fail(err, bytes.status());
  LkeWorkbookReadOptions options;
  options.source = path;
  if (auto satker = args.Option("--satker")) options.satker = *satker;
  if (auto year = args.Int("--year")) options.year = static_cast<int>(*year);
  absl::StatusOr<LkeWorkbookImport> result = ReadLkeWorkbook(*bytes, *rubric, *layout, options);
  if (!result.ok()) return Fail(err, result.status());
  const bool errors = HasErrors(result->findings);
  const std::string answers = WriteLkeAnswersJson(result->answers, *rubric);
  if (args.Flag("--json")) {
    out << WriteLkeWorkbookImportJson(*result, *rubric);
  } else {
    PrintFindings(err, result->findings);
  }
  if (errors) {
    err << "zi: error: " << path << ": buku kerja LKE memuat galat; jawaban tidak ditulis\n";
    return kExitFailure;
  }
  if (auto o = args.Option("-o")) {
    std::ofstream f(*o, std::ios::binary);
    if (!(f << answers)) return Fail(err, StrCat(*o, ": tidak dapat ditulis"));
  } else if (!args.Flag("--json")) {
    out << answers;
  }
  return kExitOk;
}

int RunExport(const Args& args, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Rubric> rubric = RubricArg(args);
  if (!rubric.ok()) return Fail(err, rubric.status());
  absl::StatusOr<LkeWorkbookLayout> layout = LayoutArg(args, *rubric);
  if (!layout.ok()) return Fail(err, layout.status());
  auto o = args.Option("-o");
  if (!o) {
    err << "zi: error: -o WORKBOOK.xlsx is required\nUsage: zi lke export ANSWERS -o "
           "WORKBOOK.xlsx\n";
    return kExitUsage;
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
    out << "Buku kerja LKE ditulis: " << *o << "\n";
  }
  return kExitOk;
}

const Register kImport{
    {"lke import",
     "read the answers, counts, survey indexes, notes and evidence links of an LKE workbook "
     "(sheet 'LKE ZI') into an answer set; every problem reported by cell",
     "zi lke import WORKBOOK.xlsx [-o ANSWERS.json] [--json] [--satker CODE] [--year YYYY] "
     "[--rubric FILE] [--layout FILE]",
     ArgSpec()
         .Text("-o")
         .Flag("--json")
         .Text("--satker")
         .Int("--year", 1900, 2200, "--year: '{}' is not a year from 1900 to 2200")
         .Text("--rubric")
         .Text("--layout")
         .Positional(1, 1),
     RunImport}};
const Register kExport{
    {"lke export",
     "write an answer set into the LKE workbook layout with formulas computing the scores, "
     "warning about (or with --correct-defects correcting) the circulated workbook's defects",
     "zi lke export ANSWERS -o WORKBOOK.xlsx [--correct-defects] [--json] [--rubric FILE] "
     "[--layout FILE]",
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
