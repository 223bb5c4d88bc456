/* C tests of the schedule and occurrence modules: phrases and RRULEs, an indicator's
 * resolved schedule, occurrence expansion with per-row getters against the bulk columns
 * (borrowed and copied), due dates against zi_due_date, lifetimes and every error path.
 * Plain C99. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"

#define NOT_NULL_SENTINEL ((zi_schedule *)(uintptr_t)0x1)

static zi_date D(int32_t y, int32_t m, int32_t d) {
  zi_date out = {0};
  if (zi_date_from_ymd(&out, y, m, d) != ZI_OK) ++check_failures;
  return out;
}

static zi_schedule *parse(const char *phrase, int32_t year) {
  zi_schedule *s = NULL;
  zi_status st = zi_schedule_parse(&s, phrase, strlen(phrase), year);
  if (st != ZI_OK) {
    fprintf(stderr, "cannot parse \"%s\": %s\n", phrase, zi_last_error_message());
    ++check_failures;
  }
  return s;
}

/* ---- schedules ------------------------------------------------------------------------ */

static void test_recurring(void) {
  zi_schedule *s = parse("Per Triwulan", 2026);
  zi_date start = {0}, end = {0};
  CHECK(zi_schedule_family(s) == ZI_SCHEDULE_RECURRING);
  CHECK_STR(zi_schedule_family_str(zi_schedule_family(s)), "recurring");
  CHECK_STR(zi_schedule_text(s), "Per Triwulan");
  CHECK_STR(zi_schedule_rrule(s), "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4");
  CHECK(zi_schedule_window_count(s) == 4);
  CHECK_STATUS(zi_schedule_window(&start, &end, s, 0), ZI_OK);
  CHECK(start.days == D(2026, 1, 1).days && end.days == D(2026, 3, 31).days);
  CHECK_STATUS(zi_schedule_window(&start, &end, s, 3), ZI_OK);
  CHECK(start.days == D(2026, 10, 1).days && end.days == D(2026, 12, 31).days);
  CHECK_STATUS(zi_schedule_window(NULL, &end, s, 1), ZI_OK); /* either output may be NULL */
  CHECK(end.days == D(2026, 6, 30).days);
  CHECK_STATUS(zi_schedule_window(&start, &end, s, 4), ZI_ERANGE);
  CHECK_STATUS(zi_schedule_window(&start, &end, NULL, 0), ZI_EINVALID);
  CHECK(zi_schedule_year_count(s) == 0);
  CHECK(zi_schedule_year(s, 0) == 0);
  CHECK(zi_diagnostics_count(zi_schedule_diagnostics(s)) == 0);
  zi_schedule_free(s);
}

static void test_families(void) {
  static const struct {
    const char *phrase;
    int32_t family;
    size_t windows;
  } kCases[] = {
      {"Januari 2026", ZI_SCHEDULE_SINGLE_MONTH, 1},
      {"Januari s.d. Februari 2026", ZI_SCHEDULE_MONTH_RANGE, 1},
      {"Maret, Juni, September dan Desember 2026", ZI_SCHEDULE_MONTH_LIST, 4},
      {"Setiap Bulan", ZI_SCHEDULE_RECURRING, 12},
      {"Semester I dan II", ZI_SCHEDULE_NAMED_PERIODS, 2},
  };
  size_t i;
  for (i = 0; i < sizeof kCases / sizeof kCases[0]; ++i) {
    zi_schedule *s = parse(kCases[i].phrase, 2026);
    if (zi_schedule_family(s) != kCases[i].family || zi_schedule_window_count(s) != kCases[i].windows) {
      fprintf(stderr, "\"%s\": family %d with %zu windows\n", kCases[i].phrase, (int)zi_schedule_family(s),
              zi_schedule_window_count(s));
      ++check_failures;
    }
    zi_schedule_free(s);
  }
  {
    zi_schedule *s = parse("Januari s.d. Februari 2026", 2026);
    CHECK(zi_schedule_year_count(s) == 1 && zi_schedule_year(s, 0) == 2026);
    zi_schedule_free(s);
  }
  CHECK_STR(zi_schedule_family_str(ZI_SCHEDULE_SINGLE_MONTH), "single_month");
  CHECK_STR(zi_schedule_family_str(ZI_SCHEDULE_MONTH_RANGE), "month_range");
  CHECK_STR(zi_schedule_family_str(ZI_SCHEDULE_MONTH_LIST), "month_list");
  CHECK_STR(zi_schedule_family_str(ZI_SCHEDULE_NAMED_PERIODS), "named_periods");
  CHECK_STR(zi_schedule_family_str(ZI_SCHEDULE_RRULE), "rrule");
  CHECK(zi_schedule_family_str(6) == NULL);
  CHECK(zi_schedule_family_str(-1) == NULL);
}

static void test_year_mismatch_warning(void) {
  zi_schedule *s = parse("Januari 2025", 2026);
  const zi_diagnostics *d = zi_schedule_diagnostics(s);
  CHECK(zi_diagnostics_count(d) == 1);
  CHECK_STR(zi_diagnostic_code(zi_diagnostics_get(d, 0)), "schedule_year_mismatch");
  CHECK_STR(zi_diagnostic_field(zi_diagnostics_get(d, 0)), "schedule");
  CHECK(zi_diagnostic_severity(zi_diagnostics_get(d, 0)) == ZI_SEVERITY_WARNING);
  zi_schedule_free(s);
}

static void test_rrule(void) {
  zi_schedule *s = NULL;
  static const char kRule[] = "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1";
  CHECK_STATUS(zi_schedule_parse_rrule(&s, kRule, sizeof kRule - 1, 2026), ZI_OK);
  CHECK(zi_schedule_family(s) == ZI_SCHEDULE_RRULE);
  CHECK(zi_schedule_window_count(s) == 12);
  CHECK(zi_schedule_rrule(s) != NULL && zi_schedule_rrule(s)[0] != '\0');
  zi_schedule_free(s);
  s = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_schedule_parse_rrule(&s, "FREQ=DAILY", 10, 2026), ZI_EINVALID);
  CHECK_MESSAGE_HAS("FREQ=DAILY");
  CHECK(s == NULL);
}

static void test_parse_errors(void) {
  zi_schedule *s = NOT_NULL_SENTINEL;
  static const char kNul[] = "Per\0Triwulan";
  CHECK_STATUS(zi_schedule_parse(&s, "Per Windu", 9, 2026), ZI_EINVALID);
  CHECK_MESSAGE_HAS("Windu");
  CHECK(s == NULL);
  CHECK_STATUS(zi_schedule_parse(&s, "", 0, 2026), ZI_EINVALID);
  CHECK_STATUS(zi_schedule_parse(&s, kNul, sizeof kNul - 1, 2026), ZI_EINVALID);
  CHECK_MESSAGE_HAS("NUL");
  CHECK_STATUS(zi_schedule_parse(&s, NULL, 0, 2026), ZI_EINVALID);
  CHECK_STATUS(zi_schedule_parse(NULL, "Januari", 7, 2026), ZI_EINVALID);
  CHECK_STATUS(zi_schedule_parse_rrule(&s, NULL, 0, 2026), ZI_EINVALID);
  CHECK_STATUS(zi_schedule_parse_rrule(NULL, "FREQ=MONTHLY", 12, 2026), ZI_EINVALID);
  /* Only len bytes are read: no NUL terminator is needed. */
  CHECK_STATUS(zi_schedule_parse(&s, "Januari 2026 xyz", 12, 2026), ZI_OK);
  CHECK(zi_schedule_family(s) == ZI_SCHEDULE_SINGLE_MONTH);
  zi_schedule_free(s);
  /* NULL objects. */
  CHECK(zi_schedule_family(NULL) == -1);
  CHECK(zi_schedule_text(NULL) == NULL);
  CHECK(zi_schedule_rrule(NULL) == NULL);
  CHECK(zi_schedule_window_count(NULL) == 0);
  CHECK(zi_schedule_year_count(NULL) == 0);
  CHECK(zi_schedule_year(NULL, 0) == 0);
  CHECK(zi_schedule_diagnostics(NULL) == NULL);
  zi_schedule_free(NULL);
}

static void test_indicator_schedule(void) {
  zi_plan *plan = NULL, *other = NULL;
  size_t i, with = 0, without = 0;
  zi_schedule *s = NOT_NULL_SENTINEL;
  zi_diagnostics *d = NULL;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  for (i = 0; i < zi_plan_indicator_count(plan); ++i) {
    const zi_indicator *ind = zi_plan_indicator(plan, i);
    CHECK_STATUS(zi_plan_indicator_schedule(&s, &d, plan, ind), ZI_OK);
    if (s) {
      ++with;
      CHECK(zi_schedule_window_count(s) >= 1);
    } else {
      ++without;
    }
    zi_schedule_free(s);
    zi_diagnostics_free(d);
  }
  CHECK(with > 50 && without >= 1); /* e.g. the SMART row 4.2.3.4 has no target waktu */
  /* Per Triwulan indicator 1.3.1.1: four quarters. */
  CHECK_STATUS(zi_plan_indicator_schedule(&s, NULL, plan, zi_plan_find_indicator(plan, "1.3.1.1")), ZI_OK);
  CHECK(s != NULL && zi_schedule_window_count(s) == 4);
  zi_schedule_free(s);
  /* An indicator of another plan (not another handle of the default plan: those share
   * one parsed copy, so their indicators are the same objects). */
  {
    char path[4096];
    snprintf(path, sizeof path, "%s/full.json", ZI_CAPI_TEST_DATA);
    CHECK_STATUS(zi_plan_load_file(&other, path, NULL), ZI_OK);
  }
  d = (zi_diagnostics *)(uintptr_t)0x1;
  s = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_indicator_schedule(&s, &d, plan, zi_plan_indicator(other, 0)), ZI_ENOTFOUND);
  CHECK(s == NULL && d == NULL);
  CHECK_STATUS(zi_plan_indicator_schedule(&s, NULL, NULL, zi_plan_indicator(other, 0)), ZI_EINVALID);
  CHECK_STATUS(zi_plan_indicator_schedule(&s, NULL, plan, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_plan_indicator_schedule(NULL, NULL, plan, zi_plan_indicator(plan, 0)), ZI_EINVALID);
  zi_plan_free(other);
  zi_plan_free(plan);
}

/* ---- occurrences ---------------------------------------------------------------------- */

static void test_expand_rows_and_columns(void) {
  zi_plan *plan = NULL;
  zi_calendar *cal = NULL;
  zi_occurrences *occ = NULL;
  size_t i, n;
  int32_t column;
  int32_t *copy;
  int rows_ok = 1, due_ok = 1;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_calendar_default(&cal, NULL), ZI_OK);
  CHECK_STATUS(zi_plan_expand(&occ, plan, cal), ZI_OK);
  n = zi_occurrences_count(occ);
  CHECK(n == 118);
  CHECK(!zi_occurrences_scored(occ));
  copy = (int32_t *)malloc((n + 1) * sizeof *copy);
  for (column = ZI_OCCURRENCE_INDICATOR_INDEX; column <= ZI_OCCURRENCE_REQUIRED; ++column) {
    const int32_t *borrowed = zi_occurrences_column(occ, column);
    CHECK(borrowed != NULL);
    CHECK(borrowed == zi_occurrences_column(occ, column)); /* stable */
    copy[n] = 12345;
    CHECK_STATUS(zi_occurrences_copy_column(copy, n + 1, occ, column), ZI_OK);
    CHECK(memcmp(copy, borrowed, n * sizeof *copy) == 0);
    CHECK(copy[n] == 12345); /* nothing beyond count is written */
  }
  for (i = 0; i < n; ++i) {
    size_t indicator_index = 0;
    int32_t index = 0, required = 0;
    zi_date start = {0}, end = {0}, due = {0}, expected = {0};
    const zi_indicator *ind;
    zi_due_policy_options policy;
    if (zi_occurrences_get(&indicator_index, &index, &start, &end, &due, &required, occ, i) != ZI_OK) {
      rows_ok = 0;
      continue;
    }
    if ((int32_t)indicator_index != zi_occurrences_column(occ, ZI_OCCURRENCE_INDICATOR_INDEX)[i] ||
        index != zi_occurrences_column(occ, ZI_OCCURRENCE_INDEX)[i] ||
        start.days != zi_occurrences_column(occ, ZI_OCCURRENCE_WINDOW_START)[i] ||
        end.days != zi_occurrences_column(occ, ZI_OCCURRENCE_WINDOW_END)[i] ||
        due.days != zi_occurrences_column(occ, ZI_OCCURRENCE_DUE)[i] ||
        required != zi_occurrences_column(occ, ZI_OCCURRENCE_REQUIRED)[i] || index < 1 || start.days > end.days) {
      rows_ok = 0;
    }
    ind = zi_plan_indicator(plan, indicator_index);
    if (!check_str_eq(zi_occurrences_indicator_id(occ, i), zi_indicator_id(ind))) rows_ok = 0;
    /* Each due date is the indicator's effective due policy applied to its window end. */
    if (zi_due_policy_get(&policy, zi_plan_effective_due_policy(plan, ind)) != ZI_OK ||
        zi_due_date(&expected, NULL, cal, end, &policy) != ZI_OK || expected.days != due.days) {
      due_ok = 0;
    }
  }
  CHECK(rows_ok);
  CHECK(due_ok);
  CHECK_STR(zi_occurrences_indicator_id(occ, 0), "1.1.1.1");
  CHECK(zi_occurrences_indicator_id(occ, n) == NULL);
  {
    /* The first row: 1.1.1.1, January 2026, due on Monday 2 February. */
    zi_date due = {0};
    CHECK_STATUS(zi_occurrences_get(NULL, NULL, NULL, NULL, &due, NULL, occ, 0), ZI_OK);
    CHECK(due.days == D(2026, 2, 2).days);
    CHECK_STATUS(zi_occurrences_get(NULL, NULL, NULL, NULL, &due, NULL, occ, n), ZI_ERANGE);
    CHECK_STATUS(zi_occurrences_get(NULL, NULL, NULL, NULL, &due, NULL, NULL, 0), ZI_EINVALID);
  }
  /* An unscored table has no score columns. */
  CHECK(zi_occurrences_column(occ, ZI_OCCURRENCE_STATUS) == NULL);
  CHECK(zi_occurrences_column(occ, 10) == NULL);
  CHECK(zi_occurrences_column(occ, -1) == NULL);
  CHECK(zi_occurrences_column(NULL, 0) == NULL);
  CHECK_STATUS(zi_occurrences_copy_column(copy, n, occ, ZI_OCCURRENCE_STATUS), ZI_ENOTFOUND);
  CHECK_STATUS(zi_occurrences_copy_column(copy, n, occ, 10), ZI_EINVALID);
  CHECK_STATUS(zi_occurrences_copy_column(copy, n, NULL, 0), ZI_EINVALID);
  CHECK_STATUS(zi_occurrences_copy_column(NULL, n, occ, 0), ZI_EINVALID);
  copy[0] = -77;
  CHECK_STATUS(zi_occurrences_copy_column(copy, n - 1, occ, ZI_OCCURRENCE_DUE), ZI_ERANGE);
  CHECK_MESSAGE_HAS("values_out");
  CHECK(copy[0] == -77); /* nothing written */
  {
    double credit = 0;
    int32_t status = 0;
    CHECK_STATUS(zi_occurrences_score(&status, NULL, NULL, NULL, &credit, NULL, occ, 0), ZI_ENOTFOUND);
    CHECK_STATUS(zi_occurrences_copy_credits(&credit, NULL, 1, occ), ZI_ENOTFOUND);
    CHECK_STATUS(zi_occurrences_score(&status, NULL, NULL, NULL, NULL, NULL, NULL, 0), ZI_EINVALID);
    CHECK_STATUS(zi_occurrences_copy_credits(&credit, NULL, 1, NULL), ZI_EINVALID);
  }
  /* The expansion's findings: the decree's damaged rows. */
  CHECK(zi_diagnostics_count(zi_occurrences_diagnostics(occ)) >= 1);
  free(copy);
  zi_occurrences_free(occ);
  zi_calendar_free(cal);
  zi_plan_free(plan);
}

static void test_expand_outlives_and_defaults(void) {
  zi_plan *plan = NULL;
  zi_occurrences *a = NULL, *b = NULL;
  zi_calendar *working = NULL;
  zi_calendar_options opts = ZI_CALENDAR_OPTIONS_INIT;
  size_t n;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_plan_expand(&a, plan, NULL), ZI_OK); /* the plan's own calendar */
  opts.cuti_bersama_is_working_day = true;
  CHECK_STATUS(zi_calendar_default(&working, &opts), ZI_OK);
  CHECK_STATUS(zi_plan_expand(&b, plan, working), ZI_OK);
  zi_calendar_free(working);
  zi_plan_free(plan); /* the tables own copies */
  n = zi_occurrences_count(a);
  CHECK(n == zi_occurrences_count(b));
  CHECK_STR(zi_occurrences_indicator_id(a, n - 1), zi_occurrences_indicator_id(b, n - 1));
  {
    /* A calendar with cuti bersama as working days can only bring due dates forward. */
    const int32_t *da = zi_occurrences_column(a, ZI_OCCURRENCE_DUE);
    const int32_t *db = zi_occurrences_column(b, ZI_OCCURRENCE_DUE);
    size_t i, earlier = 0, later = 0;
    for (i = 0; i < n; ++i) {
      if (db[i] < da[i]) ++earlier;
      if (db[i] > da[i]) ++later;
    }
    CHECK(later == 0);
  }
  zi_occurrences_free(a);
  zi_occurrences_free(b);

  CHECK_STATUS(zi_plan_expand(NULL, NULL, NULL), ZI_EINVALID);
  a = (zi_occurrences *)(uintptr_t)0x1;
  CHECK_STATUS(zi_plan_expand(&a, NULL, NULL), ZI_EINVALID);
  CHECK(a == NULL);
  CHECK(zi_occurrences_count(NULL) == 0);
  CHECK(!zi_occurrences_scored(NULL));
  CHECK(zi_occurrences_indicator_id(NULL, 0) == NULL);
  CHECK(zi_occurrences_diagnostics(NULL) == NULL);
  zi_occurrences_free(NULL);
}

static void test_expand_with_uncovered_year(void) {
  /* A 2031 plan on ID-2026: every due date needs 2031, which the calendar lacks. */
  static const char kPlan[] =
      "{\"format\": \"zi.plan/1\","
      " \"satker\": {\"code\": \"KPU-7271\", \"name\": \"KPU Kota Palu\", \"level\": \"kabkota\","
      "  \"time_zone\": \"WITA\"},"
      " \"year\": 2031,"
      " \"components\": [{\"name\": \"Manajemen Perubahan\", \"aspects\": [{\"name\": \"Tim\","
      "  \"activities\": [{\"text\": \"Menetapkan\", \"indicators\": [{\"text\": \"SK\","
      "  \"evidence\": \"SK\", \"schedule\": \"Per Triwulan\", \"target\": \"4 (empat) Laporan\"}]}]}]}]}";
  zi_plan *plan = NULL;
  zi_calendar *cal = NULL;
  zi_occurrences *occ = NULL;
  const zi_diagnostics *d;
  size_t i;
  int found = 0;
  CHECK_STATUS(zi_plan_load_buffer(&plan, kPlan, sizeof kPlan - 1, NULL), ZI_OK);
  CHECK_STATUS(zi_plan_expand(&occ, plan, NULL), ZI_ENOTFOUND); /* no built-in ID-2031 */
  CHECK_MESSAGE_HAS("ID-2031");
  CHECK(occ == NULL);
  CHECK_STATUS(zi_calendar_default(&cal, NULL), ZI_OK);
  CHECK_STATUS(zi_plan_expand(&occ, plan, cal), ZI_OK);
  CHECK(zi_occurrences_count(occ) == 4);
  d = zi_occurrences_diagnostics(occ);
  for (i = 0; i < zi_diagnostics_count(d); ++i) {
    if (strcmp(zi_diagnostic_code(zi_diagnostics_get(d, i)), "calendar_year_not_covered") == 0) found = 1;
  }
  CHECK(found);
  zi_occurrences_free(occ);
  zi_calendar_free(cal);
  zi_plan_free(plan);
}

int main(void) {
  RUN(test_recurring);
  RUN(test_families);
  RUN(test_year_mismatch_warning);
  RUN(test_rrule);
  RUN(test_parse_errors);
  RUN(test_indicator_schedule);
  RUN(test_expand_rows_and_columns);
  RUN(test_expand_outlives_and_defaults);
  RUN(test_expand_with_uncovered_year);
  CHECK_MAIN_END();
}
