/* C tests of the plan import functions: zi_plan_import_file and zi_plan_import_buffer (the
 * seed decree's text gives the embedded plan; a CSV table with --satker/--year; the report
 * JSON), with their error paths. Plain C99. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"

#define SEED ZI_SOURCE_DIR "/tests/data/decrees/kpu-sulteng-2026.txt"

static void test_import_seed_file(void) {
  zi_plan *plan = NULL;
  char *report = NULL;
  size_t len = 0;
  CHECK_STATUS(zi_plan_import_file(&plan, &report, &len, SEED, NULL, NULL, NULL, NULL, 0), ZI_OK);
  CHECK(plan != NULL && report != NULL && len == strlen(report));
  CHECK_STR(zi_satker_code(zi_plan_satker(plan)), "KPU-72");
  CHECK(zi_plan_year(plan) == 2026);
  CHECK(zi_plan_component_count(plan) == 6);
  CHECK(zi_plan_indicator_count(plan) == 64);
  CHECK(strstr(report, "\"format\": \"zi.decree-import-report/1\"") != NULL);
  CHECK(strstr(report, "\"where\": \"6.3.1.1\"") != NULL);
  /* The same plan as the embedded one, notes aside. */
  zi_plan *embedded = NULL;
  CHECK_STATUS(zi_plan_default(&embedded), ZI_OK);
  char *diff = NULL;
  size_t count = 99;
  CHECK_STATUS(
      zi_plan_diff(&diff, NULL, &count, plan, embedded, "import", "embedded", ZI_NOTES_IGNORE, 0),
      ZI_OK);
  CHECK(count == 0);
  if (count != 0 && diff) fprintf(stderr, "%s\n", diff);
  zi_free(diff);
  zi_free(report);
  zi_plan_free(embedded);
  zi_plan_free(plan);
  /* No report wanted. */
  plan = NULL;
  CHECK_STATUS(zi_plan_import_file(&plan, NULL, NULL, SEED, "text", "utf-8", NULL, "", 0), ZI_OK);
  CHECK(plan != NULL);
  zi_plan_free(plan);
}

static const char kCsv[] =
    "NO;KOMPONEN PENGUNGKIT;ASPEK PEMENUHAN;KEGIATAN/AKSI;INDIKATOR;BUKTI FISIK;TARGET WAKTU "
    "PELAKSANAAN;TARGET CAPAIAN\r\n"
    "1.;Manajemen Perubahan;1. Penyusunan Tim Kerja;1. Membentuk tim;Tim terbentuk;SK;Januari "
    "2027;1 (satu) Laporan\r\n"
    ";;;;Tim bekerja;Laporan;Per Triwulan;4 (empat) Laporan\r\n";

static void test_import_csv_buffer(void) {
  zi_plan *plan = NULL;
  char *report = NULL;
  CHECK_STATUS(zi_plan_import_buffer(&plan, &report, NULL, kCsv, sizeof kCsv - 1, "t.csv", "csv",
                                     NULL, NULL, "KPU-7205", 2027),
               ZI_OK);
  CHECK(plan != NULL);
  CHECK_STR(zi_satker_code(zi_plan_satker(plan)), "KPU-7205");
  CHECK(zi_plan_year(plan) == 2027);
  CHECK(zi_plan_indicator_count(plan) == 2);
  CHECK(strstr(report, "\"input\": \"csv\"") != NULL);
  zi_free(report);
  zi_plan_free(plan);
}

static void test_import_errors(void) {
  zi_plan *plan = (zi_plan *)&plan;
  static char sentinel[] = "sentinel";
  char *report = sentinel;
  /* No satker and no --satker. */
  CHECK_STATUS(zi_plan_import_buffer(&plan, &report, NULL, kCsv, sizeof kCsv - 1, "t.csv", NULL,
                                     NULL, NULL, NULL, 0),
               ZI_EINVALID);
  CHECK_MESSAGE_HAS("--satker");
  CHECK(plan == NULL && report == NULL);
  /* No header row. */
  CHECK_STATUS(zi_plan_import_buffer(&plan, NULL, NULL, "a,b\n1,2\n", 8, "x.csv", NULL, NULL, NULL,
                                     "KPU-72", 2026),
               ZI_EINVALID);
  CHECK_MESSAGE_HAS("x.csv");
  CHECK_STATUS(zi_plan_import_buffer(&plan, NULL, NULL, kCsv, sizeof kCsv - 1, NULL, "pdf", NULL,
                                     NULL, "KPU-72", 0),
               ZI_EINVALID);
  CHECK_MESSAGE_HAS("pdf");
  CHECK_STATUS(zi_plan_import_buffer(&plan, NULL, NULL, kCsv, sizeof kCsv - 1, NULL, NULL, "ebcdic",
                                     NULL, "KPU-72", 0),
               ZI_EINVALID);
  CHECK_STATUS(zi_plan_import_buffer(&plan, NULL, NULL, kCsv, sizeof kCsv - 1, NULL, NULL, NULL,
                                     NULL, "KPU-72", 10000),
               ZI_EINVALID);
  CHECK_STATUS(zi_plan_import_buffer(&plan, NULL, NULL, kCsv, sizeof kCsv - 1, NULL, NULL, NULL,
                                     NULL, "KPU-0000", 0),
               ZI_EINVALID);
  CHECK_MESSAGE_HAS("KPU-0000");
  CHECK_STATUS(zi_plan_import_buffer(NULL, NULL, NULL, kCsv, sizeof kCsv - 1, NULL, NULL, NULL,
                                     NULL, NULL, 0),
               ZI_EINVALID);
  CHECK_STATUS(zi_plan_import_buffer(&plan, NULL, NULL, NULL, 5, NULL, NULL, NULL, NULL, NULL, 0),
               ZI_EINVALID);
  CHECK_STATUS(
      zi_plan_import_buffer(&plan, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, "KPU-72", 2026),
      ZI_EINVALID);
  CHECK_STATUS(zi_plan_import_file(&plan, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0),
               ZI_EINVALID);
  CHECK_STATUS(zi_plan_import_file(&plan, NULL, NULL, ZI_SOURCE_DIR "/no/such/decree.txt", NULL,
                                   NULL, NULL, NULL, 0),
               ZI_EIO);
  CHECK_STATUS(
      zi_plan_import_file(&plan, NULL, NULL, ZI_SOURCE_DIR "/tests", NULL, NULL, NULL, NULL, 0),
      ZI_EIO);
  CHECK(plan == NULL);
}

int main(void) {
  RUN(test_import_seed_file);
  RUN(test_import_csv_buffer);
  RUN(test_import_errors);
  CHECK_MAIN_END();
}
