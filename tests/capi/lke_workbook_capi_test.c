/* C tests of the LKE workbook module: zi_lke_workbook_export and zi_lke_workbook_import
 * with the worked example (docs/lke.md), the round trip, the circulated defects and their
 * effect (P.MP.i 0.25 in the sheet, 0.375 by libzi), NULL arguments, bad flags and bad
 * bytes. Plain C99.
 *
 * ZI_CAPI_LKE_DATA is tests/data/lke (worked-example.json). */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"

#ifndef ZI_CAPI_LKE_DATA
#error "ZI_CAPI_LKE_DATA (the tests/data/lke directory) must be defined"
#endif

#define WORKED ZI_CAPI_LKE_DATA "/worked-example.json"

static zi_lke_rubric *rubric_(void) {
  zi_lke_rubric *r = NULL;
  CHECK_STATUS(zi_lke_rubric_default(&r), ZI_OK);
  return r;
}

static zi_lke_answers *worked_(const zi_lke_rubric *r) {
  zi_lke_answers *a = NULL;
  CHECK_STATUS(zi_lke_answers_load_file(&a, r, WORKED), ZI_OK);
  return a;
}

static char *answers_json_(const zi_lke_answers *a) {
  char *text = NULL;
  CHECK_STATUS(zi_lke_answers_write(&text, NULL, a, NULL), ZI_OK);
  return text;
}

static void test_round_trip(void) {
  zi_lke_rubric *r = rubric_();
  zi_lke_answers *a = worked_(r);
  int corrected;
  for (corrected = 0; corrected <= 1; ++corrected) {
    char *xlsx = NULL, *report = NULL, *back_report = NULL, *want = NULL, *got = NULL;
    size_t xlsx_len = 0, report_len = 0, errors = 99;
    zi_lke_answers *back = NULL;
    CHECK_STATUS(zi_lke_workbook_export(&xlsx, &xlsx_len, &report, &report_len, a, NULL, 0,
                                        corrected ? ZI_LKE_WORKBOOK_CORRECT_DEFECTS : 0),
                 ZI_OK);
    CHECK(xlsx != NULL && xlsx_len > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K');
    CHECK(report != NULL && strlen(report) == report_len);
    CHECK(strstr(report, "\"ok\": true") != NULL);
    CHECK(strstr(report, "\"where\": \"LKE ZI!J8\"") != NULL);
    /* As circulated, P.MP.i shows 0.25 (J8 leaves item a unscored); libzi 0.375. */
    if (!corrected) {
      CHECK(strstr(report, "\"cell\": \"L7\"") != NULL);
      CHECK(strstr(report, "lembar kerja 0,25, libzi 0,375") != NULL);
    } else {
      CHECK(strstr(report, "\"differs\": true") == NULL);
    }
    CHECK_STATUS(zi_lke_workbook_import(&back, &back_report, NULL, &errors, r, xlsx, xlsx_len, NULL, 0,
                                        "lke.xlsx"),
                 ZI_OK);
    CHECK(errors == 0);
    CHECK(back != NULL && back_report != NULL);
    want = answers_json_(a);
    got = back ? answers_json_(back) : NULL;
    CHECK_STR(got, want);
    zi_free(want);
    zi_free(got);
    zi_lke_answers_free(back);
    zi_free(back_report);
    zi_free(report);
    zi_free(xlsx);
  }
  zi_lke_answers_free(a);
  zi_lke_rubric_free(r);
}

static void test_errors(void) {
  zi_lke_rubric *r = rubric_();
  zi_lke_answers *a = worked_(r);
  zi_lke_answers *back = (zi_lke_answers *)(uintptr_t)0x1;
  char *xlsx = (char *)(uintptr_t)0x1, *report = (char *)(uintptr_t)0x1;
  size_t len = 7, errors = 7;
  CHECK_STATUS(zi_lke_workbook_export(NULL, &len, &report, NULL, a, NULL, 0, 0), ZI_EINVALID);
  CHECK_STATUS(zi_lke_workbook_export(&xlsx, &len, &report, NULL, NULL, NULL, 0, 0), ZI_EINVALID);
  CHECK(xlsx == NULL && report == NULL);
  CHECK_STATUS(zi_lke_workbook_export(&xlsx, &len, &report, NULL, a, NULL, 0, 4), ZI_EINVALID);
  CHECK(strstr(zi_last_error_message(), "flags") != NULL);
  CHECK_STATUS(zi_lke_workbook_export(&xlsx, &len, &report, NULL, a, "{}", 2, 0), ZI_EINVALID);
  CHECK_STATUS(zi_lke_workbook_import(&back, &report, NULL, &errors, r, "not a workbook", 14, NULL, 0, NULL),
               ZI_EINVALID);
  CHECK(back == NULL && report == NULL && errors == 0);
  CHECK_STATUS(zi_lke_workbook_import(&back, &report, NULL, NULL, NULL, "x", 1, NULL, 0, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_lke_workbook_import(&back, &report, NULL, NULL, r, NULL, 5, NULL, 0, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_lke_workbook_import(NULL, &report, NULL, NULL, r, "x", 1, NULL, 0, NULL), ZI_EINVALID);
  zi_lke_answers_free(a);
  zi_lke_rubric_free(r);
}

int main(void) {
  RUN(test_round_trip);
  RUN(test_errors);
  CHECK_MAIN_END();
}
