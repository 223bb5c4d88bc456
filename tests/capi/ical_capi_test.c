/* C tests of the ical module: the export of a plan and of a report, the UID domain
 * option, and the error paths. Plain C99. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"

static size_t count(const char *text, const char *what) {
  size_t n = 0;
  const char *at = text;
  while ((at = strstr(at, what)) != NULL) {
    ++n;
    at += strlen(what);
  }
  return n;
}

static void test_plan_export(void) {
  zi_plan *plan = NULL;
  char *ics = NULL, *again = NULL;
  size_t len = 0;
  zi_ical_options opts = ZI_ICAL_OPTIONS_INIT, init;
  CHECK(opts.version == 1 && opts.uid_domain == NULL);
  memset(&init, 0x3c, sizeof init);
  CHECK_STATUS(zi_ical_options_init(&init, 1), ZI_OK);
  CHECK(init.version == 1 && init.uid_domain == NULL);
  CHECK_STATUS(zi_ical_options_init(&init, 0), ZI_EVERSION);
  CHECK_STATUS(zi_ical_options_init(&init, 2), ZI_EVERSION);
  CHECK_STATUS(zi_ical_options_init(NULL, 1), ZI_EINVALID);

  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_plan_to_ical(&ics, &len, plan, NULL, NULL), ZI_OK);
  CHECK(ics != NULL && strlen(ics) == len);
  CHECK_STR(zi_last_error_message(), "");
  CHECK(strncmp(ics, "BEGIN:VCALENDAR\r\n", 17) == 0);
  CHECK(count(ics, "BEGIN:VTODO\r\n") == 118); /* one per occurrence */
  CHECK(strstr(ics, "TZID:Asia/Makassar") != NULL);
  CHECK(strstr(ics, "UID:KPU-72-2026-1.3.1.1-1@zi.kpu.go.id") != NULL);
  CHECK(count(ics, "STATUS:NEEDS-ACTION") == 118);
  /* Deterministic, and the same on an explicit calendar. */
  {
    zi_calendar *cal = NULL;
    CHECK_STATUS(zi_calendar_default(&cal, NULL), ZI_OK);
    CHECK_STATUS(zi_plan_to_ical(&again, NULL, plan, cal, &opts), ZI_OK);
    CHECK(strcmp(ics, again) == 0);
    zi_free(again);
    zi_calendar_free(cal);
  }
  opts.uid_domain = "kpu-sulteng.go.id";
  CHECK_STATUS(zi_plan_to_ical(&again, NULL, plan, NULL, &opts), ZI_OK);
  CHECK(strstr(again, "UID:KPU-72-2026-1.3.1.1-1@kpu-sulteng.go.id") != NULL);
  zi_free(again);
  zi_free(ics);

  /* Errors. */
  ics = (char *)(uintptr_t)0x1;
  opts.uid_domain = "bad\r\nX-INJECTED:1";
  CHECK_STATUS(zi_plan_to_ical(&ics, NULL, plan, NULL, &opts), ZI_EINVALID);
  CHECK_MESSAGE_HAS("uid_domain");
  CHECK(ics == NULL);
  opts.uid_domain = "";
  CHECK_STATUS(zi_plan_to_ical(&ics, NULL, plan, NULL, &opts), ZI_EINVALID);
  opts.uid_domain = NULL;
  opts.version = 2;
  CHECK_STATUS(zi_plan_to_ical(&ics, NULL, plan, NULL, &opts), ZI_EVERSION);
  CHECK_STATUS(zi_plan_to_ical(&ics, NULL, NULL, NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_plan_to_ical(NULL, NULL, plan, NULL, NULL), ZI_EINVALID);
  zi_plan_free(plan);
}

static void test_report_export(void) {
  zi_plan *plan = NULL;
  zi_report *report = NULL;
  zi_date as_of = {0};
  char *ics = NULL;
  size_t len = 0;
  zi_ical_options opts = ZI_ICAL_OPTIONS_INIT;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_date_from_ymd(&as_of, 2026, 4, 15), ZI_OK);
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, NULL, as_of, NULL), ZI_OK);
  zi_plan_free(plan);
  CHECK_STATUS(zi_report_to_ical(&ics, &len, report, NULL), ZI_OK);
  CHECK(ics != NULL && strlen(ics) == len);
  CHECK(count(ics, "BEGIN:VTODO\r\n") == 118);
  CHECK(count(ics, "STATUS:COMPLETED") == 0); /* nothing delivered */
  zi_free(ics);
  opts.uid_domain = "a..b";
  CHECK_STATUS(zi_report_to_ical(&ics, NULL, report, &opts), ZI_OK); /* letters, digits, dots, dashes */
  zi_free(ics);
  opts.uid_domain = "a b";
  ics = (char *)(uintptr_t)0x1;
  CHECK_STATUS(zi_report_to_ical(&ics, NULL, report, &opts), ZI_EINVALID);
  CHECK(ics == NULL);
  CHECK_STATUS(zi_report_to_ical(&ics, NULL, NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_report_to_ical(NULL, NULL, report, NULL), ZI_EINVALID);
  zi_report_free(report);
}

int main(void) {
  RUN(test_plan_export);
  RUN(test_report_export);
  CHECK_MAIN_END();
}
