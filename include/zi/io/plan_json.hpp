// Reading and writing plans in the `zi.plan/1` JSON format (docs/plan-format.md).
#ifndef ZI_PLAN_JSON_HPP
#define ZI_PLAN_JSON_HPP

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "zi/plan/plan.hpp"

namespace zi {
inline namespace v1 {

inline constexpr std::string_view kPlanFormat = "zi.plan/1";

struct PlanReadOptions {
  // When true (the default) a plan that fails ValidatePlan (duplicate ids, empty texts,
  // negative or non-finite weights, ...) is rejected with the first error. The lint
  // reads with false so that it can report every problem at once.
  bool validate = true;
  // Used in error messages ("plan.json: ..."); empty for buffers.
  std::string source_name;
};

// Parses a plan. Errors are InvalidArgument and say where: "line 3, column 7" for JSON
// syntax, a JSON pointer ("/components/0/aspects/2/weight") and what was expected for
// everything else. Unknown fields are errors.
absl::StatusOr<Plan> ReadPlanJson(std::string_view json, const PlanReadOptions& options = {});
// Reads a file (NotFound when it cannot be opened) and parses it.
absl::StatusOr<Plan> LoadPlanFile(const std::string& path, PlanReadOptions options = {});

// Canonical form: fields in documented order, two-space indentation, trailing newline.
// Writing the result of reading this output gives the same bytes.
std::string WritePlanJson(const Plan& plan);

}  // namespace v1
}  // namespace zi

#endif  // ZI_PLAN_JSON_HPP
