/* C tests of the evidence module: scopes (of a plan, built by hand), CSV and JSON imports
 * with their rejected rows, the sample file data/samples/kpu-sulteng-2026-bukti.csv, the
 * CSV export, synthetic evidence, karakter NULs, and every error path. Plain C99. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"

#ifndef ZI_SOURCE_DIR
#error "ZI_SOURCE_DIR (the source tree) must be defined"
#endif
#ifndef ZI_CAPI_TEST_DATA
#error "ZI_CAPI_TEST_DATA (the tests/capi/data directory) must be defined"
#endif

#define NOT_NULL_SENTINEL ((zi_evidence *)(uintptr_t)0x1)
#define SAMPLE ZI_SOURCE_DIR "/data/samples/kpu-sulteng-2026-bukti.csv"

static zi_date D(int32_t y, int32_t m, int32_t d) {
  zi_date out = {0};
  if (zi_date_from_ymd(&out, y, m, d) != ZI_OK) ++check_failures;
  return out;
}

static zi_evidence_scope *plan_scope(zi_plan **plan_out) {
  zi_plan *plan = NULL;
  zi_evidence_scope *scope = NULL;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_evidence_scope_for_plan(&scope, plan, NULL), ZI_OK);
  if (plan_out) {
    *plan_out = plan;
  } else {
    zi_plan_free(plan);
  }
  return scope;
}

static zi_evidence *read_csv(const char *text, const zi_evidence_scope *scope) {
  zi_evidence *ev = NULL;
  CHECK_STATUS(zi_evidence_read_csv(&ev, text, strlen(text), scope), ZI_OK);
  return ev;
}

/* ---- scopes ------------------------------------------------------------------------------- */

static void test_plan_scope(void) {
  zi_evidence_scope *scope = plan_scope(NULL); /* the plan is already freed */
  int32_t n = -1;
  CHECK_STR(zi_evidence_scope_default_satker(scope), "KPU-72");
  CHECK(zi_evidence_scope_has_satker(scope, "KPU-72"));
  CHECK(!zi_evidence_scope_has_satker(scope, "KPU-71"));
  CHECK(!zi_evidence_scope_has_satker(scope, NULL));
  CHECK(!zi_evidence_scope_has_satker(NULL, "KPU-72"));
  CHECK_STATUS(zi_evidence_scope_occurrences(&n, scope, "KPU-72", "1.3.1.1"), ZI_OK);
  CHECK(n == 4);
  CHECK_STATUS(zi_evidence_scope_occurrences(&n, scope, "KPU-72", "6.2.1.1"), ZI_OK);
  CHECK(n == 12);
  CHECK_STATUS(zi_evidence_scope_occurrences(&n, scope, "KPU-72", "9.9.9.9"), ZI_ENOTFOUND);
  CHECK_MESSAGE_HAS("indikator '9.9.9.9' tidak dikenal");
  CHECK_STATUS(zi_evidence_scope_occurrences(&n, scope, "KPU-71", "1.3.1.1"), ZI_ENOTFOUND);
  CHECK_MESSAGE_HAS("satker tidak dikenal: 'KPU-71'");
  CHECK_STATUS(zi_evidence_scope_occurrences(NULL, scope, "KPU-72", "1.3.1.1"), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_scope_occurrences(&n, NULL, "KPU-72", "1.3.1.1"), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_scope_occurrences(&n, scope, NULL, "1.3.1.1"), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_scope_occurrences(&n, scope, "KPU-72", NULL), ZI_EINVALID);
  zi_evidence_scope_free(scope);
  zi_evidence_scope_free(NULL);
  {
    zi_evidence_scope *s = (zi_evidence_scope *)(uintptr_t)0x1;
    CHECK_STATUS(zi_evidence_scope_for_plan(&s, NULL, NULL), ZI_EINVALID);
    CHECK(s == NULL);
    CHECK_STATUS(zi_evidence_scope_for_plan(NULL, NULL, NULL), ZI_EINVALID);
  }
}

static void test_hand_made_scope(void) {
  zi_evidence_scope *scope = NULL;
  zi_evidence *ev = NULL;
  int32_t n = 0;
  CHECK_STATUS(zi_evidence_scope_new(&scope), ZI_OK);
  CHECK_STR(zi_evidence_scope_default_satker(scope), "");
  CHECK_STATUS(zi_evidence_scope_add(scope, "A", "1.1", 2), ZI_OK);
  CHECK_STATUS(zi_evidence_scope_add(scope, "B", "1.1", 0), ZI_OK);
  CHECK_STATUS(zi_evidence_scope_add(scope, "A", "1.1", 3), ZI_OK); /* replaces */
  CHECK_STATUS(zi_evidence_scope_occurrences(&n, scope, "A", "1.1"), ZI_OK);
  CHECK(n == 3);
  CHECK_STATUS(zi_evidence_scope_add(scope, "A", "1.2", -1), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_scope_add(scope, "", "1.2", 1), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_scope_add(scope, "A", "", 1), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_scope_add(scope, NULL, "1.2", 1), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_scope_add(scope, "A", NULL, 1), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_scope_add(NULL, "A", "1.2", 1), ZI_EINVALID);

  /* Without a default satker, rows must name one. */
  ev = read_csv("satker,indicator,occurrence,date\nA,1.1,2,2026-01-05\n,1.1,1,2026-01-05\nB,1.1,1,2026-01-05\n",
                scope);
  CHECK(zi_evidence_count(ev) == 1);
  CHECK(zi_evidence_rejected_count(ev) == 2);
  CHECK(strstr(zi_evidence_rejected_reason(ev, 0), "satker kosong") != NULL);
  CHECK(strstr(zi_evidence_rejected_reason(ev, 1), "tidak memiliki periode") != NULL);
  zi_evidence_free(ev);
  CHECK_STATUS(zi_evidence_scope_set_default_satker(scope, "A"), ZI_OK);
  CHECK_STR(zi_evidence_scope_default_satker(scope), "A");
  ev = read_csv("indicator,occurrence,date\n1.1,3,2026-01-05\n", scope);
  CHECK(zi_evidence_count(ev) == 1 && zi_evidence_rejected_count(ev) == 0);
  CHECK_STR(zi_evidence_satker(ev, 0), "A");
  zi_evidence_free(ev);
  CHECK_STATUS(zi_evidence_scope_set_default_satker(scope, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_scope_set_default_satker(NULL, "A"), ZI_EINVALID);
  CHECK(zi_evidence_scope_default_satker(NULL) == NULL);
  CHECK_STATUS(zi_evidence_scope_new(NULL), ZI_EINVALID);
  zi_evidence_scope_free(scope);
}

/* ---- imports ------------------------------------------------------------------------------- */

static void test_sample_file(void) {
  zi_evidence_scope *scope = plan_scope(NULL);
  zi_evidence *ev = NOT_NULL_SENTINEL;
  int32_t occurrence = 0, status = -1, count = 0, line = 0;
  zi_date date = {0};
  size_t i;
  int ok = 1;
  CHECK_STATUS(zi_evidence_load_file(&ev, SAMPLE, scope), ZI_OK);
  zi_evidence_scope_free(scope); /* the evidence does not depend on its scope */
  CHECK(zi_evidence_count(ev) == 46);
  /* The sample keeps two bad rows on purpose, to show the rejection report. */
  CHECK(zi_evidence_rejected_count(ev) == 2);
  CHECK(zi_evidence_rejected_line(ev, 0) == 48);
  CHECK_STR(zi_evidence_rejected_where(ev, 0), "baris 48");
  CHECK(strstr(zi_evidence_rejected_reason(ev, 0), "periode 13 di luar rentang") != NULL);
  CHECK(zi_evidence_rejected_line(ev, 1) == 49);
  CHECK(strstr(zi_evidence_rejected_reason(ev, 1), "tanggal tidak terbaca") != NULL);
  CHECK(zi_evidence_rejected_line(ev, 2) == 0);
  CHECK(zi_evidence_rejected_where(ev, 2) == NULL);
  CHECK(zi_evidence_rejected_reason(ev, 2) == NULL);

  CHECK_STATUS(zi_evidence_get(&occurrence, &date, &status, &count, &line, ev, 0), ZI_OK);
  CHECK(occurrence == 1 && date.days == D(2026, 1, 22).days && status == ZI_EVIDENCE_VERIFIED && count == 1 &&
        line == 2);
  CHECK_STR(zi_evidence_satker(ev, 0), "KPU-72");
  CHECK_STR(zi_evidence_indicator(ev, 0), "1.1.1.1");
  CHECK(strstr(zi_evidence_ref(ev, 0), "Nomor 3 Tahun 2026") != NULL);
  /* Line 11: 2.1.2.1 occurrence 2, submitted. */
  CHECK_STATUS(zi_evidence_get(&occurrence, NULL, &status, NULL, &line, ev, 9), ZI_OK);
  CHECK(occurrence == 2 && status == ZI_EVIDENCE_SUBMITTED && line == 11);
  for (i = 0; i < zi_evidence_count(ev); ++i) {
    if (zi_evidence_get(NULL, NULL, &status, NULL, NULL, ev, i) != ZI_OK || zi_evidence_status_str(status) == NULL ||
        !zi_evidence_satker(ev, i) || !zi_evidence_indicator(ev, i) || !zi_evidence_ref(ev, i)) {
      ok = 0;
    }
  }
  CHECK(ok);
  CHECK_STATUS(zi_evidence_get(NULL, NULL, NULL, NULL, NULL, ev, 46), ZI_ERANGE);
  CHECK_STATUS(zi_evidence_get(NULL, NULL, NULL, NULL, NULL, NULL, 0), ZI_EINVALID);
  CHECK(zi_evidence_satker(ev, 46) == NULL);
  CHECK(zi_evidence_indicator(ev, 46) == NULL);
  CHECK(zi_evidence_ref(ev, 46) == NULL);
  zi_evidence_free(ev);
}

static void test_rejected_rows(void) {
  zi_evidence_scope *scope = plan_scope(NULL);
  zi_evidence *ev = read_csv(
      "indicator,occurrence,date,status,count,ref\n"
      "1.3.1.1,1,2026-03-27,verified,1,ok\n"
      "9.9.9.9,1,2026-03-27,verified,1,unknown\n"
      "1.3.1.1,5,2026-03-27,verified,1,out of range\n"
      "1.3.1.1,,2026-03-27,verified,1,missing occurrence\n"
      "1.3.1.1,2,2026/03/27,verified,1,bad date\n"
      "1.3.1.1,2,2026-03-27,maybe,1,bad status\n"
      "1.3.1.1,2,2026-03-27,verified,0,count zero\n"
      "\"1.3.1.1\",\"2\",\"2026-06-26\",\"submitted\",\"2\",\"quoted, \"\"with\"\" comma\"\n",
      scope);
  static const char *const kReasons[] = {"indikator '9.9.9.9' tidak dikenal", "periode 5 di luar rentang",
                                         "periode kosong", "tanggal tidak terbaca", "status 'maybe' tidak dikenal",
                                         "jumlah 0 kurang dari 1"};
  size_t i;
  int32_t status = 0, count = 0;
  CHECK(zi_evidence_count(ev) == 2);
  CHECK(zi_evidence_rejected_count(ev) == 6);
  for (i = 0; i < 6; ++i) {
    CHECK(zi_evidence_rejected_line(ev, i) == (int32_t)i + 3);
    if (strstr(zi_evidence_rejected_reason(ev, i), kReasons[i]) == NULL) {
      fprintf(stderr, "row %zu: \"%s\" lacks \"%s\"\n", i, zi_evidence_rejected_reason(ev, i), kReasons[i]);
      ++check_failures;
    }
  }
  CHECK_STATUS(zi_evidence_get(NULL, NULL, &status, &count, NULL, ev, 1), ZI_OK);
  CHECK(status == ZI_EVIDENCE_SUBMITTED && count == 2);
  CHECK_STR(zi_evidence_ref(ev, 1), "quoted, \"with\" comma");
  zi_evidence_free(ev);
  zi_evidence_scope_free(scope);
}

static void test_file_level_errors(void) {
  zi_evidence_scope *scope = plan_scope(NULL);
  zi_evidence *ev = NOT_NULL_SENTINEL;
  char path[4096];
  CHECK_STATUS(zi_evidence_read_csv(&ev, "indicator,when\n1.1.1.1,x\n", 25, scope), ZI_EINVALID);
  CHECK_MESSAGE_HAS("baris 1");
  CHECK_MESSAGE_HAS("kolom 'when' tidak dikenal");
  CHECK(ev == NULL);
  CHECK_STATUS(zi_evidence_read_csv(&ev, "", 0, scope), ZI_EINVALID);
  CHECK_MESSAGE_HAS("tidak ada baris judul");
  CHECK_STATUS(zi_evidence_read_csv(&ev, NULL, 0, scope), ZI_EINVALID); /* no text at all */
  CHECK_STATUS(zi_evidence_read_csv(&ev, NULL, 4, scope), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_read_csv(&ev, "x", 1, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_read_csv(NULL, "x", 1, scope), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_read_json(&ev, "[", 1, scope), ZI_EINVALID);
  CHECK_MESSAGE_HAS("baris 1");
  CHECK_STATUS(zi_evidence_read_json(&ev, "{\"format\": \"x\", \"records\": []}", 30, scope), ZI_EINVALID);
  CHECK_MESSAGE_HAS("/format");
  CHECK_STATUS(zi_evidence_read_json(&ev, "[]", 2, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_read_json(NULL, "[]", 2, scope), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_load_file(&ev, ZI_SOURCE_DIR "/no-such-evidence.csv", scope), ZI_EIO);
  CHECK_MESSAGE_HAS("no-such-evidence.csv: berkas ");
  CHECK_STATUS(zi_evidence_load_file(&ev, ZI_SOURCE_DIR, scope), ZI_EIO);
  CHECK_MESSAGE_HAS("adalah direktori");
  /* A plan file is not evidence: JSON, but not records. */
  snprintf(path, sizeof path, "%s/full.json", ZI_CAPI_TEST_DATA);
  CHECK_STATUS(zi_evidence_load_file(&ev, path, scope), ZI_EINVALID);
  CHECK_MESSAGE_HAS("full.json");
  CHECK_STATUS(zi_evidence_load_file(&ev, NULL, scope), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_load_file(&ev, SAMPLE, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_load_file(NULL, SAMPLE, scope), ZI_EINVALID);
  CHECK(ev == NULL);
  zi_evidence_scope_free(scope);
}

static void test_json(void) {
  zi_evidence_scope *scope = plan_scope(NULL);
  zi_evidence *ev = NULL;
  static const char kArray[] =
      "[{\"indicator\": \"1.3.1.1\", \"occurrence\": 1, \"date\": \"2026-03-27\"},"
      " {\"indicator\": \"1.3.1.1\", \"occurrence\": 9, \"date\": \"2026-03-27\"},"
      " {\"indicator\": \"1.3.1.1\", \"occurrence\": 2, \"date\": \"2026-06-26\", \"count\": 0}]";
  static const char kObject[] =
      "{\"format\": \"zi.evidence/1\", \"records\": ["
      " {\"indicator\": \"1.3.1.1\", \"occurrence\": 9, \"date\": \"2026-06-26\", \"ref\": \"x\"},"
      " {\"satker\": \"KPU-72\", \"indicator\": \"1.3.1.1\", \"occurrence\": 3, \"date\": \"2026-09-26\","
      "  \"status\": \"rejected\", \"count\": 2}]}";
  /* A karakter NUL or a repeated key is refused for the whole file by the JSON reader. */
  static const char kNul[] =
      "[{\"indicator\": \"1.3.1.1\", \"occurrence\": 1, \"date\": \"2026-03-27\"},"
      " {\"indicator\": \"1.3.1.1\", \"occurrence\": 2, \"date\": \"2026-06-26\","
      "  \"ref\": \"a\\u0000b\"}]";
  static const char kDuplicateKey[] =
      "[{\"indicator\": \"1.3.1.1\", \"date\": \"2026-03-27\", \"date\": \"2026-03-28\"}]";
  int32_t line = 0, status = 0, count = 0;
  CHECK_STATUS(zi_evidence_read_json(&ev, kArray, sizeof kArray - 1, scope), ZI_OK);
  CHECK(zi_evidence_count(ev) == 1);
  CHECK(zi_evidence_rejected_count(ev) == 2);
  CHECK_STR(zi_evidence_rejected_where(ev, 0), "/1");
  CHECK(zi_evidence_rejected_line(ev, 0) == 2);
  CHECK_STR(zi_evidence_rejected_where(ev, 1), "/2");
  CHECK(zi_evidence_rejected_line(ev, 1) == 3);
  CHECK(strlen(zi_evidence_rejected_reason(ev, 1)) > 0);
  zi_evidence_free(ev);

  ev = NULL;
  CHECK_STATUS(zi_evidence_read_json(&ev, kNul, sizeof kNul - 1, scope), ZI_EINVALID);
  CHECK_MESSAGE_HAS("/1/ref: karakter NUL (\\u0000) dalam teks");
  CHECK(ev == NULL);
  CHECK_STATUS(zi_evidence_read_json(&ev, kDuplicateKey, sizeof kDuplicateKey - 1, scope),
               ZI_EINVALID);
  CHECK_MESSAGE_HAS("baris 1, kolom 49: /0/date: kunci 'date' muncul dua kali");
  CHECK(ev == NULL);

  CHECK_STATUS(zi_evidence_read_json(&ev, kObject, sizeof kObject - 1, scope), ZI_OK);
  CHECK(zi_evidence_count(ev) == 1);
  CHECK(zi_evidence_rejected_count(ev) == 1);
  CHECK_STR(zi_evidence_rejected_where(ev, 0), "/records/0");
  CHECK_STATUS(zi_evidence_get(NULL, NULL, &status, &count, &line, ev, 0), ZI_OK);
  CHECK(status == ZI_EVIDENCE_REJECTED && count == 2 && line == 2);
  zi_evidence_free(ev);
  zi_evidence_scope_free(scope);
}

static void test_csv_export_round_trip(void) {
  zi_evidence_scope *scope = plan_scope(NULL);
  zi_evidence *ev = NULL, *again = NULL;
  char *csv = NULL;
  size_t len = 0, i;
  int same = 1;
  CHECK_STATUS(zi_evidence_load_file(&ev, SAMPLE, scope), ZI_OK);
  CHECK_STATUS(zi_evidence_to_csv(&csv, &len, ev), ZI_OK);
  CHECK(csv != NULL && strlen(csv) == len);
  CHECK(strncmp(csv, "satker,indicator,occurrence,date,status,count,ref\n", 50) == 0);
  CHECK_STATUS(zi_evidence_read_csv(&again, csv, len, scope), ZI_OK);
  CHECK(zi_evidence_count(again) == zi_evidence_count(ev));
  CHECK(zi_evidence_rejected_count(again) == 0);
  for (i = 0; i < zi_evidence_count(ev); ++i) {
    zi_date a = {0}, b = {0};
    zi_evidence_get(NULL, &a, NULL, NULL, NULL, ev, i);
    zi_evidence_get(NULL, &b, NULL, NULL, NULL, again, i);
    if (a.days != b.days || strcmp(zi_evidence_ref(ev, i), zi_evidence_ref(again, i)) != 0 ||
        strcmp(zi_evidence_indicator(ev, i), zi_evidence_indicator(again, i)) != 0) {
      same = 0;
    }
  }
  CHECK(same);
  zi_free(csv);
  csv = (char *)(uintptr_t)0x1;
  CHECK_STATUS(zi_evidence_to_csv(&csv, NULL, NULL), ZI_EINVALID);
  CHECK(csv == NULL);
  CHECK_STATUS(zi_evidence_to_csv(NULL, NULL, ev), ZI_EINVALID);
  zi_evidence_free(again);
  zi_evidence_free(ev);
  zi_evidence_scope_free(scope);
}

static void test_synthetic(void) {
  zi_plan *plan = NULL;
  zi_evidence *a = NULL, *b = NULL;
  size_t i;
  int same = 1;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_evidence_synthetic(&a, plan, NULL, 42), ZI_OK);
  CHECK_STATUS(zi_evidence_synthetic(&b, plan, NULL, 42), ZI_OK);
  CHECK(zi_evidence_count(a) > 50);
  CHECK(zi_evidence_rejected_count(a) == 0);
  CHECK(zi_evidence_count(a) == zi_evidence_count(b));
  for (i = 0; i < zi_evidence_count(a); ++i) {
    zi_date x = {0}, y = {0};
    zi_evidence_get(NULL, &x, NULL, NULL, NULL, a, i);
    zi_evidence_get(NULL, &y, NULL, NULL, NULL, b, i);
    if (x.days != y.days) same = 0; /* deterministic */
  }
  CHECK(same);
  CHECK_STR(zi_evidence_satker(a, 0), "KPU-72");
  zi_evidence_free(b);
  CHECK_STATUS(zi_evidence_synthetic(&b, plan, NULL, 43), ZI_OK);
  CHECK(zi_evidence_count(b) > 0);
  zi_evidence_free(b);
  b = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_evidence_synthetic(&b, NULL, NULL, 1), ZI_EINVALID);
  CHECK(b == NULL);
  CHECK_STATUS(zi_evidence_synthetic(NULL, plan, NULL, 1), ZI_EINVALID);
  zi_evidence_free(a);
  zi_plan_free(plan);
}

static void test_names_and_null_getters(void) {
  CHECK_STR(zi_evidence_status_str(ZI_EVIDENCE_VERIFIED), "verified");
  CHECK_STR(zi_evidence_status_str(ZI_EVIDENCE_SUBMITTED), "submitted");
  CHECK_STR(zi_evidence_status_str(ZI_EVIDENCE_REJECTED), "rejected");
  CHECK(zi_evidence_status_str(3) == NULL);
  CHECK(zi_evidence_count(NULL) == 0);
  CHECK(zi_evidence_rejected_count(NULL) == 0);
  CHECK(zi_evidence_rejected_line(NULL, 0) == 0);
  CHECK(zi_evidence_rejected_where(NULL, 0) == NULL);
  CHECK(zi_evidence_rejected_reason(NULL, 0) == NULL);
  CHECK(zi_evidence_satker(NULL, 0) == NULL);
  CHECK(zi_evidence_indicator(NULL, 0) == NULL);
  CHECK(zi_evidence_ref(NULL, 0) == NULL);
  zi_evidence_free(NULL);
}

int main(void) {
  RUN(test_plan_scope);
  RUN(test_hand_made_scope);
  RUN(test_sample_file);
  RUN(test_rejected_rows);
  RUN(test_file_level_errors);
  RUN(test_json);
  RUN(test_csv_export_round_trip);
  RUN(test_synthetic);
  RUN(test_names_and_null_getters);
  CHECK_MAIN_END();
}
