/* A downstream program: compiled against the installed zi/zi.h and linked with the
 * installed libzi_c, through find_package(zi) or pkg-config (see CMakeLists.txt). */
#include <stdio.h>

#include <zi/zi.h>

int main(void) {
  zi_plan *plan = NULL;
  zi_diagnostics *diagnostics = NULL;
  int ok;
  /* The startup check zi.h recommends: same ABI, a library at least as new as the header. */
  if (zi_abi_version() != ZI_ABI_VERSION || zi_version_number() < ZI_VERSION_NUMBER) {
    fprintf(stderr, "libzi_c %s does not match zi.h %s\n", zi_version_string(), ZI_VERSION_STRING);
    return 1;
  }
  if (zi_plan_default(&plan) != ZI_OK || zi_plan_lint(&diagnostics, plan, NULL) != ZI_OK) {
    fprintf(stderr, "%s\n", zi_last_error_message());
    zi_plan_free(plan);
    return 1;
  }
  ok = zi_plan_indicator_count(plan) > 0 &&
       zi_diagnostics_count_severity(diagnostics, ZI_SEVERITY_ERROR) == 0;
  printf("%s: libzi_c %s, %s, %zu indicators, %zu diagnostics\n", CONSUMER_NAME,
         zi_version_string(), zi_satker_name(zi_plan_satker(plan)), zi_plan_indicator_count(plan),
         zi_diagnostics_count(diagnostics));
  zi_diagnostics_free(diagnostics);
  zi_plan_free(plan);
  return ok ? 0 : 1;
}
