/* C tests of the date module: zi_date_from_ymd, zi_date_to_ymd, zi_date_parse_iso and
 * zi_date_format_iso, with every error path. Plain C99. */
#include "check.h"

static void test_from_ymd(void) {
  zi_date d = {12345};
  CHECK_STATUS(zi_date_from_ymd(&d, 1970, 1, 1), ZI_OK);
  CHECK(d.days == 0);
  CHECK_STATUS(zi_date_from_ymd(&d, 2026, 1, 20), ZI_OK);
  CHECK(d.days == 20473);
  CHECK_STATUS(zi_date_from_ymd(&d, 1969, 12, 31), ZI_OK);
  CHECK(d.days == -1);
  CHECK_STATUS(zi_date_from_ymd(&d, 2024, 2, 29), ZI_OK); /* leap year */
  CHECK_STATUS(zi_date_from_ymd(&d, 1, 1, 1), ZI_OK);
  CHECK(d.days == ZI_DATE_MIN_DAYS);
  CHECK_STATUS(zi_date_from_ymd(&d, 9999, 12, 31), ZI_OK);
  CHECK(d.days == ZI_DATE_MAX_DAYS);
}

static void test_from_ymd_errors(void) {
  zi_date d = {777};
  CHECK_STATUS(zi_date_from_ymd(NULL, 2026, 1, 1), ZI_EINVALID);
  CHECK_MESSAGE_HAS("out");
  CHECK_STATUS(zi_date_from_ymd(&d, 2026, 2, 29), ZI_EINVALID); /* not a leap year */
  CHECK_STATUS(zi_date_from_ymd(&d, 2100, 2, 29), ZI_EINVALID); /* century rule */
  CHECK_STATUS(zi_date_from_ymd(&d, 2026, 0, 1), ZI_EINVALID);
  CHECK_STATUS(zi_date_from_ymd(&d, 2026, 13, 1), ZI_EINVALID);
  CHECK_STATUS(zi_date_from_ymd(&d, 2026, 4, 31), ZI_EINVALID);
  CHECK_STATUS(zi_date_from_ymd(&d, 2026, 1, 0), ZI_EINVALID);
  CHECK_STATUS(zi_date_from_ymd(&d, 0, 1, 1), ZI_EINVALID);
  CHECK_STATUS(zi_date_from_ymd(&d, 10000, 1, 1), ZI_EINVALID);
  CHECK_STATUS(zi_date_from_ymd(&d, INT32_MIN, INT32_MIN, INT32_MIN), ZI_EINVALID);
  CHECK(d.days == 777); /* untouched on failure */
}

static void test_to_ymd(void) {
  int32_t y = 0, m = 0, dd = 0;
  zi_date d = {20473};
  CHECK_STATUS(zi_date_to_ymd(&y, &m, &dd, d), ZI_OK);
  CHECK(y == 2026 && m == 1 && dd == 20);
  d.days = -1;
  CHECK_STATUS(zi_date_to_ymd(&y, &m, &dd, d), ZI_OK);
  CHECK(y == 1969 && m == 12 && dd == 31);
  /* Every output is optional. */
  y = m = dd = 0;
  d.days = 20473;
  CHECK_STATUS(zi_date_to_ymd(NULL, &m, NULL, d), ZI_OK);
  CHECK(y == 0 && m == 1 && dd == 0);
  CHECK_STATUS(zi_date_to_ymd(NULL, NULL, NULL, d), ZI_OK);
  /* Round trip over a few years, every day. */
  {
    int32_t day;
    int ok = 1;
    for (day = 19000; day < 22000; ++day) {
      zi_date in = {0}, back = {0};
      in.days = day;
      if (zi_date_to_ymd(&y, &m, &dd, in) != ZI_OK || zi_date_from_ymd(&back, y, m, dd) != ZI_OK ||
          back.days != day) {
        ok = 0;
      }
    }
    CHECK(ok);
  }
}

static void test_to_ymd_range(void) {
  int32_t y = 5, m = 6, dd = 7;
  zi_date d;
  d.days = ZI_DATE_MIN_DAYS;
  CHECK_STATUS(zi_date_to_ymd(&y, &m, &dd, d), ZI_OK);
  CHECK(y == 1 && m == 1 && dd == 1);
  d.days = ZI_DATE_MAX_DAYS;
  CHECK_STATUS(zi_date_to_ymd(&y, &m, &dd, d), ZI_OK);
  CHECK(y == 9999 && m == 12 && dd == 31);
  y = 5;
  m = 6;
  dd = 7;
  d.days = ZI_DATE_MIN_DAYS - 1;
  CHECK_STATUS(zi_date_to_ymd(&y, &m, &dd, d), ZI_ERANGE);
  d.days = ZI_DATE_MAX_DAYS + 1;
  CHECK_STATUS(zi_date_to_ymd(&y, &m, &dd, d), ZI_ERANGE);
  d.days = INT32_MAX;
  CHECK_STATUS(zi_date_to_ymd(&y, &m, &dd, d), ZI_ERANGE);
  d.days = INT32_MIN;
  CHECK_STATUS(zi_date_to_ymd(&y, &m, &dd, d), ZI_ERANGE);
  CHECK(y == 5 && m == 6 && dd == 7);
}

static void test_parse_iso(void) {
  zi_date d = {0};
  const char *text = "2026-01-20";
  CHECK_STATUS(zi_date_parse_iso(&d, text, strlen(text)), ZI_OK);
  CHECK(d.days == 20473);
  /* No NUL terminator needed: only len bytes are read. */
  {
    const char buf[10] = {'2', '0', '2', '6', '-', '0', '2', '-', '2', '8'};
    CHECK_STATUS(zi_date_parse_iso(&d, buf, sizeof buf), ZI_OK);
    CHECK(d.days == 20512);
  }
  /* A longer buffer parsed with the right length. */
  CHECK_STATUS(zi_date_parse_iso(&d, "2026-03-01T00:00", 10), ZI_OK);
  CHECK(d.days == 20513);
}

static void test_parse_iso_errors(void) {
  zi_date d = {99};
  CHECK_STATUS(zi_date_parse_iso(NULL, "2026-01-20", 10), ZI_EINVALID);
  CHECK_STATUS(zi_date_parse_iso(&d, NULL, 10), ZI_EINVALID);
  CHECK_MESSAGE_HAS("text");
  CHECK_STATUS(zi_date_parse_iso(&d, "", 0), ZI_EINVALID);
  CHECK_STATUS(zi_date_parse_iso(&d, "2026-1-20", 9), ZI_EINVALID);
  CHECK_MESSAGE_HAS("YYYY-MM-DD");
  CHECK_STATUS(zi_date_parse_iso(&d, "2026-02-30", 10), ZI_EINVALID);
  CHECK_MESSAGE_HAS("bukan tanggal yang sah");
  CHECK_STATUS(zi_date_parse_iso(&d, "2026/01/20", 10), ZI_EINVALID);
  CHECK_STATUS(zi_date_parse_iso(&d, "2026-01-20 ", 11), ZI_EINVALID);
  CHECK_STATUS(zi_date_parse_iso(&d, "0000-01-01", 10), ZI_EINVALID);
  CHECK_STATUS(zi_date_parse_iso(&d, "2026-01-2", 9), ZI_EINVALID);
  CHECK(d.days == 99);
}

static void test_format_iso(void) {
  char buf[ZI_DATE_ISO_SIZE];
  size_t len = 0;
  zi_date d = {20473};
  CHECK(ZI_DATE_ISO_SIZE == 11);
  CHECK_STATUS(zi_date_format_iso(buf, sizeof buf, &len, d), ZI_OK);
  CHECK_STR(buf, "2026-01-20");
  CHECK(len == 10);
  CHECK_STATUS(zi_date_format_iso(buf, sizeof buf, NULL, d), ZI_OK); /* len_out optional */
  d.days = ZI_DATE_MIN_DAYS;
  CHECK_STATUS(zi_date_format_iso(buf, sizeof buf, &len, d), ZI_OK);
  CHECK_STR(buf, "0001-01-01");
  d.days = ZI_DATE_MAX_DAYS;
  CHECK_STATUS(zi_date_format_iso(buf, sizeof buf, &len, d), ZI_OK);
  CHECK_STR(buf, "9999-12-31");
}

static void test_format_iso_truncates_like_snprintf(void) {
  char small[5] = {'x', 'x', 'x', 'x', 'x'};
  size_t len = 0;
  zi_date d = {20473};
  CHECK_STATUS(zi_date_format_iso(small, sizeof small, &len, d), ZI_OK);
  CHECK_STR(small, "2026");
  CHECK(len == 10 && len >= sizeof small); /* the caller sees it was cut */
  /* Size query: no buffer at all. */
  len = 0;
  CHECK_STATUS(zi_date_format_iso(NULL, 0, &len, d), ZI_OK);
  CHECK(len == 10);
  /* size 0 with a buffer writes nothing. */
  small[0] = 'x';
  CHECK_STATUS(zi_date_format_iso(small, 0, &len, d), ZI_OK);
  CHECK(small[0] == 'x');
  /* size 1: only the terminator. */
  CHECK_STATUS(zi_date_format_iso(small, 1, &len, d), ZI_OK);
  CHECK(small[0] == '\0');
}

static void test_format_iso_errors(void) {
  char buf[ZI_DATE_ISO_SIZE] = "unchanged";
  size_t len = 42;
  zi_date d = {20473};
  CHECK_STATUS(zi_date_format_iso(NULL, 11, &len, d), ZI_EINVALID);
  CHECK_MESSAGE_HAS("buf");
  d.days = ZI_DATE_MAX_DAYS + 1;
  CHECK_STATUS(zi_date_format_iso(buf, sizeof buf, &len, d), ZI_ERANGE);
  CHECK_MESSAGE_HAS("di luar");
  d.days = ZI_DATE_MIN_DAYS - 1;
  CHECK_STATUS(zi_date_format_iso(buf, sizeof buf, &len, d), ZI_ERANGE);
  CHECK_STR(buf, "unchanged");
  CHECK(len == 42);
}

static void test_iso_round_trip(void) {
  char buf[ZI_DATE_ISO_SIZE];
  zi_date d = {0}, back = {0};
  int ok = 1;
  int32_t day;
  for (day = -800; day < 800; day += 7) {
    d.days = day * 37;
    if (zi_date_format_iso(buf, sizeof buf, NULL, d) != ZI_OK ||
        zi_date_parse_iso(&back, buf, strlen(buf)) != ZI_OK || back.days != d.days) {
      ok = 0;
    }
  }
  CHECK(ok);
}

int main(void) {
  RUN(test_from_ymd);
  RUN(test_from_ymd_errors);
  RUN(test_to_ymd);
  RUN(test_to_ymd_range);
  RUN(test_parse_iso);
  RUN(test_parse_iso_errors);
  RUN(test_format_iso);
  RUN(test_format_iso_truncates_like_snprintf);
  RUN(test_format_iso_errors);
  RUN(test_iso_round_trip);
  CHECK_MAIN_END();
}
