#include "common.hpp"

#include <algorithm>
#include <fstream>
#include <ostream>

#include "absl/strings/str_cat.h"
#include "format.hpp"
#include "zi/defaults.hpp"
#include "zi/io/plan_json.hpp"

namespace zi::cli {

std::vector<Command>& Registry() {
  static std::vector<Command> commands;
  return commands;
}

absl::StatusOr<Plan> LoadPlanArg(const Args& args, bool validate) {
  if (auto path = args.Option("--plan")) {
    PlanReadOptions options;
    options.validate = validate;
    return LoadPlanFile(*path, options);
  }
  return DefaultPlan();
}

int Fail(std::ostream& err, const absl::Status& status) {
  return Fail(err, std::string(status.message()));
}

int Fail(std::ostream& err, const std::string& message) {
  err << "zi: galat: " << message << "\n";
  return kExitFailure;
}

int WriteOutput(const Args& args, const std::string& text, std::ostream& out, std::ostream& err) {
  if (auto path = args.Option("-o")) {
    std::ofstream f(*path, std::ios::binary);
    f << text;
    f.close();
    if (!f) return Fail(err, *path + ": tidak dapat menulis berkas");
    return kExitOk;
  }
  out << text;
  return kExitOk;
}

std::vector<std::string> ReportFormats() {
  return {kFormatText, kFormatJson, kFormatCsv, kFormatXlsx};
}

ArgSpec WithOutputOptions(ArgSpec spec, std::vector<std::string> formats, bool required) {
  const auto has = [&](const char* f) {
    return std::find(formats.begin(), formats.end(), f) != formats.end();
  };
  spec.Text("--format").Text("-o");
  if (has(kFormatJson)) spec.Flag("--json");
  if (has(kFormatText) && has(kFormatCsv)) spec.Text("--sheet");
  return spec.Formats(std::move(formats), required);
}

std::optional<std::string> FormatOfPath(std::string_view path) {
  const size_t dot = path.rfind('.');
  const size_t slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return std::nullopt;
  }
  const std::string ext = AsciiLower(path.substr(dot + 1));
  if (ext == "txt") return kFormatText;
  if (ext == "htm") return kFormatHtml;
  for (const char* f : {kFormatJson, kFormatCsv, kFormatXlsx, kFormatHtml, kFormatIcs}) {
    if (ext == f) return f;
  }
  return std::nullopt;
}

absl::StatusOr<Output> ReadOutputArgs(const Args& args) {
  const std::vector<std::string> formats =
      args.formats().empty() ? ReportFormats() : args.formats();
  const auto supported = [&](const std::string& f) {
    return std::find(formats.begin(), formats.end(), f) != formats.end();
  };
  Output o;
  o.path = args.Option("-o");
  o.sheet = args.Option("--sheet").value_or("");
  std::optional<std::string> chosen;
  if (auto f = args.Option("--format")) {
    const std::string lower = AsciiLower(*f);
    if (!supported(lower)) {
      return absl::InvalidArgumentError(
          absl::StrCat("--format harus ", OrList(formats), ", bukan '", *f, "'"));
    }
    chosen = lower;
  }
  if (args.Flag("--json")) {
    if (chosen && *chosen != kFormatJson) {
      return absl::InvalidArgumentError(
          absl::StrCat("--json bertentangan dengan --format ", *args.Option("--format")));
    }
    chosen = kFormatJson;
  }
  if (o.path) {
    if (std::optional<std::string> ext = FormatOfPath(*o.path)) {
      if (chosen && *chosen != *ext) {
        return absl::InvalidArgumentError(absl::StrCat("-o '", *o.path, "' berekstensi berkas ",
                                                       *ext, ", tidak cocok dengan format ",
                                                       *chosen));
      }
      if (!supported(*ext)) {
        return absl::InvalidArgumentError(
            absl::StrCat("-o '", *o.path, "': perintah ini tidak menulis ", *ext,
                         " (format yang tersedia: ", OrList(formats), ")"));
      }
      chosen = *ext;
    }
  }
  if (!chosen) {
    if (args.format_required()) {
      std::vector<std::string> files;
      for (const std::string& f : formats) files.push_back("BERKAS." + f);
      return absl::InvalidArgumentError(
          absl::StrCat("berikan --format ", OrList(formats), " (atau -o ", OrList(files), ")"));
    }
    chosen = formats.front();
  }
  o.name = *chosen;
  o.format = ParseReportFormat(o.name).value_or(ReportFormat::kText);
  if (!o.sheet.empty() && o.name != kFormatCsv) {
    return absl::InvalidArgumentError("--sheet memilih tabel sebuah CSV (--format csv)");
  }
  return o;
}

std::string MoreLine(size_t shown, size_t total, std::string_view indent) {
  if (shown >= total) return "";
  return absl::StrCat(std::string(indent), "… dan ", total - shown, " lainnya (gunakan --all)\n");
}

std::string FormatNumber(double x, int decimals) { return Decimal(x, decimals); }

namespace {

int WriteBytes(const Output& output, const std::string& bytes, std::ostream& out,
               std::ostream& err) {
  if (output.path) {
    std::ofstream f(*output.path, std::ios::binary);
    f << bytes;
    f.close();
    if (!f) return Fail(err, *output.path + ": tidak dapat menulis berkas");
    return kExitOk;
  }
  out << bytes;
  return kExitOk;
}

}  // namespace

int WriteText(const Output& output, const std::string& text, std::ostream& out, std::ostream& err) {
  return WriteBytes(output, text, out, err);
}

int WriteTables(const Output& output, const ReportTables& tables, std::ostream& out,
                std::ostream& err) {
  absl::StatusOr<std::string> bytes;
  if (output.format == ReportFormat::kCsv) {
    bytes = ReportTablesCsv(tables, output.sheet);
  } else if (output.format == ReportFormat::kXlsx) {
    bytes = ReportTablesXlsx(tables);
  } else {
    return Fail(err, "internal: WriteTables untuk format " + output.name);
  }
  if (!bytes.ok()) return Fail(err, bytes.status());
  return WriteBytes(output, *bytes, out, err);
}

int UsageError(std::ostream& err, const std::string& message, const std::string& usage) {
  err << "zi: galat: " << message << "\nPenggunaan: " << usage << "\n";
  return kExitUsage;
}

void PrintDiagnostics(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    const char* label = d.severity == Severity::kError     ? "GALAT     "
                        : d.severity == Severity::kWarning ? "PERINGATAN"
                                                           : "INFO      ";
    std::string where = d.where;
    if (!d.field.empty()) where += " [" + d.field + "]";
    out << label << "  " << PadRight(where, 26) << " " << d.message << "  (" << d.code << ")\n";
  }
}

}  // namespace zi::cli
