// Diagnostic: one finding about a plan, a phrase or an input row.
//
// Codes are stable snake_case identifiers (docs/diagnostics.md lists them); messages are
// for people and may change. `where` names the node (an indicator id such as "1.2.1.1",
// "plan", "satker") and `field` the field within it ("target", "schedule", ...).
#ifndef ZI_DIAGNOSTIC_HPP
#define ZI_DIAGNOSTIC_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zi {
inline namespace v1 {

enum class Severity { kError, kWarning, kInfo };

struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string code;
  std::string where;
  std::string field;
  std::string message;

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

std::string_view ToString(Severity s);  // "error" | "warning" | "info"
std::optional<Severity> ParseSeverity(std::string_view s);
bool HasErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace v1
}  // namespace zi

#endif  // ZI_DIAGNOSTIC_HPP
