/* Load the default plan, lint it, and print the indicators of one component (the
 * Penguatan Pengawasan komponen, LKE area "PW") with their schedule and target.
 * The same task as examples/cpp/plan_walk.cpp and examples/python/plan_walk.py; the
 * test suite checks that the three print the same thing. Build against libzi_c:
 *   cc -std=c99 plan_walk.c $(pkg-config --cflags --libs zi_c)                          */
#include <stdio.h>
#include <string.h>

#include <zi/zi.h>

static int fail(const char *what) {
  fprintf(stderr, "%s: %s\n", what, zi_last_error_message());
  return 1;
}

int main(void) {
  zi_plan *plan = NULL;
  zi_diagnostics *diagnostics = NULL;
  size_t c, a, k, i;

  if (zi_plan_default(&plan) != ZI_OK) return fail("zi_plan_default");
  if (zi_plan_lint(&diagnostics, plan, NULL) != ZI_OK) {
    zi_plan_free(plan);
    return fail("zi_plan_lint");
  }
  printf("%s, %d: %zu errors, %zu warnings\n", zi_satker_name(zi_plan_satker(plan)), (int)zi_plan_year(plan),
         zi_diagnostics_count_severity(diagnostics, ZI_SEVERITY_ERROR),
         zi_diagnostics_count_severity(diagnostics, ZI_SEVERITY_WARNING));
  zi_diagnostics_free(diagnostics);

  for (c = 0; c < zi_plan_component_count(plan); ++c) {
    const zi_component *component = zi_plan_component(plan, c);
    if (strcmp(zi_component_lke_area(component), "PW") != 0) continue;
    printf("%s %s\n", zi_component_id(component), zi_component_name(component));
    for (a = 0; a < zi_component_aspect_count(component); ++a) {
      const zi_aspect *aspect = zi_component_aspect(component, a);
      for (k = 0; k < zi_aspect_activity_count(aspect); ++k) {
        const zi_activity *activity = zi_aspect_activity(aspect, k);
        for (i = 0; i < zi_activity_indicator_count(activity); ++i) {
          const zi_indicator *indicator = zi_activity_indicator(activity, i);
          printf("  %s  %s | %s\n", zi_indicator_id(indicator), zi_indicator_schedule(indicator),
                 zi_indicator_target(indicator));
        }
      }
    }
  }
  zi_plan_free(plan); /* every pointer and string read above dies with the plan */
  return 0;
}
