// MODULE: lke. Answer sets: loading, building, reading and writing.
#include <limits>
#include <memory>
#include <optional>

#include "lke_handles.hpp"
#include "zi/io/lke_answers_csv.hpp"
#include "zi/io/lke_answers_json.hpp"

namespace zi::capi {
namespace {

// Strings of a set that a getter hands out NUL-terminated or that the writers copy into
// NUL-terminated text; the name of the first that holds a NUL character.
std::optional<std::string> FindNul(const LkeAnswerSet& set) {
  const auto has = [](const std::string& s) { return s.find('\0') != std::string::npos; };
  if (has(set.satker)) return std::string("satker");
  if (has(set.rubric)) return std::string("rubric");
  for (const auto& [id, entry] : set.answers) {
    if (has(id)) return std::string("id pertanyaan");
    if (has(entry.note)) return id + " note";
    if (has(entry.evidence)) return id + " evidence";
    for (const std::optional<LkeAnswer>* a : {&entry.unit, &entry.tpi}) {
      if (*a && has((*a)->choice)) return id + " answer";
    }
  }
  return std::nullopt;
}

zi_status Finish(zi_lke_answers** out, const Rubric& rubric, absl::StatusOr<LkeAnswerSet> set,
                 StatusContext context, std::string_view source) {
  if (!set.ok()) return FromStatus(set.status(), context);
  if (std::optional<std::string> where = FindNul(*set)) {
    std::string message(source);
    if (!message.empty()) message += ": ";
    message += *where + ": teks memuat karakter NUL, yang tidak dapat dinyatakan oleh API C";
    return Fail(ZI_EINVALID, message);
  }
  auto handle = std::make_unique<AnswersHandle>(AnswersHandle{rubric, *std::move(set)});
  *out = wrap(handle.release());
  return ZI_OK;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The options of a choice question or hasil item (nullptr for an unknown id).
const std::vector<AnswerOption>* OptionsOf(const Rubric& rubric, std::string_view id) {
  if (const LkeQuestionRef* q = rubric.FindQuestion(id)) return &q->question->options;
  if (const HasilItem* h = rubric.FindHasilItem(id)) return &h->options;
  return nullptr;
}

zi_status UnknownQuestion(const Rubric& rubric, std::string_view id) {
  return Fail(ZI_ENOTFOUND, std::string(id) + ": id pertanyaan tidak dikenal (tidak ada di rubrik " + rubric.id() + ")");
}

// Puts `answer` into one layer of the set if it fits the question, as ValidateLkeAnswers
// judges a single answer (the same messages as the file readers); else ZI_EINVALID.
zi_status SetChecked(AnswersHandle& h, std::string_view question, LkeLayer layer, LkeAnswer answer) {
  LkeAnswerSet probe;
  probe.Set(question, answer, layer);
  for (const LkeAnswerProblem& p : ValidateLkeAnswers(probe, h.rubric)) {
    if (p.question == question) return Fail(ZI_EINVALID, FormatProblem(p));
  }
  h.set.Set(question, std::move(answer), layer);
  return ZI_OK;
}

const LkeAnswer* FindAnswer(const zi_lke_answers* answers, const char* question, int32_t layer) {
  if (!answers || !question) return nullptr;
  if (layer != ZI_LKE_LAYER_UNIT && layer != ZI_LKE_LAYER_TPI) return nullptr;
  return unwrap(answers)->set.Find(question, layer == ZI_LKE_LAYER_UNIT ? LkeLayer::kUnit : LkeLayer::kTpi);
}

zi_status ReadWriteOptions(const zi_lke_write_options* opts, int32_t* format, LkeAnswersWriteOptions* out) {
  if (!opts) return ZI_OK;
  if (zi_status s = CheckVersion(opts->version, ZI_LKE_WRITE_OPTIONS_VERSION, "zi_lke_write_options")) return s;
  *format = opts->format;  // version 1
  out->include_unanswered = opts->include_unanswered;
  out->guidance = opts->guidance;
  return ZI_OK;
}

zi_status BadFormat(int32_t format) {
  return Fail(ZI_EINVALID, "format harus ZI_LKE_FORMAT_JSON (0) atau ZI_LKE_FORMAT_CSV (1), bukan " +
                               std::to_string(format));
}

zi_status Write(char** text_out, size_t* len_out, const LkeAnswerSet& set, const Rubric& rubric,
                int32_t format, const LkeAnswersWriteOptions& options) {
  if (format != ZI_LKE_FORMAT_JSON && format != ZI_LKE_FORMAT_CSV) return BadFormat(format);
  const std::string text = format == ZI_LKE_FORMAT_CSV ? WriteLkeAnswersCsv(set, rubric, options)
                                                       : WriteLkeAnswersJson(set, rubric, options);
  return GiveString(text_out, len_out, text);
}

}  // namespace
}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

extern "C" {

// ---- making and loading ----------------------------------------------------------------

ZI_API zi_status zi_lke_answers_new(zi_lke_answers** out, const zi_lke_rubric* rubric, const char* satker,
                                    int32_t year) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!rubric) return zi::capi::NullArgument("rubric");
    auto handle = std::make_unique<zi::capi::AnswersHandle>(zi::capi::AnswersHandle{unwrap(rubric)->rubric, {}});
    handle->set.satker = satker ? satker : "";
    handle->set.year = year;
    handle->set.rubric = handle->rubric.id();
    *out = wrap(handle.release());
    return ZI_OK;
  });
}

ZI_API zi_status zi_lke_answers_load_file(zi_lke_answers** out, const zi_lke_rubric* rubric,
                                          const char* path) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!rubric) return zi::capi::NullArgument("rubric");
    if (!path) return zi::capi::NullArgument("path");
    if (zi_status s = zi::capi::RefuseDirectory(path, "berkas jawaban LKE")) return s;
    const zi::Rubric& r = unwrap(rubric)->rubric;
    return zi::capi::Finish(out, r, zi::LoadLkeAnswersFile(path, r), zi::capi::StatusContext::kFile, path);
  });
}

ZI_API zi_status zi_lke_answers_load_buffer(zi_lke_answers** out, const zi_lke_rubric* rubric, const char* data,
                                            size_t size, int32_t format) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!rubric) return zi::capi::NullArgument("rubric");
    if (!data && size > 0) return zi::capi::NullArgument("data (bila size > 0)");
    if (format != ZI_LKE_FORMAT_JSON && format != ZI_LKE_FORMAT_CSV) return zi::capi::BadFormat(format);
    const std::string_view text = data ? std::string_view(data, size) : std::string_view();
    const zi::Rubric& r = unwrap(rubric)->rubric;
    return zi::capi::Finish(out, r,
                            format == ZI_LKE_FORMAT_CSV ? zi::ReadLkeAnswersCsv(text, r) : zi::ReadLkeAnswersJson(text, r),
                            zi::capi::StatusContext::kGeneral, "");
  });
}

ZI_API zi_status zi_lke_answers_copy(zi_lke_answers** out, const zi_lke_answers* answers) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!answers) return zi::capi::NullArgument("answers");
    *out = wrap(new zi::capi::AnswersHandle(*unwrap(answers)));
    return ZI_OK;
  });
}

ZI_API void zi_lke_answers_free(zi_lke_answers* answers) noexcept { delete unwrap(answers); }

// ---- fields ------------------------------------------------------------------------------

ZI_API const char* zi_lke_answers_satker(const zi_lke_answers* a) noexcept {
  return a ? unwrap(a)->set.satker.c_str() : nullptr;
}
ZI_API int32_t zi_lke_answers_year(const zi_lke_answers* a) noexcept {
  return a ? static_cast<int32_t>(unwrap(a)->set.year) : 0;
}
ZI_API const char* zi_lke_answers_rubric_id(const zi_lke_answers* a) noexcept {
  return a ? unwrap(a)->rubric.id().c_str() : nullptr;
}
ZI_API bool zi_lke_answers_prior_wbk(const zi_lke_answers* a) noexcept { return a && unwrap(a)->set.prior_wbk; }

ZI_API zi_status zi_lke_answers_set_prior_wbk(zi_lke_answers* answers, bool prior_wbk) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!answers) return zi::capi::NullArgument("answers");
    unwrap(answers)->set.prior_wbk = prior_wbk;
    return ZI_OK;
  });
}

// ---- answers -----------------------------------------------------------------------------

ZI_API zi_status zi_lke_answers_set_choice(zi_lke_answers* answers, const char* question, int32_t layer,
                                           const char* code) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!answers) return zi::capi::NullArgument("answers");
    if (!question) return zi::capi::NullArgument("question");
    if (!code) return zi::capi::NullArgument("code");
    zi::LkeLayer l;
    if (zi_status s = zi::capi::ToLayer(layer, &l)) return s;
    zi::capi::AnswersHandle& h = *unwrap(answers);
    const std::vector<zi::AnswerOption>* options = zi::capi::OptionsOf(h.rubric, question);
    if (!options) return zi::capi::UnknownQuestion(h.rubric, question);
    std::string canonical = code;
    const std::string lower = zi::capi::AsciiLower(code);
    for (const zi::AnswerOption& o : *options) {
      if (zi::capi::AsciiLower(o.code) == lower) canonical = o.code;
    }
    if (canonical.empty()) {
      return zi::capi::Fail(ZI_EINVALID, std::string(question) + " (" + std::string(zi::ToString(l)) +
                                             "): kode kosong bukan jawaban (gunakan zi_lke_answers_clear)");
    }
    return zi::capi::SetChecked(h, question, l, zi::LkeAnswer::Choice(std::move(canonical)));
  });
}

ZI_API zi_status zi_lke_answers_set_number(zi_lke_answers* answers, const char* question, int32_t layer,
                                           double value) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!answers) return zi::capi::NullArgument("answers");
    if (!question) return zi::capi::NullArgument("question");
    zi::LkeLayer l;
    if (zi_status s = zi::capi::ToLayer(layer, &l)) return s;
    zi::capi::AnswersHandle& h = *unwrap(answers);
    if (!h.rubric.AnswerTypeOf(question)) return zi::capi::UnknownQuestion(h.rubric, question);
    return zi::capi::SetChecked(h, question, l, zi::LkeAnswer::Number(value));
  });
}

ZI_API zi_status zi_lke_answers_clear(zi_lke_answers* answers, const char* question, int32_t layer) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!answers) return zi::capi::NullArgument("answers");
    if (!question) return zi::capi::NullArgument("question");
    zi::LkeLayer l;
    if (zi_status s = zi::capi::ToLayer(layer, &l)) return s;
    zi::capi::AnswersHandle& h = *unwrap(answers);
    if (!h.rubric.AnswerTypeOf(question)) return zi::capi::UnknownQuestion(h.rubric, question);
    h.set.Clear(question, l);
    return ZI_OK;
  });
}

ZI_API bool zi_lke_answers_is_answered(const zi_lke_answers* a, const char* question, int32_t layer) noexcept {
  return zi::capi::FindAnswer(a, question, layer) != nullptr;
}

ZI_API const char* zi_lke_answers_choice(const zi_lke_answers* a, const char* question, int32_t layer) noexcept {
  const zi::LkeAnswer* answer = zi::capi::FindAnswer(a, question, layer);
  return answer && answer->is_choice() ? answer->choice.c_str() : nullptr;
}

ZI_API double zi_lke_answers_number(const zi_lke_answers* a, const char* question, int32_t layer) noexcept {
  const zi::LkeAnswer* answer = zi::capi::FindAnswer(a, question, layer);
  return answer && !answer->is_choice() ? answer->number : std::numeric_limits<double>::quiet_NaN();
}

// ---- writing -----------------------------------------------------------------------------

ZI_API zi_status zi_lke_write_options_init(zi_lke_write_options* opts, uint32_t version) noexcept {
  static const zi_lke_write_options kDefaults = ZI_LKE_WRITE_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_lke_write_options");
}

ZI_API zi_status zi_lke_answers_write(char** text_out, size_t* len_out, const zi_lke_answers* answers,
                                      const zi_lke_write_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!text_out) return zi::capi::NullArgument("text_out");
    *text_out = nullptr;
    if (!answers) return zi::capi::NullArgument("answers");
    int32_t format = ZI_LKE_FORMAT_JSON;
    zi::LkeAnswersWriteOptions options;
    if (zi_status s = zi::capi::ReadWriteOptions(opts, &format, &options)) return s;
    const zi::capi::AnswersHandle& h = *unwrap(answers);
    return zi::capi::Write(text_out, len_out, h.set, h.rubric, format, options);
  });
}

ZI_API zi_status zi_lke_answers_template(char** text_out, size_t* len_out, const zi_lke_rubric* rubric,
                                         int32_t format) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!text_out) return zi::capi::NullArgument("text_out");
    *text_out = nullptr;
    if (!rubric) return zi::capi::NullArgument("rubric");
    const zi::Rubric& r = unwrap(rubric)->rubric;
    zi::LkeAnswerSet empty;
    empty.rubric = r.id();
    zi::LkeAnswersWriteOptions options;
    options.include_unanswered = true;
    options.guidance = true;
    return zi::capi::Write(text_out, len_out, empty, r, format, options);
  });
}

}  // extern "C"
