/* C tests of the plan export, template and diff functions: zi_plan_export_table (XLSX and
 * CSV bytes, with and without the heading), zi_plan_export_table_file, zi_plan_template_table
 * and zi_plan_diff (JSON and text), with their error paths. Plain C99. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"

static zi_plan *default_plan(void) {
  zi_plan *plan = NULL;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  return plan;
}

static size_t count_of(const char *text, const char *part) {
  size_t n = 0;
  const char *p = text;
  while ((p = strstr(p, part)) != NULL) {
    ++n;
    p += strlen(part);
  }
  return n;
}

static const char kCsvStart[] =
    "\xEF\xBB\xBF"
    "Rencana Aksi Pembangunan dan Evaluasi Zona Integritas menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi "
    "Bersih dan Melayani di Lingkungan Komisi Pemilihan Umum Provinsi Sulawesi Tengah Tahun 2026\r\n"
    "LAMPIRAN\r\n"
    "KEPUTUSAN KPU PROVINSI SULAWESI TENGAH\r\n"
    "NOMOR 6 TAHUN 2026\r\n"
    "Ditetapkan di Palu\r\n"
    "pada tanggal 20 Januari 2026\r\n"
    "\"Ketua KPU Provinsi Sulawesi Tengah,\"\r\n"
    "Darmiati\r\n"
    "TENTANG RENCANA AKSI PEMBANGUNAN DAN EVALUASI ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI DAN "
    "WILAYAH BIROKRASI BERSIH DAN MELAYANI DI LINGKUNGAN KOMISI PEMILIHAN UMUM PROVINSI SULAWESI TENGAH TAHUN "
    "2026\r\n"
    "NO,KOMPONEN PENGUNGKIT,ASPEK PEMENUHAN,KEGIATAN/AKSI,INDIKATOR,BUKTI FISIK,TARGET WAKTU PELAKSANAAN,TARGET "
    "CAPAIAN\r\n"
    "(1),(2),(3),(4),(5),(6),(7),(8)\r\n"
    "1.,Manajemen Perubahan,1. Pembentukan Tim Kerja Pembangunan Zona Integritas,";

static void test_export_csv(void) {
  zi_plan *plan = default_plan();
  char *data = NULL;
  size_t len = 0;
  CHECK_STATUS(zi_plan_export_table(&data, &len, plan, ZI_PLAN_TABLE_CSV, 0), ZI_OK);
  CHECK(data != NULL && len == strlen(data));
  CHECK(len > sizeof kCsvStart && memcmp(data, kCsvStart, sizeof kCsvStart - 1) == 0);
  /* 9 heading lines, the header, the (1)..(8) row and one row per indicator (64). */
  CHECK(count_of(data, "\r\n") == 9 + 1 + 1 + 64);
  zi_free(data);
  /* Without the heading the header comes first. */
  CHECK_STATUS(zi_plan_export_table(&data, &len, plan, ZI_PLAN_TABLE_CSV, ZI_PLAN_TABLE_NO_HEADING), ZI_OK);
  CHECK(strncmp(data, "\xEF\xBB\xBFNO,KOMPONEN PENGUNGKIT,", strlen("\xEF\xBB\xBFNO,KOMPONEN PENGUNGKIT,")) == 0);
  CHECK(count_of(data, "\r\n") == 1 + 1 + 64);
  zi_free(data);
  zi_plan_free(plan);
}

static void test_export_xlsx_and_file(void) {
  zi_plan *plan = default_plan();
  char *data = NULL;
  size_t len = 0;
  FILE *f;
  char *back;
  size_t back_len;
  const char *path = "plan_io_capi_test_out.csv";
  CHECK_STATUS(zi_plan_export_table(&data, &len, plan, ZI_PLAN_TABLE_XLSX, 0), ZI_OK);
  CHECK(len > 4 && memcmp(data, "PK\x03\x04", 4) == 0); /* a ZIP container */
  zi_free(data);
  /* To a file, the format from the extension: the same bytes as in memory. */
  CHECK_STATUS(zi_plan_export_table(&data, &len, plan, ZI_PLAN_TABLE_CSV, 0), ZI_OK);
  CHECK_STATUS(zi_plan_export_table_file(plan, path, -1, 0), ZI_OK);
  f = fopen(path, "rb");
  CHECK(f != NULL);
  if (f) {
    back = (char *)malloc(len + 16);
    back_len = fread(back, 1, len + 16, f);
    fclose(f);
    CHECK(back_len == len && memcmp(back, data, len) == 0);
    free(back);
  }
  remove(path);
  zi_free(data);
  CHECK_STATUS(zi_plan_export_table_file(plan, "rencana.txt", -1, 0), ZI_EINVALID);
  CHECK_MESSAGE_HAS("rencana.txt");
  CHECK_STATUS(zi_plan_export_table_file(plan, "/nonexistent-dir/rencana.xlsx", -1, 0), ZI_EIO);
  CHECK_MESSAGE_HAS("/nonexistent-dir/rencana.xlsx");
  CHECK_STATUS(zi_plan_export_table_file(plan, path, 7, 0), ZI_EINVALID);
  CHECK_STATUS(zi_plan_export_table_file(NULL, path, -1, 0), ZI_EINVALID);
  CHECK_STATUS(zi_plan_export_table_file(plan, NULL, -1, 0), ZI_EINVALID);
  zi_plan_free(plan);
}

static void test_export_errors(void) {
  zi_plan *plan = default_plan();
  char *data = (char *)(uintptr_t)0x1;
  size_t len = 0;
  CHECK_STATUS(zi_plan_export_table(&data, &len, plan, 2, 0), ZI_EINVALID);
  CHECK_MESSAGE_HAS("format");
  CHECK(data == NULL);
  CHECK_STATUS(zi_plan_export_table(&data, &len, plan, ZI_PLAN_TABLE_CSV, ZI_PLAN_TABLE_EXAMPLE_ROW), ZI_EINVALID);
  CHECK_MESSAGE_HAS("flags");
  CHECK_STATUS(zi_plan_export_table(&data, &len, NULL, ZI_PLAN_TABLE_CSV, 0), ZI_EINVALID);
  CHECK_STATUS(zi_plan_export_table(&data, NULL, plan, ZI_PLAN_TABLE_CSV, 0), ZI_EINVALID);
  CHECK_STATUS(zi_plan_export_table(NULL, &len, plan, ZI_PLAN_TABLE_CSV, 0), ZI_EINVALID);
  zi_plan_free(plan);
}

static void test_template(void) {
  char *data = NULL;
  size_t len = 0;
  CHECK_STATUS(zi_plan_template_table(&data, &len, ZI_PLAN_TABLE_CSV, 0), ZI_OK);
  CHECK_STR(data,
            "\xEF\xBB\xBFNO,KOMPONEN PENGUNGKIT,ASPEK PEMENUHAN,KEGIATAN/AKSI,INDIKATOR,BUKTI FISIK,"
            "TARGET WAKTU PELAKSANAAN,TARGET CAPAIAN\r\n(1),(2),(3),(4),(5),(6),(7),(8)\r\n");
  zi_free(data);
  CHECK_STATUS(zi_plan_template_table(&data, &len, ZI_PLAN_TABLE_CSV, ZI_PLAN_TABLE_EXAMPLE_ROW), ZI_OK);
  CHECK(count_of(data, "\r\n") == 3);
  CHECK(strstr(data, "\r\n1.,Manajemen Perubahan,") != NULL);
  zi_free(data);
  CHECK_STATUS(zi_plan_template_table(&data, &len, ZI_PLAN_TABLE_XLSX, 0), ZI_OK);
  CHECK(len > 4 && memcmp(data, "PK\x03\x04", 4) == 0);
  zi_free(data);
  CHECK_STATUS(zi_plan_template_table(&data, &len, ZI_PLAN_TABLE_CSV, ZI_PLAN_TABLE_NO_HEADING), ZI_EINVALID);
  CHECK_STATUS(zi_plan_template_table(&data, NULL, ZI_PLAN_TABLE_CSV, 0), ZI_EINVALID);
}

/* The default plan with the first "Per Triwulan" schedule changed to "Setiap Bulan". */
static zi_plan *changed_plan(void) {
  zi_plan *plan = default_plan();
  zi_plan *changed = NULL;
  char *json = NULL;
  size_t len = 0;
  char *at;
  CHECK_STATUS(zi_plan_to_json(&json, &len, plan), ZI_OK);
  at = strstr(json, "\"schedule\": \"Per Triwulan\"");
  CHECK(at != NULL);
  if (at) {
    /* Same length: "Per Triwulan" -> "Setiap Bulan". */
    memcpy(at + strlen("\"schedule\": \""), "Setiap Bulan", 12);
  }
  CHECK_STATUS(zi_plan_load_buffer(&changed, json, len, NULL), ZI_OK);
  zi_free(json);
  zi_plan_free(plan);
  return changed;
}

static void test_diff(void) {
  zi_plan *a = default_plan();
  zi_plan *b = changed_plan();
  char *out = NULL;
  size_t len = 0, count = 99;
  CHECK_STATUS(zi_plan_diff(&out, &len, &count, a, a, "a.json", "a.json", ZI_NOTES_KINDS, 0), ZI_OK);
  CHECK(count == 0);
  CHECK(out != NULL && len == strlen(out));
  CHECK(strstr(out, "\"equal\": true") != NULL && strstr(out, "\"changes\": []") != NULL);
  zi_free(out);
  CHECK_STATUS(zi_plan_diff(&out, NULL, &count, a, a, NULL, NULL, ZI_NOTES_FULL, ZI_PLAN_DIFF_TEXT), ZI_OK);
  CHECK_STR(out, "Perbandingan rencana aksi: A = A, B = B\nTidak ada perbedaan.\n");
  zi_free(out);
  CHECK_STATUS(zi_plan_diff(&out, &len, &count, a, b, "2026.json", "ubah.json", ZI_NOTES_KINDS, 0), ZI_OK);
  CHECK(count == 1);
  CHECK(strstr(out, "\"kind\": \"changed\",\n      \"level\": \"indicator\",\n      \"id_a\": \"1.3.1.1\"") != NULL);
  CHECK(strstr(out, "\"field\": \"schedule\",\n      \"before\": \"Per Triwulan\",\n      \"after\": \"Setiap Bulan\"") !=
        NULL);
  zi_free(out);
  CHECK_STATUS(zi_plan_diff(&out, &len, &count, a, b, "2026.json", "ubah.json", ZI_NOTES_IGNORE,
                            ZI_PLAN_DIFF_TEXT | ZI_PLAN_DIFF_SOURCE_CELLS),
               ZI_OK);
  CHECK(count == 1);
  CHECK(strstr(out, "  indikator 1.3.1.1, target waktu: \"Per Triwulan\" -> \"Setiap Bulan\"\n") != NULL);
  zi_free(out);
  /* Errors. */
  out = (char *)(uintptr_t)0x1;
  CHECK_STATUS(zi_plan_diff(&out, &len, &count, a, b, NULL, NULL, 3, 0), ZI_EINVALID);
  CHECK_MESSAGE_HAS("notes");
  CHECK(out == NULL && count == 0);
  CHECK_STATUS(zi_plan_diff(&out, &len, &count, a, b, NULL, NULL, ZI_NOTES_KINDS, 4), ZI_EINVALID);
  CHECK_STATUS(zi_plan_diff(&out, &len, &count, NULL, b, NULL, NULL, ZI_NOTES_KINDS, 0), ZI_EINVALID);
  CHECK_STATUS(zi_plan_diff(&out, &len, &count, a, NULL, NULL, NULL, ZI_NOTES_KINDS, 0), ZI_EINVALID);
  CHECK_STATUS(zi_plan_diff(NULL, &len, &count, a, b, NULL, NULL, ZI_NOTES_KINDS, 0), ZI_EINVALID);
  zi_plan_free(a);
  zi_plan_free(b);
}

int main(void) {
  RUN(test_export_csv);
  RUN(test_export_xlsx_and_file);
  RUN(test_export_errors);
  RUN(test_template);
  RUN(test_diff);
  CHECK_MAIN_END();
}
