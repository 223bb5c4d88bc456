/* The public header compiled as strict C99 (-std=c99 -pedantic -Werror -Wall -Wextra
 * -Wstrict-prototypes ...; see tests/capi/CMakeLists.txt), the way a C embedder uses it.
 * zi.h comes first, so it must be self-contained; including it twice checks the guard. */
#include "zi/zi.h"
#include "zi/zi.h"

#include <stdio.h>

/* Every public type, option initialiser and constant is usable from C. */
static int uses_every_type(void) {
  zi_status status = ZI_OK;
  zi_date date = {0};
  zi_plan_load_options load = ZI_PLAN_LOAD_OPTIONS_INIT;
  zi_lint_options lint = ZI_LINT_OPTIONS_INIT;
  zi_plan *plan = NULL;
  const zi_component *component = NULL;
  const zi_aspect *aspect = NULL;
  const zi_activity *activity = NULL;
  const zi_indicator *indicator = NULL;
  const zi_note *note = NULL;
  const zi_source *source = NULL;
  const zi_satker *satker = NULL;
  const zi_decree *decree = NULL;
  const zi_due_policy *policy = NULL;
  zi_diagnostics *diagnostics = NULL;
  const zi_diagnostic *diagnostic = NULL;
  enum zi_status_code code = ZI_EUSER;
  enum zi_severity severity = ZI_SEVERITY_INFO;
  enum zi_note_kind kind = ZI_NOTE_DEFECT;
  enum zi_satker_level level = ZI_SATKER_KABKOTA;
  enum zi_time_zone zone = ZI_TIME_ZONE_WIT;
  enum zi_due_offset offset = ZI_DUE_OFFSET_DAY_OF_NEXT_MONTH;
  enum zi_convention convention = ZI_CONVENTION_UNADJUSTED;
  enum zi_source_column column = ZI_SOURCE_TARGET_CAPAIAN;
  char iso[ZI_DATE_ISO_SIZE];
  (void)component; (void)aspect; (void)activity; (void)indicator; (void)note; (void)source;
  (void)satker; (void)decree; (void)policy; (void)diagnostic;
  iso[0] = '\0';
  status = zi_date_from_ymd(&date, 2026, 8, 17);
  if (status == ZI_OK) status = zi_date_format_iso(iso, sizeof iso, NULL, date);
  if (status == ZI_OK) status = zi_plan_default(&plan);
  if (status == ZI_OK) status = zi_plan_lint(&diagnostics, plan, &lint);
  zi_diagnostics_free(diagnostics);
  zi_plan_free(plan);
  printf("%s %s %d %d %d %d %d %d %d %d %d\n", iso, zi_status_str(status), load.validate,
         (int)code, (int)severity, (int)kind, (int)level, (int)zone, (int)offset, (int)convention,
         (int)column);
  return status == ZI_OK ? 0 : 1;
}

/* ... and those of the deadline, evidence, scoring and portfolio modules (zi.h 0.2). */
static int uses_every_compliance_type(void) {
  zi_calendar_options calendar_options = ZI_CALENDAR_OPTIONS_INIT;
  zi_due_policy_options due = ZI_DUE_POLICY_OPTIONS_INIT;
  zi_scoring_policy policy = ZI_SCORING_POLICY_INIT;
  zi_agenda_options agenda = ZI_AGENDA_OPTIONS_INIT;
  zi_portfolio_options portfolio_options = ZI_PORTFOLIO_OPTIONS_INIT;
  zi_portfolio_score_options score_options = ZI_PORTFOLIO_SCORE_OPTIONS_INIT;
  zi_ical_options ical = ZI_ICAL_OPTIONS_INIT;
  zi_calendar *calendar = NULL;
  const zi_holiday *holiday = NULL;
  zi_schedule *schedule = NULL;
  zi_occurrences *occurrences = NULL;
  zi_evidence *evidence = NULL;
  zi_evidence_scope *scope = NULL;
  zi_report *report = NULL;
  zi_portfolio *portfolio = NULL;
  zi_portfolio_scores *scores = NULL;
  enum zi_holiday_kind kind = ZI_HOLIDAY_LIBUR_DAERAH;
  enum zi_schedule_family family = ZI_SCHEDULE_RRULE;
  enum zi_occurrence_column column = ZI_OCCURRENCE_ASSESSED;
  enum zi_occurrence_status occurrence_status = ZI_OCCURRENCE_OVERDUE;
  enum zi_evidence_status evidence_status = ZI_EVIDENCE_REJECTED;
  enum zi_report_level level = ZI_LEVEL_INDICATOR;
  enum zi_satker_registry registry = ZI_REGISTRY_SULTENG;
  zi_date as_of = {0};
  double score = 0;
  bool has_score = false;
  zi_status status = zi_date_from_ymd(&as_of, 2026, 7, 1);
  (void)holiday; (void)schedule; (void)occurrences; (void)evidence; (void)scope; (void)scores;
  if (status == ZI_OK) status = zi_calendar_default(&calendar, &calendar_options);
  if (status == ZI_OK) status = zi_portfolio_synthetic(&portfolio, NULL, 2, 1, calendar, &portfolio_options);
  if (status == ZI_OK) status = zi_portfolio_score(&scores, portfolio, as_of, &score_options);
  zi_portfolio_scores_free(scores);
  zi_portfolio_free(portfolio);
  zi_calendar_free(calendar);
  (void)report; (void)policy; (void)agenda; (void)score; (void)has_score; (void)ical;
  printf("%s %d %d %d %d %d %d %d %d %d\n", zi_status_str(status), (int)due.convention, (int)kind, (int)family,
         (int)column, (int)occurrence_status, (int)evidence_status, (int)level, (int)registry,
         (int)agenda.within_working_days);
  return status == ZI_OK ? 0 : 1;
}

/* The lke module's types, option initialisers and constants. */
static int uses_lke_types(void) {
  zi_lke_write_options write = ZI_LKE_WRITE_OPTIONS_INIT;
  zi_lke_score_options score = ZI_LKE_SCORE_OPTIONS_INIT;
  zi_lke_whatif_options whatif = ZI_LKE_WHATIF_OPTIONS_INIT;
  zi_lke_execution_summary summary = ZI_LKE_EXECUTION_SUMMARY_INIT;
  zi_lke_suggest_options suggest = ZI_LKE_SUGGEST_OPTIONS_INIT;
  zi_lke_rubric *rubric = NULL;
  const zi_lke_area *area = NULL;
  const zi_lke_subarea *subarea = NULL;
  const zi_lke_question *question = NULL;
  const zi_lke_option *option = NULL;
  const zi_lke_ratio *ratio = NULL;
  const zi_lke_hasil_item *hasil = NULL;
  const zi_lke_predicate *predicate = NULL;
  const zi_lke_criterion *criterion = NULL;
  zi_lke_answers *answers = NULL;
  zi_lke_score_result *result = NULL;
  const zi_lke_area_score *area_score = NULL;
  const zi_lke_subarea_score *subarea_score = NULL;
  const zi_lke_item_score *item_score = NULL;
  const zi_lke_hasil_score *hasil_score = NULL;
  const zi_lke_hasil_group_score *group_score = NULL;
  zi_lke_check_result *check = NULL;
  const zi_lke_criterion_result *row = NULL;
  zi_lke_whatif_result *what = NULL;
  const zi_lke_whatif_step *step = NULL;
  zi_lke_suggestions *suggestions = NULL;
  const zi_lke_suggestion *suggestion = NULL;
  zi_lke_batch_result *batch = NULL;
  const zi_lke_answers *sets[1];
  enum zi_lke_half half = ZI_LKE_REFORM;
  enum zi_lke_answer_kind kind = ZI_LKE_ANSWER_NUMBER;
  enum zi_lke_layer layer = ZI_LKE_LAYER_TPI;
  enum zi_lke_zero_policy policy = ZI_LKE_ZERO_IS_UNANSWERED;
  enum zi_lke_format format = ZI_LKE_FORMAT_CSV;
  enum zi_lke_item_kind item = ZI_LKE_ITEM_RATIO;
  enum zi_lke_formula formula = ZI_LKE_FORMULA_REDUCTION;
  enum zi_lke_measure measure = ZI_LKE_MEASURE_PRIOR;
  uint8_t passes[1] = {0};
  zi_status status;
  (void)area; (void)subarea; (void)question; (void)option; (void)ratio; (void)hasil; (void)predicate;
  (void)criterion; (void)area_score; (void)subarea_score; (void)item_score; (void)hasil_score;
  (void)group_score; (void)row; (void)step; (void)suggestion;
  status = zi_lke_rubric_default(&rubric);
  if (status == ZI_OK) status = zi_lke_answers_new(&answers, rubric, "KPU-72", 2026);
  if (status == ZI_OK) status = zi_lke_score(&result, rubric, answers, &score);
  if (status == ZI_OK) status = zi_lke_check(&check, rubric, result, "wbk");
  if (status == ZI_OK) status = zi_lke_whatif(&what, rubric, answers, "wbk", &score, &whatif);
  if (status == ZI_OK) status = zi_lke_suggest(&suggestions, rubric, &summary, &suggest);
  sets[0] = answers;
  if (status == ZI_OK) status = zi_lke_score_batch(&batch, rubric, sets, 1, &score, 1);
  if (status == ZI_OK) status = zi_lke_batch_result_passes(passes, 1, NULL, batch, "wbk");
  zi_lke_batch_result_free(batch);
  zi_lke_suggestions_free(suggestions);
  zi_lke_whatif_result_free(what);
  zi_lke_check_result_free(check);
  zi_lke_score_result_free(result);
  zi_lke_answers_free(answers);
  zi_lke_rubric_free(rubric);
  printf("%s %d %d %d %d %d %d %d %d %d %d\n", zi_status_str(status), (int)write.format, (int)half, (int)kind,
         (int)layer, (int)policy, (int)format, (int)item, (int)formula, (int)measure, (int)passes[0]);
  return status == ZI_OK ? 0 : 1;
}

int main(void) {
  if (zi_version_number() != ZI_VERSION_NUMBER || zi_abi_version() != ZI_ABI_VERSION) {
    fprintf(stderr, "header %s, library %s\n", ZI_VERSION_STRING, zi_version_string());
    return 1;
  }
  return uses_every_type() || uses_every_compliance_type() || uses_lke_types();
}
