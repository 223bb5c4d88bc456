/* C tests of the calendar and due date modules: the embedded, loaded and weekends-only
 * calendars, their holidays, working-day arithmetic with the uncovered-year flag, due
 * dates, option versions, and every error path. Plain C99.
 *
 * Expected values are those of docs/calendar-format.md for ID-2026 (240 working days,
 * 248 with cuti bersama as working days; January 20). */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"

#ifndef ZI_CAPI_TEST_DATA
#error "ZI_CAPI_TEST_DATA (the tests/capi/data directory) must be defined"
#endif

#define NOT_NULL_SENTINEL ((zi_calendar *)(uintptr_t)0x1)

static zi_date D(int32_t y, int32_t m, int32_t d) {
  zi_date out = {0};
  if (zi_date_from_ymd(&out, y, m, d) != ZI_OK) {
    fprintf(stderr, "bad test date %d-%d-%d\n", (int)y, (int)m, (int)d);
    ++check_failures;
  }
  return out;
}

static zi_calendar *default_calendar(void) {
  zi_calendar *cal = NULL;
  CHECK_STATUS(zi_calendar_default(&cal, NULL), ZI_OK);
  return cal;
}

static const char kSmallCalendar[] =
    "{\"format\": \"zi.calendar/1\", \"name\": \"TEST-2030\", \"description\": \"uji\","
    " \"years\": [2030],"
    " \"holidays\": ["
    "  {\"date\": \"2030-01-01\", \"kind\": \"libur_nasional\", \"name\": \"Tahun Baru\"},"
    "  {\"date\": \"2030-01-02\", \"kind\": \"cuti_bersama\", \"name\": \"Cuti\"},"
    "  {\"date\": \"2030-01-03\", \"kind\": \"libur_daerah:sulteng\", \"name\": \"Hari Jadi\"}]}";

/* ---- making calendars -------------------------------------------------------------- */

/* The SKB 2027 calendar is built in, so a 2027 plan needs no calendar file. */
static void test_calendar_2027(void) {
  zi_calendar *cal = NULL;
  bool uncovered = true;
  zi_date out = {0};
  CHECK_STATUS(zi_calendar_embedded(&cal, "ID-2027", NULL), ZI_OK);
  CHECK(zi_calendar_status(cal) == ZI_CALENDAR_STATUS_CONFIRMED);
  CHECK(zi_calendar_holiday_count(cal) == 26); /* 18 libur nasional + 8 cuti bersama */
  CHECK(zi_calendar_covers(cal, 2027));
  /* Ten working days after 28 February: Nyepi, Idulfitri and their cuti bersama close
   * 8-12 and 15 March, so 22 March. */
  CHECK_STATUS(zi_calendar_advance(&out, &uncovered, cal, D(2027, 2, 28), 10), ZI_OK);
  CHECK(out.days == D(2027, 3, 22).days && !uncovered);
  zi_calendar_free(cal);
}

static void test_default_calendar(void) {
  zi_calendar *cal = NOT_NULL_SENTINEL;
  const zi_holiday *h;
  zi_date d = {0};
  CHECK_STATUS(zi_calendar_default(&cal, NULL), ZI_OK);
  CHECK(cal != NULL && cal != NOT_NULL_SENTINEL);
  CHECK_STR(zi_last_error_message(), "");
  CHECK_STR(zi_calendar_name(cal), "ID-2026");
  CHECK(zi_calendar_description(cal) != NULL && zi_calendar_description(cal)[0] != '\0');
  CHECK(zi_calendar_source(cal) != NULL && strstr(zi_calendar_source(cal), "Menteri") != NULL);
  CHECK(!zi_calendar_cuti_bersama_is_working_day(cal));
  CHECK(zi_calendar_status(cal) == ZI_CALENDAR_STATUS_CONFIRMED);
  CHECK_STR(zi_calendar_status_str(zi_calendar_status(cal)), "confirmed");
  CHECK(zi_calendar_status(NULL) == -1);
  CHECK(zi_calendar_status_str(3) == NULL);
  CHECK(zi_calendar_year_count(cal) == 1);
  CHECK(zi_calendar_year(cal, 0) == 2026);
  CHECK(zi_calendar_year(cal, 1) == 0);
  CHECK(zi_calendar_covers(cal, 2026));
  CHECK(!zi_calendar_covers(cal, 2027));
  CHECK(zi_calendar_holiday_count(cal) == 25); /* 17 libur nasional + 8 cuti bersama */
  h = zi_calendar_holiday(cal, 0);
  CHECK_STATUS(zi_holiday_date(&d, h), ZI_OK);
  CHECK(d.days == D(2026, 1, 1).days);
  CHECK(zi_holiday_kind(h) == ZI_HOLIDAY_LIBUR_NASIONAL);
  CHECK_STR(zi_holiday_kind_str(zi_holiday_kind(h)), "libur_nasional");
  CHECK_STR(zi_holiday_name(h), "Tahun Baru 2026 Masehi");
  CHECK_STR(zi_holiday_region(h), "");
  CHECK(zi_calendar_holiday(cal, 25) == NULL);
  CHECK(zi_calendar_holiday(cal, SIZE_MAX) == NULL);
  /* Holidays are by date and borrowed: the same pointer every time. */
  CHECK(zi_calendar_holiday(cal, 3) == zi_calendar_holiday(cal, 3));
  h = zi_calendar_find_holiday(cal, D(2026, 2, 16));
  CHECK(h != NULL && zi_holiday_kind(h) == ZI_HOLIDAY_CUTI_BERSAMA);
  CHECK(zi_calendar_find_holiday(cal, D(2026, 2, 17)) != NULL);
  CHECK(zi_calendar_find_holiday(cal, D(2026, 1, 5)) == NULL);
  CHECK(zi_calendar_is_holiday(cal, D(2026, 1, 1)));
  CHECK(zi_calendar_is_holiday(cal, D(2026, 2, 16)));
  CHECK(!zi_calendar_is_holiday(cal, D(2026, 1, 5)));
  CHECK(zi_calendar_is_weekend(D(2026, 1, 3)));
  CHECK(zi_calendar_is_weekend(D(2026, 1, 4)));
  CHECK(!zi_calendar_is_weekend(D(2026, 1, 5)));
  zi_calendar_free(cal);
}

static void test_embedded_and_for_plan(void) {
  zi_calendar *cal = NOT_NULL_SENTINEL;
  zi_plan *plan = NULL;
  size_t i, n = zi_calendar_embedded_count();
  int found = 0;
  CHECK(n >= 1);
  for (i = 0; i < n; ++i) {
    if (strcmp(zi_calendar_embedded_name(i), "ID-2026") == 0) found = 1;
  }
  CHECK(found);
  CHECK(zi_calendar_embedded_name(n) == NULL);
  CHECK_STATUS(zi_calendar_embedded(&cal, "ID-2026", NULL), ZI_OK);
  CHECK_STR(zi_calendar_name(cal), "ID-2026");
  zi_calendar_free(cal);

  cal = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_calendar_embedded(&cal, "ID-1999", NULL), ZI_ENOTFOUND);
  CHECK_MESSAGE_HAS("ID-1999");
  CHECK(cal == NULL);

  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_calendar_for_plan(&cal, plan, NULL), ZI_OK);
  zi_plan_free(plan); /* the calendar does not depend on the plan */
  CHECK_STR(zi_calendar_name(cal), "ID-2026");
  zi_calendar_free(cal);
}

static void test_options(void) {
  zi_calendar_options opts = ZI_CALENDAR_OPTIONS_INIT;
  zi_calendar_options init, untouched;
  zi_calendar *cal = NULL, *working = NULL;
  int32_t n = 0;
  CHECK(opts.version == ZI_CALENDAR_OPTIONS_VERSION && ZI_CALENDAR_OPTIONS_VERSION == 1);
  CHECK(!opts.cuti_bersama_is_working_day);
  memset(&init, 0xcd, sizeof init);
  CHECK_STATUS(zi_calendar_options_init(&init, ZI_CALENDAR_OPTIONS_VERSION), ZI_OK);
  CHECK(init.version == 1 && !init.cuti_bersama_is_working_day);
  CHECK_STATUS(zi_calendar_options_init(NULL, 1), ZI_EINVALID);
  memset(&untouched, 0x11, sizeof untouched);
  init = untouched;
  CHECK_STATUS(zi_calendar_options_init(&init, 0), ZI_EVERSION);
  CHECK_STATUS(zi_calendar_options_init(&init, 2), ZI_EVERSION);
  CHECK(memcmp(&init, &untouched, sizeof init) == 0);

  opts.cuti_bersama_is_working_day = true;
  CHECK_STATUS(zi_calendar_default(&working, &opts), ZI_OK);
  CHECK(zi_calendar_cuti_bersama_is_working_day(working));
  CHECK(!zi_calendar_is_holiday(working, D(2026, 2, 16))); /* cuti bersama */
  CHECK(zi_calendar_is_holiday(working, D(2026, 1, 1)));
  CHECK(zi_calendar_holiday_count(working) == 25);         /* the data is the same */
  CHECK_STATUS(zi_calendar_working_days_between(&n, NULL, working, D(2026, 1, 1), D(2026, 12, 31), true, true),
               ZI_OK);
  CHECK(n == 248);

  cal = default_calendar();
  {
    zi_calendar *other = NULL;
    CHECK_STATUS(zi_calendar_with_options(&other, cal, &opts), ZI_OK);
    CHECK(zi_calendar_cuti_bersama_is_working_day(other));
    zi_calendar_free(cal); /* independent of the calendar it came from */
    CHECK_STATUS(zi_calendar_working_days_between(&n, NULL, other, D(2026, 1, 1), D(2026, 12, 31), true, true),
                 ZI_OK);
    CHECK(n == 248);
    zi_calendar_free(other);
  }
  cal = NOT_NULL_SENTINEL;
  opts.version = 0;
  CHECK_STATUS(zi_calendar_default(&cal, &opts), ZI_EVERSION);
  CHECK_MESSAGE_HAS("zi_calendar_options: versi 0 tidak didukung");
  CHECK(cal == NULL);
  opts.version = 2;
  CHECK_STATUS(zi_calendar_embedded(&cal, "ID-2026", &opts), ZI_EVERSION);
  CHECK_STATUS(zi_calendar_with_options(&cal, working, &opts), ZI_EVERSION);
  CHECK_STATUS(zi_calendar_with_options(&cal, working, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_calendar_with_options(&cal, NULL, NULL), ZI_EINVALID);
  zi_calendar_free(working);
}

static void test_load_and_export(void) {
  zi_calendar *cal = NULL, *again = NULL;
  char *json = NULL;
  size_t len = 0;
  const zi_holiday *h;
  CHECK_STATUS(zi_calendar_load_buffer(&cal, kSmallCalendar, sizeof kSmallCalendar - 1, NULL), ZI_OK);
  CHECK_STR(zi_calendar_name(cal), "TEST-2030");
  CHECK_STR(zi_calendar_description(cal), "uji");
  CHECK_STR(zi_calendar_source(cal), "");
  CHECK(zi_calendar_holiday_count(cal) == 3);
  h = zi_calendar_holiday(cal, 2);
  CHECK(zi_holiday_kind(h) == ZI_HOLIDAY_LIBUR_DAERAH);
  CHECK_STR(zi_holiday_region(h), "sulteng");
  CHECK_STR(zi_holiday_kind_str(ZI_HOLIDAY_CUTI_BERSAMA), "cuti_bersama");
  CHECK_STR(zi_holiday_kind_str(ZI_HOLIDAY_LIBUR_DAERAH), "libur_daerah");
  CHECK(zi_holiday_kind_str(3) == NULL);
  CHECK(zi_holiday_kind_str(-1) == NULL);

  CHECK_STATUS(zi_calendar_to_json(&json, &len, cal), ZI_OK);
  CHECK(json != NULL && strlen(json) == len);
  CHECK(strstr(json, "\"libur_daerah:sulteng\"") != NULL);
  CHECK_STATUS(zi_calendar_load_buffer(&again, json, len, NULL), ZI_OK);
  CHECK(zi_calendar_holiday_count(again) == 3);
  zi_free(json);
  json = (char *)(uintptr_t)0x1;
  CHECK_STATUS(zi_calendar_to_json(&json, NULL, NULL), ZI_EINVALID);
  CHECK(json == NULL);
  CHECK_STATUS(zi_calendar_to_json(NULL, NULL, cal), ZI_EINVALID);
  zi_calendar_free(again);
  zi_calendar_free(cal);
}

static void test_load_errors(void) {
  zi_calendar *cal = NOT_NULL_SENTINEL;
  char path[4096];
  static const char kNul[] =
      "{\"format\": \"zi.calendar/1\", \"name\": \"A\\u0000B\", \"years\": [], \"holidays\": []}";
  static const char kBadKind[] =
      "{\"format\": \"zi.calendar/1\", \"name\": \"X\", \"years\": [2030],"
      " \"holidays\": [{\"date\": \"2030-01-01\", \"kind\": \"libur\", \"name\": \"x\"}]}";

  CHECK_STATUS(zi_calendar_load_file(NULL, "x.json", NULL), ZI_EINVALID);
  CHECK_STATUS(zi_calendar_load_file(&cal, NULL, NULL), ZI_EINVALID);
  CHECK(cal == NULL);
  cal = NOT_NULL_SENTINEL;
  snprintf(path, sizeof path, "%s/no-such-calendar.json", ZI_CAPI_TEST_DATA);
  CHECK_STATUS(zi_calendar_load_file(&cal, path, NULL), ZI_EIO);
  CHECK_MESSAGE_HAS("no-such-calendar.json");
  CHECK(cal == NULL);
  CHECK_STATUS(zi_calendar_load_file(&cal, ZI_CAPI_TEST_DATA, NULL), ZI_EIO);
  CHECK_MESSAGE_HAS("adalah direktori");
  /* A plan is not a calendar. */
  snprintf(path, sizeof path, "%s/full.json", ZI_CAPI_TEST_DATA);
  CHECK_STATUS(zi_calendar_load_file(&cal, path, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("full.json");
  CHECK(cal == NULL);

  CHECK_STATUS(zi_calendar_load_buffer(&cal, NULL, 3, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_calendar_load_buffer(&cal, NULL, 0, NULL), ZI_EINVALID); /* empty text */
  CHECK_STATUS(zi_calendar_load_buffer(&cal, "{", 1, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("baris 1");
  CHECK_STATUS(zi_calendar_load_buffer(&cal, kBadKind, sizeof kBadKind - 1, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("/holidays/0/kind");
  CHECK_STATUS(zi_calendar_load_buffer(&cal, kNul, sizeof kNul - 1, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("karakter NUL");
  CHECK(cal == NULL);

  CHECK_STATUS(zi_calendar_default(NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_calendar_embedded(NULL, "ID-2026", NULL), ZI_EINVALID);
  CHECK_STATUS(zi_calendar_embedded(&cal, NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_calendar_for_plan(&cal, NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_calendar_for_plan(NULL, NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_calendar_weekends_only(NULL), ZI_EINVALID);
  CHECK(cal == NULL);
  zi_calendar_free(NULL);
}

static void test_null_getters(void) {
  CHECK(zi_calendar_name(NULL) == NULL);
  CHECK(zi_calendar_description(NULL) == NULL);
  CHECK(zi_calendar_source(NULL) == NULL);
  CHECK(!zi_calendar_cuti_bersama_is_working_day(NULL));
  CHECK(zi_calendar_year_count(NULL) == 0);
  CHECK(zi_calendar_year(NULL, 0) == 0);
  CHECK(!zi_calendar_covers(NULL, 2026));
  CHECK(zi_calendar_holiday_count(NULL) == 0);
  CHECK(zi_calendar_holiday(NULL, 0) == NULL);
  CHECK(zi_calendar_find_holiday(NULL, D(2026, 1, 1)) == NULL);
  CHECK(!zi_calendar_is_holiday(NULL, D(2026, 1, 1)));
  CHECK(zi_holiday_kind(NULL) == -1);
  CHECK(zi_holiday_region(NULL) == NULL);
  CHECK(zi_holiday_name(NULL) == NULL);
  {
    zi_date d = {0};
    CHECK_STATUS(zi_holiday_date(&d, NULL), ZI_EINVALID);
    CHECK_STATUS(zi_holiday_date(NULL, NULL), ZI_EINVALID);
  }
}

/* ---- working-day arithmetic --------------------------------------------------------- */

static void test_working_days(void) {
  zi_calendar *cal = default_calendar();
  bool working = true, uncovered = true;
  int32_t n = 0;
  static const int kPerMonth[12] = {20, 18, 17, 21, 16, 20, 23, 19, 22, 22, 21, 21};
  int m;

  CHECK_STATUS(zi_calendar_is_working_day(&working, &uncovered, cal, D(2026, 1, 1)), ZI_OK);
  CHECK(!working && !uncovered);
  CHECK_STATUS(zi_calendar_is_working_day(&working, &uncovered, cal, D(2026, 1, 2)), ZI_OK);
  CHECK(working && !uncovered);
  CHECK_STATUS(zi_calendar_is_working_day(&working, NULL, cal, D(2026, 1, 3)), ZI_OK);
  CHECK(!working);
  /* 2027 is not covered: only the weekends are known, and the flag says so. */
  CHECK_STATUS(zi_calendar_is_working_day(&working, &uncovered, cal, D(2027, 1, 1)), ZI_OK);
  CHECK(working && uncovered);

  CHECK_STATUS(zi_calendar_working_days_between(&n, &uncovered, cal, D(2026, 1, 1), D(2026, 12, 31), true, true),
               ZI_OK);
  CHECK(n == 240 && !uncovered);
  for (m = 1; m <= 12; ++m) {
    zi_date first = D(2026, m, 1);
    zi_date next = m == 12 ? D(2026, 12, 31) : D(2026, m + 1, 1);
    CHECK_STATUS(zi_calendar_working_days_between(&n, NULL, cal, first, next, true, m == 12), ZI_OK);
    if (n != kPerMonth[m - 1]) {
      fprintf(stderr, "month %d: %d working days, expected %d\n", m, (int)n, kPerMonth[m - 1]);
      ++check_failures;
    }
  }
  /* [from, to) by default; reversed gives minus the count; equal dates give 0 or 1. */
  CHECK_STATUS(zi_calendar_working_days_between(&n, NULL, cal, D(2026, 1, 5), D(2026, 1, 12), true, false), ZI_OK);
  CHECK(n == 5);
  CHECK_STATUS(zi_calendar_working_days_between(&n, NULL, cal, D(2026, 1, 12), D(2026, 1, 5), true, false), ZI_OK);
  CHECK(n == -5);
  CHECK_STATUS(zi_calendar_working_days_between(&n, NULL, cal, D(2026, 1, 5), D(2026, 1, 5), true, true), ZI_OK);
  CHECK(n == 1);
  CHECK_STATUS(zi_calendar_working_days_between(&n, NULL, cal, D(2026, 1, 5), D(2026, 1, 5), true, false), ZI_OK);
  CHECK(n == 0);
  /* Any year in between that is not covered raises the flag. */
  CHECK_STATUS(zi_calendar_working_days_between(&n, &uncovered, cal, D(2026, 12, 1), D(2027, 1, 10), true, false),
               ZI_OK);
  CHECK(uncovered);
  zi_calendar_free(cal);
}

static void test_adjust_and_advance(void) {
  zi_calendar *cal = default_calendar();
  zi_date out = {0};
  bool uncovered = true;
  CHECK_STATUS(zi_calendar_adjust(&out, &uncovered, cal, D(2026, 1, 1), ZI_CONVENTION_FOLLOWING), ZI_OK);
  CHECK(out.days == D(2026, 1, 2).days && !uncovered);
  CHECK_STATUS(zi_calendar_adjust(&out, NULL, cal, D(2026, 1, 3), ZI_CONVENTION_PRECEDING), ZI_OK);
  CHECK(out.days == D(2026, 1, 2).days);
  CHECK_STATUS(zi_calendar_adjust(&out, NULL, cal, D(2026, 1, 3), ZI_CONVENTION_UNADJUSTED), ZI_OK);
  CHECK(out.days == D(2026, 1, 3).days);
  /* 31 May 2026 is a Sunday and 1 June a holiday: following leaves May, so modified
   * following goes back to Friday 29 May. */
  CHECK_STATUS(zi_calendar_adjust(&out, NULL, cal, D(2026, 5, 31), ZI_CONVENTION_MODIFIED_FOLLOWING), ZI_OK);
  CHECK(out.days == D(2026, 5, 29).days);
  CHECK_STATUS(zi_calendar_adjust(&out, &uncovered, cal, D(2026, 12, 31), ZI_CONVENTION_FOLLOWING), ZI_OK);
  CHECK(out.days == D(2026, 12, 31).days && !uncovered);
  CHECK_STATUS(zi_calendar_adjust(&out, &uncovered, cal, D(2027, 1, 2), ZI_CONVENTION_FOLLOWING), ZI_OK);
  CHECK(out.days == D(2027, 1, 4).days && uncovered);

  CHECK_STATUS(zi_calendar_advance(&out, &uncovered, cal, D(2026, 1, 2), 1), ZI_OK);
  CHECK(out.days == D(2026, 1, 5).days && !uncovered);
  CHECK_STATUS(zi_calendar_advance(&out, NULL, cal, D(2026, 1, 5), -1), ZI_OK);
  CHECK(out.days == D(2026, 1, 2).days);
  CHECK_STATUS(zi_calendar_advance(&out, NULL, cal, D(2026, 1, 3), 0), ZI_OK);
  CHECK(out.days == D(2026, 1, 3).days);
  CHECK_STATUS(zi_calendar_advance(&out, &uncovered, cal, D(2026, 12, 30), 5), ZI_OK);
  CHECK(uncovered);

  /* Errors. */
  CHECK_STATUS(zi_calendar_adjust(NULL, NULL, cal, D(2026, 1, 1), 0), ZI_EINVALID);
  CHECK_STATUS(zi_calendar_adjust(&out, NULL, NULL, D(2026, 1, 1), 0), ZI_EINVALID);
  CHECK_STATUS(zi_calendar_adjust(&out, NULL, cal, D(2026, 1, 1), 4), ZI_EINVALID);
  CHECK_MESSAGE_HAS("konvensi tidak dikenal: 4");
  CHECK_STATUS(zi_calendar_adjust(&out, NULL, cal, D(2026, 1, 1), -1), ZI_EINVALID);
  {
    zi_date below = {ZI_DATE_MIN_DAYS - 1}, above = {ZI_DATE_MAX_DAYS + 1}, last = {ZI_DATE_MAX_DAYS};
    bool w = false;
    int32_t n = 0;
    CHECK_STATUS(zi_calendar_adjust(&out, NULL, cal, below, 0), ZI_ERANGE);
    CHECK_STATUS(zi_calendar_adjust(&out, NULL, cal, above, 0), ZI_ERANGE);
    /* 9999-12-31 is a Friday; a Saturday after it does not exist. */
    CHECK_STATUS(zi_calendar_advance(&out, NULL, cal, last, 1), ZI_ERANGE);
    CHECK_STATUS(zi_calendar_advance(&out, NULL, cal, D(2026, 1, 1), 1000001), ZI_ERANGE);
    CHECK_MESSAGE_HAS("1000001");
    CHECK_STATUS(zi_calendar_advance(&out, NULL, cal, D(2026, 1, 1), -1000001), ZI_ERANGE);
    CHECK_STATUS(zi_calendar_advance(NULL, NULL, cal, D(2026, 1, 1), 1), ZI_EINVALID);
    CHECK_STATUS(zi_calendar_advance(&out, NULL, NULL, D(2026, 1, 1), 1), ZI_EINVALID);
    CHECK_STATUS(zi_calendar_is_working_day(&w, NULL, cal, above), ZI_ERANGE);
    CHECK_STATUS(zi_calendar_is_working_day(NULL, NULL, cal, D(2026, 1, 1)), ZI_EINVALID);
    CHECK_STATUS(zi_calendar_is_working_day(&w, NULL, NULL, D(2026, 1, 1)), ZI_EINVALID);
    CHECK_STATUS(zi_calendar_working_days_between(&n, NULL, cal, below, D(2026, 1, 1), true, false), ZI_ERANGE);
    CHECK_MESSAGE_HAS("from");
    CHECK_STATUS(zi_calendar_working_days_between(&n, NULL, cal, D(2026, 1, 1), above, true, false), ZI_ERANGE);
    CHECK_STATUS(zi_calendar_working_days_between(NULL, NULL, cal, D(2026, 1, 1), D(2026, 1, 2), true, false),
                 ZI_EINVALID);
    CHECK_STATUS(zi_calendar_working_days_between(&n, NULL, NULL, D(2026, 1, 1), D(2026, 1, 2), true, false),
                 ZI_EINVALID);
  }
  zi_calendar_free(cal);
}

static void test_weekends_only(void) {
  zi_calendar *cal = NOT_NULL_SENTINEL;
  bool working = false, uncovered = false;
  CHECK_STATUS(zi_calendar_weekends_only(&cal), ZI_OK);
  CHECK_STR(zi_calendar_name(cal), "weekends-only");
  CHECK(zi_calendar_year_count(cal) == 0 && zi_calendar_holiday_count(cal) == 0);
  CHECK_STATUS(zi_calendar_is_working_day(&working, &uncovered, cal, D(2026, 1, 1)), ZI_OK);
  CHECK(working && uncovered); /* New Year is a holiday only in a calendar that lists it */
  zi_calendar_free(cal);
}

/* ---- due dates ------------------------------------------------------------------------ */

static void test_due_dates(void) {
  zi_calendar *cal = default_calendar();
  zi_due_policy_options p = ZI_DUE_POLICY_OPTIONS_INIT;
  zi_due_policy_options init;
  zi_date out = {0}, expected = {0};
  bool uncovered = true;

  CHECK(p.version == 1 && p.offset == ZI_DUE_OFFSET_NONE && p.n == 0 && p.day == 0 &&
        p.convention == ZI_CONVENTION_FOLLOWING);
  memset(&init, 0x5a, sizeof init);
  CHECK_STATUS(zi_due_policy_options_init(&init, ZI_DUE_POLICY_OPTIONS_VERSION), ZI_OK);
  CHECK(memcmp(&init, &p, sizeof p) == 0);
  CHECK_STATUS(zi_due_policy_options_init(&init, 0), ZI_EVERSION);
  CHECK_STATUS(zi_due_policy_options_init(&init, 2), ZI_EVERSION);
  CHECK_STATUS(zi_due_policy_options_init(NULL, 1), ZI_EINVALID);

  /* none: the window end, moved to the following working day. */
  CHECK_STATUS(zi_due_date(&out, &uncovered, cal, D(2026, 1, 31), NULL), ZI_OK);
  CHECK(out.days == D(2026, 2, 2).days && !uncovered);
  CHECK_STATUS(zi_due_date(&out, NULL, cal, D(2026, 1, 31), &p), ZI_OK);
  CHECK(out.days == D(2026, 2, 2).days);
  /* working_days n = the n-th working day after the window end. */
  p.offset = ZI_DUE_OFFSET_WORKING_DAYS;
  p.n = 10;
  CHECK_STATUS(zi_due_date(&out, NULL, cal, D(2026, 3, 31), &p), ZI_OK);
  CHECK_STATUS(zi_calendar_advance(&expected, NULL, cal, D(2026, 3, 31), 10), ZI_OK);
  CHECK(out.days == expected.days);
  /* calendar_days n, then following. */
  p.offset = ZI_DUE_OFFSET_CALENDAR_DAYS;
  p.n = 3;
  CHECK_STATUS(zi_due_date(&out, NULL, cal, D(2026, 1, 1), &p), ZI_OK);
  CHECK(out.days == D(2026, 1, 5).days); /* 4 January is a Sunday */
  /* day_of_next_month d, clamped to the month, below 1 counts as 1. */
  p.offset = ZI_DUE_OFFSET_DAY_OF_NEXT_MONTH;
  p.day = 31;
  p.convention = ZI_CONVENTION_UNADJUSTED;
  CHECK_STATUS(zi_due_date(&out, NULL, cal, D(2026, 1, 31), &p), ZI_OK);
  CHECK(out.days == D(2026, 2, 28).days);
  p.day = 0;
  CHECK_STATUS(zi_due_date(&out, NULL, cal, D(2026, 1, 31), &p), ZI_OK);
  CHECK(out.days == D(2026, 2, 1).days);
  /* A due date in a year the calendar lacks. */
  p.offset = ZI_DUE_OFFSET_WORKING_DAYS;
  p.n = 5;
  p.convention = ZI_CONVENTION_FOLLOWING;
  CHECK_STATUS(zi_due_date(&out, &uncovered, cal, D(2026, 12, 31), &p), ZI_OK);
  CHECK(uncovered);

  /* Errors. */
  CHECK_STATUS(zi_due_date(NULL, NULL, cal, D(2026, 1, 31), &p), ZI_EINVALID);
  CHECK_STATUS(zi_due_date(&out, NULL, NULL, D(2026, 1, 31), &p), ZI_EINVALID);
  p.offset = 9;
  CHECK_STATUS(zi_due_date(&out, NULL, cal, D(2026, 1, 31), &p), ZI_EINVALID);
  CHECK_MESSAGE_HAS("due offset tidak dikenal: 9");
  p.offset = ZI_DUE_OFFSET_WORKING_DAYS;
  p.convention = 7;
  CHECK_STATUS(zi_due_date(&out, NULL, cal, D(2026, 1, 31), &p), ZI_EINVALID);
  p.convention = ZI_CONVENTION_FOLLOWING;
  p.n = 2000000;
  CHECK_STATUS(zi_due_date(&out, NULL, cal, D(2026, 1, 31), &p), ZI_ERANGE);
  p.n = 1;
  p.version = 0;
  CHECK_STATUS(zi_due_date(&out, NULL, cal, D(2026, 1, 31), &p), ZI_EVERSION);
  p.version = 2;
  CHECK_STATUS(zi_due_date(&out, NULL, cal, D(2026, 1, 31), &p), ZI_EVERSION);
  p.version = 1;
  {
    zi_date last = {ZI_DATE_MAX_DAYS};
    p.offset = ZI_DUE_OFFSET_CALENDAR_DAYS;
    CHECK_STATUS(zi_due_date(&out, NULL, cal, last, &p), ZI_ERANGE);
    p.offset = ZI_DUE_OFFSET_DAY_OF_NEXT_MONTH;
    CHECK_STATUS(zi_due_date(&out, NULL, cal, last, &p), ZI_ERANGE);
  }
  zi_calendar_free(cal);
}

static void test_due_policy_of_a_plan(void) {
  zi_plan *plan = NULL;
  zi_due_policy_options p;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  memset(&p, 0x7f, sizeof p);
  CHECK_STATUS(zi_due_policy_get(&p, zi_plan_due_policy(plan)), ZI_OK);
  CHECK(p.version == ZI_DUE_POLICY_OPTIONS_VERSION);
  CHECK(p.offset == zi_due_policy_offset(zi_plan_due_policy(plan)));
  CHECK(p.n == zi_due_policy_n(zi_plan_due_policy(plan)));
  CHECK(p.day == zi_due_policy_day(zi_plan_due_policy(plan)));
  CHECK(p.convention == zi_due_policy_convention(zi_plan_due_policy(plan)));
  CHECK_STATUS(zi_due_policy_get(&p, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_due_policy_get(NULL, zi_plan_due_policy(plan)), ZI_EINVALID);
  zi_plan_free(plan);
}

int main(void) {
  RUN(test_calendar_2027);
  RUN(test_default_calendar);
  RUN(test_embedded_and_for_plan);
  RUN(test_options);
  RUN(test_load_and_export);
  RUN(test_load_errors);
  RUN(test_null_getters);
  RUN(test_working_days);
  RUN(test_adjust_and_advance);
  RUN(test_weekends_only);
  RUN(test_due_dates);
  RUN(test_due_policy_of_a_plan);
  CHECK_MAIN_END();
}
