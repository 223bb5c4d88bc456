// Plan validation and lint: what is wrong with a plan, where, and why.
#ifndef ZI_LINT_HPP
#define ZI_LINT_HPP

#include <vector>

#include "zi/base/diagnostic.hpp"
#include "zi/plan/plan.hpp"

namespace zi {
inline namespace v1 {

// Structural errors only: a plan with any of these is not usable. Duplicate ids, empty
// names/texts, negative or non-finite weights, a year outside 2000..2100, an empty
// satker code or name, a plan with no components.
std::vector<Diagnostic> ValidatePlan(const Plan& plan);

// ValidatePlan plus the data-quality checks (docs/diagnostics.md): missing evidence,
// schedule or target; target phrases that do not parse or disagree with themselves;
// years in the texts that differ from the plan year; schedule phrases that do not
// parse or whose occurrences disagree with the target. Ordered by document position.
std::vector<Diagnostic> LintPlan(const Plan& plan);

}  // namespace v1
}  // namespace zi

#endif  // ZI_LINT_HPP
