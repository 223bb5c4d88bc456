/* C tests of reliability behaviour that crosses modules: two plans for one satker are named
 * by the satker's code and name and both plans' positions and labels
 * (zi_portfolio_compile_labeled, zi_portfolio_load_dir). Plain C99 (+ POSIX for a
 * temporary directory). */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"

#define NOT_NULL_SENTINEL ((zi_portfolio *)(uintptr_t)0x1)

static void test_compile_labeled(void) {
  zi_plan *kpu72 = NULL, *palu = NULL;
  const zi_plan *plans[3];
  const char *labels[3];
  const char *bad_utf8[2];
  zi_portfolio *p = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_default(&kpu72), ZI_OK); /* KPU-72, KPU Provinsi Sulawesi Tengah */
  CHECK_STATUS(zi_plan_synthetic(&palu, NULL, zi_satker_registry_get(ZI_REGISTRY_SULTENG, 13), 3), ZI_OK);
  CHECK_STR(zi_satker_code(zi_plan_satker(palu)), "KPU-7271");
  plans[0] = kpu72;
  plans[1] = palu;
  plans[2] = kpu72;
  labels[0] = "a/kpu-72.json";
  labels[1] = NULL; /* no label: only the position */
  labels[2] = "c/salinan.json";

  CHECK_STATUS(zi_portfolio_compile_labeled(&p, plans, labels, 3, NULL, NULL), ZI_EINVALID);
  CHECK_STR(zi_last_error_message(),
            "satker KPU-72 (KPU Provinsi Sulawesi Tengah) ada di dua rencana aksi: rencana ke-1 "
            "(a/kpu-72.json) dan rencana ke-3 (c/salinan.json)");
  CHECK(p == NULL);
  /* The unlabeled plan is named by its position alone; "" is no label either. */
  plans[0] = palu;
  labels[2] = "";
  CHECK_STATUS(zi_portfolio_compile_labeled(&p, plans, labels, 3, NULL, NULL), ZI_EINVALID);
  CHECK_STR(zi_last_error_message(),
            "satker KPU-7271 (KPU Kota Palu) ada di dua rencana aksi: rencana ke-1 (a/kpu-72.json) "
            "dan rencana ke-2");
  /* No labels at all: as zi_portfolio_compile. */
  CHECK_STATUS(zi_portfolio_compile_labeled(&p, plans, NULL, 3, NULL, NULL), ZI_EINVALID);
  CHECK_STR(zi_last_error_message(),
            "satker KPU-7271 (KPU Kota Palu) ada di dua rencana aksi: rencana ke-1 dan rencana ke-2");
  CHECK_STATUS(zi_portfolio_compile(&p, plans, 3, NULL, NULL), ZI_EINVALID);
  CHECK_STR(zi_last_error_message(),
            "satker KPU-7271 (KPU Kota Palu) ada di dua rencana aksi: rencana ke-1 dan rencana ke-2");

  /* Distinct satker compile, labels or not. */
  plans[0] = kpu72;
  CHECK_STATUS(zi_portfolio_compile_labeled(&p, plans, labels, 2, NULL, NULL), ZI_OK);
  CHECK(zi_portfolio_plan_count(p) == 2);
  zi_portfolio_free(p);
  p = NOT_NULL_SENTINEL;

  /* A label that is not UTF-8 is refused (it would end up in a message). */
  bad_utf8[0] = "ok.json";
  bad_utf8[1] = "\xC0\xAF.json";
  CHECK_STATUS(zi_portfolio_compile_labeled(&p, plans, bad_utf8, 2, NULL, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("labels[1]");
  CHECK(p == NULL);

  /* Argument errors, as zi_portfolio_compile. */
  CHECK_STATUS(zi_portfolio_compile_labeled(NULL, plans, labels, 2, NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_portfolio_compile_labeled(&p, NULL, labels, 2, NULL, NULL), ZI_EINVALID);
  plans[1] = NULL;
  CHECK_STATUS(zi_portfolio_compile_labeled(&p, plans, labels, 2, NULL, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("plans[1]");
  CHECK_STATUS(zi_portfolio_compile_labeled(&p, NULL, NULL, 0, NULL, NULL), ZI_OK);
  CHECK(zi_portfolio_plan_count(p) == 0);
  zi_portfolio_free(p);

  zi_plan_free(palu);
  zi_plan_free(kpu72);
}

static void write_plan(const char *path, const zi_plan *plan) {
  char *json = NULL;
  size_t len = 0;
  FILE *f;
  CHECK_STATUS(zi_plan_to_json(&json, &len, plan), ZI_OK);
  f = fopen(path, "wb");
  CHECK(f != NULL);
  if (f) {
    CHECK(fwrite(json, 1, len, f) == len);
    fclose(f);
  }
  zi_free(json);
}

static void test_load_dir_names_the_files(void) {
  char dir[] = "/tmp/zi-capi-reliability-XXXXXX";
  char a[256], b[256], c[256], want[1024];
  zi_plan *kpu72 = NULL, *palu = NULL;
  zi_portfolio *p = NOT_NULL_SENTINEL;
  CHECK(mkdtemp(dir) != NULL);
  CHECK_STATUS(zi_plan_default(&kpu72), ZI_OK);
  CHECK_STATUS(zi_plan_synthetic(&palu, NULL, zi_satker_registry_get(ZI_REGISTRY_SULTENG, 13), 3), ZI_OK);
  snprintf(a, sizeof a, "%s/a.json", dir);
  snprintf(b, sizeof b, "%s/b.json", dir);
  snprintf(c, sizeof c, "%s/c.json", dir);
  write_plan(a, palu);
  write_plan(b, kpu72);
  write_plan(c, palu);
  CHECK_STATUS(zi_portfolio_load_dir(&p, dir, NULL, NULL), ZI_EINVALID);
  snprintf(want, sizeof want,
           "satker KPU-7271 (KPU Kota Palu) ada di dua rencana aksi: rencana ke-1 (%s) dan rencana ke-3 (%s)", a,
           c);
  CHECK_STR(zi_last_error_message(), want);
  CHECK(p == NULL);
  remove(c);
  CHECK_STATUS(zi_portfolio_load_dir(&p, dir, NULL, NULL), ZI_OK);
  CHECK(zi_portfolio_plan_count(p) == 2);
  zi_portfolio_free(p);
  remove(a);
  remove(b);
  rmdir(dir);
  zi_plan_free(palu);
  zi_plan_free(kpu72);
}

int main(void) {
  RUN(test_compile_labeled);
  RUN(test_load_dir_names_the_files);
  CHECK_MAIN_END();
}
