/* C tests of the penanggung jawab (person or unit responsible) of a kegiatan and an indikator
 * (zi_activity_responsible, zi_indicator_responsible, zi_plan_effective_responsible), read from
 * plan JSON (with a UTF-8 BOM and "$schema", also accepted) and from a decree table with a
 * PENANGGUNG JAWAB column, and carried by the reminders. Plain C99. */
#include <stdlib.h>

#include "check.h"

#ifndef ZI_SOURCE_DIR
#error "ZI_SOURCE_DIR must be defined"
#endif

/* One kegiatan naming "Sekretaris" with two indikator: the first inherits, the second names
 * its own; a second kegiatan names no one. A BOM and "$schema" in front. */
static const char kPlanJson[] =
    "\xEF\xBB\xBF{\"$schema\": \"https://kpu.go.id/schemas/zi.plan/1\", \"format\": \"zi.plan/1\","
    " \"satker\": {\"code\": \"KPU-7271\", \"name\": \"KPU Kota Palu\", \"level\": \"kabkota\","
    "  \"time_zone\": \"WITA\"},"
    " \"year\": 2027,"
    " \"components\": [{\"name\": \"Manajemen Perubahan\", \"aspects\": [{\"name\": \"Tim\","
    "  \"activities\": ["
    "   {\"text\": \"Menetapkan\", \"penanggung_jawab\": \"Sekretaris\", \"indicators\": ["
    "    {\"text\": \"SK\", \"evidence\": \"SK\", \"schedule\": \"Maret 2027\","
    "     \"target\": \"1 (satu) Keputusan\"},"
    "    {\"text\": \"Laporan\", \"evidence\": \"Laporan\", \"schedule\": \"Februari 2027\","
    "     \"target\": \"1 (satu) Laporan\", \"penanggung_jawab\": \"Kasubbag Umum\"}]},"
    "   {\"text\": \"Rapat\", \"indicators\": [{\"text\": \"Notulen\", \"evidence\": \"Notulen\","
    "     \"schedule\": \"Januari 2027\", \"target\": \"1 (satu) Notulen\"}]}]}]}]}";

static zi_plan *load(void) {
  zi_plan *plan = NULL;
  CHECK_STATUS(zi_plan_load_buffer(&plan, kPlanJson, sizeof kPlanJson - 1, NULL), ZI_OK);
  return plan;
}

static void test_getters(void) {
  zi_plan *plan = load();
  const zi_activity *act = NULL;
  if (!plan) return;
  CHECK(zi_plan_indicator_count(plan) == 3);
  CHECK_STATUS(zi_plan_indicator_parents(NULL, NULL, &act, plan, zi_plan_indicator(plan, 0)),
               ZI_OK);
  CHECK_STR(zi_activity_responsible(act), "Sekretaris");
  CHECK_STR(zi_indicator_responsible(zi_plan_indicator(plan, 0)), "");
  CHECK_STR(zi_indicator_responsible(zi_plan_indicator(plan, 1)), "Kasubbag Umum");
  CHECK_STR(zi_indicator_responsible(zi_plan_indicator(plan, 2)), "");
  /* Who acts: the indikator's own, else the kegiatan's. */
  CHECK_STR(zi_plan_effective_responsible(plan, zi_plan_indicator(plan, 0)), "Sekretaris");
  CHECK_STR(zi_plan_effective_responsible(plan, zi_plan_indicator(plan, 1)), "Kasubbag Umum");
  CHECK_STR(zi_plan_effective_responsible(plan, zi_plan_indicator(plan, 2)), "");
  CHECK_STATUS(zi_plan_indicator_parents(NULL, NULL, &act, plan, zi_plan_indicator(plan, 2)),
               ZI_OK);
  CHECK_STR(zi_activity_responsible(act), "");
  zi_plan_free(plan);
}

static void test_null_and_foreign_arguments(void) {
  zi_plan *plan = load();
  zi_plan *other = NULL;
  if (!plan) return;
  CHECK(zi_activity_responsible(NULL) == NULL);
  CHECK(zi_indicator_responsible(NULL) == NULL);
  CHECK(zi_plan_effective_responsible(NULL, zi_plan_indicator(plan, 0)) == NULL);
  CHECK(zi_plan_effective_responsible(plan, NULL) == NULL);
  CHECK_STATUS(zi_plan_default(&other), ZI_OK);
  /* An indicator of another plan. */
  CHECK(zi_plan_effective_responsible(other, zi_plan_indicator(plan, 0)) == NULL);
  /* The embedded plan names no one. */
  CHECK_STR(zi_plan_effective_responsible(other, zi_plan_indicator(other, 0)), "");
  zi_plan_free(other);
  zi_plan_free(plan);
}

static void test_json_round_trip(void) {
  zi_plan *plan = load();
  zi_plan *back = NULL;
  char *json = NULL;
  size_t len = 0;
  if (!plan) return;
  CHECK_STATUS(zi_plan_to_json(&json, &len, plan), ZI_OK);
  CHECK(json && strstr(json, "\"penanggung_jawab\": \"Sekretaris\"") != NULL);
  CHECK(json && strstr(json, "\"penanggung_jawab\": \"Kasubbag Umum\"") != NULL);
  /* Saving writes no "$schema". */
  CHECK(json && strstr(json, "$schema") == NULL);
  CHECK_STATUS(zi_plan_load_buffer(&back, json, len, NULL), ZI_OK);
  if (back) CHECK_STR(zi_indicator_responsible(zi_plan_indicator(back, 1)), "Kasubbag Umum");
  zi_plan_free(back);
  zi_free(json);
  zi_plan_free(plan);
}

static void test_bad_schema_and_responsible(void) {
  static const char kBadSchema[] = "{\"$schema\": 1, \"format\": \"zi.plan/1\"}";
  static const char kBadPj[] =
      "{\"format\": \"zi.plan/1\", \"satker\": {\"code\": \"KPU-7271\", \"name\": \"KPU Kota "
      "Palu\","
      " \"level\": \"kabkota\", \"time_zone\": \"WITA\"}, \"year\": 2027, \"components\": "
      "[{\"name\":"
      " \"MP\", \"aspects\": [{\"name\": \"Tim\", \"activities\": [{\"text\": \"A\","
      " \"penanggung_jawab\": [\"x\"], \"indicators\": []}]}]}]}";
  zi_plan *plan = NULL;
  CHECK_STATUS(zi_plan_load_buffer(&plan, kBadSchema, sizeof kBadSchema - 1, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("/$schema");
  CHECK(plan == NULL);
  CHECK_STATUS(zi_plan_load_buffer(&plan, kBadPj, sizeof kBadPj - 1, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("/components/0/aspects/0/activities/0/penanggung_jawab");
  CHECK(plan == NULL);
}

static void test_decree_import_with_a_pj_column(void) {
  zi_plan *plan = NULL;
  const zi_activity *act = NULL;
  CHECK_STATUS(zi_plan_import_file(&plan, NULL, NULL,
                                   ZI_SOURCE_DIR "/tests/data/decrees/kab-donggala-2027-pj.csv",
                                   "csv", "cp1252", NULL, "KPU-7205", 2027),
               ZI_OK);
  if (!plan) return;
  CHECK(zi_plan_indicator_count(plan) == 5);
  CHECK_STATUS(zi_plan_indicator_parents(NULL, NULL, &act, plan, zi_plan_indicator(plan, 0)),
               ZI_OK);
  CHECK_STR(zi_activity_responsible(act), "Sekretaris KPU Kabupaten Donggala");
  CHECK_STR(zi_indicator_responsible(zi_plan_indicator(plan, 1)), "");
  CHECK_STR(zi_plan_effective_responsible(plan, zi_plan_indicator(plan, 1)),
            "Sekretaris KPU Kabupaten Donggala");
  CHECK_STR(zi_indicator_responsible(zi_plan_indicator(plan, 2)), "Kasubbag Teknis");
  /* Windows-1252 0x96, an en dash, read as U+2013. */
  CHECK_STR(zi_plan_effective_responsible(plan, zi_plan_indicator(plan, 3)),
            "Kasubbag Umum \xE2\x80\x93 Logistik");
  CHECK_STR(zi_plan_effective_responsible(plan, zi_plan_indicator(plan, 4)), "");
  zi_plan_free(plan);
}

static void test_reminders_carry_it(void) {
  zi_plan *plan = load();
  const zi_plan *plans[1];
  zi_date day;
  char *json = NULL;
  size_t len = 0;
  if (!plan) return;
  plans[0] = plan;
  /* "Maret 2027" (the first indikator, inheriting "Sekretaris") is due on Wednesday
   * 2027-03-31: the H reminder of that day. */
  CHECK_STATUS(zi_date_from_ymd(&day, 2027, 3, 31), ZI_OK);
  CHECK_STATUS(zi_reminders_json(&json, &len, plans, 1, NULL, day, NULL, NULL, NULL), ZI_OK);
  CHECK(json && strstr(json, "\"penanggung_jawab\": \"Sekretaris\"") != NULL);
  if (json && strstr(json, "\"penanggung_jawab\": \"Sekretaris\"") == NULL)
    fprintf(stderr, "%s\n", json);
  zi_free(json);
  zi_plan_free(plan);
}

int main(void) {
  RUN(test_getters);
  RUN(test_null_and_foreign_arguments);
  RUN(test_json_round_trip);
  RUN(test_bad_schema_and_responsible);
  RUN(test_decree_import_with_a_pj_column);
  RUN(test_reminders_carry_it);
  CHECK_MAIN_END();
}
