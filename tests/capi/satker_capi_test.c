/* C tests of the satker registry module: zi_satker_find_code, zi_satker_find_name (the
 * pointer array and its count), zi_satker_find_json and zi_satker_list_json, with their
 * error paths. Plain C99. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"

static void test_find_code(void) {
  const zi_satker *s = zi_satker_find_code("kpu-7203");
  CHECK(s != NULL);
  CHECK_STR(zi_satker_code(s), "KPU-7203");
  CHECK_STR(zi_satker_name(s), "KPU Kabupaten Morowali");
  CHECK(zi_satker_level(s) == ZI_SATKER_KABKOTA);
  CHECK_STR(zi_satker_parent(s), "KPU-72");
  CHECK(zi_satker_time_zone(s) == ZI_TIME_ZONE_WITA);
  /* The registry's own entry: the same pointer as zi_satker_registry_get. */
  CHECK(zi_satker_find_code("KPU-RI") == zi_satker_registry_get(ZI_REGISTRY_KPU, 0));
  CHECK(zi_satker_find_code("KPU-9607") == NULL);
  CHECK(zi_satker_find_code("") == NULL);
  CHECK(zi_satker_find_code(NULL) == NULL);
}

static void test_find_name(void) {
  const zi_satker *out[4] = {NULL, NULL, NULL, NULL};
  size_t count = 99;
  /* The count alone. */
  CHECK_STATUS(zi_satker_find_name(&count, NULL, 0, "Banggai"), ZI_OK);
  CHECK(count == 3);
  /* Fewer slots than candidates: the first ones, and the full count. */
  CHECK_STATUS(zi_satker_find_name(&count, out, 2, "Banggai"), ZI_OK);
  CHECK(count == 3);
  CHECK_STR(zi_satker_code(out[0]), "KPU-7201");
  CHECK_STR(zi_satker_code(out[1]), "KPU-7202");
  CHECK(out[2] == NULL);
  /* A decree's long form: one exact match. */
  CHECK_STATUS(zi_satker_find_name(&count, out, 4, "Komisi Pemilihan Umum Kab. Donggala"), ZI_OK);
  CHECK(count == 1);
  CHECK_STR(zi_satker_code(out[0]), "KPU-7205");
  /* Kota and Kabupaten stay distinct. */
  CHECK_STATUS(zi_satker_find_name(&count, out, 4, "KPU Kabupaten Palu"), ZI_OK);
  CHECK(count == 0);
  CHECK_STATUS(zi_satker_find_name(&count, out, 4, "KPU Kota Palu"), ZI_OK);
  CHECK(count == 1);
  CHECK_STR(zi_satker_code(out[0]), "KPU-7271");
  /* Errors. */
  CHECK_STATUS(zi_satker_find_name(NULL, out, 4, "Palu"), ZI_EINVALID);
  CHECK_MESSAGE_HAS("count_out");
  CHECK_STATUS(zi_satker_find_name(&count, NULL, 1, "Palu"), ZI_EINVALID);
  CHECK_STATUS(zi_satker_find_name(&count, out, 4, NULL), ZI_EINVALID);
  CHECK(count == 0);
}

static void test_find_json(void) {
  char *json = NULL;
  size_t len = 0, count = 0;
  CHECK_STATUS(zi_satker_find_json(&json, &len, &count, "7203"), ZI_OK);
  CHECK(count == 1);
  CHECK(json != NULL && strlen(json) == len);
  CHECK_STR(json,
            "{\n"
            "  \"format\": \"zi.satker-list/1\",\n"
            "  \"query\": \"7203\",\n"
            "  \"count\": 1,\n"
            "  \"satker\": [\n"
            "    {\n"
            "      \"code\": \"KPU-7203\",\n"
            "      \"name\": \"KPU Kabupaten Morowali\",\n"
            "      \"level\": \"kabkota\",\n"
            "      \"parent\": \"KPU-72\",\n"
            "      \"time_zone\": \"WITA\"\n"
            "    }\n"
            "  ]\n"
            "}\n");
  zi_free(json);
  json = NULL;
  CHECK_STATUS(zi_satker_find_json(&json, NULL, NULL, "Atlantis"), ZI_OK);
  CHECK(json != NULL && strstr(json, "\"count\": 0") != NULL);
  zi_free(json);
  CHECK_STATUS(zi_satker_find_json(NULL, NULL, NULL, "x"), ZI_EINVALID);
  json = (char *)(uintptr_t)0x1;
  CHECK_STATUS(zi_satker_find_json(&json, NULL, NULL, NULL), ZI_EINVALID);
  CHECK(json == NULL);
}

static void test_list_json(void) {
  char *json = NULL;
  CHECK_STATUS(zi_satker_list_json(&json, NULL, -1, NULL), ZI_OK);
  CHECK(strstr(json, "\"count\": 553") != NULL);
  CHECK(strstr(json, "\"query\": null") != NULL);
  /* KPU RI has no parent. */
  CHECK(strstr(json, "\"code\": \"KPU-RI\",\n      \"name\": \"Komisi Pemilihan Umum Republik Indonesia\",\n"
                     "      \"level\": \"pusat\",\n      \"parent\": null,") != NULL);
  zi_free(json);
  CHECK_STATUS(zi_satker_list_json(&json, NULL, ZI_SATKER_PROVINSI, NULL), ZI_OK);
  CHECK(strstr(json, "\"count\": 38") != NULL);
  zi_free(json);
  CHECK_STATUS(zi_satker_list_json(&json, NULL, -1, "kpu-72"), ZI_OK);
  CHECK(strstr(json, "\"count\": 13") != NULL);
  CHECK(strstr(json, "KPU Kota Palu") != NULL);
  zi_free(json);
  CHECK_STATUS(zi_satker_list_json(&json, NULL, ZI_SATKER_PUSAT, ""), ZI_OK);
  CHECK(strstr(json, "\"count\": 1") != NULL);
  zi_free(json);
  CHECK_STATUS(zi_satker_list_json(&json, NULL, 3, NULL), ZI_EINVALID);
  CHECK(json == NULL);
  CHECK_STATUS(zi_satker_list_json(&json, NULL, -1, "KPU-99"), ZI_ENOTFOUND);
  CHECK_MESSAGE_HAS("KPU-99");
  CHECK_STATUS(zi_satker_list_json(NULL, NULL, -1, NULL), ZI_EINVALID);
}

int main(void) {
  RUN(test_find_code);
  RUN(test_find_name);
  RUN(test_find_json);
  RUN(test_list_json);
  CHECK_MAIN_END();
}
