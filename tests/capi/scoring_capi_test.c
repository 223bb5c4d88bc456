/* C tests of the scoring module: zi_score_plan on the default plan and the sample
 * evidence, the score tree by index, by id and in bulk, the scored occurrence table, the
 * JSON report, traces and agenda, policies and option versions, lifetimes, concurrent use,
 * and every error path. Plain C99 (+ pthreads). */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "check.h"

#ifndef ZI_SOURCE_DIR
#error "ZI_SOURCE_DIR (the source tree) must be defined"
#endif

#define NOT_NULL_SENTINEL ((zi_report *)(uintptr_t)0x1)
#define SAMPLE ZI_SOURCE_DIR "/data/samples/kpu-sulteng-2026-bukti.csv"

static zi_date D(int32_t y, int32_t m, int32_t d) {
  zi_date out = {0};
  if (zi_date_from_ymd(&out, y, m, d) != ZI_OK) ++check_failures;
  return out;
}

static zi_evidence *sample_evidence(const zi_plan *plan) {
  zi_evidence_scope *scope = NULL;
  zi_evidence *ev = NULL;
  CHECK_STATUS(zi_evidence_scope_for_plan(&scope, plan, NULL), ZI_OK);
  CHECK_STATUS(zi_evidence_load_file(&ev, SAMPLE, scope), ZI_OK);
  zi_evidence_scope_free(scope);
  return ev;
}

/* The report of the default plan with the sample evidence as of 2026-07-01. */
static zi_report *sample_report(const zi_scoring_policy *policy) {
  zi_plan *plan = NULL;
  zi_evidence *ev;
  zi_report *report = NULL;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  ev = sample_evidence(plan);
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, ev, D(2026, 7, 1), policy), ZI_OK);
  zi_evidence_free(ev);
  zi_plan_free(plan); /* the report keeps what it needs */
  return report;
}

/* The number after "key": in a JSON text (the first occurrence). */
static double json_number(const char *json, const char *key) {
  char pattern[128];
  const char *at;
  snprintf(pattern, sizeof pattern, "\"%s\": ", key);
  at = strstr(json, pattern);
  return at ? strtod(at + strlen(pattern), NULL) : -1.0;
}

/* ---- the score tree --------------------------------------------------------------------- */

static void test_plan_score(void) {
  zi_report *report = sample_report(NULL);
  double score = -1, c_score = 0, weight = 0, num = 0, den = 0;
  bool has = false, c_has = false;
  size_t c;
  char *json = NULL;
  size_t len = 0;
  CHECK_STATUS(zi_report_score(&score, &has, report), ZI_OK);
  CHECK(has && score > 0 && score < 100);
  /* The plan score is 100 x the weighted mean of the component scores, in that order. */
  CHECK(zi_report_node_count(report, ZI_LEVEL_COMPONENT) == 6);
  for (c = 0; c < 6; ++c) {
    CHECK_STATUS(zi_report_node(&c_score, &c_has, &weight, report, ZI_LEVEL_COMPONENT, c), ZI_OK);
    if (c_has) {
      num += weight * c_score;
      den += weight;
    }
  }
  CHECK(100.0 * (num / den) == score);
  /* The JSON report says the same (boost::json writes doubles exactly). */
  CHECK_STATUS(zi_report_to_json(&json, &len, report), ZI_OK);
  CHECK(json != NULL && strlen(json) == len);
  CHECK(json_number(json, "score") == score);
  CHECK(strstr(json, "\"as_of\": \"2026-07-01\"") != NULL);
  CHECK(strstr(json, "\"satker\": \"KPU-72\"") != NULL);
  zi_free(json);
  /* Either output may be NULL. */
  CHECK_STATUS(zi_report_score(NULL, &has, report), ZI_OK);
  CHECK_STATUS(zi_report_score(&score, NULL, report), ZI_OK);
  zi_report_free(report);
}

static void test_nodes_by_index_and_id(void) {
  zi_report *report = sample_report(NULL);
  static const int32_t kLevels[] = {ZI_LEVEL_PLAN, ZI_LEVEL_COMPONENT, ZI_LEVEL_ASPECT, ZI_LEVEL_INDICATOR};
  static const size_t kCounts[] = {1, 6, 23, 64};
  size_t k, i;
  int ok = 1;
  for (k = 0; k < 4; ++k) {
    const int32_t level = kLevels[k];
    const size_t n = zi_report_node_count(report, level);
    double *scores = (double *)malloc((n + 1) * sizeof(double));
    uint8_t *has = (uint8_t *)malloc(n + 1);
    CHECK(n == kCounts[k]);
    has[n] = 7;
    CHECK_STATUS(zi_report_copy_scores(scores, has, n + 1, report, level), ZI_OK);
    CHECK(has[n] == 7);
    for (i = 0; i < n; ++i) {
      double s = -1, w = -1;
      bool h = false;
      int32_t found_level = -1;
      size_t found_index = SIZE_MAX;
      const char *id = zi_report_node_id(report, level, i);
      if (zi_report_node(&s, &h, &w, report, level, i) != ZI_OK) ok = 0;
      if (s != scores[i] || (h ? 1 : 0) != has[i] || (!h && s != 0.0) || w < 0) ok = 0;
      if (!id || zi_report_find(&found_level, &found_index, report, id) != ZI_OK) ok = 0;
      if (found_level != level || found_index != i) ok = 0;
    }
    free(scores);
    free(has);
    CHECK(zi_report_node_id(report, level, n) == NULL);
    {
      double s = 0;
      CHECK_STATUS(zi_report_node(&s, NULL, NULL, report, level, n), ZI_ERANGE);
      CHECK_STATUS(zi_report_copy_scores(NULL, NULL, n - 1, report, level), n == 0 ? ZI_OK : ZI_ERANGE);
    }
  }
  CHECK(ok);
  CHECK_STR(zi_report_node_id(report, ZI_LEVEL_PLAN, 0), "plan");
  CHECK_STR(zi_report_node_id(report, ZI_LEVEL_COMPONENT, 0), "1");
  CHECK_STR(zi_report_node_id(report, ZI_LEVEL_ASPECT, 1), "1.2");
  /* Indicators are in the plan's order (zi_plan_indicator). */
  {
    zi_plan *plan = NULL;
    CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
    for (i = 0; i < 64; ++i) {
      if (!check_str_eq(zi_report_node_id(report, ZI_LEVEL_INDICATOR, i), zi_indicator_id(zi_plan_indicator(plan, i)))) {
        ok = 0;
      }
    }
    CHECK(ok);
    zi_plan_free(plan);
  }
  {
    int32_t level = -1;
    size_t index = 9;
    double s = 0, w = 0;
    bool h = false;
    CHECK_STATUS(zi_report_find(&level, &index, report, ""), ZI_OK);
    CHECK(level == ZI_LEVEL_PLAN && index == 0);
    CHECK_STATUS(zi_report_find(&level, &index, report, "1.2"), ZI_OK);
    CHECK(level == ZI_LEVEL_ASPECT && index == 1);
    CHECK_STATUS(zi_report_node(&s, &h, &w, report, level, index), ZI_OK);
    CHECK(h && s == 0.75 && w == 1.0);
    CHECK_STATUS(zi_report_find(&level, &index, report, "9.9"), ZI_ENOTFOUND);
    CHECK_MESSAGE_HAS("'9.9'");
    CHECK_STATUS(zi_report_find(&level, &index, report, NULL), ZI_EINVALID);
    CHECK_STATUS(zi_report_find(&level, &index, NULL, "1"), ZI_EINVALID);
    CHECK_STATUS(zi_report_find(NULL, NULL, report, "1"), ZI_OK);
    CHECK_STATUS(zi_report_node(&s, &h, &w, report, 4, 0), ZI_EINVALID);
    CHECK_MESSAGE_HAS("level tidak dikenal: 4");
    CHECK_STATUS(zi_report_node(&s, &h, &w, NULL, 0, 0), ZI_EINVALID);
    CHECK_STATUS(zi_report_copy_scores(&s, NULL, 1, report, -1), ZI_EINVALID);
    CHECK_STATUS(zi_report_copy_scores(&s, NULL, 1, NULL, 0), ZI_EINVALID);
    CHECK(zi_report_node_count(report, 4) == 0);
    CHECK(zi_report_node_id(report, 4, 0) == NULL);
    CHECK(zi_report_node_id(report, ZI_LEVEL_PLAN, 1) == NULL);
  }
  CHECK_STR(zi_report_level_str(ZI_LEVEL_PLAN), "plan");
  CHECK_STR(zi_report_level_str(ZI_LEVEL_COMPONENT), "component");
  CHECK_STR(zi_report_level_str(ZI_LEVEL_ASPECT), "aspect");
  CHECK_STR(zi_report_level_str(ZI_LEVEL_INDICATOR), "indicator");
  CHECK(zi_report_level_str(4) == NULL);
  zi_report_free(report);
}

static void test_progress(void) {
  zi_report *report = sample_report(NULL);
  int32_t level = 0;
  size_t index = 0;
  double p = -1;
  bool has = false;
  CHECK_STATUS(zi_report_find(&level, &index, report, "2.1.2.1"), ZI_OK);
  CHECK_STATUS(zi_report_indicator_progress(&p, &has, report, index), ZI_OK);
  CHECK(has && p == 0.25);
  /* 4.2.3.4 (the SMART row) has no target waktu, hence no occurrence and no progress. */
  CHECK_STATUS(zi_report_find(&level, &index, report, "4.2.3.4"), ZI_OK);
  CHECK_STATUS(zi_report_indicator_progress(&p, &has, report, index), ZI_OK);
  CHECK(!has && p == 0.0);
  CHECK_STATUS(zi_report_indicator_progress(&p, &has, report, 64), ZI_ERANGE);
  CHECK_STATUS(zi_report_indicator_progress(&p, &has, NULL, 0), ZI_EINVALID);
  zi_report_free(report);
}

/* ---- the scored occurrence table -------------------------------------------------------- */

static void test_scored_occurrences(void) {
  zi_report *report = sample_report(NULL);
  const zi_occurrences *occ = zi_report_occurrences(report);
  zi_occurrences *plain = NULL;
  zi_plan *plan = NULL;
  size_t i, n = zi_occurrences_count(occ);
  int32_t column, counts[5] = {0, 0, 0, 0, 0};
  double *credits = (double *)malloc(n * sizeof(double));
  uint8_t *has = (uint8_t *)malloc(n);
  int ok = 1;
  CHECK(occ != NULL && occ == zi_report_occurrences(report));
  CHECK(zi_occurrences_scored(occ));
  CHECK(n == 118);
  /* The plan columns are those of zi_plan_expand. */
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_plan_expand(&plain, plan, NULL), ZI_OK);
  CHECK(zi_occurrences_count(plain) == n);
  for (column = ZI_OCCURRENCE_INDICATOR_INDEX; column <= ZI_OCCURRENCE_REQUIRED; ++column) {
    CHECK(memcmp(zi_occurrences_column(occ, column), zi_occurrences_column(plain, column), n * sizeof(int32_t)) == 0);
  }
  CHECK_STATUS(zi_occurrences_copy_credits(credits, has, n, occ), ZI_OK);
  for (i = 0; i < n; ++i) {
    int32_t status = -1, on_time = -1, late = -1;
    bool assessed = false, has_credit = false;
    double credit = -1;
    if (zi_occurrences_score(&status, &on_time, &late, &assessed, &credit, &has_credit, occ, i) != ZI_OK) {
      ok = 0;
      continue;
    }
    if (status != zi_occurrences_column(occ, ZI_OCCURRENCE_STATUS)[i] ||
        on_time != zi_occurrences_column(occ, ZI_OCCURRENCE_ON_TIME)[i] ||
        late != zi_occurrences_column(occ, ZI_OCCURRENCE_LATE)[i] ||
        (assessed ? 1 : 0) != zi_occurrences_column(occ, ZI_OCCURRENCE_ASSESSED)[i] || credit != credits[i] ||
        (has_credit ? 1 : 0) != has[i] || assessed != has_credit || status < 0 || status > 4) {
      ok = 0;
    }
    if (status >= 0 && status < 5) ++counts[status];
    if (!zi_occurrence_status_str(status) || !zi_occurrence_status_label(status)) ok = 0;
  }
  CHECK(ok);
  /* What `zi score` reports for the sample as of 1 July 2026. */
  CHECK(counts[ZI_OCCURRENCE_DONE] == 35);
  CHECK(counts[ZI_OCCURRENCE_DONE_LATE] == 8);
  CHECK(counts[ZI_OCCURRENCE_OPEN] == 39);
  CHECK(counts[ZI_OCCURRENCE_UPCOMING] == 16);
  CHECK(counts[ZI_OCCURRENCE_OVERDUE] == 20);
  CHECK_STATUS(zi_occurrences_copy_credits(credits, NULL, n - 1, occ), ZI_ERANGE);
  CHECK_STATUS(zi_occurrences_copy_credits(NULL, NULL, n, occ), ZI_OK);
  CHECK_STATUS(zi_occurrences_score(NULL, NULL, NULL, NULL, NULL, NULL, occ, n), ZI_ERANGE);
  {
    int32_t *status = (int32_t *)malloc(n * sizeof(int32_t));
    CHECK_STATUS(zi_occurrences_copy_column(status, n, occ, ZI_OCCURRENCE_STATUS), ZI_OK);
    CHECK(memcmp(status, zi_occurrences_column(occ, ZI_OCCURRENCE_STATUS), n * sizeof(int32_t)) == 0);
    free(status);
  }
  /* An indicator's score is the mean credit of its assessed occurrences. */
  {
    size_t ind;
    for (ind = 0; ind < 64; ++ind) {
      double sum = 0, score = 0;
      int assessed = 0;
      bool h = false;
      for (i = 0; i < n; ++i) {
        if ((size_t)zi_occurrences_column(occ, ZI_OCCURRENCE_INDICATOR_INDEX)[i] == ind && has[i]) {
          sum += credits[i];
          ++assessed;
        }
      }
      zi_report_node(&score, &h, NULL, report, ZI_LEVEL_INDICATOR, ind);
      if (h != (assessed > 0) || (h && (score - sum / assessed > 1e-12 || sum / assessed - score > 1e-12))) ok = 0;
    }
    CHECK(ok);
  }
  CHECK_STR(zi_occurrence_status_str(ZI_OCCURRENCE_DONE_LATE), "done_late");
  CHECK_STR(zi_occurrence_status_label(ZI_OCCURRENCE_OVERDUE), "terlambat");
  CHECK(zi_occurrence_status_str(5) == NULL && zi_occurrence_status_label(-1) == NULL);
  /* The report's findings are its table's. */
  CHECK(zi_report_diagnostics(report) == zi_occurrences_diagnostics(occ));
  CHECK(zi_diagnostics_count(zi_report_diagnostics(report)) >= 1);
  CHECK(zi_report_occurrences(NULL) == NULL && zi_report_diagnostics(NULL) == NULL);
  free(credits);
  free(has);
  zi_occurrences_free(plain);
  zi_plan_free(plan);
  zi_report_free(report);
}

/* ---- policies and inputs ----------------------------------------------------------------- */

static void test_policies(void) {
  zi_scoring_policy policy = ZI_SCORING_POLICY_INIT, init, out;
  zi_report *base, *report;
  double a = 0, b = 0;
  zi_date as_of = {0};
  int32_t level = 0;
  size_t index = 0;
  CHECK(policy.version == 1 && policy.late_credit == 0.5 && !policy.count_submitted);
  memset(&init, 0x33, sizeof init);
  CHECK_STATUS(zi_scoring_policy_init(&init, ZI_SCORING_POLICY_VERSION), ZI_OK);
  CHECK(init.version == 1 && init.late_credit == 0.5 && !init.count_submitted);
  CHECK_STATUS(zi_scoring_policy_init(&init, 0), ZI_EVERSION);
  CHECK_STATUS(zi_scoring_policy_init(&init, 2), ZI_EVERSION);
  CHECK_STATUS(zi_scoring_policy_init(NULL, 1), ZI_EINVALID);

  base = sample_report(NULL);
  report = sample_report(&policy); /* explicit defaults equal NULL */
  zi_report_score(&a, NULL, base);
  zi_report_score(&b, NULL, report);
  CHECK(a == b);
  zi_report_free(report);
  CHECK_STATUS(zi_report_inputs(&as_of, &out, base), ZI_OK);
  CHECK(as_of.days == D(2026, 7, 1).days && out.version == 1 && out.late_credit == 0.5 && !out.count_submitted);
  CHECK_STATUS(zi_report_inputs(NULL, NULL, base), ZI_OK);
  CHECK_STATUS(zi_report_inputs(&as_of, NULL, NULL), ZI_EINVALID);

  /* Counting submitted evidence completes 2.1.2.1's second quarter. */
  policy.count_submitted = true;
  report = sample_report(&policy);
  zi_report_find(&level, &index, report, "2.1.2.1");
  zi_report_node(&b, NULL, NULL, report, level, index);
  CHECK(b == 1.0);
  zi_report_node(&a, NULL, NULL, base, level, index);
  CHECK(a == 0.5);
  CHECK_STATUS(zi_report_inputs(NULL, &out, report), ZI_OK);
  CHECK(out.count_submitted);
  zi_report_free(report);
  /* Late deliveries earn late_credit. */
  policy.count_submitted = false;
  policy.late_credit = 0.0;
  report = sample_report(&policy);
  zi_report_score(&a, NULL, report);
  zi_report_free(report);
  policy.late_credit = 1.0;
  report = sample_report(&policy);
  zi_report_score(&b, NULL, report);
  zi_report_free(report);
  zi_report_score(&policy.late_credit, NULL, base);
  CHECK(a < policy.late_credit && policy.late_credit < b);
  zi_report_free(base);
}

static void test_score_errors(void) {
  zi_plan *plan = NULL;
  zi_report *report = NOT_NULL_SENTINEL;
  zi_scoring_policy policy = ZI_SCORING_POLICY_INIT;
  zi_date below = {ZI_DATE_MIN_DAYS - 1};
  static const char kPlan2030[] =
      "{\"format\": \"zi.plan/1\","
      " \"satker\": {\"code\": \"KPU-7271\", \"name\": \"KPU Kota Palu\", \"level\": \"kabkota\","
      "  \"time_zone\": \"WITA\"},"
      " \"year\": 2030,"
      " \"components\": [{\"name\": \"Manajemen Perubahan\", \"aspects\": [{\"name\": \"Tim\","
      "  \"activities\": [{\"text\": \"Menetapkan\", \"indicators\": [{\"text\": \"SK\","
      "  \"evidence\": \"SK\", \"schedule\": \"Januari 2030\", \"target\": \"1 (satu) Laporan\"}]}]}]}]}";
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_score_plan(NULL, plan, NULL, NULL, D(2026, 7, 1), NULL), ZI_EINVALID);
  CHECK_STATUS(zi_score_plan(&report, NULL, NULL, NULL, D(2026, 7, 1), NULL), ZI_EINVALID);
  CHECK(report == NULL);
  report = NOT_NULL_SENTINEL;
  policy.late_credit = 1.5;
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, NULL, D(2026, 7, 1), &policy), ZI_EINVALID);
  CHECK_MESSAGE_HAS("late_credit");
  CHECK(report == NULL);
  policy.late_credit = -0.1;
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, NULL, D(2026, 7, 1), &policy), ZI_EINVALID);
  policy.late_credit = NAN;
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, NULL, D(2026, 7, 1), &policy), ZI_EINVALID);
  policy.late_credit = 0.5;
  policy.version = 0;
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, NULL, D(2026, 7, 1), &policy), ZI_EVERSION);
  CHECK_MESSAGE_HAS("zi_scoring_policy: versi 0 tidak didukung");
  policy.version = 2;
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, NULL, D(2026, 7, 1), &policy), ZI_EVERSION);
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, NULL, below, NULL), ZI_ERANGE);
  CHECK_MESSAGE_HAS("as_of");
  zi_plan_free(plan);
  /* A plan whose calendar is not embedded needs one given explicitly. */
  CHECK_STATUS(zi_plan_load_buffer(&plan, kPlan2030, sizeof kPlan2030 - 1, NULL), ZI_OK);
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, NULL, D(2030, 7, 1), NULL), ZI_ENOTFOUND);
  CHECK_MESSAGE_HAS("ID-2030");
  {
    zi_calendar *cal = NULL;
    CHECK_STATUS(zi_calendar_weekends_only(&cal), ZI_OK);
    CHECK_STATUS(zi_score_plan(&report, plan, cal, NULL, D(2030, 7, 1), NULL), ZI_OK);
    zi_calendar_free(cal);
    {
      double s = 0;
      bool has = false;
      CHECK_STATUS(zi_report_score(&s, &has, report), ZI_OK);
      CHECK(has && s == 0.0); /* due, nothing delivered */
    }
    zi_report_free(report);
  }
  zi_plan_free(plan);
  zi_report_free(NULL);
  CHECK_STATUS(zi_report_score(NULL, NULL, NULL), ZI_EINVALID);
  CHECK(zi_report_node_count(NULL, 0) == 0);
  CHECK(zi_report_node_id(NULL, 0, 0) == NULL);
}

static void test_no_evidence_early(void) {
  zi_plan *plan = NULL;
  zi_report *report = NULL;
  double s = -1;
  bool has = true;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  /* On 1 January nothing is due yet: no score at all, and no NaN. */
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, NULL, D(2026, 1, 1), NULL), ZI_OK);
  CHECK_STATUS(zi_report_score(&s, &has, report), ZI_OK);
  CHECK(!has && s == 0.0);
  zi_report_free(report);
  zi_plan_free(plan);
}

/* ---- traces and agenda ------------------------------------------------------------------- */

static void test_explain(void) {
  zi_report *report = sample_report(NULL);
  char *json = NULL;
  size_t len = 0;
  CHECK_STATUS(zi_report_explain_json(&json, &len, report, "plan"), ZI_OK);
  CHECK(json != NULL && strlen(json) == len);
  CHECK(strstr(json, "\"level\": \"plan\"") != NULL);
  zi_free(json);
  CHECK_STATUS(zi_report_explain_json(&json, NULL, report, ""), ZI_OK);
  CHECK(strstr(json, "\"level\": \"plan\"") != NULL);
  zi_free(json);
  CHECK_STATUS(zi_report_explain_json(&json, &len, report, "1.3.1.2"), ZI_OK);
  CHECK(strstr(json, "\"level\": \"indicator\"") != NULL);
  CHECK(strstr(json, "\"late\"") != NULL); /* the TW I minutes came on 8 April */
  zi_free(json);
  CHECK_STATUS(zi_report_explain_json(&json, &len, report, "1.2"), ZI_OK);
  CHECK(strstr(json, "\"level\": \"aspect\"") != NULL);
  zi_free(json);
  json = (char *)(uintptr_t)0x1;
  CHECK_STATUS(zi_report_explain_json(&json, &len, report, "7"), ZI_ENOTFOUND);
  CHECK(json == NULL);
  CHECK_STATUS(zi_report_explain_json(&json, &len, report, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_report_explain_json(&json, &len, NULL, "plan"), ZI_EINVALID);
  CHECK_STATUS(zi_report_explain_json(NULL, &len, report, "plan"), ZI_EINVALID);
  zi_report_free(report);
}

static void test_agenda(void) {
  zi_plan *plan = NULL;
  zi_report *report = NULL;
  zi_agenda_options opts = ZI_AGENDA_OPTIONS_INIT, init;
  char *json = NULL;
  const char *overdue, *due_soon;
  size_t len = 0;
  CHECK(opts.version == 1 && opts.within_working_days == 10 && opts.upcoming_limit == 10);
  memset(&init, 0, sizeof init);
  CHECK_STATUS(zi_agenda_options_init(&init, 1), ZI_OK);
  CHECK(memcmp(&init, &opts, sizeof opts) == 0);
  CHECK_STATUS(zi_agenda_options_init(&init, 0), ZI_EVERSION);
  CHECK_STATUS(zi_agenda_options_init(&init, 2), ZI_EVERSION);
  CHECK_STATUS(zi_agenda_options_init(NULL, 1), ZI_EINVALID);

  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, NULL, D(2026, 4, 15), NULL), ZI_OK);
  CHECK_STATUS(zi_report_agenda_json(&json, &len, report, NULL, NULL), ZI_OK);
  CHECK(json != NULL && strlen(json) == len);
  /* Without evidence, the first quarter's deliverables are overdue on 15 April. */
  overdue = strstr(json, "\"overdue\": [");
  due_soon = strstr(json, "\"due_soon\": ");
  CHECK(overdue != NULL && due_soon != NULL && overdue < due_soon);
  if (overdue && due_soon) {
    const char *q1 = strstr(overdue, "\"indicator\": \"1.3.1.1\",\n      \"occurrence\": 1,");
    CHECK(q1 != NULL && q1 < due_soon);
    q1 = strstr(overdue, "\"window_end\": \"2026-03-31\"");
    CHECK(q1 != NULL && q1 < due_soon);
  }
  CHECK(strstr(json, "\"overdue\": 36") != NULL);
  zi_free(json);
  /* No upcoming items when the limit is 0; a calendar may be given. */
  opts.upcoming_limit = 0;
  {
    zi_calendar *cal = NULL;
    CHECK_STATUS(zi_calendar_default(&cal, NULL), ZI_OK);
    CHECK_STATUS(zi_report_agenda_json(&json, NULL, report, cal, &opts), ZI_OK);
    zi_calendar_free(cal);
  }
  CHECK(strstr(json, "\"upcoming\": []") != NULL);
  zi_free(json);
  json = (char *)(uintptr_t)0x1;
  opts.within_working_days = -1;
  CHECK_STATUS(zi_report_agenda_json(&json, NULL, report, NULL, &opts), ZI_EINVALID);
  CHECK_MESSAGE_HAS("within_working_days");
  CHECK(json == NULL);
  opts.within_working_days = 10;
  opts.upcoming_limit = -1;
  CHECK_STATUS(zi_report_agenda_json(&json, NULL, report, NULL, &opts), ZI_EINVALID);
  opts.upcoming_limit = 10;
  opts.version = 9;
  CHECK_STATUS(zi_report_agenda_json(&json, NULL, report, NULL, &opts), ZI_EVERSION);
  CHECK_STATUS(zi_report_agenda_json(&json, NULL, NULL, NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_report_agenda_json(NULL, NULL, report, NULL, NULL), ZI_EINVALID);
  zi_report_free(report);
  zi_plan_free(plan);
}

/* ---- threads ------------------------------------------------------------------------------ */

enum { kThreads = 6, kRounds = 5 };

struct job {
  const zi_plan *plan;
  const zi_evidence *evidence;
  const zi_report *shared;
  double expected;
  int ok;
};

static void *score_thread(void *arg) {
  struct job *job = (struct job *)arg;
  int r;
  job->ok = 1;
  for (r = 0; r < kRounds; ++r) {
    zi_report *report = NULL;
    double s = -1, t = -1;
    char *json = NULL;
    if (zi_score_plan(&report, job->plan, NULL, job->evidence, D(2026, 7, 1), NULL) != ZI_OK) job->ok = 0;
    if (zi_report_score(&s, NULL, report) != ZI_OK || s != job->expected) job->ok = 0;
    /* Reading one report from every thread at once. */
    if (zi_report_score(&t, NULL, job->shared) != ZI_OK || t != job->expected) job->ok = 0;
    if (zi_report_explain_json(&json, NULL, job->shared, "1.3.1.1") != ZI_OK) job->ok = 0;
    zi_free(json);
    zi_report_free(report);
  }
  return NULL;
}

static void test_threads(void) {
  zi_plan *plan = NULL;
  zi_evidence *ev;
  zi_report *shared = NULL;
  pthread_t threads[kThreads];
  struct job jobs[kThreads];
  double expected = 0;
  int t;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  ev = sample_evidence(plan);
  CHECK_STATUS(zi_score_plan(&shared, plan, NULL, ev, D(2026, 7, 1), NULL), ZI_OK);
  zi_report_score(&expected, NULL, shared);
  for (t = 0; t < kThreads; ++t) {
    jobs[t].plan = plan;
    jobs[t].evidence = ev;
    jobs[t].shared = shared;
    jobs[t].expected = expected;
    jobs[t].ok = 0;
    CHECK(pthread_create(&threads[t], NULL, score_thread, &jobs[t]) == 0);
  }
  for (t = 0; t < kThreads; ++t) {
    CHECK(pthread_join(threads[t], NULL) == 0);
    CHECK(jobs[t].ok);
  }
  zi_report_free(shared);
  zi_evidence_free(ev);
  zi_plan_free(plan);
}

int main(void) {
  RUN(test_plan_score);
  RUN(test_nodes_by_index_and_id);
  RUN(test_progress);
  RUN(test_scored_occurrences);
  RUN(test_policies);
  RUN(test_score_errors);
  RUN(test_no_evidence_early);
  RUN(test_explain);
  RUN(test_agenda);
  RUN(test_threads);
  CHECK_MAIN_END();
}
