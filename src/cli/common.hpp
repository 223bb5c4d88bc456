// Shared pieces of the zi commands: exit codes, plan loading, output helpers.
#ifndef ZI_CLI_COMMON_HPP
#define ZI_CLI_COMMON_HPP

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "args.hpp"
#include "zi/base/diagnostic.hpp"
#include "zi/io/report_json.hpp"
#include "zi/io/report_tables.hpp"
#include "zi/plan/plan.hpp"

namespace zi::cli {

// Exit statuses, documented in `zi --help`.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // bad input, or the check found errors
inline constexpr int kExitUsage = 2;    // wrong command line

struct Command {
  std::string path;     // "plan show"
  std::string summary;  // one line for `zi --help`
  std::string usage;    // "zi plan show [--plan FILE] [--json]"
  ArgSpec spec;
  std::function<int(const Args&, std::ostream& out, std::ostream& err)> run;
};

// Every command, in help order. Each *_commands.cpp registers its own.
std::vector<Command>& Registry();
struct Register {
  explicit Register(Command c) { Registry().push_back(std::move(c)); }
};

// --plan FILE, or the embedded default plan.
absl::StatusOr<Plan> LoadPlanArg(const Args& args, bool validate = true);
// Prints "zi: galat: <message>" and returns kExitFailure.
int Fail(std::ostream& err, const absl::Status& status);
int Fail(std::ostream& err, const std::string& message);
// Writes `text` to -o FILE if given, else to `out`.
int WriteOutput(const Args& args, const std::string& text, std::ostream& out, std::ostream& err);

// Where and how a command's output goes (docs/cli.md "Keluaran"): --format NAME (any
// case), -o FILE (the format taken from its extension .json .csv .xlsx .html .ics .txt when
// --format is not given; an extension that contradicts --format is an error), --sheet NAME
// (which table a CSV holds) and the older --json flag (= --format json).
struct Output {
  std::string name = kFormatText;  // kFormat*: "text", "json", "csv", "xlsx", "html", "ics"
  ReportFormat format = ReportFormat::kText;  // `name` for the four report formats, else kText
  std::optional<std::string> path;            // -o
  std::string sheet;                          // --sheet
};
// The formats of the score, agenda, ... reports: text, json, csv, xlsx.
std::vector<std::string> ReportFormats();
// Declares the formats a command writes (the first is the default, unless `required`) and
// adds -o and --format, --json when JSON is one of them, --sheet when a text report also
// comes as CSV tables.
ArgSpec WithOutputOptions(ArgSpec spec, std::vector<std::string> formats = ReportFormats(),
                          bool required = false);
// The format of a path's extension, if it is one of zi's (".JSON" too).
std::optional<std::string> FormatOfPath(std::string_view path);
// The output the command line asks for; InvalidArgument (a usage error, in Indonesian) for
// an unknown or unsupported --format, an -o extension that contradicts it or that the
// command cannot write, --json with another --format, --sheet without CSV, or no format
// at all for a command that has no default.
absl::StatusOr<Output> ReadOutputArgs(const Args& args);
// Text or JSON to -o FILE, or to `out`.
int WriteText(const Output& output, const std::string& text, std::ostream& out, std::ostream& err);
// CSV (one sheet: --sheet, or the report's primary one) or XLSX (every sheet) to -o FILE,
// or to `out`. Text and JSON formats are the caller's: this returns kExitFailure for them.
int WriteTables(const Output& output, const ReportTables& tables, std::ostream& out,
                std::ostream& err);
// "  … dan N lainnya (gunakan --all)\n" when `shown` < `total`, else "".
std::string MoreLine(size_t shown, size_t total, std::string_view indent = "  ");
// "zi: galat: <message>\nPenggunaan: <usage>", kExitUsage.
int UsageError(std::ostream& err, const std::string& message, const std::string& usage);

// Human-readable diagnostic lines, one per diagnostic.
void PrintDiagnostics(std::ostream& out, const std::vector<Diagnostic>& diagnostics);
// A number as people read it: up to `decimals` places, no trailing zeros, decimal comma
// (Decimal in format.hpp: the one number format of the human output).
std::string FormatNumber(double x, int decimals = 2);

}  // namespace zi::cli

#endif  // ZI_CLI_COMMON_HPP
