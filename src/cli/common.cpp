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
