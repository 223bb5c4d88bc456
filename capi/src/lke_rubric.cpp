// MODULE: lke. The enumeration names of the module and the rubric handle with its children.
#include <memory>
#include <optional>

#include "lke_handles.hpp"
#include "zi/defaults.hpp"
#include "zi/io/lke_rubric_json.hpp"

namespace zi::capi {
namespace {

// The rubric's strings are handed out NUL-terminated, so a text holding a NUL character
// would silently be cut short. In JSON such a character can only come from the escape
// \u0000 (raw control characters are not allowed in strings): find one that is not itself
// an escaped backslash followed by "u0000".
bool HasNulEscape(std::string_view json) {
  for (size_t at = json.find("u0000"); at != std::string_view::npos; at = json.find("u0000", at + 1)) {
    size_t backslashes = 0;
    while (backslashes < at && json[at - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 1) return true;
  }
  return false;
}

zi_status Finish(zi_lke_rubric** out, absl::StatusOr<Rubric> rubric, StatusContext context) {
  if (!rubric.ok()) return FromStatus(rubric.status(), context);
  auto handle = std::make_unique<RubricHandle>(*std::move(rubric));
  *out = wrap(handle.release());
  return ZI_OK;
}

zi_status FinishJson(zi_lke_rubric** out, std::string_view json, std::string_view source,
                     StatusContext context) {
  RubricReadOptions options;
  options.source_name = std::string(source);
  absl::StatusOr<Rubric> rubric = ReadRubricJson(json, options);
  if (rubric.ok() && HasNulEscape(json)) {
    std::string message(source);
    if (!message.empty()) message += ": ";
    message += "salah satu teks rubrik memuat karakter NUL (\\u0000), yang tidak dapat dinyatakan oleh API C";
    return Fail(ZI_EINVALID, message);
  }
  return Finish(out, std::move(rubric), context);
}

const AnswerOption* OptionAt(const std::vector<AnswerOption>& options, size_t index) {
  return At(options, index);
}

}  // namespace

RubricHandle::RubricHandle(Rubric r) : rubric(std::move(r)) {
  const std::span<const LkeSubareaRef> refs = rubric.subareas();
  const std::span<const LkeQuestionRef> questions = rubric.questions();
  subareas.reserve(refs.size());
  for (const LkeSubareaRef& ref : refs) {
    SubareaNode node;
    node.ref = &ref;
    for (const LkeQuestionRef& q : questions) {
      if (q.subarea == ref.subarea) node.questions.push_back(&q);
    }
    subareas.push_back(std::move(node));
  }
  areas.reserve(rubric.areas().size());
  for (const LkeArea& area : rubric.areas()) {
    AreaNode node;
    node.area = &area;
    for (const SubareaNode& sub : subareas) {
      if (sub.ref->area != &area) continue;
      node.halves[sub.ref->half == LkeHalfKind::kPemenuhan ? 0 : 1].push_back(&sub);
    }
    areas.push_back(std::move(node));
  }
  for (const HasilItem& item : rubric.hasil_items()) {
    hasil.push_back(HasilNode{&item, rubric.FindAnswerType(item.type)});
  }
}

}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

extern "C" {

// ---- enumeration names -----------------------------------------------------------------

ZI_API const char* zi_lke_half_str(int32_t half) noexcept { return zi::capi::CName<zi::LkeHalfKind>(half); }
ZI_API const char* zi_lke_answer_kind_str(int32_t kind) noexcept {
  return zi::capi::CName<zi::AnswerKind>(kind);
}
ZI_API const char* zi_lke_layer_str(int32_t layer) noexcept { return zi::capi::CName<zi::LkeLayer>(layer); }
ZI_API const char* zi_lke_zero_policy_str(int32_t policy) noexcept {
  if (policy == ZI_LKE_ZERO_DEFAULT) return zi::capi::kLkeZeroDefaultName;
  return zi::capi::CName<zi::ZeroDenominatorPolicy>(policy);
}
ZI_API const char* zi_lke_format_str(int32_t format) noexcept {
  return zi::capi::CName(zi::capi::kLkeFormatNames, format);
}
ZI_API const char* zi_lke_item_kind_str(int32_t kind) noexcept {
  return zi::capi::CName(zi::capi::kLkeItemKindNames, kind);
}
ZI_API const char* zi_lke_formula_str(int32_t formula) noexcept {
  return zi::capi::CName<zi::RatioFormula>(formula);
}
ZI_API const char* zi_lke_measure_str(int32_t measure) noexcept {
  return zi::capi::CName(zi::capi::kLkeMeasureNames, measure);
}

// ---- loading -------------------------------------------------------------------------------

ZI_API zi_status zi_lke_rubric_default(zi_lke_rubric** out) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    return zi::capi::Finish(out, zi::DefaultRubric(), zi::capi::StatusContext::kGeneral);
  });
}

ZI_API zi_status zi_lke_rubric_load_file(zi_lke_rubric** out, const char* path) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!path) return zi::capi::NullArgument("path");
    if (zi_status s = zi::capi::RefuseDirectory(path, "berkas rubrik")) return s;
    // zi::LoadRubricFile, but keeping the text for the NUL check.
    std::string json;
    if (zi_status s = zi::capi::ReadInputFile(path, "rubrik", &json)) return s;
    return zi::capi::FinishJson(out, json, path, zi::capi::StatusContext::kFile);
  });
}

ZI_API zi_status zi_lke_rubric_load_buffer(zi_lke_rubric** out, const char* data, size_t size) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!data && size > 0) return zi::capi::NullArgument("data (bila size > 0)");
    const std::string_view json = data ? std::string_view(data, size) : std::string_view();
    return zi::capi::FinishJson(out, json, "", zi::capi::StatusContext::kGeneral);
  });
}

ZI_API void zi_lke_rubric_free(zi_lke_rubric* rubric) noexcept { delete unwrap(rubric); }

// ---- rubric --------------------------------------------------------------------------------

ZI_API const char* zi_lke_rubric_id(const zi_lke_rubric* r) noexcept {
  return r ? unwrap(r)->rubric.id().c_str() : nullptr;
}
ZI_API int32_t zi_lke_rubric_revision(const zi_lke_rubric* r) noexcept {
  return r ? static_cast<int32_t>(unwrap(r)->rubric.revision()) : 0;
}
ZI_API const char* zi_lke_rubric_title(const zi_lke_rubric* r) noexcept {
  return r ? unwrap(r)->rubric.data().title.c_str() : nullptr;
}
ZI_API const char* zi_lke_rubric_regulation_name(const zi_lke_rubric* r) noexcept {
  return r ? unwrap(r)->rubric.regulation().name.c_str() : nullptr;
}
ZI_API int32_t zi_lke_rubric_regulation_year(const zi_lke_rubric* r) noexcept {
  return r ? static_cast<int32_t>(unwrap(r)->rubric.regulation().year) : 0;
}

ZI_API size_t zi_lke_rubric_area_count(const zi_lke_rubric* r) noexcept { return r ? unwrap(r)->areas.size() : 0; }
ZI_API const zi_lke_area* zi_lke_rubric_area(const zi_lke_rubric* r, size_t index) noexcept {
  return r ? wrap(zi::capi::At(unwrap(r)->areas, index)) : nullptr;
}
ZI_API const zi_lke_area* zi_lke_rubric_find_area(const zi_lke_rubric* r, const char* code) noexcept {
  if (!r || !code) return nullptr;
  for (const zi::capi::AreaNode& a : unwrap(r)->areas) {
    if (a.area->code == code) return wrap(&a);
  }
  return nullptr;
}

ZI_API size_t zi_lke_rubric_subarea_count(const zi_lke_rubric* r) noexcept {
  return r ? unwrap(r)->subareas.size() : 0;
}
ZI_API const zi_lke_subarea* zi_lke_rubric_subarea(const zi_lke_rubric* r, size_t index) noexcept {
  return r ? wrap(zi::capi::At(unwrap(r)->subareas, index)) : nullptr;
}
ZI_API const zi_lke_subarea* zi_lke_rubric_find_subarea(const zi_lke_rubric* r, const char* id) noexcept {
  if (!r || !id) return nullptr;
  const zi::capi::RubricHandle* h = unwrap(r);
  const zi::LkeSubareaRef* ref = h->rubric.FindSubarea(id);
  if (!ref) return nullptr;
  const std::span<const zi::LkeSubareaRef> refs = h->rubric.subareas();
  return wrap(&h->subareas[static_cast<size_t>(ref - refs.data())]);
}

ZI_API size_t zi_lke_rubric_question_count(const zi_lke_rubric* r) noexcept {
  return r ? unwrap(r)->rubric.questions().size() : 0;
}
ZI_API const zi_lke_question* zi_lke_rubric_question(const zi_lke_rubric* r, size_t index) noexcept {
  if (!r) return nullptr;
  const std::span<const zi::LkeQuestionRef> q = unwrap(r)->rubric.questions();
  return index < q.size() ? wrap(&q[index]) : nullptr;
}
ZI_API const zi_lke_question* zi_lke_rubric_find_question(const zi_lke_rubric* r, const char* id) noexcept {
  if (!r || !id) return nullptr;
  return wrap(unwrap(r)->rubric.FindQuestion(id));
}

ZI_API size_t zi_lke_rubric_hasil_item_count(const zi_lke_rubric* r) noexcept {
  return r ? unwrap(r)->hasil.size() : 0;
}
ZI_API const zi_lke_hasil_item* zi_lke_rubric_hasil_item(const zi_lke_rubric* r, size_t index) noexcept {
  return r ? wrap(zi::capi::At(unwrap(r)->hasil, index)) : nullptr;
}

ZI_API size_t zi_lke_rubric_predicate_count(const zi_lke_rubric* r) noexcept {
  return r ? unwrap(r)->rubric.predicates().size() : 0;
}
ZI_API const zi_lke_predicate* zi_lke_rubric_predicate(const zi_lke_rubric* r, size_t index) noexcept {
  return r ? wrap(zi::capi::At(unwrap(r)->rubric.predicates(), index)) : nullptr;
}
ZI_API const zi_lke_predicate* zi_lke_rubric_find_predicate(const zi_lke_rubric* r, const char* id) noexcept {
  if (!r || !id) return nullptr;
  return wrap(unwrap(r)->rubric.FindPredicate(id));
}

// ---- area ----------------------------------------------------------------------------------

ZI_API const char* zi_lke_area_code(const zi_lke_area* a) noexcept { return a ? unwrap(a)->area->code.c_str() : nullptr; }
ZI_API const char* zi_lke_area_name(const zi_lke_area* a) noexcept { return a ? unwrap(a)->area->name.c_str() : nullptr; }
ZI_API double zi_lke_area_weight(const zi_lke_area* a) noexcept { return a ? unwrap(a)->area->weight : 0.0; }
ZI_API double zi_lke_area_half_weight(const zi_lke_area* a, int32_t half) noexcept {
  if (!a) return 0.0;
  switch (zi::capi::HalfIndex(half)) {
    case 0: return unwrap(a)->area->pemenuhan.weight;
    case 1: return unwrap(a)->area->reform.weight;
    default: return 0.0;
  }
}
ZI_API size_t zi_lke_area_subarea_count(const zi_lke_area* a, int32_t half) noexcept {
  const int h = zi::capi::HalfIndex(half);
  return a && h >= 0 ? unwrap(a)->halves[static_cast<size_t>(h)].size() : 0;
}
ZI_API const zi_lke_subarea* zi_lke_area_subarea(const zi_lke_area* a, int32_t half, size_t index) noexcept {
  const int h = zi::capi::HalfIndex(half);
  if (!a || h < 0) return nullptr;
  const auto& subs = unwrap(a)->halves[static_cast<size_t>(h)];
  return index < subs.size() ? wrap(subs[index]) : nullptr;
}

// ---- sub-area ------------------------------------------------------------------------------

ZI_API const char* zi_lke_subarea_id(const zi_lke_subarea* s) noexcept {
  return s ? unwrap(s)->ref->subarea->id.c_str() : nullptr;
}
ZI_API const char* zi_lke_subarea_label(const zi_lke_subarea* s) noexcept {
  return s ? unwrap(s)->ref->subarea->label.c_str() : nullptr;
}
ZI_API const char* zi_lke_subarea_name(const zi_lke_subarea* s) noexcept {
  return s ? unwrap(s)->ref->subarea->name.c_str() : nullptr;
}
ZI_API double zi_lke_subarea_weight(const zi_lke_subarea* s) noexcept {
  return s ? unwrap(s)->ref->subarea->weight : 0.0;
}
ZI_API const char* zi_lke_subarea_parent(const zi_lke_subarea* s) noexcept {
  return s ? unwrap(s)->ref->subarea->parent.c_str() : nullptr;
}
ZI_API const char* zi_lke_subarea_area_code(const zi_lke_subarea* s) noexcept {
  return s ? unwrap(s)->ref->area->code.c_str() : nullptr;
}
ZI_API int32_t zi_lke_subarea_half(const zi_lke_subarea* s) noexcept {
  if (!s) return -1;
  return unwrap(s)->ref->half == zi::LkeHalfKind::kPemenuhan ? ZI_LKE_PEMENUHAN : ZI_LKE_REFORM;
}
ZI_API size_t zi_lke_subarea_question_count(const zi_lke_subarea* s) noexcept {
  return s ? unwrap(s)->questions.size() : 0;
}
ZI_API const zi_lke_question* zi_lke_subarea_question(const zi_lke_subarea* s, size_t index) noexcept {
  if (!s) return nullptr;
  const auto& q = unwrap(s)->questions;
  return index < q.size() ? wrap(q[index]) : nullptr;
}
ZI_API size_t zi_lke_subarea_ratio_count(const zi_lke_subarea* s) noexcept {
  return s ? unwrap(s)->ref->subarea->ratios.size() : 0;
}
ZI_API const zi_lke_ratio* zi_lke_subarea_ratio(const zi_lke_subarea* s, size_t index) noexcept {
  return s ? wrap(zi::capi::At(unwrap(s)->ref->subarea->ratios, index)) : nullptr;
}

// ---- question and option -------------------------------------------------------------------

ZI_API const char* zi_lke_question_id(const zi_lke_question* q) noexcept {
  return q ? unwrap(q)->question->id.c_str() : nullptr;
}
ZI_API const char* zi_lke_question_label(const zi_lke_question* q) noexcept {
  return q ? unwrap(q)->question->label.c_str() : nullptr;
}
ZI_API const char* zi_lke_question_text(const zi_lke_question* q) noexcept {
  return q ? unwrap(q)->question->text.c_str() : nullptr;
}
ZI_API const char* zi_lke_question_type(const zi_lke_question* q) noexcept {
  return q ? unwrap(q)->question->type.c_str() : nullptr;
}
ZI_API int32_t zi_lke_question_kind(const zi_lke_question* q) noexcept {
  return q ? zi::capi::ToC(unwrap(q)->type->kind) : -1;
}
ZI_API const char* zi_lke_question_heading(const zi_lke_question* q) noexcept {
  return q ? unwrap(q)->question->heading.c_str() : nullptr;
}
ZI_API const char* zi_lke_question_same_as(const zi_lke_question* q) noexcept {
  return q ? unwrap(q)->question->same_as.c_str() : nullptr;
}
ZI_API const char* zi_lke_question_subarea_id(const zi_lke_question* q) noexcept {
  return q ? unwrap(q)->subarea->id.c_str() : nullptr;
}
ZI_API size_t zi_lke_question_option_count(const zi_lke_question* q) noexcept {
  return q ? unwrap(q)->question->options.size() : 0;
}
ZI_API const zi_lke_option* zi_lke_question_option(const zi_lke_question* q, size_t index) noexcept {
  return q ? wrap(zi::capi::OptionAt(unwrap(q)->question->options, index)) : nullptr;
}
ZI_API double zi_lke_question_min(const zi_lke_question* q) noexcept {
  return q && unwrap(q)->type->kind != zi::AnswerKind::kChoice ? unwrap(q)->type->min : 0.0;
}
ZI_API double zi_lke_question_max(const zi_lke_question* q) noexcept {
  return q && unwrap(q)->type->kind == zi::AnswerKind::kNumber ? unwrap(q)->type->max : 0.0;
}

ZI_API const char* zi_lke_option_code(const zi_lke_option* o) noexcept { return o ? unwrap(o)->code.c_str() : nullptr; }
ZI_API const char* zi_lke_option_text(const zi_lke_option* o) noexcept { return o ? unwrap(o)->text.c_str() : nullptr; }
ZI_API double zi_lke_option_value(const zi_lke_option* o) noexcept { return o ? unwrap(o)->value : 0.0; }

// ---- ratio item ----------------------------------------------------------------------------

ZI_API const char* zi_lke_ratio_id(const zi_lke_ratio* r) noexcept { return r ? unwrap(r)->id.c_str() : nullptr; }
ZI_API const char* zi_lke_ratio_label(const zi_lke_ratio* r) noexcept { return r ? unwrap(r)->label.c_str() : nullptr; }
ZI_API const char* zi_lke_ratio_text(const zi_lke_ratio* r) noexcept { return r ? unwrap(r)->text.c_str() : nullptr; }
ZI_API int32_t zi_lke_ratio_formula(const zi_lke_ratio* r) noexcept {
  return r ? zi::capi::ToC(unwrap(r)->formula) : -1;
}
ZI_API double zi_lke_ratio_cap(const zi_lke_ratio* r) noexcept { return r ? unwrap(r)->cap : 0.0; }
ZI_API size_t zi_lke_ratio_numerator_count(const zi_lke_ratio* r) noexcept {
  return r ? unwrap(r)->numerator.size() : 0;
}
ZI_API const char* zi_lke_ratio_numerator(const zi_lke_ratio* r, size_t index) noexcept {
  return r ? zi::capi::StringAt(unwrap(r)->numerator, index) : nullptr;
}
ZI_API size_t zi_lke_ratio_denominator_count(const zi_lke_ratio* r) noexcept {
  return r ? unwrap(r)->denominator.size() : 0;
}
ZI_API const char* zi_lke_ratio_denominator(const zi_lke_ratio* r, size_t index) noexcept {
  return r ? zi::capi::StringAt(unwrap(r)->denominator, index) : nullptr;
}
ZI_API size_t zi_lke_ratio_alternative_count(const zi_lke_ratio* r) noexcept {
  return r ? unwrap(r)->alternatives.size() : 0;
}
ZI_API const char* zi_lke_ratio_alternative(const zi_lke_ratio* r, size_t index) noexcept {
  if (!r) return nullptr;
  const zi::LkeRatioAlternative* a = zi::capi::At(unwrap(r)->alternatives, index);
  return a ? a->id.c_str() : nullptr;
}

// ---- hasil item ----------------------------------------------------------------------------

ZI_API const char* zi_lke_hasil_item_id(const zi_lke_hasil_item* h) noexcept {
  return h ? unwrap(h)->item->id.c_str() : nullptr;
}
ZI_API const char* zi_lke_hasil_item_label(const zi_lke_hasil_item* h) noexcept {
  return h ? unwrap(h)->item->label.c_str() : nullptr;
}
ZI_API const char* zi_lke_hasil_item_name(const zi_lke_hasil_item* h) noexcept {
  return h ? unwrap(h)->item->name.c_str() : nullptr;
}
ZI_API const char* zi_lke_hasil_item_group(const zi_lke_hasil_item* h) noexcept {
  return h ? unwrap(h)->item->group.c_str() : nullptr;
}
ZI_API double zi_lke_hasil_item_weight(const zi_lke_hasil_item* h) noexcept { return h ? unwrap(h)->item->weight : 0.0; }
ZI_API const char* zi_lke_hasil_item_type(const zi_lke_hasil_item* h) noexcept {
  return h ? unwrap(h)->item->type.c_str() : nullptr;
}
ZI_API int32_t zi_lke_hasil_item_kind(const zi_lke_hasil_item* h) noexcept {
  return h && unwrap(h)->type ? zi::capi::ToC(unwrap(h)->type->kind) : -1;
}
ZI_API size_t zi_lke_hasil_item_option_count(const zi_lke_hasil_item* h) noexcept {
  return h ? unwrap(h)->item->options.size() : 0;
}
ZI_API const zi_lke_option* zi_lke_hasil_item_option(const zi_lke_hasil_item* h, size_t index) noexcept {
  return h ? wrap(zi::capi::OptionAt(unwrap(h)->item->options, index)) : nullptr;
}
ZI_API double zi_lke_hasil_item_min(const zi_lke_hasil_item* h) noexcept {
  return h && unwrap(h)->type && unwrap(h)->type->kind != zi::AnswerKind::kChoice ? unwrap(h)->type->min : 0.0;
}
ZI_API double zi_lke_hasil_item_max(const zi_lke_hasil_item* h) noexcept {
  return h && unwrap(h)->type && unwrap(h)->type->kind == zi::AnswerKind::kNumber ? unwrap(h)->type->max : 0.0;
}

// ---- predicate and criterion ---------------------------------------------------------------

ZI_API const char* zi_lke_predicate_id(const zi_lke_predicate* p) noexcept { return p ? unwrap(p)->id.c_str() : nullptr; }
ZI_API const char* zi_lke_predicate_name(const zi_lke_predicate* p) noexcept {
  return p ? unwrap(p)->name.c_str() : nullptr;
}
ZI_API const char* zi_lke_predicate_requires_prior(const zi_lke_predicate* p) noexcept {
  return p ? unwrap(p)->requires_prior.c_str() : nullptr;
}
ZI_API size_t zi_lke_predicate_criterion_count(const zi_lke_predicate* p) noexcept {
  return p ? unwrap(p)->criteria.size() : 0;
}
ZI_API const zi_lke_criterion* zi_lke_predicate_criterion(const zi_lke_predicate* p, size_t index) noexcept {
  return p ? wrap(zi::capi::At(unwrap(p)->criteria, index)) : nullptr;
}

ZI_API const char* zi_lke_criterion_id(const zi_lke_criterion* c) noexcept { return c ? unwrap(c)->id.c_str() : nullptr; }
ZI_API const char* zi_lke_criterion_label(const zi_lke_criterion* c) noexcept {
  return c ? unwrap(c)->label.c_str() : nullptr;
}
ZI_API int32_t zi_lke_criterion_measure(const zi_lke_criterion* c) noexcept {
  return c ? zi::capi::ToC(unwrap(c)->kind) : -1;
}
ZI_API const char* zi_lke_criterion_target(const zi_lke_criterion* c) noexcept {
  return c ? unwrap(c)->target.c_str() : nullptr;
}
ZI_API double zi_lke_criterion_threshold(const zi_lke_criterion* c) noexcept { return c ? unwrap(c)->min : 0.0; }

}  // extern "C"
