#include "common.hpp"

#include <fstream>
#include <ostream>

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
  err << "zi: error: " << message << "\n";
  return kExitFailure;
}

int WriteOutput(const Args& args, const std::string& text, std::ostream& out, std::ostream& err) {
  if (auto path = args.Option("-o")) {
    std::ofstream f(*path, std::ios::binary);
    f << text;
    f.close();
    if (!f) return Fail(err, *path + ": cannot write");
    return kExitOk;
  }
  out << text;
  return kExitOk;
}

ArgSpec WithOutputOptions(ArgSpec spec) {
  return spec.Flag("--json").Text("--format").Text("-o").Text("--sheet");
}

absl::StatusOr<Output> ReadOutputArgs(const Args& args) {
  Output o;
  o.path = args.Option("-o");
  o.sheet = args.Option("--sheet").value_or("");
  if (auto f = args.Option("--format")) {
    std::optional<ReportFormat> parsed = ParseReportFormat(*f);
    if (!parsed) {
      return absl::InvalidArgumentError("--format must be text, json, csv or xlsx, not '" + *f +
                                        "'");
    }
    if (args.Flag("--json") && *parsed != ReportFormat::kJson) {
      return absl::InvalidArgumentError("--json contradicts --format " + *f);
    }
    o.format = *parsed;
  } else if (args.Flag("--json")) {
    o.format = ReportFormat::kJson;
  } else if (o.path) {
    o.format = ReportFormatForPath(*o.path).value_or(ReportFormat::kText);
  }
  if (!o.sheet.empty() && o.format != ReportFormat::kCsv) {
    return absl::InvalidArgumentError("--sheet chooses the table of a CSV (--format csv)");
  }
  return o;
}

namespace {

int WriteBytes(const Output& output, const std::string& bytes, std::ostream& out,
               std::ostream& err) {
  if (output.path) {
    std::ofstream f(*output.path, std::ios::binary);
    f << bytes;
    f.close();
    if (!f) return Fail(err, *output.path + ": cannot write");
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
    return Fail(err, "internal: WriteTables called for a text format");
  }
  if (!bytes.ok()) return Fail(err, bytes.status());
  return WriteBytes(output, *bytes, out, err);
}

int UsageError(std::ostream& err, const std::string& message, const std::string& usage) {
  err << "zi: error: " << message << "\nUsage: " << usage << "\n";
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
