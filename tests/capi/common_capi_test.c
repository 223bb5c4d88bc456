/* C tests of the common module: status codes and their names, the thread-local error
 * message, zi_free, the version functions and the enumeration names. Plain C99. */
#include <pthread.h>
#include <stdlib.h>

#include "check.h"

static void test_status_codes_are_pinned(void) {
  /* These numbers are ABI: a change here is a break, not a refactoring. */
  CHECK(ZI_OK == 0);
  CHECK(ZI_EINVALID == -1);
  CHECK(ZI_ENOTFOUND == -2);
  CHECK(ZI_ERANGE == -3);
  CHECK(ZI_ENOMEM == -4);
  CHECK(ZI_EVERSION == -5);
  CHECK(ZI_EIO == -6);
  CHECK(ZI_EINTERNAL == -7);
  CHECK(ZI_EUSER == -8);
  CHECK(sizeof(zi_status) == 4);
  CHECK(sizeof(zi_date) == 4);
}

static void test_status_str(void) {
  CHECK_STR(zi_status_str(ZI_OK), "ok");
  CHECK_STR(zi_status_str(ZI_EINVALID), "argumen atau masukan tidak sah");
  CHECK_STR(zi_status_str(ZI_ENOTFOUND), "tidak ditemukan");
  CHECK_STR(zi_status_str(ZI_ERANGE), "di luar rentang");
  CHECK_STR(zi_status_str(ZI_ENOMEM), "memori habis");
  CHECK_STR(zi_status_str(ZI_EVERSION), "versi struct opsi tidak didukung");
  CHECK_STR(zi_status_str(ZI_EIO), "galat masukan/keluaran");
  CHECK_STR(zi_status_str(ZI_EINTERNAL), "galat internal");
  CHECK_STR(zi_status_str(ZI_EUSER), "dihentikan oleh callback pengguna");
  CHECK_STR(zi_status_str(1), "status tidak dikenal");
  CHECK_STR(zi_status_str(-9), "status tidak dikenal");
  CHECK_STR(zi_status_str(INT32_MIN), "status tidak dikenal");
}

static void test_last_error_message_is_set_and_reset(void) {
  zi_date d;
  /* Never NULL, even before any call. */
  CHECK(zi_last_error_message() != NULL);
  CHECK_STATUS(zi_date_from_ymd(&d, 2026, 2, 29), ZI_EINVALID);
  CHECK_MESSAGE_HAS("2026-2-29");
  /* Reading the message does not clear it; neither do functions without a status. */
  CHECK_MESSAGE_HAS("2026-2-29");
  (void)zi_status_str(ZI_OK);
  (void)zi_version_number();
  CHECK_MESSAGE_HAS("2026-2-29");
  /* The next function that returns a zi_status resets it. */
  CHECK_STATUS(zi_date_from_ymd(&d, 2026, 2, 28), ZI_OK);
  CHECK_STR(zi_last_error_message(), "");
}

static void *fail_in_thread(void *arg) {
  zi_date d;
  char *seen = (char *)arg;
  /* A fresh thread starts with an empty message, whatever the main thread did. */
  strcpy(seen, zi_last_error_message());
  if (zi_date_from_ymd(&d, 2026, 13, 1) != ZI_EINVALID) strcpy(seen, "unexpected status");
  return NULL;
}

static void test_last_error_message_is_thread_local(void) {
  pthread_t t;
  char seen[256] = "not run";
  zi_date d;
  CHECK_STATUS(zi_date_from_ymd(&d, 2026, 4, 31), ZI_EINVALID);
  CHECK(pthread_create(&t, NULL, fail_in_thread, seen) == 0);
  CHECK(pthread_join(t, NULL) == 0);
  CHECK_STR(seen, "");
  /* The other thread's failure (month 13) did not touch this thread's message. */
  CHECK_MESSAGE_HAS("2026-4-31");
}

static void test_free_accepts_null(void) {
  zi_free(NULL);
  zi_plan_free(NULL);
  zi_diagnostics_free(NULL);
}

static void test_free_releases_owned_strings(void) {
  zi_plan *plan = NULL;
  char *json = NULL;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK_STATUS(zi_plan_to_json(&json, NULL, plan), ZI_OK);
  CHECK(json != NULL);
  zi_free(json);
  json = NULL;
  zi_free(json); /* the documented pattern: free, set to NULL, a second free is a no-op */
  zi_plan_free(plan);
}

static void test_versions(void) {
  const char *s = zi_version_string();
  char expected[32];
  CHECK(zi_version_number() == ZI_VERSION_NUMBER);
  CHECK(ZI_VERSION_NUMBER == ZI_VERSION_MAJOR * 10000 + ZI_VERSION_MINOR * 100 + ZI_VERSION_PATCH);
  CHECK_STR(s, ZI_VERSION_STRING);
  sprintf(expected, "%d.%d.%d", ZI_VERSION_MAJOR, ZI_VERSION_MINOR, ZI_VERSION_PATCH);
  CHECK_STR(s, expected);
  CHECK(zi_abi_version() == ZI_ABI_VERSION);
  /* The idiom the header recommends to embedders. */
  CHECK(zi_version_number() / 10000 == ZI_VERSION_MAJOR);
}

static void test_enum_values_are_pinned(void) {
  CHECK(ZI_SEVERITY_ERROR == 0 && ZI_SEVERITY_WARNING == 1 && ZI_SEVERITY_INFO == 2);
  CHECK(ZI_NOTE_RESOLVED == 0 && ZI_NOTE_INFERRED == 1 && ZI_NOTE_DEFECT == 2);
  CHECK(ZI_SATKER_PUSAT == 0 && ZI_SATKER_PROVINSI == 1 && ZI_SATKER_KABKOTA == 2);
  CHECK(ZI_TIME_ZONE_WIB == 0 && ZI_TIME_ZONE_WITA == 1 && ZI_TIME_ZONE_WIT == 2);
  CHECK(ZI_DUE_OFFSET_NONE == 0 && ZI_DUE_OFFSET_WORKING_DAYS == 1 &&
        ZI_DUE_OFFSET_CALENDAR_DAYS == 2 && ZI_DUE_OFFSET_DAY_OF_NEXT_MONTH == 3);
  CHECK(ZI_CONVENTION_FOLLOWING == 0 && ZI_CONVENTION_MODIFIED_FOLLOWING == 1 &&
        ZI_CONVENTION_PRECEDING == 2 && ZI_CONVENTION_UNADJUSTED == 3);
  CHECK(ZI_SOURCE_NO == 0 && ZI_SOURCE_KOMPONEN == 1 && ZI_SOURCE_ASPEK == 2 &&
        ZI_SOURCE_KEGIATAN == 3 && ZI_SOURCE_INDIKATOR == 4 && ZI_SOURCE_BUKTI_FISIK == 5 &&
        ZI_SOURCE_TARGET_WAKTU == 6 && ZI_SOURCE_TARGET_CAPAIAN == 7);
}

static void test_enum_names(void) {
  CHECK_STR(zi_severity_str(ZI_SEVERITY_ERROR), "error");
  CHECK_STR(zi_severity_str(ZI_SEVERITY_WARNING), "warning");
  CHECK_STR(zi_severity_str(ZI_SEVERITY_INFO), "info");
  CHECK_STR(zi_severity_str(3), NULL);
  CHECK_STR(zi_severity_str(-1), NULL);

  CHECK_STR(zi_note_kind_str(ZI_NOTE_RESOLVED), "resolved");
  CHECK_STR(zi_note_kind_str(ZI_NOTE_INFERRED), "inferred");
  CHECK_STR(zi_note_kind_str(ZI_NOTE_DEFECT), "defect");
  CHECK_STR(zi_note_kind_str(3), NULL);

  CHECK_STR(zi_satker_level_str(ZI_SATKER_PUSAT), "pusat");
  CHECK_STR(zi_satker_level_str(ZI_SATKER_PROVINSI), "provinsi");
  CHECK_STR(zi_satker_level_str(ZI_SATKER_KABKOTA), "kabkota");
  CHECK_STR(zi_satker_level_str(-1), NULL);

  CHECK_STR(zi_time_zone_str(ZI_TIME_ZONE_WIB), "WIB");
  CHECK_STR(zi_time_zone_str(ZI_TIME_ZONE_WITA), "WITA");
  CHECK_STR(zi_time_zone_str(ZI_TIME_ZONE_WIT), "WIT");
  CHECK_STR(zi_time_zone_str(3), NULL);

  CHECK_STR(zi_due_offset_str(ZI_DUE_OFFSET_NONE), "none");
  CHECK_STR(zi_due_offset_str(ZI_DUE_OFFSET_WORKING_DAYS), "working_days");
  CHECK_STR(zi_due_offset_str(ZI_DUE_OFFSET_CALENDAR_DAYS), "calendar_days");
  CHECK_STR(zi_due_offset_str(ZI_DUE_OFFSET_DAY_OF_NEXT_MONTH), "day_of_next_month");
  CHECK_STR(zi_due_offset_str(4), NULL);

  CHECK_STR(zi_convention_str(ZI_CONVENTION_FOLLOWING), "following");
  CHECK_STR(zi_convention_str(ZI_CONVENTION_MODIFIED_FOLLOWING), "modified_following");
  CHECK_STR(zi_convention_str(ZI_CONVENTION_PRECEDING), "preceding");
  CHECK_STR(zi_convention_str(ZI_CONVENTION_UNADJUSTED), "unadjusted");
  CHECK_STR(zi_convention_str(4), NULL);

  CHECK_STR(zi_source_column_str(ZI_SOURCE_NO), "no");
  CHECK_STR(zi_source_column_str(ZI_SOURCE_KOMPONEN), "komponen");
  CHECK_STR(zi_source_column_str(ZI_SOURCE_ASPEK), "aspek");
  CHECK_STR(zi_source_column_str(ZI_SOURCE_KEGIATAN), "kegiatan");
  CHECK_STR(zi_source_column_str(ZI_SOURCE_INDIKATOR), "indikator");
  CHECK_STR(zi_source_column_str(ZI_SOURCE_BUKTI_FISIK), "bukti_fisik");
  CHECK_STR(zi_source_column_str(ZI_SOURCE_TARGET_WAKTU), "target_waktu");
  CHECK_STR(zi_source_column_str(ZI_SOURCE_TARGET_CAPAIAN), "target_capaian");
  CHECK_STR(zi_source_column_str(8), NULL);
}

int main(void) {
  RUN(test_status_codes_are_pinned);
  RUN(test_status_str);
  RUN(test_last_error_message_is_set_and_reset);
  RUN(test_last_error_message_is_thread_local);
  RUN(test_free_accepts_null);
  RUN(test_free_releases_owned_strings);
  RUN(test_versions);
  RUN(test_enum_values_are_pinned);
  RUN(test_enum_names);
  CHECK_MAIN_END();
}
