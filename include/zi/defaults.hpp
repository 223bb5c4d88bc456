// The defaults compiled into the library: the KPU Provinsi Sulawesi Tengah 2026 plan,
// the ID-2026 working-day calendar and the PermenPANRB 90/2021 LKE rubric. Each is the
// JSON file of the same name under data/, and each can be replaced at run time by
// loading another file.
#ifndef ZI_DEFAULTS_HPP
#define ZI_DEFAULTS_HPP

#include <optional>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/deadline/calendar.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/plan/plan.hpp"

namespace zi {
inline namespace v1 {

// Names of the embedded data files, e.g. "plans/kpu-sulteng-2026.json".
std::vector<std::string_view> EmbeddedDataNames();
// The bytes of one embedded file; nullopt for an unknown name.
std::optional<std::string_view> EmbeddedData(std::string_view name);

inline constexpr std::string_view kDefaultPlanName = "plans/kpu-sulteng-2026.json";
// The name of the default calendar, for EmbeddedCalendar() (zi/io/calendar_json.hpp).
inline constexpr std::string_view kDefaultCalendarName = "ID-2026";
// Name of the embedded default rubric, for EmbeddedData().
inline constexpr std::string_view kDefaultRubricName = "lke/permenpanrb-90-2021.json";

// The embedded default plan, parsed once and shared (copies are cheap).
absl::StatusOr<Plan> DefaultPlan();

// The default calendar, ID-2026.
absl::StatusOr<Calendar> DefaultCalendar(CalendarOptions options = {});
// The embedded calendar a plan names (Plan::calendar_name(), "ID-<year>" by default).
absl::StatusOr<Calendar> CalendarForPlan(const Plan& plan, CalendarOptions options = {});

// The embedded PermenPANRB 90/2021 rubric, parsed once and shared.
absl::StatusOr<Rubric> DefaultRubric();

}  // namespace v1
}  // namespace zi

#endif  // ZI_DEFAULTS_HPP
