#include "cli/common.hpp"

#include <boost/json.hpp>
#include <cstdio>
#include <ostream>

#include "internal/strings.hpp"
#include "internal/json_io.hpp"
#include "zi/defaults.hpp"
#include "zi/io/plan_json.hpp"

namespace zi::cli {
namespace internal = ::zi::internal;

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

void PrintDiagnostics(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    const char* label = d.severity == Severity::kError     ? "GALAT     "
                        : d.severity == Severity::kWarning ? "PERINGATAN"
                                                           : "INFO      ";
    std::string where = d.where;
    if (!d.field.empty()) internal::Append(&where, " [", d.field, "]");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%-26s", where.c_str());
    out << label << "  " << buf << " " << d.message << "  (" << d.code << ")\n";
  }
}

std::string DiagnosticsJson(const std::vector<Diagnostic>& diagnostics) {
  return internal::WriteJsonCompact(internal::DiagnosticsToJson(diagnostics));
}

std::string FormatNumber(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

}  // namespace zi::cli
