#include "zi/defaults.hpp"

#include "internal/embedded_files.hpp"
#include "internal/strings.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/lke_rubric_json.hpp"
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
    if (!bytes) return absl::InternalError("rencana aksi bawaan tidak tertanam di pustaka");
    PlanReadOptions options;
    options.source_name = internal::Cat("<embedded>/", kDefaultPlanName);
    return ReadPlanJson(*bytes, options);
  }();
  return kPlan;
}

absl::StatusOr<Calendar> DefaultCalendar(CalendarOptions options) {
  return EmbeddedCalendar(kDefaultCalendarName, options);
}

absl::StatusOr<Calendar> CalendarForPlan(const Plan& plan, CalendarOptions options) {
  absl::StatusOr<Calendar> calendar = EmbeddedCalendar(plan.calendar_name(), options);
  if (calendar.ok() || !absl::IsNotFound(calendar.status())) return calendar;
  // Say what would work: the calendars shipped (with their years) and the option that
  // takes the user's own file.
  std::vector<std::string> shipped;
  for (const std::string& name : EmbeddedCalendarNames()) {
    absl::StatusOr<Calendar> c = EmbeddedCalendar(name);
    if (c.ok()) shipped.push_back(internal::Cat(name, " (", internal::Join(c->years(), ", "), ")"));
  }
  return absl::NotFoundError(internal::Cat(
      "rencana aksi tahun ", plan.year(), " memakai kalender '", plan.calendar_name(),
      "', yang bukan kalender bawaan (kalender bawaan: ", internal::Join(shipped, "; "),
      "); berikan hari liburnya sebagai berkas zi.calendar/1 dengan --calendar BERKAS "
      "(docs/calendar-format.md)"));
}

absl::StatusOr<Rubric> DefaultRubric() {
  // Parsed once; thread-safe initialisation of a function-local static.
  static const absl::StatusOr<Rubric> kRubric = []() -> absl::StatusOr<Rubric> {
    std::optional<std::string_view> bytes = EmbeddedData(kDefaultRubricName);
    if (!bytes) return absl::InternalError("rubrik LKE bawaan tidak tertanam di pustaka");
    RubricReadOptions options;
    options.source_name = internal::Cat("<embedded>/", kDefaultRubricName);
    return ReadRubricJson(*bytes, options);
  }();
  return kRubric;
}

}  // namespace v1
}  // namespace zi
