// Load the default plan, lint it, and print the indicators of one component (the
// Penguatan Pengawasan komponen, LKE area "PW") with their schedule and target.
// The same task as examples/c/plan_walk.c and examples/python/plan_walk.py, here with the
// C++ core (zi::core: find_package(zi CONFIG) and target_link_libraries(app zi::core)).
#include <cstdio>
#include <iostream>

#include "zi/defaults.hpp"
#include "zi/plan/lint.hpp"
#include "zi/plan/plan.hpp"

int main() {
  absl::StatusOr<zi::Plan> plan = zi::DefaultPlan();
  if (!plan.ok()) {
    std::cerr << plan.status().message() << "\n";
    return 1;
  }
  size_t errors = 0, warnings = 0;
  for (const zi::Diagnostic& d : zi::LintPlan(*plan)) {
    errors += d.severity == zi::Severity::kError;
    warnings += d.severity == zi::Severity::kWarning;
  }
  std::cout << plan->satker().name << ", " << plan->year() << ": " << errors << " errors, " << warnings
            << " warnings\n";

  for (const zi::Component& component : plan->components()) {
    if (component.lke_area != "PW") continue;
    std::cout << component.id << " " << component.name << "\n";
    for (const zi::Aspect& aspect : component.aspects) {
      for (const zi::Activity& activity : aspect.activities) {
        for (const zi::Indicator& indicator : activity.indicators) {
          std::cout << "  " << indicator.id << "  " << indicator.schedule << " | " << indicator.target << "\n";
        }
      }
    }
  }
  return 0;
}
