/* Prints a JSON report made through the C API, for comparison with `zi ... --json`
 * (ctest cli.*_json_c), and checks each function's argument errors on the way:
 *
 *   zi_capi_report_json portfolio AS_OF THRESHOLD [EVIDENCE.csv]   zi_portfolio_scores_to_json
 *   zi_capi_report_json plan-show [PLAN.json]                      zi_plan_summary_json
 *   zi_capi_report_json plan-lint [PLAN.json]                      zi_plan_lint_json
 *
 * Without PLAN.json, the embedded plan. Exit 0 when every call went as expected. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zi/zi.h"

static int fail(const char *what) {
  fprintf(stderr, "%s: %s\n", what, zi_last_error_message());
  return 1;
}

/* Writes an owned text to stdout and frees it; checks *len_out. */
static int print(char *json, size_t len) {
  if (json == NULL || strlen(json) != len) {
    fprintf(stderr, "len_out is not the length of the text\n");
    return 1;
  }
  fwrite(json, 1, len, stdout);
  zi_free(json);
  return 0;
}

/* json is read after the call (the order of evaluating arguments is unspecified). */
static int expect_invalid(zi_status status, char *const *json, const char *what) {
  if (status != ZI_EINVALID || *json != NULL) {
    fprintf(stderr, "%s was not ZI_EINVALID with *json_out NULL\n", what);
    return 1;
  }
  return 0;
}

static int portfolio_json(const char *as_of_text, const char *threshold,
                          const char *evidence_path) {
  zi_plan *plan = NULL;
  zi_portfolio *compiled = NULL, *portfolio = NULL;
  zi_evidence_scope *scope = NULL;
  zi_evidence *evidence = NULL;
  zi_portfolio_scores *scores = NULL;
  zi_portfolio_score_options opts;
  zi_date as_of;
  char *json = (char *)1;
  size_t len = 0;
  const zi_plan *plans[1];
  int rc = 0;
  if (zi_date_parse_iso(&as_of, as_of_text, strlen(as_of_text)) != ZI_OK) {
    return fail("zi_date_parse_iso");
  }
  if (zi_plan_default(&plan) != ZI_OK) return fail("zi_plan_default");
  plans[0] = plan;
  if (zi_portfolio_compile(&compiled, plans, 1, NULL, NULL) != ZI_OK) {
    return fail("zi_portfolio_compile");
  }
  portfolio = compiled;
  if (evidence_path) {
    if (zi_portfolio_scope(&scope, compiled) != ZI_OK) return fail("zi_portfolio_scope");
    if (zi_evidence_load_file(&evidence, evidence_path, scope) != ZI_OK) {
      return fail("zi_evidence_load_file");
    }
    if (zi_portfolio_with_evidence(&portfolio, compiled, evidence) != ZI_OK) {
      return fail("zi_portfolio_with_evidence");
    }
  }
  if (zi_portfolio_score_options_init(&opts, ZI_PORTFOLIO_SCORE_OPTIONS_VERSION) != ZI_OK) {
    return fail("zi_portfolio_score_options_init");
  }
  opts.threshold = strtod(threshold, NULL);
  if (zi_portfolio_score(&scores, portfolio, as_of, &opts) != ZI_OK) {
    return fail("zi_portfolio_score");
  }
  rc |= expect_invalid(zi_portfolio_scores_to_json(&json, &len, NULL, scores, 75.0), &json,
                       "a NULL portfolio");
  rc |= expect_invalid(zi_portfolio_scores_to_json(&json, &len, portfolio, NULL, 75.0), &json,
                       "NULL scores");
  if (zi_portfolio_scores_to_json(NULL, &len, portfolio, scores, 75.0) != ZI_EINVALID) {
    fprintf(stderr, "a NULL json_out was not ZI_EINVALID\n");
    rc = 1;
  }
  if (zi_portfolio_scores_to_json(&json, &len, portfolio, scores, opts.threshold) != ZI_OK) {
    return fail("zi_portfolio_scores_to_json");
  }
  rc |= print(json, len);
  zi_portfolio_scores_free(scores);
  if (portfolio != compiled) zi_portfolio_free(portfolio);
  zi_portfolio_free(compiled);
  zi_evidence_free(evidence);
  zi_evidence_scope_free(scope);
  zi_plan_free(plan);
  return rc;
}

static int plan_json(int lint, const char *path) {
  zi_plan *plan = NULL;
  zi_diagnostics *diagnostics = NULL;
  char *json = (char *)1;
  size_t len = 0;
  int rc = 0;
  if (path) {
    zi_plan_load_options opts;
    if (zi_plan_load_options_init(&opts, ZI_PLAN_LOAD_OPTIONS_VERSION) != ZI_OK) {
      return fail("zi_plan_load_options_init");
    }
    opts.validate = !lint;
    if (zi_plan_load_file(&plan, path, &opts) != ZI_OK) return fail("zi_plan_load_file");
  } else if (zi_plan_default(&plan) != ZI_OK) {
    return fail("zi_plan_default");
  }
  if (lint) {
    if (zi_plan_lint(&diagnostics, plan, NULL) != ZI_OK) return fail("zi_plan_lint");
    rc |= expect_invalid(zi_plan_lint_json(&json, &len, NULL, diagnostics), &json, "a NULL plan");
    rc |= expect_invalid(zi_plan_lint_json(&json, &len, plan, NULL), &json, "NULL diagnostics");
    if (zi_plan_lint_json(&json, &len, plan, diagnostics) != ZI_OK) {
      return fail("zi_plan_lint_json");
    }
  } else {
    rc |= expect_invalid(zi_plan_summary_json(&json, &len, NULL), &json, "a NULL plan");
    if (zi_plan_summary_json(NULL, &len, plan) != ZI_EINVALID) {
      fprintf(stderr, "a NULL json_out was not ZI_EINVALID\n");
      rc = 1;
    }
    if (zi_plan_summary_json(&json, &len, plan) != ZI_OK) return fail("zi_plan_summary_json");
  }
  rc |= print(json, len);
  zi_diagnostics_free(diagnostics);
  zi_plan_free(plan);
  return rc;
}

int main(int argc, char **argv) {
  if (argc >= 4 && strcmp(argv[1], "portfolio") == 0) {
    return portfolio_json(argv[2], argv[3], argc > 4 ? argv[4] : NULL);
  }
  if (argc >= 2 && (strcmp(argv[1], "plan-show") == 0 || strcmp(argv[1], "plan-lint") == 0)) {
    return plan_json(strcmp(argv[1], "plan-lint") == 0, argc > 2 ? argv[2] : NULL);
  }
  fprintf(stderr,
          "usage: %s portfolio AS_OF THRESHOLD [EVIDENCE] | plan-show [PLAN] | plan-lint [PLAN]\n",
          argv[0]);
  return 2;
}
