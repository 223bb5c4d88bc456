/* C tests of the lint module: zi_plan_lint with and without options, the zi_diagnostics
 * result handle and its getters, error paths, and a result that outlives its plan.
 * Plain C99. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"

#ifndef ZI_CAPI_TEST_DATA
#error "ZI_CAPI_TEST_DATA (the tests/capi/data directory) must be defined"
#endif

#define NOT_NULL_SENTINEL ((zi_diagnostics *)(uintptr_t)0x1)

static zi_plan *load_data(const char *name, bool validate) {
  char path[4096];
  zi_plan *plan = NULL;
  zi_plan_load_options opts = ZI_PLAN_LOAD_OPTIONS_INIT;
  opts.validate = validate;
  snprintf(path, sizeof path, "%s/%s", ZI_CAPI_TEST_DATA, name);
  if (zi_plan_load_file(&plan, path, &opts) != ZI_OK) {
    fprintf(stderr, "cannot load %s: %s\n", name, zi_last_error_message());
    ++check_failures;
  }
  return plan;
}

/* Index of the first diagnostic with that code and where, or -1. */
static long find(const zi_diagnostics *d, const char *code, const char *where) {
  size_t i;
  for (i = 0; i < zi_diagnostics_count(d); ++i) {
    const zi_diagnostic *x = zi_diagnostics_get(d, i);
    if (strcmp(zi_diagnostic_code(x), code) == 0 && (!where || strcmp(zi_diagnostic_where(x), where) == 0)) {
      return (long)i;
    }
  }
  return -1;
}

static void test_lint_default_plan(void) {
  zi_plan *plan = NULL;
  zi_diagnostics *d = NOT_NULL_SENTINEL;
  const zi_diagnostic *x;
  long at;
  size_t errors, warnings, infos;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_plan_lint(&d, plan, NULL), ZI_OK);
  CHECK(d != NULL && d != NOT_NULL_SENTINEL);
  errors = zi_diagnostics_count_severity(d, ZI_SEVERITY_ERROR);
  warnings = zi_diagnostics_count_severity(d, ZI_SEVERITY_WARNING);
  infos = zi_diagnostics_count_severity(d, ZI_SEVERITY_INFO);
  CHECK(errors == 0);
  CHECK(warnings > 0);
  CHECK(errors + warnings + infos == zi_diagnostics_count(d));
  CHECK(zi_diagnostics_count_severity(d, 7) == 0);
  /* What `zi plan lint` reports for the decree (tests/CMakeLists.txt, cli.plan_lint). */
  at = find(d, "target_missing", "2.2.1.1");
  CHECK(at >= 0);
  x = zi_diagnostics_get(d, (size_t)at);
  CHECK(zi_diagnostic_severity(x) == ZI_SEVERITY_WARNING);
  CHECK_STR(zi_diagnostic_field(x), "target");
  CHECK(zi_diagnostic_message(x) != NULL && zi_diagnostic_message(x)[0] != '\0');
  CHECK(find(d, "text_year_mismatch", "1.2.1.1") >= 0);
  CHECK(find(d, "target_missing", "6.3.1.1") >= 0);
  zi_diagnostics_free(d);
  zi_plan_free(plan);
}

static void test_lint_reports_structural_errors(void) {
  zi_plan *plan = load_data("duplicate-ids.json", false);
  zi_diagnostics *d = NULL;
  long at;
  const zi_diagnostic *x;
  CHECK_STATUS(zi_plan_lint(&d, plan, NULL), ZI_OK); /* problems found is still ZI_OK */
  at = find(d, "duplicate_id", NULL);
  CHECK(at >= 0);
  x = zi_diagnostics_get(d, (size_t)at);
  CHECK(zi_diagnostic_severity(x) == ZI_SEVERITY_ERROR);
  CHECK_STR(zi_diagnostic_where(x), "1");
  CHECK(zi_diagnostics_count_severity(d, ZI_SEVERITY_ERROR) >= 1);
  zi_diagnostics_free(d);
  zi_plan_free(plan);
}

static void test_lint_options(void) {
  zi_plan *plan = NULL;
  zi_plan *bad = load_data("duplicate-ids.json", false);
  zi_diagnostics *d = NULL;
  zi_lint_options opts = ZI_LINT_OPTIONS_INIT;
  zi_lint_options init;
  CHECK(opts.version == ZI_LINT_OPTIONS_VERSION && ZI_LINT_OPTIONS_VERSION == 1);
  CHECK(opts.structural_only == false);
  memset(&init, 0xcd, sizeof init);
  CHECK_STATUS(zi_lint_options_init(&init, ZI_LINT_OPTIONS_VERSION), ZI_OK);
  CHECK(init.version == 1 && init.structural_only == false);

  /* structural_only: the default plan is structurally sound, so nothing is reported... */
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  opts.structural_only = true;
  CHECK_STATUS(zi_plan_lint(&d, plan, &opts), ZI_OK);
  CHECK(zi_diagnostics_count(d) == 0);
  zi_diagnostics_free(d);
  /* ...while the duplicate ids still are, and only errors. */
  CHECK_STATUS(zi_plan_lint(&d, bad, &opts), ZI_OK);
  CHECK(zi_diagnostics_count(d) >= 1);
  CHECK(zi_diagnostics_count_severity(d, ZI_SEVERITY_ERROR) == zi_diagnostics_count(d));
  zi_diagnostics_free(d);
  /* Explicit defaults equal NULL options. */
  opts.structural_only = false;
  {
    zi_diagnostics *a = NULL, *b = NULL;
    CHECK_STATUS(zi_plan_lint(&a, plan, &opts), ZI_OK);
    CHECK_STATUS(zi_plan_lint(&b, plan, NULL), ZI_OK);
    CHECK(zi_diagnostics_count(a) == zi_diagnostics_count(b));
    zi_diagnostics_free(a);
    zi_diagnostics_free(b);
  }
  zi_plan_free(bad);
  zi_plan_free(plan);
}

static void test_lint_errors(void) {
  zi_plan *plan = NULL;
  zi_diagnostics *d = NOT_NULL_SENTINEL;
  zi_lint_options opts = ZI_LINT_OPTIONS_INIT;
  zi_lint_options untouched;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);

  CHECK_STATUS(zi_plan_lint(NULL, plan, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("out");
  CHECK_STATUS(zi_plan_lint(&d, NULL, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("plan");
  CHECK(d == NULL);

  d = NOT_NULL_SENTINEL;
  opts.version = 0;
  CHECK_STATUS(zi_plan_lint(&d, plan, &opts), ZI_EVERSION);
  CHECK_MESSAGE_HAS("zi_lint_options: versi 0 tidak didukung");
  CHECK(d == NULL);
  d = NOT_NULL_SENTINEL;
  opts.version = ZI_LINT_OPTIONS_VERSION + 1;
  CHECK_STATUS(zi_plan_lint(&d, plan, &opts), ZI_EVERSION);
  CHECK(d == NULL);

  CHECK_STATUS(zi_lint_options_init(NULL, ZI_LINT_OPTIONS_VERSION), ZI_EINVALID);
  memset(&untouched, 0x11, sizeof untouched);
  opts = untouched;
  CHECK_STATUS(zi_lint_options_init(&opts, 0), ZI_EVERSION);
  CHECK_STATUS(zi_lint_options_init(&opts, 2), ZI_EVERSION);
  CHECK(memcmp(&opts, &untouched, sizeof opts) == 0);
  zi_plan_free(plan);
}

static void test_diagnostics_outlive_the_plan(void) {
  zi_plan *plan = NULL;
  zi_diagnostics *d = NULL;
  const zi_diagnostic *x;
  char code[128];
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_plan_lint(&d, plan, NULL), ZI_OK);
  x = zi_diagnostics_get(d, 0);
  CHECK(x != NULL);
  snprintf(code, sizeof code, "%s", zi_diagnostic_code(x));
  zi_plan_free(plan); /* the diagnostics own copies */
  CHECK_STR(zi_diagnostic_code(zi_diagnostics_get(d, 0)), code);
  CHECK(zi_diagnostic_where(x) != NULL);
  zi_diagnostics_free(d);
}

static void test_diagnostics_getters(void) {
  zi_plan *plan = NULL;
  zi_diagnostics *d = NULL;
  size_t i, n;
  int ok = 1;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_plan_lint(&d, plan, NULL), ZI_OK);
  n = zi_diagnostics_count(d);
  for (i = 0; i < n; ++i) {
    const zi_diagnostic *x = zi_diagnostics_get(d, i);
    int32_t sev = zi_diagnostic_severity(x);
    if (x == NULL || zi_severity_str(sev) == NULL) ok = 0;
    if (!zi_diagnostic_code(x) || !zi_diagnostic_where(x) || !zi_diagnostic_field(x) ||
        !zi_diagnostic_message(x)) {
      ok = 0;
    }
  }
  CHECK(ok);
  CHECK(zi_diagnostics_get(d, n) == NULL);
  CHECK(zi_diagnostics_get(d, SIZE_MAX) == NULL);
  /* NULL objects. */
  CHECK(zi_diagnostics_count(NULL) == 0);
  CHECK(zi_diagnostics_count_severity(NULL, ZI_SEVERITY_ERROR) == 0);
  CHECK(zi_diagnostics_get(NULL, 0) == NULL);
  CHECK(zi_diagnostic_severity(NULL) == -1);
  CHECK(zi_diagnostic_code(NULL) == NULL);
  CHECK(zi_diagnostic_where(NULL) == NULL);
  CHECK(zi_diagnostic_field(NULL) == NULL);
  CHECK(zi_diagnostic_message(NULL) == NULL);
  zi_diagnostics_free(d);
  zi_diagnostics_free(NULL);
  zi_plan_free(plan);
}

static void test_lint_full_plan(void) {
  zi_plan *plan = load_data("full.json", true);
  zi_diagnostics *d = NULL;
  CHECK_STATUS(zi_plan_lint(&d, plan, NULL), ZI_OK);
  /* 1.1.1.2 has no evidence and no target. */
  CHECK(find(d, "target_missing", "1.1.1.2") >= 0 || find(d, "indicator_cells_missing", "1.1.1.2") >= 0);
  CHECK(zi_diagnostics_count_severity(d, ZI_SEVERITY_ERROR) == 0);
  zi_diagnostics_free(d);
  zi_plan_free(plan);
}

int main(void) {
  RUN(test_lint_default_plan);
  RUN(test_lint_reports_structural_errors);
  RUN(test_lint_options);
  RUN(test_lint_errors);
  RUN(test_diagnostics_outlive_the_plan);
  RUN(test_diagnostics_getters);
  RUN(test_lint_full_plan);
  CHECK_MAIN_END();
}
