// A plan diff as JSON (format "zi.plan-diff/1", docs/plan-diff.md), as `zi plan diff --json`
// prints it and the C API and Python return it: two-space indentation, a trailing newline.
#ifndef ZI_IO_PLAN_DIFF_JSON_HPP
#define ZI_IO_PLAN_DIFF_JSON_HPP

#include <string>
#include <string_view>

#include "zi/plan/plan_diff.hpp"

namespace zi {
inline namespace v1 {

// `name_a` / `name_b` label the plans (file names); `options` are the ones the diff was
// made with (recorded in the output).
std::string WritePlanDiffJson(const PlanDiff& diff, std::string_view name_a,
                              std::string_view name_b, const PlanDiffOptions& options = {});

}  // namespace v1
}  // namespace zi

#endif  // ZI_IO_PLAN_DIFF_JSON_HPP
