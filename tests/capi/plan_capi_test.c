/* C tests of the plan module: loading (file, buffer, default) with options, export,
 * every getter of the plan and its children, NULL and out-of-range arguments, every
 * error path, lifetimes and concurrent reads. Plain C99 (+ pthreads).
 *
 * tests/capi/data/full.json sets every field the format has; the expected values below
 * are read off that file. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "check.h"

#ifndef ZI_CAPI_TEST_DATA
#error "ZI_CAPI_TEST_DATA (the tests/capi/data directory) must be defined"
#endif

/* A pointer value that is never a real plan: checks that failures reset *out to NULL. */
#define NOT_NULL_SENTINEL ((zi_plan *)(uintptr_t)0x1)

static const char kMinimalJson[] =
    "{\"format\": \"zi.plan/1\","
    " \"satker\": {\"code\": \"KPU-7271\", \"name\": \"KPU Kota Palu\", \"level\": \"kabkota\","
    "  \"time_zone\": \"WITA\"},"
    " \"year\": 2027,"
    " \"components\": [{\"name\": \"Manajemen Perubahan\", \"aspects\": [{\"name\": \"Tim\","
    "  \"activities\": [{\"text\": \"Menetapkan\", \"indicators\": [{\"text\": \"SK\","
    "  \"evidence\": \"SK\", \"schedule\": \"Januari 2027\", \"target\": \"1 (satu) Laporan\"}]}]}]}]}";

static const char *data_path(const char *name) {
  static char path[4096];
  snprintf(path, sizeof path, "%s/%s", ZI_CAPI_TEST_DATA, name);
  return path;
}

static zi_plan *load_data(const char *name) {
  zi_plan *plan = NULL;
  zi_status s = zi_plan_load_file(&plan, data_path(name), NULL);
  if (s != ZI_OK) {
    fprintf(stderr, "cannot load %s: %s\n", name, zi_last_error_message());
    ++check_failures;
  }
  return plan;
}

/* ---- loading --------------------------------------------------------------------- */

static void test_default_plan(void) {
  zi_plan *plan = NOT_NULL_SENTINEL;
  const zi_satker *satker;
  const zi_decree *decree;
  zi_date date = {0};
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  CHECK(plan != NULL && plan != NOT_NULL_SENTINEL);
  CHECK_STR(zi_last_error_message(), "");
  CHECK(zi_plan_year(plan) == 2026);
  CHECK_STR(zi_plan_calendar(plan), "ID-2026");
  CHECK(zi_plan_component_count(plan) == 6);
  CHECK(zi_plan_aspect_count(plan) == 23);
  CHECK(zi_plan_activity_count(plan) == 56);
  CHECK(zi_plan_indicator_count(plan) == 64);
  satker = zi_plan_satker(plan);
  CHECK_STR(zi_satker_code(satker), "KPU-72");
  CHECK_STR(zi_satker_name(satker), "KPU Provinsi Sulawesi Tengah");
  CHECK(zi_satker_level(satker) == ZI_SATKER_PROVINSI);
  CHECK(zi_satker_time_zone(satker) == ZI_TIME_ZONE_WITA);
  decree = zi_plan_decree(plan);
  CHECK_STR(zi_decree_number(decree), "6 Tahun 2026");
  CHECK_STATUS(zi_decree_date(&date, decree), ZI_OK);
  CHECK(date.days == 20473); /* 2026-01-20 */
  CHECK_STR(zi_component_name(zi_plan_component(plan, 0)), "Manajemen Perubahan");
  CHECK_STR(zi_component_name(zi_plan_component(plan, 5)), "Peningkatan Kualitas Pelayanan Publik");
  CHECK_STR(zi_indicator_id(zi_plan_find_indicator(plan, "6.2.1.1")), "6.2.1.1");
  CHECK(zi_plan_note_count(plan) == 1);
  zi_plan_free(plan);
}

static void test_default_plan_handles_are_independent(void) {
  zi_plan *a = NULL, *b = NULL;
  const zi_component *c;
  CHECK_STATUS(zi_plan_default(&a), ZI_OK);
  CHECK_STATUS(zi_plan_default(&b), ZI_OK);
  CHECK(a != b);
  zi_plan_free(a);
  /* b shares the parsed data with a, and outlives it. */
  c = zi_plan_component(b, 1);
  CHECK_STR(zi_component_id(c), "2");
  CHECK(zi_plan_indicator_count(b) == 64);
  zi_plan_free(b);
}

static void test_load_file(void) {
  zi_plan *plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_file(&plan, data_path("full.json"), NULL), ZI_OK);
  CHECK(plan != NULL && plan != NOT_NULL_SENTINEL);
  CHECK_STR(zi_satker_code(zi_plan_satker(plan)), "KPU-7203");
  zi_plan_free(plan);
}

static void test_load_file_errors(void) {
  zi_plan *plan = NOT_NULL_SENTINEL;
  zi_plan_load_options opts = ZI_PLAN_LOAD_OPTIONS_INIT;

  CHECK_STATUS(zi_plan_load_file(NULL, data_path("full.json"), NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("out tidak boleh NULL");

  CHECK_STATUS(zi_plan_load_file(&plan, NULL, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("path tidak boleh NULL");
  CHECK(plan == NULL);

  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_file(&plan, data_path("no-such-plan.json"), NULL), ZI_EIO);
  CHECK_MESSAGE_HAS("no-such-plan.json: berkas ");
  CHECK(plan == NULL);

  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_file(&plan, "", NULL), ZI_EIO);
  CHECK(plan == NULL);

  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_file(&plan, ZI_CAPI_TEST_DATA, NULL), ZI_EIO);
  CHECK_MESSAGE_HAS("adalah direktori");
  CHECK(plan == NULL);

  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_file(&plan, data_path("invalid-json.json"), NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("invalid-json.json: baris 4");
  CHECK(plan == NULL);

  /* Structurally invalid: rejected when validating (the default)... */
  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_file(&plan, data_path("duplicate-ids.json"), NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("duplicate_id");
  CHECK(plan == NULL);
  CHECK_STATUS(zi_plan_load_file(&plan, data_path("duplicate-ids.json"), &opts), ZI_EINVALID);
  CHECK(plan == NULL);
  /* ...and loaded for the lint when not. */
  opts.validate = false;
  CHECK_STATUS(zi_plan_load_file(&plan, data_path("duplicate-ids.json"), &opts), ZI_OK);
  CHECK(plan != NULL);
  CHECK_STR(zi_last_error_message(), "");
  zi_plan_free(plan);

  /* A karakter NUL inside a text cannot cross the C ABI. */
  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_file(&plan, data_path("nul-char.json"), NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("/components/0/aspects/0/activities/0/indicators/0/text");
  CHECK_MESSAGE_HAS("karakter NUL");
  CHECK(plan == NULL);
}

static void test_load_buffer(void) {
  zi_plan *plan = NOT_NULL_SENTINEL;
  char *copy;
  size_t n = strlen(kMinimalJson);
  CHECK_STATUS(zi_plan_load_buffer(&plan, kMinimalJson, n, NULL), ZI_OK);
  CHECK(zi_plan_year(plan) == 2027);
  CHECK_STR(zi_plan_calendar(plan), "ID-2027"); /* defaulted from the year */
  CHECK_STR(zi_satker_parent(zi_plan_satker(plan)), "");
  CHECK(zi_satker_level(zi_plan_satker(plan)) == ZI_SATKER_KABKOTA);
  CHECK_STR(zi_indicator_id(zi_plan_indicator(plan, 0)), "1.1.1.1"); /* ids filled in */
  zi_plan_free(plan);

  /* Only size bytes are read: no NUL terminator, and trailing garbage is ignored. */
  copy = (char *)malloc(n + 8);
  CHECK(copy != NULL);
  if (copy) {
    memcpy(copy, kMinimalJson, n);
    memcpy(copy + n, "garbage!", 8);
    plan = NULL;
    CHECK_STATUS(zi_plan_load_buffer(&plan, copy, n, NULL), ZI_OK);
    free(copy); /* the plan keeps no pointer into the buffer */
    CHECK_STR(zi_satker_name(zi_plan_satker(plan)), "KPU Kota Palu");
    zi_plan_free(plan);
  }
}

static void test_load_buffer_errors(void) {
  zi_plan *plan = NOT_NULL_SENTINEL;
  static const char kNotJson[] = "{\"format\": ";
  static const char kWrongFormat[] =
      "{\"format\": \"zi.plan/2\", \"satker\": {}, \"year\": 2026, \"components\": []}";
  static const char kUnknownField[] =
      "{\"format\": \"zi.plan/1\", \"satker\": {\"code\": \"X\", \"name\": \"X\", \"level\": \"pusat\","
      " \"time_zone\": \"WIB\"}, \"year\": 2026, \"components\": [], \"tahun\": 1}";
  static const char kBinary[] = {'\x00', '\x01', '\xff', '\xfe'};
  static const char kDuplicateKey[] =
      "{\"format\": \"zi.plan/1\", \"year\": 2026, \"year\": 2027}";
  zi_plan_load_options lint;

  CHECK_STATUS(zi_plan_load_buffer(NULL, kMinimalJson, strlen(kMinimalJson), NULL), ZI_EINVALID);

  CHECK_STATUS(zi_plan_load_buffer(&plan, NULL, 10, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("data");
  CHECK(plan == NULL);

  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_buffer(&plan, NULL, 0, NULL), ZI_EINVALID); /* masukan kosong */
  CHECK(plan == NULL);

  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_buffer(&plan, kNotJson, strlen(kNotJson), NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("baris 1");
  CHECK(plan == NULL);

  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_buffer(&plan, kWrongFormat, strlen(kWrongFormat), NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("/format");
  CHECK(plan == NULL);

  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_buffer(&plan, kUnknownField, strlen(kUnknownField), NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("tahun");
  CHECK(plan == NULL);

  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_buffer(&plan, kBinary, sizeof kBinary, NULL), ZI_EINVALID);
  CHECK(plan == NULL);

  /* A repeated key is refused, not resolved to one of its values, even for the lint. */
  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_buffer(&plan, kDuplicateKey, sizeof kDuplicateKey - 1, NULL),
               ZI_EINVALID);
  CHECK_MESSAGE_HAS("baris 1, kolom 39: /year: kunci 'year' muncul dua kali");
  CHECK(plan == NULL);
  CHECK_STATUS(zi_plan_load_options_init(&lint, ZI_PLAN_LOAD_OPTIONS_VERSION), ZI_OK);
  lint.validate = false;
  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_buffer(&plan, kDuplicateKey, sizeof kDuplicateKey - 1, &lint),
               ZI_EINVALID);
  CHECK_MESSAGE_HAS("kunci 'year' muncul dua kali");
  CHECK(plan == NULL);

  /* The JSON text cut short by the size argument. */
  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_buffer(&plan, kMinimalJson, strlen(kMinimalJson) - 1, NULL), ZI_EINVALID);
  CHECK(plan == NULL);
}

static void test_load_options(void) {
  zi_plan_load_options opts = ZI_PLAN_LOAD_OPTIONS_INIT;
  zi_plan_load_options init;
  CHECK(opts.version == ZI_PLAN_LOAD_OPTIONS_VERSION);
  CHECK(ZI_PLAN_LOAD_OPTIONS_VERSION == 1);
  CHECK(opts.validate == true);
  memset(&init, 0xab, sizeof init);
  CHECK_STATUS(zi_plan_load_options_init(&init, ZI_PLAN_LOAD_OPTIONS_VERSION), ZI_OK);
  CHECK(init.version == ZI_PLAN_LOAD_OPTIONS_VERSION);
  CHECK(init.validate == true);
}

static void test_load_options_version_mismatch(void) {
  zi_plan_load_options opts = ZI_PLAN_LOAD_OPTIONS_INIT;
  zi_plan_load_options untouched;
  zi_plan *plan = NOT_NULL_SENTINEL;

  CHECK_STATUS(zi_plan_load_options_init(NULL, ZI_PLAN_LOAD_OPTIONS_VERSION), ZI_EINVALID);
  memset(&untouched, 0x5a, sizeof untouched);
  opts = untouched;
  CHECK_STATUS(zi_plan_load_options_init(&opts, 0), ZI_EVERSION);
  CHECK_MESSAGE_HAS("zi_plan_load_options: versi 0 tidak didukung");
  CHECK_STATUS(zi_plan_load_options_init(&opts, ZI_PLAN_LOAD_OPTIONS_VERSION + 1), ZI_EVERSION);
  CHECK(memcmp(&opts, &untouched, sizeof opts) == 0);

  /* A struct from a newer header (or not initialised) is refused, and nothing loads. */
  opts.version = 0;
  opts.validate = true;
  CHECK_STATUS(zi_plan_load_file(&plan, data_path("full.json"), &opts), ZI_EVERSION);
  CHECK(plan == NULL);
  opts.version = ZI_PLAN_LOAD_OPTIONS_VERSION + 1;
  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_buffer(&plan, kMinimalJson, strlen(kMinimalJson), &opts), ZI_EVERSION);
  CHECK(plan == NULL);
  opts.version = UINT32_MAX;
  plan = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_plan_load_file(&plan, data_path("full.json"), &opts), ZI_EVERSION);
  CHECK(plan == NULL);
}

/* ---- export ------------------------------------------------------------------------ */

static void test_to_json_round_trip(void) {
  zi_plan *plan = load_data("full.json");
  zi_plan *again = NULL;
  char *json = NULL, *json2 = NULL;
  size_t len = 0, len2 = 0;
  CHECK_STATUS(zi_plan_to_json(&json, &len, plan), ZI_OK);
  CHECK(json != NULL);
  if (!json) return;
  CHECK(len == strlen(json));
  CHECK(strncmp(json, "{\n  \"format\": \"zi.plan/1\"", 25) == 0);
  CHECK(json[len - 1] == '\n');
  CHECK_STATUS(zi_plan_load_buffer(&again, json, len, NULL), ZI_OK);
  CHECK_STATUS(zi_plan_to_json(&json2, &len2, again), ZI_OK);
  CHECK(json2 != NULL && len2 == len && memcmp(json, json2, len) == 0);
  zi_free(json);
  zi_free(json2);
  zi_plan_free(again);
  zi_plan_free(plan);
}

static void test_to_json_errors(void) {
  zi_plan *plan = load_data("full.json");
  static char sentinel[] = "sentinel";
  char *json = sentinel;
  size_t len = 77;
  CHECK_STATUS(zi_plan_to_json(NULL, &len, plan), ZI_EINVALID);
  CHECK_MESSAGE_HAS("json_out");
  CHECK_STATUS(zi_plan_to_json(&json, &len, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("plan");
  CHECK(json == NULL);
  CHECK(len == 77);
  /* len_out is optional. */
  CHECK_STATUS(zi_plan_to_json(&json, NULL, plan), ZI_OK);
  zi_free(json);
  zi_plan_free(plan);
}

/* ---- reading every field --------------------------------------------------------- */

static void test_plan_fields(void) {
  zi_plan *plan = load_data("full.json");
  const zi_satker *satker = zi_plan_satker(plan);
  const zi_decree *decree = zi_plan_decree(plan);
  const zi_due_policy *policy = zi_plan_due_policy(plan);
  const zi_note *note;
  zi_date date = {0};

  CHECK(zi_plan_year(plan) == 2026);
  CHECK_STR(zi_plan_calendar(plan), "ID-2026-SULTENG");
  CHECK(zi_plan_component_count(plan) == 2);
  CHECK(zi_plan_aspect_count(plan) == 3);
  CHECK(zi_plan_activity_count(plan) == 3);
  CHECK(zi_plan_indicator_count(plan) == 4);

  CHECK_STR(zi_satker_code(satker), "KPU-7203");
  CHECK_STR(zi_satker_name(satker), "KPU Kabupaten Donggala");
  CHECK(zi_satker_level(satker) == ZI_SATKER_KABKOTA);
  CHECK_STR(zi_satker_parent(satker), "KPU-72");
  CHECK(zi_satker_time_zone(satker) == ZI_TIME_ZONE_WITA);

  CHECK_STR(zi_decree_number(decree), "12 Tahun 2026");
  CHECK_STR(zi_decree_title(decree), "Rencana Aksi Zona Integritas");
  CHECK_STR(zi_decree_place(decree), "Donggala");
  CHECK_STR(zi_decree_signed_by(decree), "Ketua KPU Kabupaten Donggala");
  CHECK_STATUS(zi_decree_date(&date, decree), ZI_OK);
  CHECK(date.days == 20468); /* 2026-01-15 */

  CHECK(zi_due_policy_offset(policy) == ZI_DUE_OFFSET_CALENDAR_DAYS);
  CHECK(zi_due_policy_n(policy) == 7);
  CHECK(zi_due_policy_day(policy) == 0);
  CHECK(zi_due_policy_convention(policy) == ZI_CONVENTION_MODIFIED_FOLLOWING);

  CHECK(zi_plan_note_count(plan) == 1);
  note = zi_plan_note(plan, 0);
  CHECK_STR(zi_note_field(note), "components");
  CHECK(zi_note_kind(note) == ZI_NOTE_RESOLVED);
  CHECK_STR(zi_note_text(note), "catatan rencana");
  CHECK(zi_plan_note(plan, 1) == NULL);
  zi_plan_free(plan);
}

static void test_component_fields(void) {
  zi_plan *plan = load_data("full.json");
  const zi_component *c = zi_plan_component(plan, 0);
  const zi_component *c2 = zi_plan_component(plan, 1);
  const zi_source *src = zi_component_source(c);
  const zi_note *note = zi_component_note(c, 0);

  CHECK_STR(zi_component_id(c), "1");
  CHECK_STR(zi_component_code(c), "MP");
  CHECK_STR(zi_component_name(c), "Manajemen Perubahan");
  CHECK(zi_component_weight(c) == 8.0);
  CHECK_STR(zi_component_lke_area(c), "MP");
  CHECK(zi_component_aspect_count(c) == 2);
  CHECK_STR(zi_aspect_id(zi_component_aspect(c, 1)), "1.2");
  CHECK(zi_component_aspect(c, 2) == NULL);
  CHECK(zi_component_note_count(c) == 1);
  CHECK_STR(zi_note_field(note), "weight");
  CHECK(zi_note_kind(note) == ZI_NOTE_INFERRED);
  CHECK_STR(zi_note_text(note), "bobot area LKE");
  CHECK(zi_component_note(c, 1) == NULL);
  CHECK(src != NULL);
  CHECK_STR(zi_source_cell(src, ZI_SOURCE_KOMPONEN), "Manajemen  Perubahan");
  CHECK_STR(zi_source_cell(src, ZI_SOURCE_NO), NULL);
  CHECK_STR(zi_source_cell(src, ZI_SOURCE_TARGET_CAPAIAN), NULL);

  CHECK_STR(zi_component_id(c2), "2"); /* filled in from the position */
  CHECK_STR(zi_component_code(c2), "");
  CHECK_STR(zi_component_name(c2), "Penguatan Pengawasan");
  CHECK(zi_component_weight(c2) == 15.0);
  CHECK_STR(zi_component_lke_area(c2), "PW");
  CHECK(zi_component_note_count(c2) == 0);
  CHECK(zi_component_source(c2) == NULL);
  /* Borrowed pointers are stable: the same child every time. */
  CHECK(zi_plan_component(plan, 0) == c);
  zi_plan_free(plan);
}

static void test_aspect_fields(void) {
  zi_plan *plan = load_data("full.json");
  const zi_component *c = zi_plan_component(plan, 0);
  const zi_aspect *a = zi_component_aspect(c, 0);
  const zi_aspect *a2 = zi_component_aspect(c, 1);
  const zi_source *src = zi_aspect_source(a);

  CHECK_STR(zi_aspect_id(a), "1.1");
  CHECK_STR(zi_aspect_code(a), "MP-i");
  CHECK_STR(zi_aspect_name(a), "Pembentukan Tim Kerja");
  CHECK(zi_aspect_weight(a) == 0.5);
  CHECK_STR(zi_aspect_lke_subarea(a), "P.MP.i");
  CHECK(zi_aspect_activity_count(a) == 1);
  CHECK_STR(zi_activity_id(zi_aspect_activity(a, 0)), "1.1.1");
  CHECK(zi_aspect_activity(a, 1) == NULL);
  CHECK(zi_aspect_note_count(a) == 1);
  CHECK_STR(zi_note_field(zi_aspect_note(a, 0)), "name");
  CHECK(zi_note_kind(zi_aspect_note(a, 0)) == ZI_NOTE_DEFECT);
  CHECK_STR(zi_note_text(zi_aspect_note(a, 0)), "nama aspek kosong");
  CHECK(zi_aspect_note(a, 1) == NULL);
  /* A cell present but empty is "", an absent one NULL. */
  CHECK(src != NULL);
  CHECK_STR(zi_source_cell(src, ZI_SOURCE_ASPEK), "");
  CHECK_STR(zi_source_cell(src, ZI_SOURCE_KOMPONEN), NULL);

  CHECK_STR(zi_aspect_code(a2), "");
  CHECK(zi_aspect_weight(a2) == 1.0); /* the default */
  CHECK_STR(zi_aspect_lke_subarea(a2), "");
  CHECK(zi_aspect_note_count(a2) == 0);
  CHECK(zi_aspect_source(a2) == NULL);
  CHECK(zi_aspect_weight(zi_component_aspect(zi_plan_component(plan, 1), 0)) == 1.5);
  zi_plan_free(plan);
}

static void test_activity_fields(void) {
  zi_plan *plan = load_data("full.json");
  const zi_activity *k = zi_aspect_activity(zi_component_aspect(zi_plan_component(plan, 0), 0), 0);
  const zi_source *src = zi_activity_source(k);
  const zi_activity *k2 = zi_aspect_activity(zi_component_aspect(zi_plan_component(plan, 0), 1), 0);

  CHECK_STR(zi_activity_id(k), "1.1.1");
  CHECK_STR(zi_activity_code(k), "K1");
  CHECK_STR(zi_activity_text(k), "Menetapkan Tim Kerja");
  CHECK(zi_activity_indicator_count(k) == 2);
  CHECK_STR(zi_indicator_id(zi_activity_indicator(k, 1)), "1.1.1.2");
  CHECK(zi_activity_indicator(k, 2) == NULL);
  CHECK(zi_activity_note_count(k) == 1);
  CHECK_STR(zi_note_field(zi_activity_note(k, 0)), "text");
  CHECK(zi_note_kind(zi_activity_note(k, 0)) == ZI_NOTE_RESOLVED);
  CHECK_STR(zi_note_text(zi_activity_note(k, 0)), "digabung");
  CHECK(zi_activity_note(k, 1) == NULL);
  CHECK_STR(zi_source_cell(src, ZI_SOURCE_KEGIATAN), "Menetapkan");
  CHECK_STR(zi_source_cell(src, ZI_SOURCE_NO), "1.");

  CHECK_STR(zi_activity_id(k2), "1.2.1");
  CHECK_STR(zi_activity_code(k2), "");
  CHECK_STR(zi_activity_text(k2), "Menyusun rencana");
  CHECK(zi_activity_note_count(k2) == 0);
  CHECK(zi_activity_source(k2) == NULL);
  zi_plan_free(plan);
}

static void test_indicator_fields(void) {
  static const char *const kCells[8] = {"1.", "a", "b", "c", "d", "e", "f", "g"};
  zi_plan *plan = load_data("full.json");
  const zi_indicator *i = zi_plan_indicator(plan, 0);
  const zi_indicator *i2 = zi_plan_indicator(plan, 1);
  const zi_indicator *i4 = zi_plan_indicator(plan, 3);
  const zi_due_policy *dp = zi_indicator_due_policy(i);
  const zi_due_policy *dp2 = zi_indicator_due_policy(i2);
  const zi_source *src = zi_indicator_source(i);
  int32_t col;

  CHECK_STR(zi_indicator_id(i), "1.1.1.1");
  CHECK_STR(zi_indicator_code(i), "I1");
  CHECK_STR(zi_indicator_text(i), "Tim Kerja ditetapkan");
  CHECK_STR(zi_indicator_evidence(i), "SK Tim Kerja");
  CHECK_STR(zi_indicator_schedule(i), "Januari 2026");
  CHECK_STR(zi_indicator_target(i), "1 (satu) Laporan");
  CHECK_STR(zi_indicator_rrule(i), "FREQ=YEARLY;BYMONTH=1");
  CHECK(zi_indicator_weight(i) == 2.0);
  CHECK(zi_due_policy_offset(dp) == ZI_DUE_OFFSET_WORKING_DAYS);
  CHECK(zi_due_policy_n(dp) == 5);
  CHECK(zi_due_policy_day(dp) == 0);
  CHECK(zi_due_policy_convention(dp) == ZI_CONVENTION_PRECEDING);
  CHECK(zi_indicator_lke_question_count(i) == 2);
  CHECK_STR(zi_indicator_lke_question(i, 0), "P.MP.i.a");
  CHECK_STR(zi_indicator_lke_question(i, 1), "P.MP.i.b");
  CHECK_STR(zi_indicator_lke_question(i, 2), NULL);
  CHECK(zi_indicator_note_count(i) == 2);
  CHECK_STR(zi_note_field(zi_indicator_note(i, 1)), "schedule");
  CHECK(zi_note_kind(zi_indicator_note(i, 1)) == ZI_NOTE_DEFECT);
  CHECK_STR(zi_note_text(zi_indicator_note(i, 1)), "tahun salah");
  CHECK(zi_indicator_note(i, 2) == NULL);
  for (col = ZI_SOURCE_NO; col <= ZI_SOURCE_TARGET_CAPAIAN; ++col) {
    CHECK_STR(zi_source_cell(src, col), kCells[col]);
  }
  CHECK_STR(zi_source_cell(src, -1), NULL);
  CHECK_STR(zi_source_cell(src, 8), NULL);

  CHECK_STR(zi_indicator_id(i2), "1.1.1.2");
  CHECK_STR(zi_indicator_code(i2), "");
  CHECK_STR(zi_indicator_evidence(i2), "");
  CHECK_STR(zi_indicator_target(i2), "");
  CHECK_STR(zi_indicator_rrule(i2), NULL);
  CHECK(zi_indicator_weight(i2) == 1.0);
  CHECK(zi_due_policy_offset(dp2) == ZI_DUE_OFFSET_DAY_OF_NEXT_MONTH);
  CHECK(zi_due_policy_day(dp2) == 10);
  CHECK(zi_due_policy_n(dp2) == 0);
  CHECK(zi_due_policy_convention(dp2) == ZI_CONVENTION_FOLLOWING);
  CHECK(zi_indicator_lke_question_count(i2) == 0);
  CHECK(zi_indicator_note_count(i2) == 0);
  CHECK(zi_indicator_source(i2) == NULL);

  CHECK_STR(zi_indicator_id(i4), "2.1.1.1");
  CHECK(zi_indicator_weight(i4) == 0.125);
  CHECK(zi_indicator_due_policy(i4) == NULL); /* uses the plan default */
  CHECK(zi_plan_indicator(plan, 4) == NULL);
  zi_plan_free(plan);
}

static void test_find_indicator(void) {
  zi_plan *plan = load_data("full.json");
  CHECK(zi_plan_find_indicator(plan, "1.1.1.2") == zi_plan_indicator(plan, 1));
  CHECK(zi_plan_find_indicator(plan, "2.1.1.1") == zi_plan_indicator(plan, 3));
  CHECK(zi_plan_find_indicator(plan, "9.9.9.9") == NULL);
  CHECK(zi_plan_find_indicator(plan, "") == NULL);
  CHECK(zi_plan_find_indicator(plan, "1.1.1") == NULL); /* an activity's id */
  CHECK(zi_plan_find_indicator(plan, NULL) == NULL);
  CHECK(zi_plan_find_indicator(NULL, "1.1.1.1") == NULL);
  zi_plan_free(plan);
}

static void test_indicator_parents(void) {
  zi_plan *plan = load_data("full.json");
  zi_plan *other = load_data("full.json");
  const zi_component *c = NULL;
  const zi_aspect *a = NULL;
  const zi_activity *k = NULL;

  CHECK_STATUS(zi_plan_indicator_parents(&c, &a, &k, plan, zi_plan_indicator(plan, 3)), ZI_OK);
  CHECK(c == zi_plan_component(plan, 1));
  CHECK_STR(zi_aspect_id(a), "2.1");
  CHECK_STR(zi_activity_id(k), "2.1.1");
  /* Outputs are optional. */
  c = NULL;
  CHECK_STATUS(zi_plan_indicator_parents(&c, NULL, NULL, plan, zi_plan_indicator(plan, 2)), ZI_OK);
  CHECK_STR(zi_component_id(c), "1");
  CHECK_STATUS(zi_plan_indicator_parents(NULL, NULL, NULL, plan, zi_plan_indicator(plan, 0)), ZI_OK);

  /* Errors: NULL arguments, and an indicator of another plan. */
  CHECK_STATUS(zi_plan_indicator_parents(&c, &a, &k, NULL, zi_plan_indicator(plan, 0)), ZI_EINVALID);
  CHECK(c == NULL && a == NULL && k == NULL);
  CHECK_STATUS(zi_plan_indicator_parents(&c, &a, &k, plan, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("indicator");
  c = zi_plan_component(plan, 0);
  CHECK_STATUS(zi_plan_indicator_parents(&c, &a, &k, plan, zi_plan_indicator(other, 0)), ZI_ENOTFOUND);
  CHECK_MESSAGE_HAS("bukan milik rencana aksi ini");
  CHECK(c == NULL && a == NULL && k == NULL);
  zi_plan_free(other);
  zi_plan_free(plan);
}

static void test_effective_due_policy(void) {
  zi_plan *plan = load_data("full.json");
  zi_plan *other = load_data("full.json");
  const zi_indicator *own = zi_plan_indicator(plan, 0);
  const zi_indicator *defaulted = zi_plan_indicator(plan, 3);
  CHECK(zi_plan_effective_due_policy(plan, own) == zi_indicator_due_policy(own));
  CHECK(zi_plan_effective_due_policy(plan, defaulted) == zi_plan_due_policy(plan));
  CHECK(zi_due_policy_n(zi_plan_effective_due_policy(plan, defaulted)) == 7);
  CHECK(zi_plan_effective_due_policy(plan, zi_plan_indicator(other, 3)) == NULL);
  CHECK(zi_plan_effective_due_policy(NULL, own) == NULL);
  CHECK(zi_plan_effective_due_policy(plan, NULL) == NULL);
  zi_plan_free(other);
  zi_plan_free(plan);
}

static void test_decree_date_missing(void) {
  zi_plan *plan = NULL;
  zi_date date = {4242};
  CHECK_STATUS(zi_plan_load_buffer(&plan, kMinimalJson, strlen(kMinimalJson), NULL), ZI_OK);
  /* No decree in the file: every field empty, no date. */
  CHECK_STR(zi_decree_number(zi_plan_decree(plan)), "");
  CHECK_STR(zi_decree_title(zi_plan_decree(plan)), "");
  CHECK_STATUS(zi_decree_date(&date, zi_plan_decree(plan)), ZI_ENOTFOUND);
  CHECK_MESSAGE_HAS("tidak mencantumkan tanggal keputusan");
  CHECK(date.days == 4242);
  CHECK_STATUS(zi_decree_date(NULL, zi_plan_decree(plan)), ZI_EINVALID);
  CHECK_STATUS(zi_decree_date(&date, NULL), ZI_EINVALID);
  /* The default due policy when the file has none. */
  CHECK(zi_due_policy_offset(zi_plan_due_policy(plan)) == ZI_DUE_OFFSET_NONE);
  CHECK(zi_due_policy_convention(zi_plan_due_policy(plan)) == ZI_CONVENTION_FOLLOWING);
  CHECK(zi_plan_note_count(plan) == 0);
  zi_plan_free(plan);
}

static void test_null_objects(void) {
  /* Every getter accepts NULL: NULL strings and children, 0 counts and weights, -1 enums. */
  CHECK(zi_plan_year(NULL) == 0);
  CHECK(zi_plan_calendar(NULL) == NULL);
  CHECK(zi_plan_satker(NULL) == NULL);
  CHECK(zi_plan_decree(NULL) == NULL);
  CHECK(zi_plan_due_policy(NULL) == NULL);
  CHECK(zi_plan_note_count(NULL) == 0);
  CHECK(zi_plan_note(NULL, 0) == NULL);
  CHECK(zi_plan_component_count(NULL) == 0);
  CHECK(zi_plan_component(NULL, 0) == NULL);
  CHECK(zi_plan_aspect_count(NULL) == 0);
  CHECK(zi_plan_activity_count(NULL) == 0);
  CHECK(zi_plan_indicator_count(NULL) == 0);
  CHECK(zi_plan_indicator(NULL, 0) == NULL);

  CHECK(zi_satker_code(NULL) == NULL);
  CHECK(zi_satker_name(NULL) == NULL);
  CHECK(zi_satker_level(NULL) == -1);
  CHECK(zi_satker_parent(NULL) == NULL);
  CHECK(zi_satker_time_zone(NULL) == -1);
  CHECK(zi_decree_number(NULL) == NULL);
  CHECK(zi_decree_title(NULL) == NULL);
  CHECK(zi_decree_place(NULL) == NULL);
  CHECK(zi_decree_signed_by(NULL) == NULL);
  CHECK(zi_due_policy_offset(NULL) == -1);
  CHECK(zi_due_policy_n(NULL) == 0);
  CHECK(zi_due_policy_day(NULL) == 0);
  CHECK(zi_due_policy_convention(NULL) == -1);
  CHECK(zi_note_field(NULL) == NULL);
  CHECK(zi_note_kind(NULL) == -1);
  CHECK(zi_note_text(NULL) == NULL);
  CHECK(zi_source_cell(NULL, ZI_SOURCE_NO) == NULL);

  CHECK(zi_component_id(NULL) == NULL);
  CHECK(zi_component_code(NULL) == NULL);
  CHECK(zi_component_name(NULL) == NULL);
  CHECK(zi_component_weight(NULL) == 0.0);
  CHECK(zi_component_lke_area(NULL) == NULL);
  CHECK(zi_component_aspect_count(NULL) == 0);
  CHECK(zi_component_aspect(NULL, 0) == NULL);
  CHECK(zi_component_note_count(NULL) == 0);
  CHECK(zi_component_note(NULL, 0) == NULL);
  CHECK(zi_component_source(NULL) == NULL);

  CHECK(zi_aspect_id(NULL) == NULL);
  CHECK(zi_aspect_code(NULL) == NULL);
  CHECK(zi_aspect_name(NULL) == NULL);
  CHECK(zi_aspect_weight(NULL) == 0.0);
  CHECK(zi_aspect_lke_subarea(NULL) == NULL);
  CHECK(zi_aspect_activity_count(NULL) == 0);
  CHECK(zi_aspect_activity(NULL, 0) == NULL);
  CHECK(zi_aspect_note_count(NULL) == 0);
  CHECK(zi_aspect_note(NULL, 0) == NULL);
  CHECK(zi_aspect_source(NULL) == NULL);

  CHECK(zi_activity_id(NULL) == NULL);
  CHECK(zi_activity_code(NULL) == NULL);
  CHECK(zi_activity_text(NULL) == NULL);
  CHECK(zi_activity_indicator_count(NULL) == 0);
  CHECK(zi_activity_indicator(NULL, 0) == NULL);
  CHECK(zi_activity_note_count(NULL) == 0);
  CHECK(zi_activity_note(NULL, 0) == NULL);
  CHECK(zi_activity_source(NULL) == NULL);

  CHECK(zi_indicator_id(NULL) == NULL);
  CHECK(zi_indicator_code(NULL) == NULL);
  CHECK(zi_indicator_text(NULL) == NULL);
  CHECK(zi_indicator_evidence(NULL) == NULL);
  CHECK(zi_indicator_schedule(NULL) == NULL);
  CHECK(zi_indicator_target(NULL) == NULL);
  CHECK(zi_indicator_rrule(NULL) == NULL);
  CHECK(zi_indicator_weight(NULL) == 0.0);
  CHECK(zi_indicator_due_policy(NULL) == NULL);
  CHECK(zi_indicator_lke_question_count(NULL) == 0);
  CHECK(zi_indicator_lke_question(NULL, 0) == NULL);
  CHECK(zi_indicator_note_count(NULL) == 0);
  CHECK(zi_indicator_note(NULL, 0) == NULL);
  CHECK(zi_indicator_source(NULL) == NULL);
}

static void test_out_of_range_indices(void) {
  zi_plan *plan = load_data("full.json");
  const zi_component *c = zi_plan_component(plan, 0);
  const zi_aspect *a = zi_component_aspect(c, 0);
  const zi_activity *k = zi_aspect_activity(a, 0);
  const zi_indicator *i = zi_activity_indicator(k, 0);
  CHECK(zi_plan_component(plan, zi_plan_component_count(plan)) == NULL);
  CHECK(zi_plan_component(plan, SIZE_MAX) == NULL);
  CHECK(zi_plan_indicator(plan, SIZE_MAX) == NULL);
  CHECK(zi_plan_note(plan, SIZE_MAX) == NULL);
  CHECK(zi_component_aspect(c, SIZE_MAX) == NULL);
  CHECK(zi_component_note(c, SIZE_MAX) == NULL);
  CHECK(zi_aspect_activity(a, SIZE_MAX) == NULL);
  CHECK(zi_aspect_note(a, SIZE_MAX) == NULL);
  CHECK(zi_activity_indicator(k, SIZE_MAX) == NULL);
  CHECK(zi_activity_note(k, SIZE_MAX) == NULL);
  CHECK(zi_indicator_lke_question(i, SIZE_MAX) == NULL);
  CHECK(zi_indicator_note(i, SIZE_MAX) == NULL);
  zi_plan_free(plan);
}

/* The tree walk and the flat list agree: same indicators, same order. */
static void test_tree_and_flat_list_agree(void) {
  zi_plan *plan = NULL;
  size_t ci, ai, ki, ii, flat = 0;
  int ok = 1;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  for (ci = 0; ci < zi_plan_component_count(plan); ++ci) {
    const zi_component *c = zi_plan_component(plan, ci);
    for (ai = 0; ai < zi_component_aspect_count(c); ++ai) {
      const zi_aspect *a = zi_component_aspect(c, ai);
      for (ki = 0; ki < zi_aspect_activity_count(a); ++ki) {
        const zi_activity *k = zi_aspect_activity(a, ki);
        for (ii = 0; ii < zi_activity_indicator_count(k); ++ii) {
          const zi_indicator *ind = zi_activity_indicator(k, ii);
          const zi_component *pc = NULL;
          const zi_aspect *pa = NULL;
          const zi_activity *pk = NULL;
          if (ind != zi_plan_indicator(plan, flat++)) ok = 0;
          if (zi_plan_indicator_parents(&pc, &pa, &pk, plan, ind) != ZI_OK) ok = 0;
          if (pc != c || pa != a || pk != k) ok = 0;
          if (zi_plan_find_indicator(plan, zi_indicator_id(ind)) != ind) ok = 0;
        }
      }
    }
  }
  CHECK(ok);
  CHECK(flat == zi_plan_indicator_count(plan));
  zi_plan_free(plan);
}

/* ---- threads: one plan handle read from many threads at once -------------------- */

static unsigned long hash_str(unsigned long h, const char *s) {
  while (s && *s) h = h * 31u + (unsigned char)*s++;
  return h;
}

static unsigned long walk(const zi_plan *plan) {
  unsigned long h = 5381u;
  size_t i, n = zi_plan_indicator_count(plan);
  for (i = 0; i < n; ++i) {
    const zi_indicator *ind = zi_plan_indicator(plan, i);
    const zi_component *c = NULL;
    h = hash_str(h, zi_indicator_id(ind));
    h = hash_str(h, zi_indicator_text(ind));
    h = hash_str(h, zi_indicator_target(ind));
    h = hash_str(h, zi_indicator_schedule(ind));
    if (zi_plan_indicator_parents(&c, NULL, NULL, plan, ind) == ZI_OK) h = hash_str(h, zi_component_name(c));
    h += (unsigned long)zi_due_policy_offset(zi_plan_effective_due_policy(plan, ind));
  }
  return h;
}

struct walk_job {
  const zi_plan *plan;
  unsigned long result;
};

static void *walk_thread(void *arg) {
  struct walk_job *job = (struct walk_job *)arg;
  int round;
  job->result = 0;
  for (round = 0; round < 50; ++round) {
    unsigned long h = walk(job->plan);
    if (round > 0 && h != job->result) h = 0; /* a torn read would show here */
    job->result = h;
  }
  return NULL;
}

static void test_concurrent_reads(void) {
  enum { kThreads = 8 };
  pthread_t threads[kThreads];
  struct walk_job jobs[kThreads];
  zi_plan *plan = NULL;
  unsigned long expected;
  int t;
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  expected = walk(plan);
  for (t = 0; t < kThreads; ++t) {
    jobs[t].plan = plan;
    CHECK(pthread_create(&threads[t], NULL, walk_thread, &jobs[t]) == 0);
  }
  for (t = 0; t < kThreads; ++t) {
    CHECK(pthread_join(threads[t], NULL) == 0);
    CHECK(jobs[t].result == expected);
  }
  zi_plan_free(plan);
}

int main(void) {
  RUN(test_default_plan);
  RUN(test_default_plan_handles_are_independent);
  RUN(test_load_file);
  RUN(test_load_file_errors);
  RUN(test_load_buffer);
  RUN(test_load_buffer_errors);
  RUN(test_load_options);
  RUN(test_load_options_version_mismatch);
  RUN(test_to_json_round_trip);
  RUN(test_to_json_errors);
  RUN(test_plan_fields);
  RUN(test_component_fields);
  RUN(test_aspect_fields);
  RUN(test_activity_fields);
  RUN(test_indicator_fields);
  RUN(test_find_indicator);
  RUN(test_indicator_parents);
  RUN(test_effective_due_policy);
  RUN(test_decree_date_missing);
  RUN(test_null_objects);
  RUN(test_out_of_range_indices);
  RUN(test_tree_and_flat_list_agree);
  RUN(test_concurrent_reads);
  CHECK_MAIN_END();
}
