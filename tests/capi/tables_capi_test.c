/* C tests of the tables and spreadsheets module: evidence read from spreadsheets
 * (Indonesian headers, day-first dates decided per file, inferred occurrences, rows of
 * satker outside the scope, the template read back) and every report written as CSV and
 * XLSX, with the error paths. Plain C99. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#ifndef ZI_SOURCE_DIR
#error "ZI_SOURCE_DIR (the source tree) must be defined"
#endif

#define SAMPLE ZI_SOURCE_DIR "/data/samples/kpu-sulteng-2026-bukti.csv"
#define ANSWERS ZI_SOURCE_DIR "/tests/data/lke/worked-example.csv"

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

/* The first line of a CSV (without its CR LF), for comparing headers. */
static int starts_with(const char *text, const char *prefix) {
  return text && strncmp(text, prefix, strlen(prefix)) == 0;
}

static void test_spreadsheet_evidence(void) {
  zi_evidence_scope *scope = plan_scope(NULL);
  zi_evidence *ev = NULL;
  const char *text =
      "\xEF\xBB\xBFIndikator;Periode;Tanggal;Status;Jumlah;Keterangan\r\n"
      "1.3.1.1;2;04/05/2026;Terverifikasi;2;Notulen\r\n"
      "1.3.1.1;;20/01/2026;diajukan;;\r\n";
  int32_t occ = 0, status = -1, count = 0, line = 0;
  zi_date date = {0};
  CHECK_STATUS(zi_evidence_read_table(&ev, text, strlen(text), scope, NULL, 0, NULL, NULL, 0), ZI_OK);
  CHECK(zi_evidence_count(ev) == 1);
  CHECK_STATUS(zi_evidence_get(&occ, &date, &status, &count, &line, ev, 0), ZI_OK);
  CHECK(occ == 2 && date.days == D(2026, 5, 4).days && status == ZI_EVIDENCE_VERIFIED && count == 2 && line == 2);
  CHECK(zi_evidence_rejected_count(ev) == 1);
  CHECK(strstr(zi_evidence_rejected_reason(ev, 0), "--infer-occurrence") != NULL);
  CHECK(zi_evidence_note_count(ev) == 0);
  zi_evidence_free(ev);

  CHECK_STATUS(zi_evidence_read_table(&ev, text, strlen(text), scope, "utf-8", ';', "day-first", NULL,
                                      ZI_EVIDENCE_INFER_OCCURRENCE),
               ZI_OK);
  CHECK(zi_evidence_count(ev) == 2 && zi_evidence_rejected_count(ev) == 0);
  CHECK_STATUS(zi_evidence_get(&occ, &date, &status, &count, &line, ev, 1), ZI_OK);
  CHECK(occ == 1 && status == ZI_EVIDENCE_SUBMITTED && line == 3);
  CHECK(zi_evidence_note_count(ev) == 1);
  CHECK(zi_evidence_note_line(ev, 0) == 3);
  CHECK_STR(zi_evidence_note_where(ev, 0), "baris 3");
  CHECK_STR(zi_evidence_note_message(ev, 0),
            "periode 1 dari indikator 1.3.1.1 disimpulkan dari tanggal 2026-01-20");
  CHECK(zi_evidence_note_where(ev, 1) == NULL && zi_evidence_note_line(ev, 1) == 0);
  zi_evidence_free(ev);

  /* Other satker summarised. */
  {
    const char *other = "satker,indicator,occurrence,date\nKPU-11,1.3.1.1,1,2026-01-20\nKPU-11,1.3.1.1,2,2026-04-20\n";
    CHECK_STATUS(zi_evidence_read_table(&ev, other, strlen(other), scope, NULL, 0, NULL, NULL,
                                        ZI_EVIDENCE_SUMMARIZE_OTHER_SATKER),
                 ZI_OK);
    CHECK(zi_evidence_count(ev) == 0 && zi_evidence_rejected_count(ev) == 0);
    CHECK(zi_evidence_other_satker_count(ev) == 1);
    CHECK_STR(zi_evidence_other_satker_code(ev, 0), "KPU-11");
    CHECK(zi_evidence_other_satker_rows(ev, 0) == 2);
    CHECK(zi_evidence_other_satker_code(ev, 1) == NULL);
    zi_evidence_free(ev);
  }
  /* A file-level error: the date order is ambiguous. */
  {
    const char *amb = "indikator,periode,tanggal\n1.3.1.1,1,03/02/2026\n";
    ev = (zi_evidence *)(uintptr_t)1;
    CHECK_STATUS(zi_evidence_read_table(&ev, amb, strlen(amb), scope, NULL, 0, NULL, NULL, 0), ZI_EINVALID);
    CHECK(ev == NULL);
    CHECK_MESSAGE_HAS("urutan tanggal meragukan");
    CHECK_STATUS(zi_evidence_read_table(&ev, amb, strlen(amb), scope, NULL, 0, "month-first", NULL, 0), ZI_OK);
    zi_evidence_free(ev);
  }
  /* Bad options. */
  CHECK_STATUS(zi_evidence_read_table(&ev, text, strlen(text), scope, "ebcdic", 0, NULL, NULL, 0), ZI_EINVALID);
  CHECK_MESSAGE_HAS("encoding harus");
  CHECK_STATUS(zi_evidence_read_table(&ev, text, strlen(text), scope, NULL, '|', NULL, NULL, 0), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_read_table(&ev, text, strlen(text), scope, NULL, 0, "sideways", NULL, 0), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_read_table(&ev, text, strlen(text), scope, NULL, 0, NULL, NULL, 64), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_read_table(NULL, text, strlen(text), scope, NULL, 0, NULL, NULL, 0), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_read_table(&ev, NULL, 3, scope, NULL, 0, NULL, NULL, 0), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_read_table(&ev, text, strlen(text), NULL, NULL, 0, NULL, NULL, 0), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_load_table_file(&ev, ZI_SOURCE_DIR "/no-such.csv", scope, NULL, 0, NULL, NULL, 0),
               ZI_EIO);
  CHECK_STATUS(zi_evidence_load_table_file(&ev, SAMPLE, scope, NULL, 0, NULL, NULL, 0), ZI_OK);
  CHECK(zi_evidence_count(ev) == 46 && zi_evidence_rejected_count(ev) == 2);
  zi_evidence_free(ev);
  CHECK(zi_evidence_note_count(NULL) == 0 && zi_evidence_unfilled_count(NULL) == 0);
  zi_evidence_scope_free(scope);
}

/* ZI_EVIDENCE_ALL_THREADS checks the rows of a large file on every core: the same records,
 * rejections and notes as one thread. */
static void test_spreadsheet_evidence_all_threads(void) {
  zi_evidence_scope *scope = plan_scope(NULL);
  const size_t rows = 9000;
  char *text = malloc(64 * (rows + 1));
  size_t n = (size_t)sprintf(text, "indikator,periode,tanggal,status\n");
  for (size_t i = 0; i < rows; ++i) {
    if (i % 101 == 0) {
      n += (size_t)sprintf(text + n, "1.3.1.1,9,2026-05-04,terverifikasi\n"); /* no period 9 */
    } else if (i % 7 == 0) {
      n += (size_t)sprintf(text + n, "1.3.1.1,,2026-0%d-1%d,diajukan\n", (int)(1 + i % 9), (int)(i % 10));
    } else {
      n += (size_t)sprintf(text + n, "1.3.1.1,%d,2026-0%d-0%d,verified\n", (int)(1 + i % 4),
                           (int)(1 + i % 9), (int)(1 + i % 9));
    }
  }
  zi_evidence *one = NULL, *all = NULL;
  const uint32_t flags = ZI_EVIDENCE_INFER_OCCURRENCE;
  CHECK_STATUS(zi_evidence_read_table(&one, text, n, scope, NULL, 0, NULL, NULL, flags), ZI_OK);
  CHECK_STATUS(zi_evidence_read_table(&all, text, n, scope, NULL, 0, NULL, NULL,
                                      flags | ZI_EVIDENCE_ALL_THREADS),
               ZI_OK);
  CHECK(zi_evidence_count(one) + zi_evidence_rejected_count(one) == rows);
  CHECK(zi_evidence_rejected_count(one) == 90);
  CHECK(zi_evidence_note_count(one) > 0);
  CHECK(zi_evidence_count(all) == zi_evidence_count(one));
  CHECK(zi_evidence_rejected_count(all) == zi_evidence_rejected_count(one));
  CHECK(zi_evidence_note_count(all) == zi_evidence_note_count(one));
  for (size_t i = 0; i < zi_evidence_rejected_count(one); ++i) {
    CHECK(zi_evidence_rejected_line(all, i) == zi_evidence_rejected_line(one, i));
    CHECK_STR(zi_evidence_rejected_reason(all, i), zi_evidence_rejected_reason(one, i));
  }
  for (size_t i = 0; i < zi_evidence_note_count(one); ++i) {
    CHECK_STR(zi_evidence_note_message(all, i), zi_evidence_note_message(one, i));
  }
  char *a = NULL, *b = NULL;
  CHECK_STATUS(zi_evidence_to_csv(&a, NULL, one), ZI_OK);
  CHECK_STATUS(zi_evidence_to_csv(&b, NULL, all), ZI_OK);
  CHECK_STR(a, b);
  zi_free(a);
  zi_free(b);
  zi_evidence_free(one);
  zi_evidence_free(all);
  free(text);
  zi_evidence_scope_free(scope);
}

static void test_scope_windows(void) {
  zi_evidence_scope *scope = NULL;
  zi_evidence *ev = NULL;
  const char *text = "indicator,date\n1.1,2026-05-04\n";
  CHECK_STATUS(zi_evidence_scope_new(&scope), ZI_OK);
  CHECK_STATUS(zi_evidence_scope_add(scope, "S", "1.1", 2), ZI_OK);
  CHECK_STATUS(zi_evidence_scope_set_default_satker(scope, "S"), ZI_OK);
  CHECK_STATUS(zi_evidence_scope_add_window(scope, "S", "1.1", 1, D(2026, 1, 1), D(2026, 3, 31)), ZI_OK);
  CHECK_STATUS(zi_evidence_scope_add_window(scope, "S", "1.1", 2, D(2026, 4, 1), D(2026, 6, 30)), ZI_OK);
  CHECK_STATUS(zi_evidence_scope_add_window(scope, "S", "1.1", 3, D(2026, 7, 1), D(2026, 9, 30)), ZI_ERANGE);
  CHECK_STATUS(zi_evidence_scope_add_window(scope, "S", "9.9", 1, D(2026, 7, 1), D(2026, 9, 30)), ZI_ENOTFOUND);
  CHECK_STATUS(zi_evidence_scope_add_window(NULL, "S", "1.1", 1, D(2026, 7, 1), D(2026, 9, 30)), ZI_EINVALID);
  CHECK_STATUS(zi_evidence_read_table(&ev, text, strlen(text), scope, NULL, 0, NULL, NULL,
                                      ZI_EVIDENCE_INFER_OCCURRENCE),
               ZI_OK);
  CHECK(zi_evidence_count(ev) == 1 && zi_evidence_note_count(ev) == 1);
  zi_evidence_free(ev);
  zi_evidence_scope_free(scope);
}

static void test_template_reads_back(void) {
  zi_plan *plan = NULL;
  zi_evidence_scope *scope = plan_scope(&plan);
  zi_evidence *ev = NULL;
  char *bytes = NULL;
  size_t len = 0;
  CHECK_STATUS(zi_tables_evidence_template(&bytes, &len, plan, NULL, "csv"), ZI_OK);
  CHECK(starts_with(bytes, "Kode satker,Indikator,Uraian indikator,Bukti fisik,Periode"));
  CHECK_STATUS(zi_evidence_read_table(&ev, bytes, len, scope, NULL, 0, NULL, NULL, 0), ZI_OK);
  /* Nothing is filled in: every deliverable row is listed as unfilled, none rejected. */
  CHECK(zi_evidence_count(ev) == 0 && zi_evidence_rejected_count(ev) == 0);
  CHECK(zi_evidence_unfilled_count(ev) == 118);
  CHECK(zi_evidence_unfilled_line(ev, 0) == 2);
  zi_evidence_free(ev);
  zi_free(bytes);
  CHECK_STATUS(zi_tables_evidence_template(&bytes, &len, plan, NULL, "xlsx"), ZI_OK);
  CHECK(len > 4 && bytes[0] == 'P' && bytes[1] == 'K');
  CHECK_STATUS(zi_evidence_read_table(&ev, bytes, len, scope, NULL, 0, NULL, NULL, 0), ZI_OK);
  CHECK(zi_evidence_unfilled_count(ev) == 118);
  zi_evidence_free(ev);
  zi_free(bytes);
  CHECK_STATUS(zi_tables_evidence_template(&bytes, &len, plan, NULL, "ods"), ZI_EINVALID);
  CHECK(bytes == NULL);
  zi_evidence_scope_free(scope);
  zi_plan_free(plan);
}

static void test_report_tables(void) {
  zi_plan *plan = NULL;
  zi_evidence_scope *scope = plan_scope(&plan);
  zi_evidence *ev = NULL;
  zi_report *report = NULL;
  char *bytes = NULL;
  size_t len = 0;
  CHECK_STATUS(zi_evidence_load_file(&ev, SAMPLE, scope), ZI_OK);
  CHECK_STATUS(zi_score_plan(&report, plan, NULL, ev, D(2026, 7, 1), NULL), ZI_OK);

  CHECK_STATUS(zi_tables_score(&bytes, &len, report, NULL, NULL, "csv", NULL), ZI_OK);
  CHECK(starts_with(bytes, "Komponen,Aspek,Indikator,Uraian indikator"));
  CHECK(strlen(bytes) == len);
  zi_free(bytes);
  CHECK_STATUS(zi_tables_score(&bytes, &len, report, NULL, NULL, "csv", "keluaran"), ZI_OK);
  CHECK(starts_with(bytes, "Indikator,Uraian indikator,Periode,Awal periode"));
  zi_free(bytes);
  CHECK_STATUS(zi_tables_score(&bytes, &len, report, NULL, NULL, "xlsx", NULL), ZI_OK);
  CHECK(len > 100 && bytes[0] == 'P' && bytes[1] == 'K');
  zi_free(bytes);
  CHECK_STATUS(zi_tables_score(&bytes, &len, report, NULL, NULL, "csv", "nope"), ZI_ENOTFOUND);
  CHECK_MESSAGE_HAS("Ringkasan, Komponen, Indikator, Keluaran");
  CHECK_STATUS(zi_tables_score(&bytes, &len, report, NULL, NULL, "xlsx", "Komponen"), ZI_EINVALID);
  CHECK_STATUS(zi_tables_score(&bytes, NULL, report, NULL, NULL, "xlsx", NULL), ZI_EINVALID);
  CHECK_STATUS(zi_tables_score(&bytes, &len, report, NULL, NULL, "pdf", NULL), ZI_EINVALID);
  CHECK_STATUS(zi_tables_score(&bytes, &len, NULL, NULL, NULL, "csv", NULL), ZI_EINVALID);
  CHECK_STATUS(zi_tables_score(NULL, &len, report, NULL, NULL, "csv", NULL), ZI_EINVALID);
  CHECK_STATUS(zi_tables_score(&bytes, &len, report, NULL, NULL, NULL, NULL), ZI_EINVALID);
  {
    zi_agenda_options opts = ZI_AGENDA_OPTIONS_INIT;
    opts.within_working_days = -1;
    CHECK_STATUS(zi_tables_agenda(&bytes, &len, report, NULL, &opts, "csv", NULL), ZI_EINVALID);
    opts.within_working_days = 10;
    CHECK_STATUS(zi_tables_agenda(&bytes, &len, report, NULL, &opts, "csv", NULL), ZI_OK);
    CHECK(starts_with(bytes, "Kelompok,Indikator,Periode"));
    CHECK(strstr(bytes, "\r\nterlambat,") != NULL);
    zi_free(bytes);
  }
  CHECK_STATUS(zi_tables_explain(&bytes, &len, report, "1.3.1.1", "csv", NULL), ZI_OK);
  CHECK(starts_with(bytes, "Periode,Awal periode,Akhir periode,Jatuh tempo"));
  zi_free(bytes);
  CHECK_STATUS(zi_tables_explain(&bytes, &len, report, "9.9.9.9", "csv", NULL), ZI_ENOTFOUND);
  CHECK_STATUS(zi_tables_explain(&bytes, &len, report, NULL, "csv", NULL), ZI_EINVALID);
  CHECK_STATUS(zi_tables_evidence(&bytes, &len, ev, "bukti.csv", "csv", NULL), ZI_OK);
  CHECK(starts_with(bytes, "Baris,Letak,Alasan\r\n48,baris 48,periode 13 di luar rentang"));
  zi_free(bytes);
  CHECK_STATUS(zi_tables_evidence(&bytes, &len, ev, NULL, "xlsx", NULL), ZI_OK);
  zi_free(bytes);
  zi_report_free(report);
  zi_evidence_free(ev);
  zi_evidence_scope_free(scope);
  zi_plan_free(plan);
}

static void test_portfolio_and_lke_tables(void) {
  zi_plan *base = NULL;
  zi_portfolio *p = NULL;
  zi_portfolio_scores *scores = NULL;
  zi_lke_rubric *rubric = NULL;
  zi_lke_answers *answers = NULL;
  zi_lke_score_result *score = NULL;
  zi_lke_check_result *check_result = NULL;
  char *bytes = NULL;
  size_t len = 0;
  CHECK_STATUS(zi_plan_default(&base), ZI_OK);
  CHECK_STATUS(zi_portfolio_synthetic(&p, base, 3, 1, NULL, NULL), ZI_OK);
  CHECK_STATUS(zi_portfolio_score(&scores, p, D(2026, 7, 1), NULL), ZI_OK);
  CHECK_STATUS(zi_tables_portfolio(&bytes, &len, p, scores, 75.0, "csv", NULL), ZI_OK);
  CHECK(starts_with(bytes, "No.,Kode,Satker,Induk,Nilai"));
  zi_free(bytes);
  CHECK_STATUS(zi_tables_portfolio(&bytes, &len, p, scores, 75.0, "csv", "rekap per induk"), ZI_OK);
  CHECK(starts_with(bytes, "Induk,Jumlah satker"));
  zi_free(bytes);
  CHECK_STATUS(zi_tables_portfolio(&bytes, &len, p, NULL, 75.0, "csv", NULL), ZI_EINVALID);

  CHECK_STATUS(zi_lke_rubric_default(&rubric), ZI_OK);
  CHECK_STATUS(zi_lke_answers_load_file(&answers, rubric, ANSWERS), ZI_OK);
  CHECK_STATUS(zi_lke_score(&score, rubric, answers, NULL), ZI_OK);
  CHECK_STATUS(zi_tables_lke_score(&bytes, &len, score, "csv", NULL), ZI_OK);
  CHECK(starts_with(bytes, "Kode,Area,Bobot,Pemenuhan,Reform,Nilai,Persen"));
  CHECK(strstr(bytes, "\r\nMP,Manajemen Perubahan,8,") != NULL);
  zi_free(bytes);
  CHECK_STATUS(zi_lke_check(&check_result, rubric, score, "wbk"), ZI_OK);
  CHECK_STATUS(zi_tables_lke_check(&bytes, &len, check_result, "csv", NULL), ZI_OK);
  CHECK(starts_with(bytes, "Kode,Kriteria,Nilai,Ambang,Selisih,Satuan,Hasil\r\nwbk.total,"));
  zi_free(bytes);
  CHECK_STATUS(zi_tables_lke_check(&bytes, &len, NULL, "csv", NULL), ZI_EINVALID);
  CHECK_STATUS(zi_tables_lke_score(&bytes, &len, score, "xlsx", NULL), ZI_OK);
  CHECK(bytes[0] == 'P');
  zi_free(bytes);
  zi_lke_check_result_free(check_result);
  zi_lke_score_result_free(score);
  zi_lke_answers_free(answers);
  zi_lke_rubric_free(rubric);
  zi_portfolio_scores_free(scores);
  zi_portfolio_free(p);
  zi_plan_free(base);
}

int main(void) {
  RUN(test_spreadsheet_evidence);
  RUN(test_spreadsheet_evidence_all_threads);
  RUN(test_scope_windows);
  RUN(test_template_reads_back);
  RUN(test_report_tables);
  RUN(test_portfolio_and_lke_tables);
  CHECK_MAIN_END();
}
