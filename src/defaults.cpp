#include "zi/defaults.hpp"

#include "internal/strings.hpp"
#include "internal/embedded_files.hpp"
#include "zi/io/plan_json.hpp"

namespace zi {
inline namespace v1 {

std::vector<std::string_view> EmbeddedDataNames() {
  std::vector<std::string_view> names;
  for (const internal::EmbeddedFile& f : internal::EmbeddedFiles()) names.push_back(f.name);
  return names;
}

std::optional<std::string_view> EmbeddedData(std::string_view name) {
  for (const internal::EmbeddedFile& f : internal::EmbeddedFiles()) {
    if (f.name == name) return f.bytes;
  }
  return std::nullopt;
}

absl::StatusOr<Plan> DefaultPlan() {
  // Parsed once; thread-safe initialisation of a function-local static.
  static const absl::StatusOr<Plan> kPlan = []() -> absl::StatusOr<Plan> {
    std::optional<std::string_view> bytes = EmbeddedData(kDefaultPlanName);
    if (!bytes) return absl::InternalError("the default plan is not embedded");
    PlanReadOptions options;
    options.source_name = internal::Cat("<embedded>/", kDefaultPlanName);
    return ReadPlanJson(*bytes, options);
  }();
  return kPlan;
}

}  // namespace v1
}  // namespace zi
