// Reading and writing plans in the `zi.plan/1` JSON format (docs/plan-format.md).
#ifndef ZI_PLAN_JSON_HPP
#define ZI_PLAN_JSON_HPP

#include <span>
#include <string>
#include <string_view>
#include <vector>

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

// One text of a batch and the name its errors start with (empty: none).
struct PlanText {
  std::string_view json;
  std::string source_name;
};
// ReadPlanJson on every text, on up to `threads` threads (0: every hardware thread; the
// calling thread is one of them). options.source_name is not used: each text has its own.
// One result per text, in input order, each equal to what ReadPlanJson gives for that text
// alone, whatever the thread count.
std::vector<absl::StatusOr<Plan>> ReadPlanJsons(std::span<const PlanText> texts,
                                                const PlanReadOptions& options = {},
                                                int threads = 0);
// LoadPlanFile on every path, reading and parsing on up to `threads` threads as above; a
// file that cannot be opened is a NotFound result of its own. In input order.
std::vector<absl::StatusOr<Plan>> LoadPlanFiles(std::span<const std::string> paths,
                                                const PlanReadOptions& options = {},
                                                int threads = 0);

// Canonical form: fields in documented order, two-space indentation, trailing newline.
// Writing the result of reading this output gives the same bytes.
std::string WritePlanJson(const Plan& plan);

}  // namespace v1
}  // namespace zi

#endif  // ZI_PLAN_JSON_HPP
