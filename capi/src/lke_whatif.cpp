// MODULE: lke. The what-if search and the answers suggested by plan execution.
#include <cstddef>
#include <cstring>
#include <memory>
#include <string>

#include "compliance_internal.hpp"
#include "lke_handles.hpp"
#include "zi/base/date.hpp"
#include "zi/io/lke_json.hpp"
#include "zi/io/report_json.hpp"
#include "zi/lke/plan_execution.hpp"

namespace zi::capi {
namespace {

// The bytes of a version-1 zi_lke_whatif_options: a caller built against 0.2 passes a
// struct that ends there, so nothing past it is read or written.
constexpr size_t kWhatIfOptionsV1Size = offsetof(zi_lke_whatif_options, locked_count);

zi_status ReadWhatIfOptions(const zi_lke_whatif_options* opts, LkeWhatIfOptions* out) {
  if (!opts) return ZI_OK;
  if (zi_status s = CheckVersion(opts->version, ZI_LKE_WHATIF_OPTIONS_VERSION, "zi_lke_whatif_options")) return s;
  if (opts->max_steps < 0) {  // version 1
    return Fail(ZI_EINVALID, "max_steps harus >= 0, bukan " + std::to_string(opts->max_steps));
  }
  out->max_steps = opts->max_steps;
  if (opts->version < 2) return ZI_OK;
  // version 2
  if (opts->locked_count > 0 && !opts->locked) {
    return Fail(ZI_EINVALID, "locked tidak boleh NULL bila locked_count " + std::to_string(opts->locked_count));
  }
  for (size_t i = 0; i < opts->locked_count; ++i) {
    if (!opts->locked[i]) return Fail(ZI_EINVALID, "locked[" + std::to_string(i) + "] tidak boleh NULL");
    out->locked.emplace_back(opts->locked[i]);
  }
  out->include_external = opts->include_external;
  return ZI_OK;
}

// The parallel arrays of a summary map: `count` entries, both arrays given, no NULL key.
zi_status CheckArrays(size_t count, const void* keys, const void* values, const char* name) {
  if (count > 0 && (!keys || !values)) {
    return Fail(ZI_EINVALID, std::string(name) + ": array tidak boleh NULL bila jumlahnya " +
                                 std::to_string(count));
  }
  return ZI_OK;
}

zi_status ReadSummary(const zi_lke_execution_summary* in, PlanExecutionSummary* out) {
  if (zi_status s = CheckVersion(in->version, ZI_LKE_EXECUTION_SUMMARY_VERSION, "zi_lke_execution_summary")) {
    return s;
  }
  // version 1
  if (in->has_as_of) {
    if (in->as_of.days < ZI_DATE_MIN_DAYS || in->as_of.days > ZI_DATE_MAX_DAYS) {
      return Fail(ZI_ERANGE, "as_of " + std::to_string(in->as_of.days) +
                                 " (hari sejak 1970-01-01) di luar 0001-01-01..9999-12-31");
    }
    out->as_of = Date::FromDays(in->as_of.days);
  }
  out->occurrences_due = in->occurrences_due;
  out->done = in->done;
  out->done_late = in->done_late;
  if (zi_status s = CheckArrays(in->family_count, in->family_questions, in->families, "families")) return s;
  for (size_t i = 0; i < in->family_count; ++i) {
    if (!in->family_questions[i] || !in->families[i]) {
      return Fail(ZI_EINVALID, "entri families " + std::to_string(i) + ": pertanyaan dan keluarga jadwal tidak boleh NULL");
    }
    out->schedule_family_by_lke_question[in->family_questions[i]] = in->families[i];
  }
  if (zi_status s = CheckArrays(in->per_year_count, in->per_year_questions, in->per_year, "per_year")) return s;
  for (size_t i = 0; i < in->per_year_count; ++i) {
    if (!in->per_year_questions[i]) {
      return Fail(ZI_EINVALID, "entri per_year " + std::to_string(i) + ": pertanyaan tidak boleh NULL");
    }
    out->occurrences_per_year_by_lke_question[in->per_year_questions[i]] = in->per_year[i];
  }
  return ZI_OK;
}

// SuggestLkeAnswers on a summary, as a new list in *out (zi_lke_suggest and
// zi_lke_suggest_from_report): checks the options (NULL = defaults) first.
zi_status Suggest(zi_lke_suggestions** out, const zi_lke_rubric* rubric, const PlanExecutionSummary& summary,
                  const zi_lke_suggest_options* opts) {
  LkeSuggestOptions options;
  if (opts) {
    if (zi_status st = CheckVersion(opts->version, ZI_LKE_SUGGEST_OPTIONS_VERSION, "zi_lke_suggest_options")) {
      return st;
    }
    options.count_late_as_done = opts->count_late_as_done;  // version 1
  }
  absl::StatusOr<std::vector<LkeSuggestion>> list = SuggestLkeAnswers(unwrap(rubric)->rubric, summary, options);
  if (!list.ok()) return FromStatus(list.status());
  *out = wrap(new SuggestionList{*std::move(list)});
  return ZI_OK;
}

const LkeWhatIfResult* ResultOf(const zi_lke_whatif_result* r) { return r ? &unwrap(r)->result : nullptr; }

}  // namespace
}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

extern "C" {

// ---- what-if -------------------------------------------------------------------------------

ZI_API zi_status zi_lke_whatif_options_init(zi_lke_whatif_options* opts, uint32_t version) noexcept {
  static const zi_lke_whatif_options kDefaults = ZI_LKE_WHATIF_OPTIONS_INIT;
  return zi::capi::InitVersionedGrown(opts, version, kDefaults, zi::capi::kWhatIfOptionsV1Size, "opts",
                                      "zi_lke_whatif_options");
}

ZI_API zi_status zi_lke_whatif(zi_lke_whatif_result** out, const zi_lke_rubric* rubric, const zi_lke_answers* answers,
                               const char* predicate, const zi_lke_score_options* score_opts,
                               const zi_lke_whatif_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!rubric) return zi::capi::NullArgument("rubric");
    if (!answers) return zi::capi::NullArgument("answers");
    if (!predicate) return zi::capi::NullArgument("predicate");
    zi::LkeWhatIfOptions options;
    if (zi_status s = zi::capi::ReadScoreOptions(score_opts, &options.score)) return s;
    if (zi_status s = zi::capi::ReadWhatIfOptions(opts, &options)) return s;
    const zi::Rubric& r = unwrap(rubric)->rubric;
    absl::StatusOr<zi::LkeWhatIfResult> result = zi::LkeWhatIf(r, unwrap(answers)->set, predicate, options);
    if (!result.ok()) return zi::capi::FromStatus(result.status());
    *out = wrap(new zi::capi::WhatIfHandle{r, *std::move(result)});
    return ZI_OK;
  });
}

ZI_API void zi_lke_whatif_result_free(zi_lke_whatif_result* result) noexcept { delete unwrap(result); }

ZI_API zi_status zi_lke_whatif_result_to_json(char** json_out, size_t* len_out,
                                              const zi_lke_whatif_result* result) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!result) return zi::capi::NullArgument("result");
    const std::string json = zi::WriteLkeWhatIfJson(unwrap(result)->result);
    return zi::capi::GiveString(json_out, len_out, json);
  });
}

ZI_API zi_status zi_lke_whatif_result_answers(zi_lke_answers** out, const zi_lke_whatif_result* result) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!result) return zi::capi::NullArgument("result");
    const zi::capi::WhatIfHandle& h = *unwrap(result);
    *out = wrap(new zi::capi::AnswersHandle{h.rubric, h.result.answers});
    return ZI_OK;
  });
}

ZI_API const char* zi_lke_whatif_result_predicate(const zi_lke_whatif_result* r) noexcept {
  return r ? unwrap(r)->result.predicate.c_str() : nullptr;
}
ZI_API bool zi_lke_whatif_result_reached(const zi_lke_whatif_result* r) noexcept { return r && unwrap(r)->result.reached; }
ZI_API bool zi_lke_whatif_result_step_limit(const zi_lke_whatif_result* r) noexcept {
  return r && unwrap(r)->result.step_limit;
}
ZI_API size_t zi_lke_whatif_result_step_count(const zi_lke_whatif_result* r) noexcept {
  return r ? unwrap(r)->result.steps.size() : 0;
}
ZI_API const zi_lke_whatif_step* zi_lke_whatif_result_step(const zi_lke_whatif_result* r, size_t index) noexcept {
  return r ? wrap(zi::capi::At(unwrap(r)->result.steps, index)) : nullptr;
}
ZI_API const zi_lke_check_result* zi_lke_whatif_result_before(const zi_lke_whatif_result* r) noexcept {
  return r ? wrap(&unwrap(r)->result.before) : nullptr;
}
ZI_API const zi_lke_check_result* zi_lke_whatif_result_after(const zi_lke_whatif_result* r) noexcept {
  return r ? wrap(&unwrap(r)->result.after) : nullptr;
}
ZI_API size_t zi_lke_whatif_result_unfixable_count(const zi_lke_whatif_result* r) noexcept {
  return r ? unwrap(r)->result.unfixable.size() : 0;
}
ZI_API const char* zi_lke_whatif_result_unfixable(const zi_lke_whatif_result* r, size_t index) noexcept {
  const zi::LkeWhatIfResult* x = zi::capi::ResultOf(r);
  return x ? zi::capi::StringAt(x->unfixable, index) : nullptr;
}
ZI_API size_t zi_lke_whatif_result_reason_count(const zi_lke_whatif_result* r) noexcept {
  return r ? unwrap(r)->result.reasons.size() : 0;
}
ZI_API const char* zi_lke_whatif_result_reason(const zi_lke_whatif_result* r, size_t index) noexcept {
  const zi::LkeWhatIfResult* x = zi::capi::ResultOf(r);
  return x ? zi::capi::StringAt(x->reasons, index) : nullptr;
}
ZI_API size_t zi_lke_whatif_result_to_fill_count(const zi_lke_whatif_result* r) noexcept {
  return r ? unwrap(r)->result.to_fill.size() : 0;
}
ZI_API const char* zi_lke_whatif_result_to_fill(const zi_lke_whatif_result* r, size_t index) noexcept {
  const zi::LkeWhatIfResult* x = zi::capi::ResultOf(r);
  return x ? zi::capi::StringAt(x->to_fill, index) : nullptr;
}

ZI_API int32_t zi_lke_whatif_step_rank(const zi_lke_whatif_step* s) noexcept {
  return s ? static_cast<int32_t>(unwrap(s)->rank) : 0;
}
ZI_API const char* zi_lke_whatif_step_question(const zi_lke_whatif_step* s) noexcept {
  return s ? unwrap(s)->question.c_str() : nullptr;
}
ZI_API const char* zi_lke_whatif_step_subarea(const zi_lke_whatif_step* s) noexcept {
  return s ? unwrap(s)->subarea.c_str() : nullptr;
}
ZI_API const char* zi_lke_whatif_step_from(const zi_lke_whatif_step* s) noexcept {
  return s ? unwrap(s)->from.c_str() : nullptr;
}
ZI_API const char* zi_lke_whatif_step_to(const zi_lke_whatif_step* s) noexcept { return s ? unwrap(s)->to.c_str() : nullptr; }
ZI_API double zi_lke_whatif_step_gain(const zi_lke_whatif_step* s) noexcept { return s ? unwrap(s)->gain : 0.0; }
ZI_API double zi_lke_whatif_step_points(const zi_lke_whatif_step* s) noexcept { return s ? unwrap(s)->points : 0.0; }
ZI_API const char* zi_lke_whatif_step_text(const zi_lke_whatif_step* s) noexcept {
  return s ? unwrap(s)->text.c_str() : nullptr;
}
ZI_API size_t zi_lke_whatif_result_locked_count(const zi_lke_whatif_result* r) noexcept {
  return r ? unwrap(r)->result.locked.size() : 0;
}
ZI_API const char* zi_lke_whatif_result_locked(const zi_lke_whatif_result* r, size_t index) noexcept {
  const zi::LkeWhatIfResult* x = zi::capi::ResultOf(r);
  return x ? zi::capi::StringAt(x->locked, index) : nullptr;
}
ZI_API const char* zi_lke_rubric_measured_by(const zi_lke_rubric* rubric, const char* id) noexcept {
  if (!rubric || !id) return nullptr;
  const std::optional<zi::LkeMeasuredBy> m = unwrap(rubric)->rubric.MeasuredBy(id);
  return m ? zi::ToString(*m).data() : nullptr;  // static literals, NUL-terminated
}

// ---- suggestions -----------------------------------------------------------------------------

ZI_API zi_status zi_lke_execution_summary_init(zi_lke_execution_summary* summary, uint32_t version) noexcept {
  static const zi_lke_execution_summary kDefaults = ZI_LKE_EXECUTION_SUMMARY_INIT;
  return zi::capi::InitVersioned(summary, version, kDefaults, "summary", "zi_lke_execution_summary");
}

ZI_API zi_status zi_lke_suggest_options_init(zi_lke_suggest_options* opts, uint32_t version) noexcept {
  static const zi_lke_suggest_options kDefaults = ZI_LKE_SUGGEST_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_lke_suggest_options");
}

ZI_API zi_status zi_lke_suggest(zi_lke_suggestions** out, const zi_lke_rubric* rubric,
                                const zi_lke_execution_summary* summary, const zi_lke_suggest_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!rubric) return zi::capi::NullArgument("rubric");
    if (!summary) return zi::capi::NullArgument("summary");
    zi::PlanExecutionSummary s;
    if (zi_status st = zi::capi::ReadSummary(summary, &s)) return st;
    return zi::capi::Suggest(out, rubric, s, opts);
  });
}

ZI_API zi_status zi_lke_suggest_from_report(zi_lke_suggestions** out, const zi_lke_rubric* rubric,
                                            const zi_report* report, const zi_lke_suggest_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!rubric) return zi::capi::NullArgument("rubric");
    if (!report) return zi::capi::NullArgument("report");
    return zi::capi::Suggest(out, rubric, zi::SummarizePlanExecution(unwrap(report)->report), opts);
  });
}

ZI_API void zi_lke_suggestions_free(zi_lke_suggestions* suggestions) noexcept { delete unwrap(suggestions); }
ZI_API size_t zi_lke_suggestions_count(const zi_lke_suggestions* s) noexcept { return s ? unwrap(s)->items.size() : 0; }
ZI_API const zi_lke_suggestion* zi_lke_suggestions_get(const zi_lke_suggestions* s, size_t index) noexcept {
  return s ? wrap(zi::capi::At(unwrap(s)->items, index)) : nullptr;
}
ZI_API const char* zi_lke_suggestion_question(const zi_lke_suggestion* s) noexcept {
  return s ? unwrap(s)->question.c_str() : nullptr;
}
ZI_API const char* zi_lke_suggestion_answer(const zi_lke_suggestion* s) noexcept {
  return s ? unwrap(s)->answer.choice.c_str() : nullptr;
}
ZI_API const char* zi_lke_suggestion_rule(const zi_lke_suggestion* s) noexcept { return s ? unwrap(s)->rule.c_str() : nullptr; }
ZI_API const char* zi_lke_suggestion_reason(const zi_lke_suggestion* s) noexcept {
  return s ? unwrap(s)->reason.c_str() : nullptr;
}

ZI_API zi_status zi_lke_suggestions_apply(zi_lke_answers** out, size_t* changed_out, const zi_lke_answers* answers,
                                          const zi_lke_suggestions* suggestions, int32_t layer) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (changed_out) *changed_out = 0;
    if (!answers) return zi::capi::NullArgument("answers");
    if (!suggestions) return zi::capi::NullArgument("suggestions");
    zi::LkeLayer l;
    if (zi_status s = zi::capi::ToLayer(layer, &l)) return s;
    const zi::capi::AnswersHandle& a = *unwrap(answers);
    absl::StatusOr<zi::LkeAppliedSuggestions> applied =
        zi::ApplyLkeSuggestions(a.rubric, a.set, unwrap(suggestions)->items, l);
    if (!applied.ok()) return zi::capi::FromStatus(applied.status());
    size_t changed = 0;
    for (const zi::LkeSuggestionChange& c : applied->changes) changed += c.changed ? 1 : 0;
    *out = wrap(new zi::capi::AnswersHandle{a.rubric, std::move(applied->answers)});
    if (changed_out) *changed_out = changed;
    return ZI_OK;
  });
}

ZI_API zi_status zi_lke_suggestions_to_json(char** json_out, size_t* len_out, const zi_lke_suggestions* suggestions,
                                            zi_date as_of, const char* satker) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!suggestions) return zi::capi::NullArgument("suggestions");
    if (!satker) return zi::capi::NullArgument("satker");
    if (!zi::capi::DateInRange(as_of.days)) return zi::capi::DateOutOfRange("as_of", as_of.days);
    return zi::capi::GiveString(json_out, len_out,
                                zi::WriteLkeSuggestionsJson(unwrap(suggestions)->items,
                                                            zi::Date::FromDays(as_of.days), satker));
  });
}

}  // extern "C"
