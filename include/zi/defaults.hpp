// The defaults compiled into the library: the KPU Provinsi Sulawesi Tengah 2026 plan,
// the ID-2026 working-day calendar and the PermenPANRB 90/2021 LKE rubric. Each is the
// JSON file of the same name under data/, and each can be replaced at run time by
// loading another file.
#ifndef ZI_EMBEDDED_HPP
#define ZI_EMBEDDED_HPP

#include <optional>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/plan/plan.hpp"

namespace zi {
inline namespace v1 {

// Names of the embedded data files, e.g. "plans/kpu-sulteng-2026.json".
std::vector<std::string_view> EmbeddedDataNames();
// The bytes of one embedded file; nullopt for an unknown name.
std::optional<std::string_view> EmbeddedData(std::string_view name);

inline constexpr std::string_view kDefaultPlanName = "plans/kpu-sulteng-2026.json";

// The embedded default plan, parsed once and shared (copies are cheap).
absl::StatusOr<Plan> DefaultPlan();

}  // namespace v1
}  // namespace zi

#endif  // ZI_EMBEDDED_HPP
