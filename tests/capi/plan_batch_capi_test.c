/* C tests of the plan batch (zi_plan_load_files, zi_plan_load_buffers): every entry is what
 * loading its input alone gives (status, message, plan JSON), with 1 and 2 threads; a bad
 * file does not stop the others; taking plans out; the argument errors. Plain C99. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"

#define PLAN_DIR ZI_SOURCE_DIR "/tests/data/plans"

static char *plan_json(const zi_plan *plan) {
  char *json = NULL;
  CHECK_STATUS(zi_plan_to_json(&json, NULL, plan), ZI_OK);
  return json;
}

/* The entry equals a single zi_plan_load_file of the same path. */
static void check_entry_like_single_file(zi_plan_batch *batch, size_t i, const char *path,
                                         const zi_plan_load_options *opts) {
  zi_plan *alone = NULL;
  const zi_status want = zi_plan_load_file(&alone, path, opts);
  char *want_message = NULL;
  if (want != ZI_OK) {
    want_message = malloc(strlen(zi_last_error_message()) + 1);
    strcpy(want_message, zi_last_error_message());
  }
  CHECK_STATUS(zi_plan_batch_status(batch, i), want);
  if (want != ZI_OK) {
    CHECK_STR(zi_plan_batch_message(batch, i), want_message);
    zi_plan *none = (zi_plan *)1;
    CHECK_STATUS(zi_plan_batch_take(&none, batch, i), ZI_ENOTFOUND);
    CHECK(none == NULL);
    CHECK_STR(zi_last_error_message(), want_message);
  } else {
    CHECK_STR(zi_plan_batch_message(batch, i), "");
    zi_plan *got = NULL;
    CHECK_STATUS(zi_plan_batch_take(&got, batch, i), ZI_OK);
    char *a = plan_json(got), *b = plan_json(alone);
    CHECK_STR(a, b);
    zi_free(a);
    zi_free(b);
    zi_plan_free(got);
    /* Taken once: the entry keeps its status, the plan is gone. */
    CHECK_STATUS(zi_plan_batch_status(batch, i), ZI_OK);
    CHECK_STATUS(zi_plan_batch_take(&got, batch, i), ZI_ENOTFOUND);
    CHECK(strstr(zi_last_error_message(), "sudah diambil") != NULL);
  }
  free(want_message);
  zi_plan_free(alone);
}

static void test_files_each_as_alone(void) {
  const char *paths[] = {
      ZI_SOURCE_DIR "/data/plans/kpu-sulteng-2026.json",
      PLAN_DIR "/minimal.json",
      PLAN_DIR "/no-such-plan.json",        /* ZI_EIO */
      PLAN_DIR,                             /* a directory: ZI_EIO */
      PLAN_DIR "/bad/invalid-json.json",    /* ZI_EINVALID, line and column */
      PLAN_DIR "/bad/duplicate-ids.json",   /* structurally invalid: ZI_EINVALID */
      PLAN_DIR "/scoring.json",
  };
  const size_t n = sizeof paths / sizeof paths[0];
  for (int threads = 1; threads <= 2; ++threads) {
    zi_plan_batch *batch = NULL;
    CHECK_STATUS(zi_plan_load_files(&batch, paths, n, NULL, threads), ZI_OK);
    CHECK(zi_plan_batch_count(batch) == n);
    CHECK_STATUS(zi_plan_batch_status(batch, 2), ZI_EIO);
    CHECK_STATUS(zi_plan_batch_status(batch, 3), ZI_EIO);
    CHECK_STATUS(zi_plan_batch_status(batch, 4), ZI_EINVALID);
    CHECK(strstr(zi_plan_batch_message(batch, 4), "invalid-json.json: baris ") != NULL);
    CHECK(strstr(zi_plan_batch_message(batch, 3), "adalah direktori") != NULL);
    for (size_t i = 0; i < n; ++i) check_entry_like_single_file(batch, i, paths[i], NULL);
    /* Out of range. */
    CHECK_STATUS(zi_plan_batch_status(batch, n), ZI_ERANGE);
    CHECK(zi_plan_batch_message(batch, n) == NULL);
    zi_plan *p = NULL;
    CHECK_STATUS(zi_plan_batch_take(&p, batch, n), ZI_ERANGE);
    zi_plan_batch_free(batch);
  }
  /* validate = false loads the structurally invalid plan, as zi_plan_load_file does. */
  zi_plan_load_options opts = ZI_PLAN_LOAD_OPTIONS_INIT;
  opts.validate = false;
  zi_plan_batch *batch = NULL;
  CHECK_STATUS(zi_plan_load_files(&batch, paths + 5, 1, &opts, 0), ZI_OK);
  CHECK_STATUS(zi_plan_batch_status(batch, 0), ZI_OK);
  check_entry_like_single_file(batch, 0, paths[5], &opts);
  /* Freeing a batch frees the plans not taken. */
  zi_plan_batch_free(batch);
}

static void test_buffers_each_as_alone(void) {
  zi_plan *def = NULL;
  CHECK_STATUS(zi_plan_default(&def), ZI_OK);
  char *json = plan_json(def);
  const char *texts[] = {json, "{\"format\": \"zi.plan/1\",", "", json};
  const size_t sizes[] = {strlen(json), strlen(texts[1]), 0, strlen(json)};
  const char *names[] = {"satu.json", "dua.json", NULL, NULL};
  for (int threads = 1; threads <= 2; ++threads) {
    zi_plan_batch *batch = NULL;
    CHECK_STATUS(zi_plan_load_buffers(&batch, texts, sizes, names, 4, NULL, threads), ZI_OK);
    CHECK(zi_plan_batch_count(batch) == 4);
    for (size_t i = 0; i < 4; ++i) {
      zi_plan *alone = NULL;
      const zi_status want = zi_plan_load_buffer(&alone, texts[i], sizes[i], NULL);
      CHECK_STATUS(zi_plan_batch_status(batch, i), want);
      if (want != ZI_OK) {
        /* The message is the single load's, after the entry's name when it has one. */
        const char *got = zi_plan_batch_message(batch, i);
        const char *single = zi_last_error_message();
        if (names[i]) {
          char want_message[512];
          snprintf(want_message, sizeof want_message, "%s: %s", names[i], single);
          CHECK_STR(got, want_message);
        } else {
          CHECK_STR(got, single);
        }
      } else {
        zi_plan *got = NULL;
        CHECK_STATUS(zi_plan_batch_take(&got, batch, i), ZI_OK);
        char *a = plan_json(got);
        CHECK_STR(a, json);
        zi_free(a);
        zi_plan_free(got);
      }
      zi_plan_free(alone);
    }
    zi_plan_batch_free(batch);
  }
  zi_free(json);
  zi_plan_free(def);
}

static void test_argument_errors(void) {
  const char *paths[] = {PLAN_DIR "/minimal.json", NULL};
  zi_plan_batch *batch = (zi_plan_batch *)1;
  CHECK_STATUS(zi_plan_load_files(NULL, paths, 1, NULL, 0), ZI_EINVALID);
  CHECK_STATUS(zi_plan_load_files(&batch, NULL, 1, NULL, 0), ZI_EINVALID);
  CHECK(batch == NULL);
  CHECK_STATUS(zi_plan_load_files(&batch, paths, 2, NULL, 0), ZI_EINVALID);
  CHECK(strstr(zi_last_error_message(), "paths[1]") != NULL);
  CHECK_STATUS(zi_plan_load_files(&batch, paths, 1, NULL, -1), ZI_EINVALID);
  CHECK_STATUS(zi_plan_load_files(&batch, paths, 1, NULL, 1025), ZI_EINVALID);
  CHECK(strstr(zi_last_error_message(), "0..1024") != NULL);
  zi_plan_load_options future = ZI_PLAN_LOAD_OPTIONS_INIT;
  future.version = 99;
  CHECK_STATUS(zi_plan_load_files(&batch, paths, 1, &future, 0), ZI_EVERSION);
  const char *texts[] = {NULL};
  const size_t sizes[] = {3};
  CHECK_STATUS(zi_plan_load_buffers(&batch, texts, sizes, NULL, 1, NULL, 0), ZI_EINVALID);
  CHECK_STATUS(zi_plan_load_buffers(&batch, texts, NULL, NULL, 1, NULL, 0), ZI_EINVALID);
  /* An empty batch is a batch. */
  CHECK_STATUS(zi_plan_load_files(&batch, NULL, 0, NULL, 0), ZI_OK);
  CHECK(batch != NULL && zi_plan_batch_count(batch) == 0);
  zi_plan_batch_free(batch);
  /* NULL batches. */
  CHECK(zi_plan_batch_count(NULL) == 0);
  CHECK_STATUS(zi_plan_batch_status(NULL, 0), ZI_EINVALID);
  CHECK(zi_plan_batch_message(NULL, 0) == NULL);
  zi_plan *p = NULL;
  CHECK_STATUS(zi_plan_batch_take(&p, NULL, 0), ZI_EINVALID);
  zi_plan_batch_free(NULL);
}

int main(void) {
  RUN(test_files_each_as_alone);
  RUN(test_buffers_each_as_alone);
  RUN(test_argument_errors);
  CHECK_MAIN_END();
}
