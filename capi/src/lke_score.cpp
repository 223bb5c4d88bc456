// MODULE: lke. Scoring one answer set or many (the portfolio batch), and the WBK/WBBM check.
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <string>

#include "lke_handles.hpp"
#include "zi/lke/batch.hpp"
#include "zi/io/lke_json.hpp"

namespace zi::capi {

// ---- shared helpers ----------------------------------------------------------------------

zi_status ToLayer(int32_t layer, LkeLayer* out) noexcept {
  if (const std::optional<LkeLayer> l = FromC<LkeLayer>(layer)) {
    *out = *l;
    return ZI_OK;
  }
  try {
    return Fail(ZI_EINVALID, "layer harus ZI_LKE_LAYER_UNIT (0) atau ZI_LKE_LAYER_TPI (1), bukan " +
                                 std::to_string(layer));
  } catch (...) {
    return Fail(ZI_EINVALID, "layer tidak dikenal");
  }
}

zi_status ReadScoreOptions(const zi_lke_score_options* opts, LkeScoreOptions* out) {
  if (!opts) return ZI_OK;
  if (zi_status s = CheckVersion(opts->version, ZI_LKE_SCORE_OPTIONS_VERSION, "zi_lke_score_options")) return s;
  // version 1
  if (zi_status s = ToLayer(opts->layer, &out->layer)) return s;
  if (opts->zero_denominator == ZI_LKE_ZERO_DEFAULT) {
    out->zero_denominator.reset();
  } else if (auto policy = FromC<ZeroDenominatorPolicy>(opts->zero_denominator)) {
    out->zero_denominator = *policy;
  } else {
    return Fail(ZI_EINVALID, "zero_denominator harus salah satu ZI_LKE_ZERO_* (0..3), bukan " +
                                 std::to_string(opts->zero_denominator));
  }
  const size_t n = opts->ratio_alternative_count;
  if (n > 0 && (!opts->ratio_ids || !opts->alternative_ids)) {
    return Fail(ZI_EINVALID, "ratio_ids dan alternative_ids tidak boleh NULL bila ratio_alternative_count " +
                                 std::to_string(n));
  }
  for (size_t i = 0; i < n; ++i) {
    if (!opts->ratio_ids[i] || !opts->alternative_ids[i]) {
      return Fail(ZI_EINVALID, "alternatif rasio " + std::to_string(i) + ": id rasio dan id alternatif "
                                                                          "tidak boleh NULL");
    }
    out->ratio_alternatives[opts->ratio_ids[i]] = opts->alternative_ids[i];
  }
  return ZI_OK;
}

namespace {

const LkeHalfScore* HalfOf(const zi_lke_area_score* area, int32_t half) {
  if (!area) return nullptr;
  switch (HalfIndex(half)) {
    case 0: return &unwrap(area)->pemenuhan;
    case 1: return &unwrap(area)->reform;
    default: return nullptr;
  }
}

// One column of a batch: `value` of each scored slot, `missing` for a failed one.
template <typename T, typename F>
zi_status Column(T* buf, size_t size, size_t* count_out, const zi_lke_batch_result* batch, T missing, F value) {
  if (!batch) return NullArgument("batch");
  if (!buf && size > 0) return NullArgument("buf (bila size > 0)");
  const auto& results = unwrap(batch)->results;
  if (count_out) *count_out = results.size();
  const size_t n = size < results.size() ? size : results.size();
  for (size_t i = 0; i < n; ++i) buf[i] = results[i].ok() ? value(*results[i]) : missing;
  return ZI_OK;
}

const LkeEvaluation* Slot(const zi_lke_batch_result* batch, size_t index) {
  if (!batch) return nullptr;
  const auto& results = unwrap(batch)->results;
  return index < results.size() && results[index].ok() ? &*results[index] : nullptr;
}

}  // namespace
}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

extern "C" {

// ---- scoring -------------------------------------------------------------------------------

ZI_API zi_status zi_lke_score_options_init(zi_lke_score_options* opts, uint32_t version) noexcept {
  static const zi_lke_score_options kDefaults = ZI_LKE_SCORE_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_lke_score_options");
}

ZI_API zi_status zi_lke_score(zi_lke_score_result** out, const zi_lke_rubric* rubric, const zi_lke_answers* answers,
                              const zi_lke_score_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!rubric) return zi::capi::NullArgument("rubric");
    if (!answers) return zi::capi::NullArgument("answers");
    zi::LkeScoreOptions options;
    if (zi_status s = zi::capi::ReadScoreOptions(opts, &options)) return s;
    absl::StatusOr<zi::LkeScore> score = zi::ScoreLke(unwrap(rubric)->rubric, unwrap(answers)->set, options);
    if (!score.ok()) return zi::capi::FromStatus(score.status());
    *out = wrap(new zi::LkeScore(*std::move(score)));
    return ZI_OK;
  });
}

ZI_API void zi_lke_score_result_free(zi_lke_score_result* score) noexcept { delete unwrap(score); }

ZI_API zi_status zi_lke_score_result_to_json(char** json_out, size_t* len_out, const zi_lke_score_result* score) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!score) return zi::capi::NullArgument("score");
    return zi::capi::GiveString(json_out, len_out, zi::WriteLkeScoreJson(*unwrap(score)));
  });
}

ZI_API const char* zi_lke_score_result_satker(const zi_lke_score_result* s) noexcept {
  return s ? unwrap(s)->satker.c_str() : nullptr;
}
ZI_API int32_t zi_lke_score_result_year(const zi_lke_score_result* s) noexcept {
  return s ? static_cast<int32_t>(unwrap(s)->year) : 0;
}
ZI_API const char* zi_lke_score_result_rubric_id(const zi_lke_score_result* s) noexcept {
  return s ? unwrap(s)->rubric.c_str() : nullptr;
}
ZI_API int32_t zi_lke_score_result_layer(const zi_lke_score_result* s) noexcept {
  return s ? zi::capi::ToC(unwrap(s)->layer) : -1;
}
ZI_API int32_t zi_lke_score_result_zero_denominator(const zi_lke_score_result* s) noexcept {
  return s ? zi::capi::ToC(unwrap(s)->zero_denominator) : -1;
}
ZI_API bool zi_lke_score_result_prior_wbk(const zi_lke_score_result* s) noexcept { return s && unwrap(s)->prior_wbk; }
ZI_API double zi_lke_score_result_total(const zi_lke_score_result* s) noexcept { return s ? unwrap(s)->total : 0.0; }
ZI_API double zi_lke_score_result_pengungkit(const zi_lke_score_result* s) noexcept {
  return s ? unwrap(s)->pengungkit : 0.0;
}
ZI_API double zi_lke_score_result_hasil(const zi_lke_score_result* s) noexcept { return s ? unwrap(s)->hasil : 0.0; }
ZI_API double zi_lke_score_result_pemenuhan(const zi_lke_score_result* s) noexcept {
  return s ? unwrap(s)->pemenuhan : 0.0;
}
ZI_API double zi_lke_score_result_reform(const zi_lke_score_result* s) noexcept { return s ? unwrap(s)->reform : 0.0; }
ZI_API size_t zi_lke_score_result_answered(const zi_lke_score_result* s) noexcept {
  return s ? static_cast<size_t>(unwrap(s)->answered) : 0;
}
ZI_API size_t zi_lke_score_result_scored_items(const zi_lke_score_result* s) noexcept {
  return s ? static_cast<size_t>(unwrap(s)->scored_items) : 0;
}
ZI_API size_t zi_lke_score_result_unanswered_count(const zi_lke_score_result* s) noexcept {
  return s ? unwrap(s)->unanswered.size() : 0;
}
ZI_API const char* zi_lke_score_result_unanswered(const zi_lke_score_result* s, size_t index) noexcept {
  return s ? zi::capi::StringAt(unwrap(s)->unanswered, index) : nullptr;
}
ZI_API size_t zi_lke_score_result_area_count(const zi_lke_score_result* s) noexcept {
  return s ? unwrap(s)->areas.size() : 0;
}
ZI_API const zi_lke_area_score* zi_lke_score_result_area(const zi_lke_score_result* s, size_t index) noexcept {
  return s ? wrap(zi::capi::At(unwrap(s)->areas, index)) : nullptr;
}
ZI_API const zi_lke_area_score* zi_lke_score_result_find_area(const zi_lke_score_result* s, const char* code) noexcept {
  return s && code ? wrap(unwrap(s)->FindArea(code)) : nullptr;
}
ZI_API const zi_lke_subarea_score* zi_lke_score_result_find_subarea(const zi_lke_score_result* s,
                                                                    const char* id) noexcept {
  return s && id ? wrap(unwrap(s)->FindSubarea(id)) : nullptr;
}
ZI_API size_t zi_lke_score_result_hasil_item_count(const zi_lke_score_result* s) noexcept {
  return s ? unwrap(s)->hasil_items.size() : 0;
}
ZI_API const zi_lke_hasil_score* zi_lke_score_result_hasil_item(const zi_lke_score_result* s, size_t index) noexcept {
  return s ? wrap(zi::capi::At(unwrap(s)->hasil_items, index)) : nullptr;
}
ZI_API size_t zi_lke_score_result_hasil_group_count(const zi_lke_score_result* s) noexcept {
  return s ? unwrap(s)->hasil_groups.size() : 0;
}
ZI_API const zi_lke_hasil_group_score* zi_lke_score_result_hasil_group(const zi_lke_score_result* s,
                                                                       size_t index) noexcept {
  return s ? wrap(zi::capi::At(unwrap(s)->hasil_groups, index)) : nullptr;
}
ZI_API size_t zi_lke_score_result_diagnostic_count(const zi_lke_score_result* s) noexcept {
  return s ? unwrap(s)->diagnostics.size() : 0;
}
ZI_API const zi_diagnostic* zi_lke_score_result_diagnostic(const zi_lke_score_result* s, size_t index) noexcept {
  return s ? wrap(zi::capi::At(unwrap(s)->diagnostics, index)) : nullptr;
}

// ---- parts of a score ------------------------------------------------------------------------

ZI_API const char* zi_lke_area_score_code(const zi_lke_area_score* a) noexcept { return a ? unwrap(a)->code.c_str() : nullptr; }
ZI_API const char* zi_lke_area_score_name(const zi_lke_area_score* a) noexcept { return a ? unwrap(a)->name.c_str() : nullptr; }
ZI_API double zi_lke_area_score_weight(const zi_lke_area_score* a) noexcept { return a ? unwrap(a)->weight : 0.0; }
ZI_API double zi_lke_area_score_pemenuhan(const zi_lke_area_score* a) noexcept {
  return a ? unwrap(a)->pemenuhan.score : 0.0;
}
ZI_API double zi_lke_area_score_reform(const zi_lke_area_score* a) noexcept { return a ? unwrap(a)->reform.score : 0.0; }
ZI_API double zi_lke_area_score_total(const zi_lke_area_score* a) noexcept { return a ? unwrap(a)->score : 0.0; }
ZI_API double zi_lke_area_score_fraction(const zi_lke_area_score* a) noexcept { return a ? unwrap(a)->fraction : 0.0; }
ZI_API double zi_lke_area_score_percent(const zi_lke_area_score* a) noexcept {
  return a ? unwrap(a)->fraction * 100.0 : 0.0;
}
ZI_API size_t zi_lke_area_score_answered(const zi_lke_area_score* a) noexcept {
  return a ? static_cast<size_t>(unwrap(a)->answered) : 0;
}
ZI_API size_t zi_lke_area_score_item_total(const zi_lke_area_score* a) noexcept {
  return a ? static_cast<size_t>(unwrap(a)->total) : 0;
}
ZI_API size_t zi_lke_area_score_subarea_count(const zi_lke_area_score* a, int32_t half) noexcept {
  const zi::LkeHalfScore* h = zi::capi::HalfOf(a, half);
  return h ? h->subareas.size() : 0;
}
ZI_API const zi_lke_subarea_score* zi_lke_area_score_subarea(const zi_lke_area_score* a, int32_t half,
                                                             size_t index) noexcept {
  const zi::LkeHalfScore* h = zi::capi::HalfOf(a, half);
  return h ? wrap(zi::capi::At(h->subareas, index)) : nullptr;
}

ZI_API const char* zi_lke_subarea_score_id(const zi_lke_subarea_score* s) noexcept { return s ? unwrap(s)->id.c_str() : nullptr; }
ZI_API const char* zi_lke_subarea_score_name(const zi_lke_subarea_score* s) noexcept {
  return s ? unwrap(s)->name.c_str() : nullptr;
}
ZI_API const char* zi_lke_subarea_score_parent(const zi_lke_subarea_score* s) noexcept {
  return s ? unwrap(s)->parent.c_str() : nullptr;
}
ZI_API double zi_lke_subarea_score_weight(const zi_lke_subarea_score* s) noexcept { return s ? unwrap(s)->weight : 0.0; }
ZI_API double zi_lke_subarea_score_mean(const zi_lke_subarea_score* s) noexcept { return s ? unwrap(s)->mean : 0.0; }
ZI_API double zi_lke_subarea_score_score(const zi_lke_subarea_score* s) noexcept { return s ? unwrap(s)->score : 0.0; }
ZI_API size_t zi_lke_subarea_score_answered(const zi_lke_subarea_score* s) noexcept {
  return s ? static_cast<size_t>(unwrap(s)->answered) : 0;
}
ZI_API size_t zi_lke_subarea_score_item_total(const zi_lke_subarea_score* s) noexcept {
  return s ? static_cast<size_t>(unwrap(s)->total) : 0;
}
ZI_API size_t zi_lke_subarea_score_item_count(const zi_lke_subarea_score* s) noexcept {
  return s ? unwrap(s)->items.size() : 0;
}
ZI_API const zi_lke_item_score* zi_lke_subarea_score_item(const zi_lke_subarea_score* s, size_t index) noexcept {
  return s ? wrap(zi::capi::At(unwrap(s)->items, index)) : nullptr;
}

ZI_API const char* zi_lke_item_score_id(const zi_lke_item_score* i) noexcept { return i ? unwrap(i)->id.c_str() : nullptr; }
ZI_API int32_t zi_lke_item_score_kind(const zi_lke_item_score* i) noexcept {
  if (!i) return -1;
  return zi::capi::ToC(unwrap(i)->kind);
}
ZI_API bool zi_lke_item_score_answered(const zi_lke_item_score* i) noexcept { return i && unwrap(i)->answered; }
ZI_API double zi_lke_item_score_value(const zi_lke_item_score* i) noexcept { return i ? unwrap(i)->value : 0.0; }
ZI_API const char* zi_lke_item_score_answer(const zi_lke_item_score* i) noexcept {
  return i ? unwrap(i)->answer.c_str() : nullptr;
}
ZI_API double zi_lke_item_score_numerator(const zi_lke_item_score* i) noexcept { return i ? unwrap(i)->numerator : 0.0; }
ZI_API double zi_lke_item_score_denominator(const zi_lke_item_score* i) noexcept {
  return i ? unwrap(i)->denominator : 0.0;
}

ZI_API const char* zi_lke_hasil_score_id(const zi_lke_hasil_score* h) noexcept { return h ? unwrap(h)->id.c_str() : nullptr; }
ZI_API const char* zi_lke_hasil_score_name(const zi_lke_hasil_score* h) noexcept { return h ? unwrap(h)->name.c_str() : nullptr; }
ZI_API const char* zi_lke_hasil_score_group(const zi_lke_hasil_score* h) noexcept {
  return h ? unwrap(h)->group.c_str() : nullptr;
}
ZI_API double zi_lke_hasil_score_weight(const zi_lke_hasil_score* h) noexcept { return h ? unwrap(h)->weight : 0.0; }
ZI_API bool zi_lke_hasil_score_answered(const zi_lke_hasil_score* h) noexcept { return h && unwrap(h)->answered; }
ZI_API const char* zi_lke_hasil_score_answer(const zi_lke_hasil_score* h) noexcept {
  return h ? unwrap(h)->answer.c_str() : nullptr;
}
ZI_API double zi_lke_hasil_score_value(const zi_lke_hasil_score* h) noexcept { return h ? unwrap(h)->value : 0.0; }
ZI_API double zi_lke_hasil_score_score(const zi_lke_hasil_score* h) noexcept { return h ? unwrap(h)->score : 0.0; }

ZI_API const char* zi_lke_hasil_group_score_id(const zi_lke_hasil_group_score* g) noexcept {
  return g ? unwrap(g)->id.c_str() : nullptr;
}
ZI_API const char* zi_lke_hasil_group_score_name(const zi_lke_hasil_group_score* g) noexcept {
  return g ? unwrap(g)->name.c_str() : nullptr;
}
ZI_API double zi_lke_hasil_group_score_weight(const zi_lke_hasil_group_score* g) noexcept {
  return g ? unwrap(g)->weight : 0.0;
}
ZI_API double zi_lke_hasil_group_score_score(const zi_lke_hasil_group_score* g) noexcept {
  return g ? unwrap(g)->score : 0.0;
}

// ---- predicate check -----------------------------------------------------------------------

ZI_API zi_status zi_lke_check(zi_lke_check_result** out, const zi_lke_rubric* rubric, const zi_lke_score_result* score,
                              const char* predicate) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!rubric) return zi::capi::NullArgument("rubric");
    if (!score) return zi::capi::NullArgument("score");
    if (!predicate) return zi::capi::NullArgument("predicate");
    const zi::Rubric& r = unwrap(rubric)->rubric;
    const zi::LkeScore& s = *unwrap(score);
    if (s.rubric != r.id() || s.rubric_revision != r.revision()) {
      return zi::capi::Fail(ZI_EINVALID, "nilai ini dibuat dengan rubrik " + s.rubric + " revisi " +
                                             std::to_string(s.rubric_revision) + ", bukan " + r.id() +
                                             " revisi " + std::to_string(r.revision()));
    }
    absl::StatusOr<zi::LkePredicateResult> check = zi::CheckLkePredicate(r, s, predicate);
    if (!check.ok()) return zi::capi::FromStatus(check.status());
    *out = wrap(new zi::LkePredicateResult(*std::move(check)));
    return ZI_OK;
  });
}

ZI_API void zi_lke_check_result_free(zi_lke_check_result* check) noexcept { delete unwrap(check); }

ZI_API zi_status zi_lke_check_result_to_json(char** json_out, size_t* len_out, const zi_lke_check_result* check) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!check) return zi::capi::NullArgument("check");
    return zi::capi::GiveString(json_out, len_out, zi::WriteLkePredicateJson(*unwrap(check)));
  });
}

ZI_API const char* zi_lke_check_result_predicate(const zi_lke_check_result* c) noexcept {
  return c ? unwrap(c)->predicate.c_str() : nullptr;
}
ZI_API const char* zi_lke_check_result_name(const zi_lke_check_result* c) noexcept {
  return c ? unwrap(c)->name.c_str() : nullptr;
}
ZI_API bool zi_lke_check_result_passed(const zi_lke_check_result* c) noexcept { return c && unwrap(c)->pass; }
ZI_API size_t zi_lke_check_result_criterion_count(const zi_lke_check_result* c) noexcept {
  return c ? unwrap(c)->criteria.size() : 0;
}
ZI_API const zi_lke_criterion_result* zi_lke_check_result_criterion(const zi_lke_check_result* c, size_t index) noexcept {
  return c ? wrap(zi::capi::At(unwrap(c)->criteria, index)) : nullptr;
}
ZI_API const zi_lke_criterion_result* zi_lke_check_result_find_criterion(const zi_lke_check_result* c,
                                                                         const char* id) noexcept {
  return c && id ? wrap(unwrap(c)->Find(id)) : nullptr;
}
ZI_API size_t zi_lke_check_result_failing_count(const zi_lke_check_result* c) noexcept {
  return c ? unwrap(c)->failing.size() : 0;
}
ZI_API const char* zi_lke_check_result_failing(const zi_lke_check_result* c, size_t index) noexcept {
  return c ? zi::capi::StringAt(unwrap(c)->failing, index) : nullptr;
}
ZI_API size_t zi_lke_check_result_reason_count(const zi_lke_check_result* c) noexcept {
  return c ? unwrap(c)->reasons.size() : 0;
}
ZI_API const char* zi_lke_check_result_reason(const zi_lke_check_result* c, size_t index) noexcept {
  return c ? zi::capi::StringAt(unwrap(c)->reasons, index) : nullptr;
}

ZI_API const char* zi_lke_criterion_result_id(const zi_lke_criterion_result* r) noexcept {
  return r ? unwrap(r)->id.c_str() : nullptr;
}
ZI_API const char* zi_lke_criterion_result_criterion(const zi_lke_criterion_result* r) noexcept {
  return r ? unwrap(r)->criterion.c_str() : nullptr;
}
ZI_API const char* zi_lke_criterion_result_label(const zi_lke_criterion_result* r) noexcept {
  return r ? unwrap(r)->label.c_str() : nullptr;
}
ZI_API int32_t zi_lke_criterion_result_measure(const zi_lke_criterion_result* r) noexcept {
  if (!r) return -1;
  return unwrap(r)->is_prior ? ZI_LKE_MEASURE_PRIOR : zi::capi::ToC(unwrap(r)->kind);
}
ZI_API const char* zi_lke_criterion_result_target(const zi_lke_criterion_result* r) noexcept {
  return r ? unwrap(r)->target.c_str() : nullptr;
}
ZI_API double zi_lke_criterion_result_value(const zi_lke_criterion_result* r) noexcept { return r ? unwrap(r)->value : 0.0; }
ZI_API double zi_lke_criterion_result_threshold(const zi_lke_criterion_result* r) noexcept {
  return r ? unwrap(r)->threshold : 0.0;
}
ZI_API double zi_lke_criterion_result_margin(const zi_lke_criterion_result* r) noexcept {
  return r ? unwrap(r)->margin : 0.0;
}
ZI_API bool zi_lke_criterion_result_passed(const zi_lke_criterion_result* r) noexcept { return r && unwrap(r)->pass; }

// ---- portfolio batch -------------------------------------------------------------------------

ZI_API zi_status zi_lke_score_batch(zi_lke_batch_result** out, const zi_lke_rubric* rubric,
                                    const zi_lke_answers* const* answers, size_t count,
                                    const zi_lke_score_options* opts, int32_t threads) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!rubric) return zi::capi::NullArgument("rubric");
    if (!answers && count > 0) return zi::capi::NullArgument("answers (bila count > 0)");
    zi::LkeScoreOptions options;
    if (zi_status s = zi::capi::ReadScoreOptions(opts, &options)) return s;
    std::vector<zi::LkeAnswerSet> sets;
    sets.reserve(count);
    for (size_t i = 0; i < count; ++i) {
      if (!answers[i]) return zi::capi::Fail(ZI_EINVALID, "answers[" + std::to_string(i) + "] bernilai NULL");
      sets.push_back(unwrap(answers[i])->set);
    }
    auto batch = std::make_unique<zi::capi::BatchHandle>(zi::capi::BatchHandle{unwrap(rubric)->rubric, {}, {}, {}});
    batch->results = zi::ScoreLkeBatch(batch->rubric, sets, options, threads);
    batch->statuses.reserve(batch->results.size());
    batch->errors.reserve(batch->results.size());
    for (const absl::StatusOr<zi::LkeEvaluation>& r : batch->results) {
      zi_status s = r.ok() ? ZI_OK : zi::capi::StatusCodeToZi(r.status().code());
      if (!r.ok() && s == ZI_OK) s = ZI_EINTERNAL;
      batch->statuses.push_back(s);
      batch->errors.push_back(r.ok() ? std::string() : std::string(r.status().message()));
    }
    *out = wrap(batch.release());
    return ZI_OK;
  });
}

ZI_API void zi_lke_batch_result_free(zi_lke_batch_result* batch) noexcept { delete unwrap(batch); }

ZI_API size_t zi_lke_batch_result_count(const zi_lke_batch_result* batch) noexcept {
  return batch ? unwrap(batch)->results.size() : 0;
}

ZI_API zi_status zi_lke_batch_result_totals(double* buf, size_t size, size_t* count_out,
                                            const zi_lke_batch_result* batch) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    return zi::capi::Column(buf, size, count_out, batch, std::numeric_limits<double>::quiet_NaN(),
                            [](const zi::LkeEvaluation& e) { return e.score.total; });
  });
}

ZI_API zi_status zi_lke_batch_result_pengungkit(double* buf, size_t size, size_t* count_out,
                                                const zi_lke_batch_result* batch) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    return zi::capi::Column(buf, size, count_out, batch, std::numeric_limits<double>::quiet_NaN(),
                            [](const zi::LkeEvaluation& e) { return e.score.pengungkit; });
  });
}

ZI_API zi_status zi_lke_batch_result_hasil(double* buf, size_t size, size_t* count_out,
                                           const zi_lke_batch_result* batch) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    return zi::capi::Column(buf, size, count_out, batch, std::numeric_limits<double>::quiet_NaN(),
                            [](const zi::LkeEvaluation& e) { return e.score.hasil; });
  });
}

ZI_API zi_status zi_lke_batch_result_passes(uint8_t* buf, size_t size, size_t* count_out,
                                            const zi_lke_batch_result* batch, const char* predicate) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!batch) return zi::capi::NullArgument("batch");
    if (!predicate) return zi::capi::NullArgument("predicate");
    const zi::Rubric& r = unwrap(batch)->rubric;
    if (!r.FindPredicate(predicate)) {
      return zi::capi::Fail(ZI_ENOTFOUND, "predikat tidak dikenal: '" + std::string(predicate) + "' (rubrik " + r.id() + ")");
    }
    const std::string id = predicate;
    return zi::capi::Column(buf, size, count_out, batch, uint8_t{0}, [&](const zi::LkeEvaluation& e) {
      const zi::LkePredicateResult* p = e.Find(id);
      return static_cast<uint8_t>(p && p->pass ? 1 : 0);
    });
  });
}

ZI_API zi_status zi_lke_batch_result_statuses(int32_t* buf, size_t size, size_t* count_out,
                                              const zi_lke_batch_result* batch) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!batch) return zi::capi::NullArgument("batch");
    if (!buf && size > 0) return zi::capi::NullArgument("buf (bila size > 0)");
    const std::vector<zi_status>& statuses = unwrap(batch)->statuses;
    if (count_out) *count_out = statuses.size();
    for (size_t i = 0; i < size && i < statuses.size(); ++i) buf[i] = statuses[i];
    return ZI_OK;
  });
}

ZI_API const char* zi_lke_batch_result_error(const zi_lke_batch_result* batch, size_t index) noexcept {
  if (!batch) return nullptr;
  const auto& results = unwrap(batch)->results;
  if (index >= results.size() || results[index].ok()) return nullptr;
  return unwrap(batch)->errors[index].c_str();
}

ZI_API const zi_lke_score_result* zi_lke_batch_result_score(const zi_lke_batch_result* batch, size_t index) noexcept {
  const zi::LkeEvaluation* e = zi::capi::Slot(batch, index);
  return e ? wrap(&e->score) : nullptr;
}

ZI_API const zi_lke_check_result* zi_lke_batch_result_check(const zi_lke_batch_result* batch, size_t index,
                                                            const char* predicate) noexcept {
  const zi::LkeEvaluation* e = zi::capi::Slot(batch, index);
  return e && predicate ? wrap(e->Find(predicate)) : nullptr;
}

}  // extern "C"
