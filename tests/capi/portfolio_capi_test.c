/* C tests of the synthetic data and portfolio modules: the satker registries, synthetic
 * plans and evidence, compiling (from plans, a directory, synthetic), evidence filing,
 * scoring the 553 KPU satker with 1 and 2 threads, the bulk copies against the per-item
 * getters and against zi_score_plan of each plan alone, roll-ups, several threads scoring
 * one portfolio at once, and every error path. Plain C99 (+ POSIX for a temporary
 * directory, pthreads). */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

#define NOT_NULL_SENTINEL ((zi_portfolio *)(uintptr_t)0x1)

static zi_date D(int32_t y, int32_t m, int32_t d) {
  zi_date out = {0};
  if (zi_date_from_ymd(&out, y, m, d) != ZI_OK) ++check_failures;
  return out;
}

/* The workload of bench/portfolio_benchmark.cpp: 553 synthetic satker (seed 2026) with
 * synthetic evidence (plan p: seed 7 + p), built once. */
static zi_portfolio *g_plans = NULL;  /* without evidence */
static zi_portfolio *g_scored = NULL; /* with evidence */
static zi_evidence *g_evidence = NULL;

static void build_workload(void) {
  CHECK_STATUS(zi_portfolio_synthetic(&g_plans, NULL, 553, 2026, NULL, NULL), ZI_OK);
  CHECK_STATUS(zi_portfolio_synthetic_evidence(&g_evidence, g_plans, 7), ZI_OK);
  CHECK_STATUS(zi_portfolio_with_evidence(&g_scored, g_plans, g_evidence), ZI_OK);
}

static zi_portfolio_scores *score(const zi_portfolio *p, int32_t threads) {
  zi_portfolio_scores *s = NULL;
  zi_portfolio_score_options opts = ZI_PORTFOLIO_SCORE_OPTIONS_INIT;
  opts.threads = threads;
  CHECK_STATUS(zi_portfolio_score(&s, p, D(2026, 7, 1), &opts), ZI_OK);
  return s;
}

/* ---- registry and synthetic plans ------------------------------------------------------ */

static void test_registry(void) {
  const zi_satker *s;
  CHECK(zi_satker_registry_count(ZI_REGISTRY_KPU) == 553);
  CHECK(zi_satker_registry_count(ZI_REGISTRY_SULTENG) == 14);
  CHECK(zi_satker_registry_count(2) == 0);
  s = zi_satker_registry_get(ZI_REGISTRY_KPU, 0);
  CHECK_STR(zi_satker_code(s), "KPU-RI");
  CHECK(zi_satker_level(s) == ZI_SATKER_PUSAT);
  CHECK_STR(zi_satker_parent(s), "");
  s = zi_satker_registry_get(ZI_REGISTRY_SULTENG, 0);
  CHECK_STR(zi_satker_code(s), "KPU-72");
  CHECK(zi_satker_time_zone(s) == ZI_TIME_ZONE_WITA);
  CHECK_STR(zi_satker_code(zi_satker_registry_get(ZI_REGISTRY_SULTENG, 13)), "KPU-7271");
  CHECK(zi_satker_registry_get(ZI_REGISTRY_SULTENG, 14) == NULL);
  CHECK(zi_satker_registry_get(ZI_REGISTRY_KPU, 553) == NULL);
  CHECK(zi_satker_registry_get(-1, 0) == NULL);
  CHECK(zi_satker_registry_get(ZI_REGISTRY_KPU, 5) == zi_satker_registry_get(ZI_REGISTRY_KPU, 5)); /* static */
}

static void test_synthetic_plan(void) {
  zi_plan *a = NULL, *b = NULL, *base = NULL;
  const zi_satker *palu = zi_satker_registry_get(ZI_REGISTRY_SULTENG, 13);
  char *ja = NULL, *jb = NULL;
  CHECK_STATUS(zi_plan_synthetic(&a, NULL, palu, 5), ZI_OK);
  CHECK_STATUS(zi_plan_default(&base), ZI_OK);
  CHECK_STATUS(zi_plan_synthetic(&b, base, palu, 5), ZI_OK); /* the default plan is the default base */
  CHECK_STR(zi_satker_code(zi_plan_satker(a)), "KPU-7271");
  CHECK(zi_plan_year(a) == 2026);
  CHECK(zi_plan_indicator_count(a) > 30);
  CHECK_STATUS(zi_plan_to_json(&ja, NULL, a), ZI_OK);
  CHECK_STATUS(zi_plan_to_json(&jb, NULL, b), ZI_OK);
  CHECK(strcmp(ja, jb) == 0); /* deterministic */
  zi_free(ja);
  zi_free(jb);
  zi_plan_free(b);
  b = (zi_plan *)(uintptr_t)0x1;
  CHECK_STATUS(zi_plan_synthetic(&b, base, NULL, 5), ZI_EINVALID);
  CHECK(b == NULL);
  CHECK_STATUS(zi_plan_synthetic(NULL, base, palu, 5), ZI_EINVALID);
  zi_plan_free(base);
  zi_plan_free(a);
}

/* ---- compiling ---------------------------------------------------------------------------- */

static void test_compile_from_plans(void) {
  zi_plan *plans[3] = {NULL, NULL, NULL};
  zi_portfolio *p = NOT_NULL_SENTINEL;
  zi_portfolio_options opts = ZI_PORTFOLIO_OPTIONS_INIT, init;
  zi_plan *copy = NULL;
  zi_diagnostics *d = NULL;
  CHECK(opts.version == 2 && opts.threads == 0 && opts.keep_plans);
  memset(&init, 0x44, sizeof init);
  CHECK_STATUS(zi_portfolio_options_init(&init, 2), ZI_OK);
  CHECK(init.version == 2 && init.threads == 0 && init.keep_plans);
  /* A version-1 struct (a caller built against 0.4) ends before keep_plans: nothing past
   * it is written. */
  memset(&init, 0x44, sizeof init);
  CHECK_STATUS(zi_portfolio_options_init(&init, 1), ZI_OK);
  CHECK(init.version == 1 && init.threads == 0);
  CHECK(((const unsigned char *)&init)[offsetof(zi_portfolio_options, keep_plans)] == 0x44);
  CHECK_STATUS(zi_portfolio_options_init(&init, 0), ZI_EVERSION);
  CHECK_STATUS(zi_portfolio_options_init(&init, 3), ZI_EVERSION);
  CHECK_STATUS(zi_portfolio_options_init(NULL, 1), ZI_EINVALID);

  CHECK_STATUS(zi_plan_default(&plans[0]), ZI_OK);
  CHECK_STATUS(zi_plan_synthetic(&plans[1], NULL, zi_satker_registry_get(ZI_REGISTRY_SULTENG, 1), 1), ZI_OK);
  CHECK_STATUS(zi_plan_synthetic(&plans[2], NULL, zi_satker_registry_get(ZI_REGISTRY_SULTENG, 2), 2), ZI_OK);
  opts.threads = 2;
  CHECK_STATUS(zi_portfolio_compile(&p, (const zi_plan *const *)plans, 3, NULL, &opts), ZI_OK);
  zi_plan_free(plans[1]); /* the portfolio shares the plans' data */
  plans[1] = NULL;
  CHECK(zi_portfolio_plan_count(p) == 3);
  CHECK(zi_portfolio_occurrence_count(p) > 118);
  CHECK(zi_portfolio_evidence_count(p) == 0 && zi_portfolio_unmatched_evidence(p) == 0);
  CHECK_STR(zi_satker_code(zi_portfolio_satker(p, 0)), "KPU-72");
  CHECK(zi_portfolio_satker(p, 3) == NULL);
  CHECK_STATUS(zi_portfolio_plan(&copy, p, 0), ZI_OK);
  CHECK(zi_plan_indicator_count(copy) == 64);
  zi_plan_free(copy);
  copy = (zi_plan *)(uintptr_t)0x1;
  CHECK_STATUS(zi_portfolio_plan(&copy, p, 3), ZI_ERANGE);
  CHECK(copy == NULL);
  CHECK_STATUS(zi_portfolio_diagnostics(&d, p, 0), ZI_OK);
  CHECK(zi_diagnostics_count(d) >= 1); /* the default plan's 6.2.1.1 target */
  zi_diagnostics_free(d);
  CHECK_STATUS(zi_portfolio_diagnostics(&d, p, 3), ZI_ERANGE);
  CHECK(d == NULL);
  zi_portfolio_free(p);

  /* Errors: two plans of one satker, a NULL element, bad options. */
  p = NOT_NULL_SENTINEL;
  plans[1] = plans[0];
  CHECK_STATUS(zi_portfolio_compile(&p, (const zi_plan *const *)plans, 2, NULL, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("KPU-72");
  CHECK(p == NULL);
  plans[1] = NULL;
  CHECK_STATUS(zi_portfolio_compile(&p, (const zi_plan *const *)plans, 2, NULL, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("plans[1]");
  CHECK_STATUS(zi_portfolio_compile(&p, NULL, 2, NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_portfolio_compile(NULL, (const zi_plan *const *)plans, 1, NULL, NULL), ZI_EINVALID);
  opts.threads = -1;
  CHECK_STATUS(zi_portfolio_compile(&p, (const zi_plan *const *)plans, 1, NULL, &opts), ZI_EINVALID);
  CHECK_MESSAGE_HAS("threads");
  opts.threads = 0;
  opts.version = 3;
  CHECK_STATUS(zi_portfolio_compile(&p, (const zi_plan *const *)plans, 1, NULL, &opts), ZI_EVERSION);
  opts.version = 2;
  /* An empty portfolio is allowed. */
  CHECK_STATUS(zi_portfolio_compile(&p, NULL, 0, NULL, NULL), ZI_OK);
  CHECK(zi_portfolio_plan_count(p) == 0);
  {
    zi_portfolio_scores *s = score(p, 1);
    uint32_t offsets[1] = {99};
    CHECK(zi_portfolio_scores_count(s) == 0);
    CHECK_STATUS(zi_portfolio_scores_copy(NULL, NULL, 0, s), ZI_OK);
    CHECK_STATUS(zi_portfolio_scores_copy_component_offsets(offsets, 1, s), ZI_OK);
    CHECK(offsets[0] == 0);
    zi_portfolio_scores_free(s);
  }
  zi_portfolio_free(p);
  zi_plan_free(plans[0]);
  zi_plan_free(plans[2]);
}

static void test_compile_with_calendar(void) {
  zi_plan *plan = NULL;
  zi_calendar *cal = NULL;
  zi_calendar_options copts = ZI_CALENDAR_OPTIONS_INIT;
  zi_portfolio *p = NULL;
  zi_occurrences *occ = NULL;
  zi_evidence *a = NULL, *b = NULL;
  const zi_plan *list[1];
  CHECK_STATUS(zi_plan_default(&plan), ZI_OK);
  copts.cuti_bersama_is_working_day = true;
  CHECK_STATUS(zi_calendar_default(&cal, &copts), ZI_OK);
  list[0] = plan;
  CHECK_STATUS(zi_portfolio_compile(&p, list, 1, cal, NULL), ZI_OK);
  CHECK_STATUS(zi_plan_expand(&occ, plan, cal), ZI_OK);
  CHECK(zi_portfolio_occurrence_count(p) == zi_occurrences_count(occ));
  /* Synthetic evidence of a portfolio is each plan's on the portfolio's calendar. */
  CHECK_STATUS(zi_portfolio_synthetic_evidence(&a, p, 11), ZI_OK);
  CHECK_STATUS(zi_evidence_synthetic(&b, plan, cal, 11), ZI_OK);
  CHECK(zi_evidence_count(a) == zi_evidence_count(b));
  zi_evidence_free(a);
  zi_evidence_free(b);
  zi_occurrences_free(occ);
  zi_calendar_free(cal);
  zi_portfolio_free(p);
  zi_plan_free(plan);
}

static void test_load_dir(void) {
  char dir[] = "/tmp/zi-capi-portfolio-XXXXXX";
  char path[256];
  zi_portfolio *p = NOT_NULL_SENTINEL;
  int i;
  CHECK(mkdtemp(dir) != NULL);
  /* An empty directory has no plan. */
  CHECK_STATUS(zi_portfolio_load_dir(&p, dir, NULL, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("tidak ada berkas rencana aksi *.json");
  CHECK(p == NULL);
  for (i = 0; i < 2; ++i) {
    zi_plan *plan = NULL;
    char *json = NULL;
    size_t len = 0;
    FILE *f;
    CHECK_STATUS(zi_plan_synthetic(&plan, NULL, zi_satker_registry_get(ZI_REGISTRY_SULTENG, (size_t)(2 - i)), 3),
                 ZI_OK);
    CHECK_STATUS(zi_plan_to_json(&json, &len, plan), ZI_OK);
    snprintf(path, sizeof path, "%s/plan-%d.json", dir, i);
    f = fopen(path, "wb");
    CHECK(f != NULL);
    if (f) {
      CHECK(fwrite(json, 1, len, f) == len);
      fclose(f);
    }
    zi_free(json);
    zi_plan_free(plan);
  }
  snprintf(path, sizeof path, "%s/notes.txt", dir); /* not a plan: skipped */
  {
    FILE *f = fopen(path, "wb");
    if (f) {
      fputs("x", f);
      fclose(f);
    }
  }
  CHECK_STATUS(zi_portfolio_load_dir(&p, dir, NULL, NULL), ZI_OK);
  CHECK(zi_portfolio_plan_count(p) == 2);
  /* In file name order: plan-0.json is KPU-7202. */
  CHECK_STR(zi_satker_code(zi_portfolio_satker(p, 0)), "KPU-7202");
  CHECK_STR(zi_satker_code(zi_portfolio_satker(p, 1)), "KPU-7201");
  zi_portfolio_free(p);
  /* A broken plan file is named in the message. */
  snprintf(path, sizeof path, "%s/plan-2.json", dir);
  {
    FILE *f = fopen(path, "wb");
    if (f) {
      fputs("{\"format\": \"zi.plan/1\"", f);
      fclose(f);
    }
  }
  CHECK_STATUS(zi_portfolio_load_dir(&p, dir, NULL, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("plan-2.json");
  CHECK(p == NULL);
  remove(path);
  snprintf(path, sizeof path, "%s/plan-0.json", dir);
  remove(path);
  snprintf(path, sizeof path, "%s/plan-1.json", dir);
  remove(path);
  snprintf(path, sizeof path, "%s/notes.txt", dir);
  remove(path);
  CHECK(rmdir(dir) == 0);
  CHECK_STATUS(zi_portfolio_load_dir(&p, dir, NULL, NULL), ZI_EIO);
  CHECK_STATUS(zi_portfolio_load_dir(&p, NULL, NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_portfolio_load_dir(NULL, dir, NULL, NULL), ZI_EINVALID);
}

static void test_synthetic_portfolios(void) {
  zi_portfolio *p = NOT_NULL_SENTINEL;
  const zi_satker *sulteng[14];
  size_t i;
  CHECK(zi_portfolio_plan_count(g_plans) == 553);
  CHECK_STR(zi_satker_code(zi_portfolio_satker(g_plans, 0)), "KPU-RI");
  CHECK(zi_portfolio_evidence_count(g_plans) == 0);
  CHECK(zi_portfolio_evidence_count(g_scored) > 10000);
  CHECK(zi_portfolio_unmatched_evidence(g_scored) == 0);
  CHECK(zi_portfolio_occurrence_count(g_scored) == zi_portfolio_occurrence_count(g_plans));
  /* Beyond the 553 KPU satker come numbered extra ones. */
  CHECK_STATUS(zi_portfolio_synthetic(&p, NULL, 555, 2026, NULL, NULL), ZI_OK);
  CHECK_STR(zi_satker_code(zi_portfolio_satker(p, 553)), "SYN-000554");
  zi_portfolio_free(p);
  for (i = 0; i < 14; ++i) sulteng[i] = zi_satker_registry_get(ZI_REGISTRY_SULTENG, i);
  CHECK_STATUS(zi_portfolio_synthetic_for(&p, NULL, sulteng, 14, 2026, NULL, NULL), ZI_OK);
  CHECK(zi_portfolio_plan_count(p) == 14);
  CHECK_STR(zi_satker_code(zi_portfolio_satker(p, 13)), "KPU-7271");
  zi_portfolio_free(p);
  p = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_portfolio_synthetic(&p, NULL, 0, 1, NULL, NULL), ZI_EINVALID);
  CHECK(p == NULL);
  CHECK_STATUS(zi_portfolio_synthetic(&p, NULL, 1000001, 1, NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_portfolio_synthetic(NULL, NULL, 1, 1, NULL, NULL), ZI_EINVALID);
  sulteng[3] = NULL;
  CHECK_STATUS(zi_portfolio_synthetic_for(&p, NULL, sulteng, 14, 1, NULL, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("satker[3]");
  CHECK_STATUS(zi_portfolio_synthetic_for(&p, NULL, NULL, 2, 1, NULL, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_portfolio_synthetic_for(NULL, NULL, sulteng, 1, 1, NULL, NULL), ZI_EINVALID);
}

/* Two portfolios' scores, every array, bit for bit. */
static int same_scores(const zi_portfolio_scores *a, const zi_portfolio_scores *b) {
  const size_t n = zi_portfolio_scores_count(a), c = zi_portfolio_scores_component_count(a);
  double *sa = calloc(n + c + 1, sizeof *sa), *sb = calloc(n + c + 1, sizeof *sb);
  uint8_t *ha = calloc(n + c + 1, 1), *hb = calloc(n + c + 1, 1);
  uint32_t *ra = calloc(n + 1, sizeof *ra), *rb = calloc(n + 1, sizeof *rb);
  int32_t *ka = calloc(5 * n + 1, sizeof *ka), *kb = calloc(5 * n + 1, sizeof *kb);
  int same = n == zi_portfolio_scores_count(b) && c == zi_portfolio_scores_component_count(b);
  if (same) {
    same = zi_portfolio_scores_copy(sa, ha, n, a) == ZI_OK && zi_portfolio_scores_copy(sb, hb, n, b) == ZI_OK &&
           memcmp(sa, sb, n * sizeof *sa) == 0 && memcmp(ha, hb, n) == 0 &&
           zi_portfolio_scores_copy_components(sa, ha, c, a) == ZI_OK &&
           zi_portfolio_scores_copy_components(sb, hb, c, b) == ZI_OK && memcmp(sa, sb, c * sizeof *sa) == 0 &&
           memcmp(ha, hb, c) == 0 && zi_portfolio_scores_copy_ranking(ra, n, a) == ZI_OK &&
           zi_portfolio_scores_copy_ranking(rb, n, b) == ZI_OK && memcmp(ra, rb, n * sizeof *ra) == 0 &&
           zi_portfolio_scores_copy_status_counts(ka, 5 * n, a) == ZI_OK &&
           zi_portfolio_scores_copy_status_counts(kb, 5 * n, b) == ZI_OK && memcmp(ka, kb, 5 * n * sizeof *ka) == 0;
  }
  free(sa);
  free(sb);
  free(ha);
  free(hb);
  free(ra);
  free(rb);
  free(ka);
  free(kb);
  return same;
}

/* keep_plans false: the same scores, scope, komponen ids and reports, but no plans. */
static void test_without_plans(void) {
  zi_portfolio_options opts = ZI_PORTFOLIO_OPTIONS_INIT;
  zi_portfolio *lean = NULL, *lean_scored = NULL, *from_plans = NULL;
  zi_evidence *evidence = NULL;
  zi_plan *plan = (zi_plan *)(uintptr_t)0x1;
  zi_portfolio_scores *a = NULL, *b = NULL;
  char *json_a = NULL, *json_b = NULL;
  size_t len_a = 0, len_b = 0, p, c;
  opts.keep_plans = false;
  CHECK(zi_portfolio_keeps_plans(g_plans));
  CHECK(!zi_portfolio_keeps_plans(NULL));
  CHECK_STATUS(zi_portfolio_synthetic(&lean, NULL, 553, 2026, NULL, &opts), ZI_OK);
  CHECK(!zi_portfolio_keeps_plans(lean));
  CHECK(zi_portfolio_plan_count(lean) == 553);
  CHECK(zi_portfolio_occurrence_count(lean) == zi_portfolio_occurrence_count(g_plans));
  CHECK_STATUS(zi_portfolio_plan(&plan, lean, 0), ZI_EINVALID);
  CHECK_MESSAGE_HAS("keep_plans");
  CHECK(plan == NULL);
  /* The synthetic plans are made again for their evidence: the same records. */
  CHECK_STATUS(zi_portfolio_synthetic_evidence(&evidence, lean, 7), ZI_OK);
  CHECK(zi_evidence_count(evidence) == zi_evidence_count(g_evidence));
  CHECK_STATUS(zi_portfolio_with_evidence(&lean_scored, lean, evidence), ZI_OK);
  CHECK(!zi_portfolio_keeps_plans(lean_scored));
  CHECK(zi_portfolio_evidence_count(lean_scored) == zi_portfolio_evidence_count(g_scored));
  a = score(g_scored, 2);
  b = score(lean_scored, 1);
  CHECK(same_scores(a, b));
  /* Komponen ids from the compiled form equal the plans' own. */
  for (p = 0; p < 553; p += 61) {
    zi_plan *kept = NULL;
    CHECK_STATUS(zi_portfolio_plan(&kept, g_plans, p), ZI_OK);
    CHECK(zi_portfolio_component_count(lean, p) == zi_plan_component_count(kept));
    for (c = 0; c < zi_plan_component_count(kept); ++c) {
      CHECK_STR(zi_portfolio_component_id(lean, p, c), zi_component_id(zi_plan_component(kept, c)));
    }
    CHECK(zi_portfolio_component_id(lean, p, zi_plan_component_count(kept)) == NULL);
    zi_plan_free(kept);
  }
  CHECK(zi_portfolio_component_count(lean, 553) == 0 && zi_portfolio_component_id(lean, 553, 0) == NULL);
  CHECK(zi_portfolio_component_count(NULL, 0) == 0 && zi_portfolio_component_id(NULL, 0, 0) == NULL);
  /* The portfolio report is the same bytes. */
  CHECK_STATUS(zi_portfolio_scores_to_json(&json_a, &len_a, g_scored, a, 75.0), ZI_OK);
  CHECK_STATUS(zi_portfolio_scores_to_json(&json_b, &len_b, lean_scored, b, 75.0), ZI_OK);
  CHECK(len_a == len_b && json_a && json_b && memcmp(json_a, json_b, len_a) == 0);
  zi_free(json_a);
  zi_free(json_b);
  zi_portfolio_scores_free(a);
  zi_portfolio_scores_free(b);
  /* A portfolio of given plans kept without them cannot make their evidence again. */
  {
    zi_plan *plans[1] = {NULL};
    zi_evidence *none = (zi_evidence *)(uintptr_t)0x1;
    CHECK_STATUS(zi_plan_default(&plans[0]), ZI_OK);
    CHECK_STATUS(zi_portfolio_compile(&from_plans, (const zi_plan *const *)plans, 1, NULL, &opts), ZI_OK);
    CHECK_STATUS(zi_portfolio_synthetic_evidence(&none, from_plans, 7), ZI_EINVALID);
    CHECK_MESSAGE_HAS("keep_plans");
    CHECK(none == NULL);
    zi_plan_free(plans[0]);
  }
  zi_portfolio_free(from_plans);
  zi_evidence_free(evidence);
  zi_portfolio_free(lean_scored);
  zi_portfolio_free(lean);
}

/* A plan source: the 14 Sulawesi Tengah satker's synthetic plans (seed = index), or, past
 * `fail_at`, a failure of the kind `how` says. */
struct source_state {
  size_t fail_at;
  int how; /* 0: ZI_EUSER, 1: a failing zi_* call's status, 2: ZI_OK without a plan */
};

static zi_status sulteng_source(void *user, size_t index, zi_plan **out) {
  const struct source_state *st = (const struct source_state *)user;
  if (index >= st->fail_at) {
    if (st->how == 1) return zi_plan_load_buffer(out, "{", 1, NULL);
    if (st->how == 2) return ZI_OK;
    return ZI_EUSER;
  }
  return zi_plan_synthetic(out, NULL, zi_satker_registry_get(ZI_REGISTRY_SULTENG, index), (uint64_t)index);
}

static void test_compile_source(void) {
  struct source_state st = {SIZE_MAX, 0};
  zi_plan *plans[14];
  zi_portfolio *listed = NULL, *made = NULL, *p = NOT_NULL_SENTINEL;
  zi_portfolio_options opts = ZI_PORTFOLIO_OPTIONS_INIT;
  zi_portfolio_scores *a, *b;
  char *json_a = NULL, *json_b = NULL;
  size_t len_a = 0, len_b = 0, i;
  for (i = 0; i < 14; ++i) CHECK_STATUS(sulteng_source(&st, i, &plans[i]), ZI_OK);
  CHECK_STATUS(zi_portfolio_compile(&listed, (const zi_plan *const *)plans, 14, NULL, NULL), ZI_OK);
  opts.keep_plans = false;
  opts.threads = 2;
  CHECK_STATUS(zi_portfolio_compile_source(&made, 14, sulteng_source, &st, NULL, &opts), ZI_OK);
  CHECK(zi_portfolio_plan_count(made) == 14 && !zi_portfolio_keeps_plans(made));
  CHECK(zi_portfolio_occurrence_count(made) == zi_portfolio_occurrence_count(listed));
  a = score(listed, 1);
  b = score(made, 2);
  CHECK(same_scores(a, b));
  CHECK_STATUS(zi_portfolio_scores_to_json(&json_a, &len_a, listed, a, 75.0), ZI_OK);
  CHECK_STATUS(zi_portfolio_scores_to_json(&json_b, &len_b, made, b, 75.0), ZI_OK);
  CHECK(len_a == len_b && json_a && json_b && memcmp(json_a, json_b, len_a) == 0);
  zi_free(json_a);
  zi_free(json_b);
  zi_portfolio_scores_free(a);
  zi_portfolio_scores_free(b);
  zi_portfolio_free(made);
  zi_portfolio_free(listed);
  for (i = 0; i < 14; ++i) zi_plan_free(plans[i]);

  /* A source that stops: its status, the first index in order, and the message. */
  st.fail_at = 5;
  st.how = 0;
  CHECK_STATUS(zi_portfolio_compile_source(&p, 14, sulteng_source, &st, NULL, &opts), ZI_EUSER);
  CHECK_MESSAGE_HAS("rencana ke-6");
  CHECK(p == NULL);
  st.how = 1; /* the loader's own status and message */
  CHECK_STATUS(zi_portfolio_compile_source(&p, 14, sulteng_source, &st, NULL, &opts), ZI_EINVALID);
  CHECK_MESSAGE_HAS("JSON");
  st.how = 2;
  CHECK_STATUS(zi_portfolio_compile_source(&p, 14, sulteng_source, &st, NULL, &opts), ZI_EINVALID);
  CHECK_MESSAGE_HAS("tidak memberi rencana untuk rencana ke-6");
  /* The state is the caller's: without a failure the same source compiles again. */
  st.fail_at = SIZE_MAX;
  CHECK_STATUS(zi_portfolio_compile_source(&p, 14, sulteng_source, &st, NULL, &opts), ZI_OK);
  zi_portfolio_free(p);
  p = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_portfolio_compile_source(&p, 3, NULL, NULL, NULL, NULL), ZI_EINVALID);
  CHECK_MESSAGE_HAS("source");
  CHECK(p == NULL);
  CHECK_STATUS(zi_portfolio_compile_source(&p, 0, NULL, NULL, NULL, NULL), ZI_OK);
  CHECK(zi_portfolio_plan_count(p) == 0);
  zi_portfolio_free(p);
  CHECK_STATUS(zi_portfolio_compile_source(NULL, 0, NULL, NULL, NULL, NULL), ZI_EINVALID);
}

static void test_evidence_and_scope(void) {
  zi_evidence_scope *scope = NULL;
  zi_evidence *ev = NULL;
  zi_portfolio *p = NULL;
  int32_t n = 0;
  static const char kCsv[] =
      "satker,indicator,occurrence,date\n"
      "KPU-RI,1.1.1.1,1,2026-01-20\n"
      "KPU-XX,1.1.1.1,1,2026-01-20\n";
  CHECK_STATUS(zi_portfolio_scope(&scope, g_plans), ZI_OK);
  CHECK(zi_evidence_scope_has_satker(scope, "KPU-7271"));
  CHECK_STR(zi_evidence_scope_default_satker(scope), ""); /* many satker: rows must name one */
  CHECK_STATUS(zi_evidence_scope_occurrences(&n, scope, "KPU-RI", "1.1.1.1"), ZI_OK);
  CHECK(n == 1);
  CHECK_STATUS(zi_evidence_read_csv(&ev, kCsv, sizeof kCsv - 1, scope), ZI_OK);
  CHECK(zi_evidence_count(ev) == 1 && zi_evidence_rejected_count(ev) == 1);
  CHECK_STATUS(zi_portfolio_with_evidence(&p, g_plans, ev), ZI_OK);
  CHECK(zi_portfolio_evidence_count(p) == 1);
  zi_portfolio_free(p);
  /* Evidence the portfolio does not have is counted, not filed. */
  zi_evidence_free(ev);
  {
    zi_plan *plan = NULL;
    CHECK_STATUS(zi_plan_default(&plan), ZI_OK); /* KPU-72 is in the registry, plan 1.x differs */
    CHECK_STATUS(zi_evidence_synthetic(&ev, plan, NULL, 3), ZI_OK);
    zi_plan_free(plan);
  }
  CHECK_STATUS(zi_portfolio_with_evidence(&p, g_plans, ev), ZI_OK);
  CHECK(zi_portfolio_evidence_count(p) + zi_portfolio_unmatched_evidence(p) <= zi_evidence_count(ev));
  zi_portfolio_free(p);
  /* NULL evidence: none. */
  CHECK_STATUS(zi_portfolio_with_evidence(&p, g_scored, NULL), ZI_OK);
  CHECK(zi_portfolio_evidence_count(p) == 0);
  zi_portfolio_free(p);
  p = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_portfolio_with_evidence(&p, NULL, ev), ZI_EINVALID);
  CHECK(p == NULL);
  CHECK_STATUS(zi_portfolio_with_evidence(NULL, g_plans, ev), ZI_EINVALID);
  zi_evidence_free(ev);
  zi_evidence_scope_free(scope);
  CHECK_STATUS(zi_portfolio_scope(NULL, g_plans), ZI_EINVALID);
  scope = (zi_evidence_scope *)(uintptr_t)0x1;
  CHECK_STATUS(zi_portfolio_scope(&scope, NULL), ZI_EINVALID);
  CHECK(scope == NULL);
  ev = (zi_evidence *)(uintptr_t)0x1;
  CHECK_STATUS(zi_portfolio_synthetic_evidence(&ev, NULL, 1), ZI_EINVALID);
  CHECK(ev == NULL);
  CHECK_STATUS(zi_portfolio_synthetic_evidence(NULL, g_plans, 1), ZI_EINVALID);
}

/* ---- scoring ------------------------------------------------------------------------------ */

static void test_bulk_equals_per_item(void) {
  zi_portfolio_scores *s = score(g_scored, 1);
  const size_t n = zi_portfolio_scores_count(s);
  const size_t m = zi_portfolio_scores_component_count(s);
  double *scores = (double *)malloc(n * sizeof(double));
  uint8_t *has = (uint8_t *)malloc(n);
  uint32_t *ranking = (uint32_t *)malloc(n * sizeof(uint32_t));
  int32_t *counts = (int32_t *)malloc(5 * n * sizeof(int32_t));
  uint32_t *offsets = (uint32_t *)malloc((n + 1) * sizeof(uint32_t));
  double *comp = (double *)malloc(m * sizeof(double));
  uint8_t *comp_has = (uint8_t *)malloc(m);
  uint64_t total = 0;
  size_t i;
  int ok = 1;
  CHECK(n == 553);
  CHECK(zi_portfolio_scores_occurrences(s) == zi_portfolio_occurrence_count(g_scored));
  CHECK_STATUS(zi_portfolio_scores_copy(scores, has, n, s), ZI_OK);
  CHECK_STATUS(zi_portfolio_scores_copy_ranking(ranking, n, s), ZI_OK);
  CHECK_STATUS(zi_portfolio_scores_copy_status_counts(counts, 5 * n, s), ZI_OK);
  CHECK_STATUS(zi_portfolio_scores_copy_component_offsets(offsets, n + 1, s), ZI_OK);
  CHECK_STATUS(zi_portfolio_scores_copy_components(comp, comp_has, m, s), ZI_OK);
  CHECK(offsets[0] == 0 && offsets[n] == m);
  for (i = 0; i < n; ++i) {
    double x = -1;
    bool h = false;
    int k;
    if (zi_portfolio_scores_get(&x, &h, s, i) != ZI_OK || x != scores[i] || (h ? 1 : 0) != has[i]) ok = 0;
    if (!h && x != 0.0) ok = 0;
    for (k = 0; k < 5; ++k) total += (uint64_t)counts[5 * i + (size_t)k];
    if (offsets[i + 1] - offsets[i] != 6) ok = 0; /* every synthetic plan keeps the 6 komponen */
  }
  CHECK(ok);
  CHECK(total == zi_portfolio_scores_occurrences(s));
  /* The ranking: a permutation, scores descending, ties by code, no score last. */
  for (i = 0; i + 1 < n; ++i) {
    const uint32_t a = ranking[i], b = ranking[i + 1];
    if (a >= n || b >= n) {
      ok = 0;
      break;
    }
    if (has[a] < has[b]) ok = 0;
    if (has[a] && has[b] && scores[a] < scores[b]) ok = 0;
    if (has[a] == has[b] && (!has[a] || scores[a] == scores[b]) &&
        strcmp(zi_satker_code(zi_portfolio_satker(g_scored, a)), zi_satker_code(zi_portfolio_satker(g_scored, b))) > 0) {
      ok = 0;
    }
  }
  CHECK(ok);
  /* Too small arrays: nothing written. */
  scores[0] = -5;
  CHECK_STATUS(zi_portfolio_scores_copy(scores, has, n - 1, s), ZI_ERANGE);
  CHECK_MESSAGE_HAS("scores_out");
  CHECK(scores[0] == -5);
  CHECK_STATUS(zi_portfolio_scores_copy_ranking(ranking, n - 1, s), ZI_ERANGE);
  CHECK_STATUS(zi_portfolio_scores_copy_status_counts(counts, 5 * n - 1, s), ZI_ERANGE);
  CHECK_STATUS(zi_portfolio_scores_copy_component_offsets(offsets, n, s), ZI_ERANGE);
  CHECK_STATUS(zi_portfolio_scores_copy_components(comp, comp_has, m - 1, s), ZI_ERANGE);
  CHECK_STATUS(zi_portfolio_scores_copy(NULL, has, n, s), ZI_OK); /* either array may be NULL */
  CHECK_STATUS(zi_portfolio_scores_copy_components(NULL, NULL, m, s), ZI_OK);
  CHECK_STATUS(zi_portfolio_scores_copy(scores, has, n, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_portfolio_scores_copy_ranking(NULL, n, s), ZI_EINVALID);
  CHECK_STATUS(zi_portfolio_scores_copy_status_counts(NULL, 5 * n, s), ZI_EINVALID);
  CHECK_STATUS(zi_portfolio_scores_copy_component_offsets(NULL, n + 1, s), ZI_EINVALID);
  CHECK_STATUS(zi_portfolio_scores_copy_components(comp, comp_has, m, NULL), ZI_EINVALID);
  CHECK_STATUS(zi_portfolio_scores_get(NULL, NULL, s, n), ZI_ERANGE);
  CHECK_STATUS(zi_portfolio_scores_get(NULL, NULL, NULL, 0), ZI_EINVALID);
  free(scores);
  free(has);
  free(ranking);
  free(counts);
  free(offsets);
  free(comp);
  free(comp_has);
  zi_portfolio_scores_free(s);
}

/* All arrays of two results are equal. */
static int same_results(const zi_portfolio_scores *a, const zi_portfolio_scores *b) {
  const size_t n = zi_portfolio_scores_count(a), m = zi_portfolio_scores_component_count(a);
  double *sa = (double *)malloc(n * sizeof(double)), *sb = (double *)malloc(n * sizeof(double));
  double *ca = (double *)malloc(m * sizeof(double)), *cb = (double *)malloc(m * sizeof(double));
  uint32_t *ra = (uint32_t *)malloc(n * sizeof(uint32_t)), *rb = (uint32_t *)malloc(n * sizeof(uint32_t));
  int32_t *ka = (int32_t *)malloc(5 * n * sizeof(int32_t)), *kb = (int32_t *)malloc(5 * n * sizeof(int32_t));
  int same = n == zi_portfolio_scores_count(b) && m == zi_portfolio_scores_component_count(b) &&
             zi_portfolio_scores_rollup_count(a) == zi_portfolio_scores_rollup_count(b);
  if (same) {
    zi_portfolio_scores_copy(sa, NULL, n, a);
    zi_portfolio_scores_copy(sb, NULL, n, b);
    zi_portfolio_scores_copy_components(ca, NULL, m, a);
    zi_portfolio_scores_copy_components(cb, NULL, m, b);
    zi_portfolio_scores_copy_ranking(ra, n, a);
    zi_portfolio_scores_copy_ranking(rb, n, b);
    zi_portfolio_scores_copy_status_counts(ka, 5 * n, a);
    zi_portfolio_scores_copy_status_counts(kb, 5 * n, b);
    same = memcmp(sa, sb, n * sizeof(double)) == 0 && memcmp(ca, cb, m * sizeof(double)) == 0 &&
           memcmp(ra, rb, n * sizeof(uint32_t)) == 0 && memcmp(ka, kb, 5 * n * sizeof(int32_t)) == 0;
  }
  free(sa);
  free(sb);
  free(ca);
  free(cb);
  free(ra);
  free(rb);
  free(ka);
  free(kb);
  return same;
}

/* ---- incremental evidence ------------------------------------------------------------- */

/* The canonical CSV of `base` without satker `code`'s rows, followed by the rows of `add`
 * (NULL: none), read back against the portfolio's scope: the whole new evidence set. */
static zi_evidence *replaced_evidence(const zi_evidence *base, const char *code, const zi_evidence *add) {
  char *a = NULL, *b = NULL, *text, *w;
  const char *line;
  size_t na = 0, nb = 0, code_len = strlen(code);
  zi_evidence_scope *scope = NULL;
  zi_evidence *out = NULL;
  CHECK_STATUS(zi_evidence_to_csv(&a, &na, base), ZI_OK);
  if (add) CHECK_STATUS(zi_evidence_to_csv(&b, &nb, add), ZI_OK);
  text = (char *)malloc(na + nb + 1);
  w = text;
  for (line = a; line < a + na;) {
    const char *end = strchr(line, '\n');
    size_t len = end ? (size_t)(end - line) + 1 : strlen(line);
    if (!(strncmp(line, code, code_len) == 0 && line[code_len] == ',')) {
      memcpy(w, line, len);
      w += len;
    }
    line += len;
  }
  if (b) {
    const char *rows = strchr(b, '\n') + 1; /* after the header */
    memcpy(w, rows, (size_t)(b + nb - rows));
    w += b + nb - rows;
  }
  CHECK_STATUS(zi_portfolio_scope(&scope, g_plans), ZI_OK);
  CHECK_STATUS(zi_evidence_read_csv(&out, text, (size_t)(w - text), scope), ZI_OK);
  CHECK(zi_evidence_rejected_count(out) == 0);
  zi_evidence_scope_free(scope);
  free(text);
  zi_free(a);
  zi_free(b);
  return out;
}


/* a and b score alike on several dates and policies, and file the same counts. */
static int same_portfolios(const zi_portfolio *a, const zi_portfolio *b) {
  static const double kLate[] = {0.5, 0.0, 0.3};
  static const bool kSubmitted[] = {false, false, true};
  const zi_date dates[] = {D(2026, 1, 2), D(2026, 4, 15), D(2026, 9, 30), D(2027, 1, 31)};
  int same = zi_portfolio_evidence_count(a) == zi_portfolio_evidence_count(b) &&
             zi_portfolio_unmatched_evidence(a) == zi_portfolio_unmatched_evidence(b);
  size_t i, k;
  for (i = 0; i < 3 && same; ++i) {
    for (k = 0; k < sizeof dates / sizeof dates[0] && same; ++k) {
      zi_portfolio_scores *x = NULL, *y = NULL;
      zi_portfolio_score_options opts = ZI_PORTFOLIO_SCORE_OPTIONS_INIT;
      opts.late_credit = kLate[i];
      opts.count_submitted = kSubmitted[i];
      opts.threads = 2;
      CHECK_STATUS(zi_portfolio_score(&x, a, dates[k], &opts), ZI_OK);
      CHECK_STATUS(zi_portfolio_score(&y, b, dates[k], &opts), ZI_OK);
      same = same_results(x, y);
      zi_portfolio_scores_free(x);
      zi_portfolio_scores_free(y);
    }
  }
  return same;
}

/* Replacing one satker's evidence equals filing the whole new set from scratch (also with
 * no evidence); the portfolio of before is unchanged; adding evidence equals filing it
 * together; every error path. */
static void test_satker_update(void) {
  char code[32], other[32];
  zi_plan *plan = NULL;
  zi_evidence *fresh = NULL, *full = NULL, *rest = NULL;
  zi_portfolio *updated = NULL, *emptied = NULL, *scratch = NULL, *p = NULL;
  zi_portfolio_scores *before = score(g_scored, 1), *after = NULL;
  snprintf(code, sizeof code, "%s", zi_satker_code(zi_portfolio_satker(g_plans, 3)));
  snprintf(other, sizeof other, "%s", zi_satker_code(zi_portfolio_satker(g_plans, 4)));
  CHECK_STATUS(zi_portfolio_plan(&plan, g_plans, 3), ZI_OK);
  CHECK_STATUS(zi_evidence_synthetic(&fresh, plan, NULL, 1234), ZI_OK);
  CHECK(zi_evidence_count(fresh) > 10);

  CHECK_STATUS(zi_portfolio_with_satker_evidence(&updated, g_scored, code, fresh), ZI_OK);
  full = replaced_evidence(g_evidence, code, fresh);
  CHECK_STATUS(zi_portfolio_with_evidence(&scratch, g_plans, full), ZI_OK);
  CHECK(same_portfolios(updated, scratch));
  zi_portfolio_free(scratch);
  scratch = NULL;

  CHECK_STATUS(zi_portfolio_with_satker_evidence(&emptied, g_scored, code, NULL), ZI_OK);
  rest = replaced_evidence(g_evidence, code, NULL);
  CHECK_STATUS(zi_portfolio_with_evidence(&scratch, g_plans, rest), ZI_OK);
  CHECK(same_portfolios(emptied, scratch));
  CHECK(zi_portfolio_evidence_count(emptied) < zi_portfolio_evidence_count(g_scored));
  zi_portfolio_free(scratch);
  scratch = NULL;

  /* The portfolio of before scores as it did. */
  after = score(g_scored, 1);
  CHECK(same_results(before, after));
  zi_portfolio_scores_free(after);

  /* Adding: to no evidence, all of it; to the emptied satker, its new records. */
  CHECK_STATUS(zi_portfolio_with_added_evidence(&p, g_plans, g_evidence), ZI_OK);
  CHECK(same_portfolios(p, g_scored));
  zi_portfolio_free(p);
  CHECK_STATUS(zi_portfolio_with_added_evidence(&p, emptied, fresh), ZI_OK);
  CHECK(same_portfolios(p, updated));
  zi_portfolio_free(p);
  CHECK_STATUS(zi_portfolio_with_added_evidence(&p, g_scored, NULL), ZI_OK);
  CHECK(same_portfolios(p, g_scored));
  zi_portfolio_free(p);

  /* Errors: *out is NULL after each. */
  p = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_portfolio_with_satker_evidence(&p, g_scored, "KPU-0000", fresh), ZI_ENOTFOUND);
  CHECK_MESSAGE_HAS("KPU-0000");
  CHECK(p == NULL);
  p = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_portfolio_with_satker_evidence(&p, g_scored, other, fresh), ZI_EINVALID);
  CHECK_MESSAGE_HAS(code);
  CHECK_MESSAGE_HAS(other);
  CHECK(p == NULL);
  p = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_portfolio_with_satker_evidence(&p, g_scored, NULL, fresh), ZI_EINVALID);
  CHECK_MESSAGE_HAS("satker_code");
  CHECK(p == NULL);
  p = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_portfolio_with_satker_evidence(&p, NULL, code, fresh), ZI_EINVALID);
  CHECK(p == NULL);
  CHECK_STATUS(zi_portfolio_with_satker_evidence(NULL, g_scored, code, fresh), ZI_EINVALID);
  p = NOT_NULL_SENTINEL;
  CHECK_STATUS(zi_portfolio_with_added_evidence(&p, NULL, fresh), ZI_EINVALID);
  CHECK(p == NULL);
  CHECK_STATUS(zi_portfolio_with_added_evidence(NULL, g_scored, fresh), ZI_EINVALID);

  zi_portfolio_scores_free(before);
  zi_portfolio_free(updated);
  zi_portfolio_free(emptied);
  zi_evidence_free(full);
  zi_evidence_free(rest);
  zi_evidence_free(fresh);
  zi_plan_free(plan);
}

static void test_thread_count_does_not_matter(void) {
  zi_portfolio_scores *one = score(g_scored, 1);
  zi_portfolio_scores *two = score(g_scored, 2);
  zi_portfolio_scores *all = score(g_scored, 0);
  CHECK(same_results(one, two));
  CHECK(same_results(one, all));
  zi_portfolio_scores_free(one);
  zi_portfolio_scores_free(two);
  zi_portfolio_scores_free(all);
}

/* Each satker's portfolio numbers equal zi_score_plan of its plan alone, bit for bit. */
static void test_equals_score_plan(void) {
  zi_portfolio_scores *s = score(g_scored, 2);
  const size_t n = zi_portfolio_scores_count(s), m = zi_portfolio_scores_component_count(s);
  uint32_t *offsets = (uint32_t *)malloc((n + 1) * sizeof(uint32_t));
  double *comp = (double *)malloc(m * sizeof(double));
  uint8_t *comp_has = (uint8_t *)malloc(m);
  int32_t *counts = (int32_t *)malloc(5 * n * sizeof(int32_t));
  size_t p, mismatches = 0;
  zi_portfolio_scores_copy_component_offsets(offsets, n + 1, s);
  zi_portfolio_scores_copy_components(comp, comp_has, m, s);
  zi_portfolio_scores_copy_status_counts(counts, 5 * n, s);
  for (p = 0; p < n; ++p) {
    zi_plan *plan = NULL;
    zi_evidence *ev = NULL;
    zi_report *report = NULL;
    double x = 0, y = 0;
    bool hx = false, hy = false;
    size_t c, i;
    int32_t status_counts[5] = {0, 0, 0, 0, 0};
    const zi_occurrences *occ;
    int bad = 0;
    if (zi_portfolio_plan(&plan, g_scored, p) != ZI_OK ||
        zi_evidence_synthetic(&ev, plan, NULL, 7 + (uint64_t)p) != ZI_OK ||
        zi_score_plan(&report, plan, NULL, ev, D(2026, 7, 1), NULL) != ZI_OK) {
      ++mismatches;
      zi_evidence_free(ev);
      zi_plan_free(plan);
      continue;
    }
    zi_portfolio_scores_get(&x, &hx, s, p);
    zi_report_score(&y, &hy, report);
    if (x != y || hx != hy) bad = 1;
    if (zi_report_node_count(report, ZI_LEVEL_COMPONENT) != offsets[p + 1] - offsets[p]) bad = 1;
    for (c = 0; !bad && c < offsets[p + 1] - offsets[p]; ++c) {
      zi_report_node(&y, &hy, NULL, report, ZI_LEVEL_COMPONENT, c);
      if (hy != (comp_has[offsets[p] + c] != 0) || (hy && y != comp[offsets[p] + c])) bad = 1;
    }
    occ = zi_report_occurrences(report);
    for (i = 0; i < zi_occurrences_count(occ); ++i) ++status_counts[zi_occurrences_column(occ, ZI_OCCURRENCE_STATUS)[i]];
    if (memcmp(status_counts, counts + 5 * p, sizeof status_counts) != 0) bad = 1;
    if (bad) {
      fprintf(stderr, "plan %zu (%s): portfolio %.17g, zi_score_plan %.17g\n", p,
              zi_satker_code(zi_portfolio_satker(g_scored, p)), x, y);
      ++mismatches;
    }
    zi_report_free(report);
    zi_evidence_free(ev);
    zi_plan_free(plan);
  }
  CHECK(mismatches == 0);
  free(offsets);
  free(comp);
  free(comp_has);
  free(counts);
  zi_portfolio_scores_free(s);
}

static void test_rollups(void) {
  zi_portfolio_scores *s = score(g_scored, 1);
  const size_t n = zi_portfolio_scores_rollup_count(s);
  size_t i;
  int32_t total = 0;
  int ok = 1;
  CHECK(n == 39); /* KPU RI (for the 38 provinces) and the 38 provinces */
  for (i = 0; i < n; ++i) {
    int32_t count = 0, scored = 0, above = 0;
    double mean = 0, lo = 0, hi = 0;
    bool has = false;
    if (zi_portfolio_scores_rollup(&count, &scored, &above, &mean, &lo, &hi, &has, s, i) != ZI_OK) ok = 0;
    if (!zi_portfolio_scores_rollup_parent(s, i)) ok = 0;
    if (i > 0 && strcmp(zi_portfolio_scores_rollup_parent(s, i - 1), zi_portfolio_scores_rollup_parent(s, i)) >= 0) {
      ok = 0; /* sorted by code */
    }
    if (scored > count || above > scored || has != (scored > 0)) ok = 0;
    if (has && !(lo <= mean && mean <= hi)) ok = 0;
    total += count;
  }
  CHECK(ok);
  CHECK(total == 552); /* every satker but KPU RI has a parent */
  CHECK_STR(zi_portfolio_scores_rollup_parent(s, 0), "KPU-11");
  CHECK(zi_portfolio_scores_rollup_parent(s, n) == NULL);
  CHECK_STATUS(zi_portfolio_scores_rollup(NULL, NULL, NULL, NULL, NULL, NULL, NULL, s, n), ZI_ERANGE);
  CHECK_STATUS(zi_portfolio_scores_rollup(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0), ZI_EINVALID);
  /* The threshold counts scores at or above it. */
  {
    zi_portfolio_scores *none = NULL, *every = NULL;
    zi_portfolio_score_options opts = ZI_PORTFOLIO_SCORE_OPTIONS_INIT;
    int32_t above = -1, scored = -1;
    opts.threshold = 101.0;
    CHECK_STATUS(zi_portfolio_score(&none, g_scored, D(2026, 7, 1), &opts), ZI_OK);
    opts.threshold = -1.0;
    CHECK_STATUS(zi_portfolio_score(&every, g_scored, D(2026, 7, 1), &opts), ZI_OK);
    zi_portfolio_scores_rollup(NULL, NULL, &above, NULL, NULL, NULL, NULL, none, 3);
    CHECK(above == 0);
    zi_portfolio_scores_rollup(NULL, &scored, &above, NULL, NULL, NULL, NULL, every, 3);
    CHECK(above == scored);
    zi_portfolio_scores_free(none);
    zi_portfolio_scores_free(every);
  }
  zi_portfolio_scores_free(s);
}

static void test_score_options_and_errors(void) {
  zi_portfolio_scores *s = (zi_portfolio_scores *)(uintptr_t)0x1;
  zi_portfolio_score_options opts = ZI_PORTFOLIO_SCORE_OPTIONS_INIT, init;
  zi_date below = {ZI_DATE_MIN_DAYS - 1};
  CHECK(opts.version == 1 && opts.late_credit == 0.5 && !opts.count_submitted && opts.threads == 0 &&
        opts.threshold == 75.0);
  memset(&init, 0x21, sizeof init);
  CHECK_STATUS(zi_portfolio_score_options_init(&init, 1), ZI_OK);
  CHECK(init.version == 1 && init.late_credit == 0.5 && !init.count_submitted && init.threads == 0 &&
        init.threshold == 75.0);
  CHECK_STATUS(zi_portfolio_score_options_init(&init, 0), ZI_EVERSION);
  CHECK_STATUS(zi_portfolio_score_options_init(&init, 2), ZI_EVERSION);
  CHECK_STATUS(zi_portfolio_score_options_init(NULL, 1), ZI_EINVALID);
  opts.late_credit = 2;
  CHECK_STATUS(zi_portfolio_score(&s, g_scored, D(2026, 7, 1), &opts), ZI_EINVALID);
  CHECK_MESSAGE_HAS("late_credit");
  CHECK(s == NULL);
  opts.late_credit = 0.5;
  opts.threads = 1025;
  CHECK_STATUS(zi_portfolio_score(&s, g_scored, D(2026, 7, 1), &opts), ZI_EINVALID);
  CHECK_MESSAGE_HAS("threads");
  opts.threads = 0;
  opts.version = 0;
  CHECK_STATUS(zi_portfolio_score(&s, g_scored, D(2026, 7, 1), &opts), ZI_EVERSION);
  CHECK_STATUS(zi_portfolio_score(&s, g_scored, below, NULL), ZI_ERANGE);
  CHECK_STATUS(zi_portfolio_score(&s, NULL, D(2026, 7, 1), NULL), ZI_EINVALID);
  CHECK_STATUS(zi_portfolio_score(NULL, g_scored, D(2026, 7, 1), NULL), ZI_EINVALID);
  /* count_submitted and late_credit change the numbers as they do for one plan. */
  {
    zi_portfolio_scores *base = score(g_scored, 1), *more = NULL;
    double a = 0, b = 0;
    opts.version = 1;
    opts.count_submitted = true;
    CHECK_STATUS(zi_portfolio_score(&more, g_scored, D(2026, 12, 31), &opts), ZI_OK);
    zi_portfolio_scores_get(&a, NULL, base, 1);
    zi_portfolio_scores_get(&b, NULL, more, 1);
    CHECK(a != b);
    zi_portfolio_scores_free(base);
    zi_portfolio_scores_free(more);
  }
  /* NULL objects. */
  CHECK(zi_portfolio_plan_count(NULL) == 0);
  CHECK(zi_portfolio_occurrence_count(NULL) == 0);
  CHECK(zi_portfolio_evidence_count(NULL) == 0);
  CHECK(zi_portfolio_unmatched_evidence(NULL) == 0);
  CHECK(zi_portfolio_satker(NULL, 0) == NULL);
  CHECK(zi_portfolio_scores_count(NULL) == 0);
  CHECK(zi_portfolio_scores_occurrences(NULL) == 0);
  CHECK(zi_portfolio_scores_component_count(NULL) == 0);
  CHECK(zi_portfolio_scores_rollup_count(NULL) == 0);
  CHECK(zi_portfolio_scores_rollup_parent(NULL, 0) == NULL);
  {
    zi_plan *plan = (zi_plan *)(uintptr_t)0x1;
    zi_diagnostics *d = (zi_diagnostics *)(uintptr_t)0x1;
    CHECK_STATUS(zi_portfolio_plan(&plan, NULL, 0), ZI_EINVALID);
    CHECK(plan == NULL);
    CHECK_STATUS(zi_portfolio_plan(NULL, g_plans, 0), ZI_EINVALID);
    CHECK_STATUS(zi_portfolio_diagnostics(&d, NULL, 0), ZI_EINVALID);
    CHECK(d == NULL);
    CHECK_STATUS(zi_portfolio_diagnostics(NULL, g_plans, 0), ZI_EINVALID);
  }
  zi_portfolio_free(NULL);
  zi_portfolio_scores_free(NULL);
}

/* ---- threads: one portfolio scored from several threads at once --------------------- */

enum { kThreads = 4, kRounds = 4 };

struct job {
  const zi_portfolio_scores *reference;
  int32_t threads;
  int ok;
};

static void *score_thread(void *arg) {
  struct job *job = (struct job *)arg;
  int r;
  job->ok = 1;
  for (r = 0; r < kRounds; ++r) {
    zi_portfolio_scores *s = score(g_scored, job->threads);
    if (!s || !same_results(s, job->reference)) job->ok = 0;
    zi_portfolio_scores_free(s);
  }
  return NULL;
}

static void test_concurrent_scoring(void) {
  zi_portfolio_scores *reference = score(g_scored, 1);
  pthread_t threads[kThreads];
  struct job jobs[kThreads];
  int t;
  for (t = 0; t < kThreads; ++t) {
    jobs[t].reference = reference;
    jobs[t].threads = 1 + t % 2; /* some calls spawn worker threads of their own */
    jobs[t].ok = 0;
    CHECK(pthread_create(&threads[t], NULL, score_thread, &jobs[t]) == 0);
  }
  for (t = 0; t < kThreads; ++t) {
    CHECK(pthread_join(threads[t], NULL) == 0);
    CHECK(jobs[t].ok);
  }
  zi_portfolio_scores_free(reference);
}

static void test_scores_outlive_the_portfolio(void) {
  zi_portfolio *p = NULL;
  zi_portfolio_scores *s;
  double x = -1;
  bool has = false;
  CHECK_STATUS(zi_portfolio_with_evidence(&p, g_plans, g_evidence), ZI_OK);
  s = score(p, 1);
  zi_portfolio_free(p);
  CHECK(zi_portfolio_scores_count(s) == 553);
  CHECK_STATUS(zi_portfolio_scores_get(&x, &has, s, 0), ZI_OK);
  CHECK(has && x > 0);
  CHECK(zi_portfolio_scores_rollup_parent(s, 0) != NULL);
  zi_portfolio_scores_free(s);
}

int main(void) {
  RUN(test_registry);
  RUN(test_synthetic_plan);
  RUN(test_compile_from_plans);
  RUN(test_compile_with_calendar);
  RUN(test_load_dir);
  build_workload();
  RUN(test_synthetic_portfolios);
  RUN(test_evidence_and_scope);
  RUN(test_bulk_equals_per_item);
  RUN(test_thread_count_does_not_matter);
  RUN(test_equals_score_plan);
  RUN(test_rollups);
  RUN(test_score_options_and_errors);
  RUN(test_concurrent_scoring);
  RUN(test_scores_outlive_the_portfolio);
  RUN(test_satker_update);
  RUN(test_without_plans);
  RUN(test_compile_source);
  zi_portfolio_free(g_scored);
  zi_portfolio_free(g_plans);
  zi_evidence_free(g_evidence);
  CHECK_MAIN_END();
}
