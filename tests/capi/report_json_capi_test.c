/* Prints a JSON report made through the C API, for comparison with `zi ... --json`
 * (ctest cli.*_json_c), and checks each function's argument errors on the way:
 *
 *   zi_capi_report_json portfolio AS_OF THRESHOLD [EVIDENCE.csv]   zi_portfolio_scores_to_json
 *   zi_capi_report_json plan-show [PLAN.json]                      zi_plan_summary_json
 *   zi_capi_report_json plan-lint [PLAN.json]                      zi_plan_lint_json
 *   zi_capi_report_json calendar YEAR                              zi_calendar_year_json
 *   zi_capi_report_json schedule PHRASE YEAR [OFFSET N DAY CONV]   zi_schedule_dues_json
 *   zi_capi_report_json lke-suggest AS_OF [EVIDENCE.csv]           zi_lke_suggestions_to_json
 *
 * Without PLAN.json, the embedded plan; the calendar is the default one (the plan's for
 * lke-suggest); OFFSET and CONV are names ("working_days", "following"). Exit 0 when every
 * call went as expected. */
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

static int calendar_json(const char *year_text) {
  zi_calendar *calendar = NULL;
  char *json = (char *)1;
  size_t len = 0;
  int32_t year = (int32_t)strtol(year_text, NULL, 10);
  int rc = 0;
  if (zi_calendar_default(&calendar, NULL) != ZI_OK) return fail("zi_calendar_default");
  rc |= expect_invalid(zi_calendar_year_json(&json, &len, NULL, year), &json, "a NULL calendar");
  if (zi_calendar_year_json(&json, &len, calendar, 0) != ZI_ERANGE || json != NULL) {
    fprintf(stderr, "year 0 was not ZI_ERANGE with *json_out NULL\n");
    rc = 1;
  }
  if (zi_calendar_year_json(NULL, &len, calendar, year) != ZI_EINVALID) {
    fprintf(stderr, "a NULL json_out was not ZI_EINVALID\n");
    rc = 1;
  }
  if (zi_calendar_year_json(&json, &len, calendar, year) != ZI_OK) return fail("zi_calendar_year_json");
  rc |= print(json, len);
  zi_calendar_free(calendar);
  return rc;
}

/* The value of an enumeration by its name (fn: zi_due_offset_str, zi_convention_str); -1 if none. */
static int32_t enum_value(const char *(*fn)(int32_t), const char *name) {
  int32_t v;
  for (v = 0; fn(v) != NULL; ++v) {
    if (strcmp(fn(v), name) == 0) return v;
  }
  return -1;
}

/* argv: PHRASE YEAR [OFFSET N DAY CONVENTION] */
static int schedule_json(int argc, char **argv) {
  zi_schedule *schedule = NULL;
  zi_calendar *calendar = NULL;
  zi_due_policy_options policy = ZI_DUE_POLICY_OPTIONS_INIT;
  const zi_due_policy_options *policy_arg = NULL;
  char *json = (char *)1;
  size_t len = 0;
  int32_t year = (int32_t)strtol(argv[1], NULL, 10);
  int rc = 0;
  if (argc >= 6) {
    policy.offset = enum_value(zi_due_offset_str, argv[2]);
    policy.n = (int32_t)strtol(argv[3], NULL, 10);
    policy.day = (int32_t)strtol(argv[4], NULL, 10);
    policy.convention = enum_value(zi_convention_str, argv[5]);
    policy_arg = &policy;
  }
  if (zi_schedule_parse(&schedule, argv[0], strlen(argv[0]), year) != ZI_OK) return fail("zi_schedule_parse");
  if (zi_calendar_default(&calendar, NULL) != ZI_OK) return fail("zi_calendar_default");
  rc |= expect_invalid(zi_schedule_dues_json(&json, &len, NULL, year, calendar, policy_arg), &json,
                       "a NULL schedule");
  rc |= expect_invalid(zi_schedule_dues_json(&json, &len, schedule, year, NULL, policy_arg), &json,
                       "a NULL calendar");
  if (zi_schedule_dues_json(NULL, &len, schedule, year, calendar, policy_arg) != ZI_EINVALID) {
    fprintf(stderr, "a NULL json_out was not ZI_EINVALID\n");
    rc = 1;
  }
  if (zi_schedule_dues_json(&json, &len, schedule, year, calendar, policy_arg) != ZI_OK) {
    return fail("zi_schedule_dues_json");
  }
  rc |= print(json, len);
  zi_calendar_free(calendar);
  zi_schedule_free(schedule);
  return rc;
}

static int suggest_json(const char *as_of_text, const char *evidence_path) {
  zi_plan *plan = NULL;
  zi_evidence_scope *scope = NULL;
  zi_evidence *evidence = NULL;
  zi_report *report = NULL;
  zi_lke_rubric *rubric = NULL;
  zi_lke_suggestions *suggestions = NULL;
  zi_date as_of, out_of_range = {ZI_DATE_MAX_DAYS + 1};
  const char *satker;
  char *json = (char *)1;
  size_t len = 0;
  int rc = 0;
  if (zi_date_parse_iso(&as_of, as_of_text, strlen(as_of_text)) != ZI_OK) {
    return fail("zi_date_parse_iso");
  }
  if (zi_plan_default(&plan) != ZI_OK) return fail("zi_plan_default");
  if (evidence_path) {
    if (zi_evidence_scope_for_plan(&scope, plan, NULL) != ZI_OK) return fail("zi_evidence_scope_for_plan");
    if (zi_evidence_load_file(&evidence, evidence_path, scope) != ZI_OK) return fail("zi_evidence_load_file");
  }
  if (zi_score_plan(&report, plan, NULL, evidence, as_of, NULL) != ZI_OK) return fail("zi_score_plan");
  if (zi_lke_rubric_default(&rubric) != ZI_OK) return fail("zi_lke_rubric_default");
  if (zi_lke_suggest_from_report(&suggestions, rubric, report, NULL) != ZI_OK) {
    return fail("zi_lke_suggest_from_report");
  }
  satker = zi_satker_code(zi_plan_satker(plan));
  rc |= expect_invalid(zi_lke_suggestions_to_json(&json, &len, NULL, as_of, satker), &json, "NULL suggestions");
  rc |= expect_invalid(zi_lke_suggestions_to_json(&json, &len, suggestions, as_of, NULL), &json,
                       "a NULL satker");
  if (zi_lke_suggestions_to_json(&json, &len, suggestions, out_of_range, satker) != ZI_ERANGE || json != NULL) {
    fprintf(stderr, "an as_of out of range was not ZI_ERANGE with *json_out NULL\n");
    rc = 1;
  }
  if (zi_lke_suggestions_to_json(NULL, &len, suggestions, as_of, satker) != ZI_EINVALID) {
    fprintf(stderr, "a NULL json_out was not ZI_EINVALID\n");
    rc = 1;
  }
  if (zi_lke_suggestions_to_json(&json, &len, suggestions, as_of, satker) != ZI_OK) {
    return fail("zi_lke_suggestions_to_json");
  }
  rc |= print(json, len);
  zi_lke_suggestions_free(suggestions);
  zi_lke_rubric_free(rubric);
  zi_report_free(report);
  zi_evidence_free(evidence);
  zi_evidence_scope_free(scope);
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
  if (argc == 3 && strcmp(argv[1], "calendar") == 0) return calendar_json(argv[2]);
  if ((argc == 4 || argc == 8) && strcmp(argv[1], "schedule") == 0) return schedule_json(argc - 2, argv + 2);
  if (argc >= 3 && strcmp(argv[1], "lke-suggest") == 0) return suggest_json(argv[2], argc > 3 ? argv[3] : NULL);
  fprintf(stderr,
          "usage: %s portfolio AS_OF THRESHOLD [EVIDENCE] | plan-show [PLAN] | plan-lint [PLAN] | calendar YEAR |\n"
          "  schedule PHRASE YEAR [OFFSET N DAY CONVENTION] | lke-suggest AS_OF [EVIDENCE]\n",
          argv[0]);
  return 2;
}
