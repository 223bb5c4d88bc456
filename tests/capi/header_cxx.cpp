// The public header compiled as C++ with the project's strict warnings: extern "C",
// ZI_NOEXCEPT and the option initialisers must work for C++ embedders too.
#include "zi/zi.h"

#include <cstdio>
#include <memory>
#include <type_traits>

static_assert(noexcept(zi_plan_free(nullptr)), "C functions are noexcept in C++");
static_assert(std::is_same<zi_status, int32_t>::value, "zi_status is int32_t");
static_assert(std::is_standard_layout<zi_plan_load_options>::value, "options are plain C structs");
static_assert(std::is_standard_layout<zi_portfolio_score_options>::value, "options are plain C structs");
static_assert(noexcept(zi_portfolio_scores_free(nullptr)), "C functions are noexcept in C++");

namespace {

// The RAII style docs/c-api.md recommends for C++ callers.
struct PlanDeleter {
  void operator()(zi_plan* p) const noexcept { zi_plan_free(p); }
};
using PlanPtr = std::unique_ptr<zi_plan, PlanDeleter>;

}  // namespace

int main() {
  zi_plan_load_options opts = ZI_PLAN_LOAD_OPTIONS_INIT;
  zi_lint_options lint = ZI_LINT_OPTIONS_INIT;
  zi_plan* raw = nullptr;
  if (zi_plan_default(&raw) != ZI_OK) return 1;
  PlanPtr plan(raw);
  zi_diagnostics* d = nullptr;
  if (zi_plan_lint(&d, plan.get(), &lint) != ZI_OK) return 1;
  std::printf("%zu diagnostics, validate=%d\n", zi_diagnostics_count(d), opts.validate ? 1 : 0);
  zi_diagnostics_free(d);
  // The option initialisers of zi.h 0.2 in C++ (aggregate initialisation).
  zi_scoring_policy policy = ZI_SCORING_POLICY_INIT;
  zi_portfolio_score_options score = ZI_PORTFOLIO_SCORE_OPTIONS_INIT;
  zi_due_policy_options due = ZI_DUE_POLICY_OPTIONS_INIT;
  zi_report* report = nullptr;
  zi_date as_of{20635};  // 2026-07-01
  if (zi_score_plan(&report, plan.get(), nullptr, nullptr, as_of, &policy) != ZI_OK) return 1;
  std::unique_ptr<zi_report, void (*)(zi_report*) noexcept> owned(report, zi_report_free);
  if (score.threshold != 75.0 || due.convention != ZI_CONVENTION_FOLLOWING) return 1;
  return zi_plan_indicator_count(plan.get()) == 64 ? 0 : 1;
}
