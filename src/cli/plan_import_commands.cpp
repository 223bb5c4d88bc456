// zi plan import: a satker's Rencana Aksi decree annex (PDF-converter text, CSV/TSV or XLSX)
// into a zi.plan/1 plan, with the import report (docs/decree-import.md).
#include <fstream>
#include <ostream>

#include "absl/strings/str_cat.h"
#include "common.hpp"
#include "compliance.hpp"
#include "zi/io/decree_import.hpp"
#include "zi/io/plan_json.hpp"

namespace zi::cli {
namespace {

constexpr char kImportUsage[] =
    "zi plan import BERKAS [--format auto|text|csv|xlsx] [--encoding E] [--sheet S] "
    "[--satker KODE] [--year Y] [-o rencana.json] [--json]";

int RunImport(const Args& args, std::ostream& out, std::ostream& err) {
  DecreeImportOptions options;
  if (auto f = args.Option("--format")) {
    std::optional<DecreeFormat> format = ParseDecreeFormat(*f);
    if (!format) {
      return UsageError(err,
                        absl::StrCat("--format \"", *f, "\" tidak dikenal (auto, text, csv, xlsx)"),
                        kImportUsage);
    }
    options.format = *format;
  }
  if (auto e = args.Option("--encoding")) {
    std::optional<TextEncoding> enc = ParseTextEncoding(*e);
    if (!enc) {
      return UsageError(
          err, absl::StrCat("--encoding \"", *e, "\" tidak dikenal (auto, utf-8, utf-16, cp1252)"),
          kImportUsage);
    }
    options.encoding = *enc;
  }
  if (auto s = args.Option("--sheet")) options.sheet = *s;
  // Here --format names the format of the decree read; -o is the plan written, always
  // zi.plan/1 JSON (docs/cli.md).
  if (auto o = args.Option("-o")) {
    if (std::optional<std::string> f = FormatOfPath(*o); f && *f != kFormatJson) {
      return UsageError(err,
                        absl::StrCat("-o '", *o, "': rencana aksi ditulis sebagai JSON zi.plan/1, ",
                                     "bukan ", *f, " (gunakan -o BERKAS.json)"),
                        kImportUsage);
    }
  }
  if (auto s = args.Option("--satker")) options.satker_code = *s;
  if (auto y = args.Int("--year")) options.year = static_cast<int>(*y);

  const std::string& path = args.positional().front();
  absl::StatusOr<DecreeImport> result = ImportDecreeFile(path, options);
  if (!result.ok()) return Fail(err, result.status());

  const std::string plan_json = WritePlanJson(result->plan);
  const std::string report =
      args.Flag("--json") ? DecreeImportReportJson(*result) : DecreeImportReportText(*result);
  if (auto o = args.Option("-o")) {
    std::ofstream file(*o, std::ios::binary | std::ios::trunc);
    file << plan_json;
    file.close();
    if (!file) return Fail(err, absl::StrCat("tidak dapat menulis ", *o));
    out << report;
    if (!args.Flag("--json")) out << "\nRencana aksi ditulis ke " << *o << "\n";
    return kExitOk;
  }
  // Without -o: the report alone with --json; else the plan JSON on stdout and the report
  // on stderr, so that `zi plan import d.txt > plan.json` keeps the plan clean.
  if (args.Flag("--json")) {
    out << report;
  } else {
    out << plan_json;
    err << report;
  }
  return kExitOk;
}

const Register kImport{
    {"plan import",
     "baca lampiran keputusan Rencana Aksi sebuah satker (teks PDF, CSV/TSV, "
     "XLSX) menjadi rencana aksi, dengan laporan impor",
     kImportUsage,
     ArgSpec()
         .Positional(1, 1)
         .Enum("--format", {"auto", "text", "csv", "xlsx"}, {"tsv", "txt"})
         .Enum("--encoding", {"auto", "utf-8", "utf-16", "cp1252"}, EncodingAliases())
         .Text("--sheet")
         .Text("--satker")
         .Int("--year", 1, 9999, "--year harus 1..9999")
         .Text("-o")
         .Flag("--json"),
     RunImport}};

}  // namespace
}  // namespace zi::cli
