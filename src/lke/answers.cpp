#include "zi/lke/answers.hpp"

#include <algorithm>
#include <cmath>
#include <span>

#include "internal/csv.hpp"
#include "internal/json_io.hpp"
#include "internal/lke_answers_io.hpp"
#include "internal/lke_internal.hpp"
#include "internal/strings.hpp"
#include "internal/text.hpp"

namespace zi {
inline namespace v1 {

using internal::Cat;
using internal::Quoted;
using internal::RubricIndex;
using internal::TypeWords;
using internal::UnknownId;

// ---- the set ------------------------------------------------------------------------

const LkeAnswer* LkeAnswerSet::Find(std::string_view question, LkeLayer layer) const {
  auto it = answers.find(question);
  if (it == answers.end()) return nullptr;
  const std::optional<LkeAnswer>& a = it->second.layer(layer);
  return a ? &*a : nullptr;
}

void LkeAnswerSet::Set(std::string_view question, LkeAnswer answer, LkeLayer layer) {
  auto it = answers.find(question);
  if (it == answers.end()) it = answers.emplace(std::string(question), LkeAnswerEntry{}).first;
  it->second.layer(layer) = std::move(answer);
}

void LkeAnswerSet::Clear(std::string_view question, LkeLayer layer) {
  auto it = answers.find(question);
  if (it != answers.end()) it->second.layer(layer).reset();
}

std::string FormatProblem(const LkeAnswerProblem& p) {
  std::string out;
  if (!p.where.empty()) internal::Append(&out, p.where, ": ");
  if (!p.question.empty()) {
    out += p.question;
    if (p.layer) internal::Append(&out, " (", ToString(*p.layer), ")");
    out += ": ";
  }
  out += p.message;
  return out;
}

std::string_view ToString(LkeLayer layer) { return layer == LkeLayer::kUnit ? "unit" : "tpi"; }

std::optional<LkeLayer> ParseLkeLayer(std::string_view s) {
  if (s == "unit") return LkeLayer::kUnit;
  if (s == "tpi") return LkeLayer::kTpi;
  return std::nullopt;
}

// ---- validation ---------------------------------------------------------------------

namespace {

constexpr double kMaxCount = 1e12;  // counts of people, complaints, services: far below this

std::string NumberText(double x) {
  std::string out;
  internal::AppendNumber(out, x);
  return out;
}

std::string OptionList(const std::vector<AnswerOption>& options) {
  std::string out;
  for (size_t i = 0; i < options.size(); ++i) {
    if (i) out += i + 1 == options.size() ? " atau " : ", ";
    out += options[i].code;
  }
  return out;
}

// Why an answer does not fit its item; nullopt when it does.
std::optional<std::string> Misfit(const RubricIndex::Item& item, const LkeAnswer& a) {
  const AnswerType& t = *item.type;
  if (t.kind == AnswerKind::kChoice) {
    if (!a.is_choice()) {
      return Cat("diharapkan ", OptionList(*item.options), " untuk ", TypeWords(t),
                 " ini, ditemukan angka ", NumberText(a.number));
    }
    for (const AnswerOption& o : *item.options) {
      if (o.code == a.choice) return std::nullopt;
    }
    return Cat(Quoted(a.choice), " bukan pilihan untuk ", TypeWords(t), " ini (diharapkan ",
               OptionList(*item.options), ")");
  }
  if (a.is_choice()) {
    return Cat("diharapkan angka untuk ", TypeWords(t), " ini, ditemukan ", Quoted(a.choice));
  }
  if (!std::isfinite(a.number)) return Cat("diharapkan angka terhingga untuk ", TypeWords(t), " ini");
  if (t.kind == AnswerKind::kCount) {
    if (a.number < t.min || std::floor(a.number) != a.number || a.number > kMaxCount) {
      return Cat(NumberText(a.number), " bukan jumlah: jawaban JUMLAH adalah bilangan bulat dari ",
                 NumberText(t.min), " sampai ", NumberText(kMaxCount));
    }
    return std::nullopt;
  }
  if (a.number < t.min || a.number > t.max) {
    return Cat(NumberText(a.number), " di luar ", NumberText(t.min), "..", NumberText(t.max),
               " untuk ", TypeWords(t), " ini");
  }
  return std::nullopt;
}

std::string CountList(const RubricIndex& x, const std::vector<int>& ids) {
  std::vector<std::string> names;
  for (int i : ids) names.push_back(std::string(x.items[static_cast<size_t>(i)].id));
  return internal::Join(names, ", ");
}

// Problems of ratio items in one layer with the given formula choice. A ratio with a count
// that already has a problem in this layer is skipped: that count is not missing, it is wrong.
void CheckRatios(const RubricIndex& x, const LkeAnswerSet& set, LkeLayer layer,
                 const LkeScoreOptions& options, const std::vector<LkeAnswerProblem>& known,
                 std::vector<LkeAnswerProblem>& out) {
  const std::vector<internal::Slot> slots = internal::ResolveSlots(x, set, layer, nullptr);
  const auto has_problem = [&](int item) {
    for (const LkeAnswerProblem& p : known) {
      if (p.question == x.items[static_cast<size_t>(item)].id && (!p.layer || *p.layer == layer)) {
        return true;
      }
    }
    return false;
  };
  for (const RubricIndex::Ratio& r : x.ratios) {
    const RubricIndex::Formula& f = internal::SelectedFormula(r, options);
    bool skip = false;
    for (const std::vector<int>* side : {&f.num, &f.den}) {
      for (int i : *side) {
        skip = skip || has_problem(i) ||
               (x.items[static_cast<size_t>(i)].same_as >= 0 && has_problem(x.items[static_cast<size_t>(i)].same_as));
      }
    }
    if (skip) continue;
    const internal::RatioEval e =
        internal::EvalRatio(r, f, slots, ZeroDenominatorPolicy::kZeroOverZeroIsOne);
    const std::string formula_name =
        f.alternative.empty() ? std::string() : Cat(" (alternatif ", f.alternative, ")");
    if (e.partial) {
      std::vector<int> missing, ids = f.num;
      ids.insert(ids.end(), f.den.begin(), f.den.end());
      for (int i : ids) {
        if (!slots[static_cast<size_t>(i)].answered) missing.push_back(i);
      }
      out.push_back({r.ratio->id, layer, "",
                     Cat("butir rasio", formula_name, " tidak memiliki isian jumlah",
                         missing.size() == 1 ? " " : " ", CountList(x, missing),
                         " (isi semua jumlahnya, atau kosongkan semuanya)")});
    } else if (e.nonzero_over_zero) {
      out.push_back({r.ratio->id, layer, "",
                     Cat("butir rasio", formula_name, " membagi ",
                         NumberText(e.numerator), " dengan 0 (", CountList(x, f.den),
                         " = 0): salah satu jumlahnya pasti keliru")});
    }
  }
}

}  // namespace
}  // namespace v1

namespace internal {

std::string Quoted(std::string_view s) { return Cat("\"", s, "\""); }

std::string CanonicalChoice(const RubricIndex::Item& item, std::string_view given) {
  const std::string trimmed = Trim(given);
  const std::string lower = AsciiLower(trimmed);
  for (const AnswerOption& o : *item.options) {
    if (AsciiLower(o.code) == lower) return o.code;
  }
  return trimmed;
}

std::string TypeWords(const AnswerType& t) {
  return t.kind == AnswerKind::kChoice ? Cat("pertanyaan ", t.label)
         : t.kind == AnswerKind::kCount ? std::string("isian JUMLAH")
                                        : Cat("isian ", t.label);
}

std::string UnknownId(const Rubric& rubric) {
  return Cat("id pertanyaan tidak dikenal (tidak ada di rubrik ", rubric.id(), ")");
}

std::vector<LkeAnswerProblem> ValidateAnswers(const LkeAnswerSet& set, const Rubric& rubric,
                                              const LkeScoreOptions& options,
                                              std::span<const LkeLayer> layers,
                                              const std::vector<LkeAnswerProblem>& known) {
  const RubricIndex& x = internal::IndexOf(rubric);
  std::vector<LkeAnswerProblem> out;
  if (!set.rubric.empty() && set.rubric != rubric.id()) {
    out.push_back({"", std::nullopt, "",
                   Cat("jawaban ini untuk rubrik ", Quoted(set.rubric), ", bukan ",
                       Quoted(rubric.id()))});
  }
  for (const RubricIndex::Item& item : x.items) {
    auto it = set.answers.find(item.id);
    if (it == set.answers.end()) continue;
    for (LkeLayer layer : layers) {
      const std::optional<LkeAnswer>& a = it->second.layer(layer);
      if (!a) continue;
      if (std::optional<std::string> why = Misfit(item, *a)) {
        out.push_back({std::string(item.id), layer, "", *why});
      }
    }
  }
  for (const auto& [id, entry] : set.answers) {
    if (x.FindItem(id) < 0) out.push_back({id, std::nullopt, "", UnknownId(rubric)});
  }
  std::vector<LkeAnswerProblem> all = known;
  all.insert(all.end(), out.begin(), out.end());
  for (LkeLayer layer : layers) CheckRatios(x, set, layer, options, all, out);
  return out;
}

namespace {

// At most this many problems are spelled out in the message; the rest are counted, so a
// file of a million bad rows gives a short error (docs/limits.md).
constexpr size_t kMaxProblemsListed = 50;

absl::Status ProblemsStatus(const std::vector<LkeAnswerProblem>& problems,
                            std::string_view source) {
  std::vector<std::string> lines;
  const size_t listed = std::min(problems.size(), kMaxProblemsListed);
  for (size_t i = 0; i < listed; ++i) lines.push_back(FormatProblem(problems[i]));
  if (listed < problems.size()) {
    lines.push_back(Cat("dan ", problems.size() - listed, " lainnya"));
  }
  return absl::InvalidArgumentError(
      Cat(source.empty() ? "" : Cat(source, ": "), problems.size(),
          problems.size() == 1 ? " masalah: " : " masalah: ", internal::Join(lines, "; ")));
}

}  // namespace

absl::StatusOr<LkeAnswerSet> FinishAnswers(LkeAnswerSet set,
                                           std::vector<LkeAnswerProblem> problems,
                                           const Rubric& rubric, std::string_view source,
                                           const AnswerLocations& where) {
  // Problems found while parsing come first; validation adds the rest without repeating
  // what a parse problem already explains.
  constexpr LkeLayer kBoth[] = {LkeLayer::kUnit, LkeLayer::kTpi};
  for (LkeAnswerProblem& p : internal::ValidateAnswers(set, rubric, LkeScoreOptions{}, kBoth, problems)) {
    auto w = where.find(p.question);
    if (w != where.end()) p.where = w->second;
    problems.push_back(std::move(p));
  }
  if (!problems.empty()) return ProblemsStatus(problems, source);
  return set;
}

std::vector<std::string> WriteOrder(const LkeAnswerSet& set, const Rubric& rubric,
                                    bool include_unanswered) {
  const RubricIndex& x = internal::IndexOf(rubric);
  std::vector<std::string> ids;
  for (const RubricIndex::Item& item : x.items) {
    if (include_unanswered || set.answers.count(item.id)) ids.push_back(std::string(item.id));
  }
  for (const auto& [id, entry] : set.answers) {
    if (x.FindItem(id) < 0) ids.push_back(id);
  }
  return ids;
}

// The question as the worksheet prints it; a count listed under a heading ("Jumlah yang
// harus melaporkan") carries the heading, since its own text ("Kepala satuan kerja") does not
// say what to count.
std::string ItemText(const Rubric& rubric, std::string_view id) {
  if (const LkeQuestionRef* q = rubric.FindQuestion(id)) {
    return q->question->heading.empty() ? q->question->text
                                        : Cat(q->question->heading, ": ", q->question->text);
  }
  const RubricIndex& x = internal::IndexOf(rubric);
  const int i = x.FindItem(id);
  return i < 0 ? std::string() : std::string(x.items[static_cast<size_t>(i)].text);
}

}  // namespace internal

inline namespace v1 {

std::vector<LkeAnswerProblem> ValidateLkeAnswers(const LkeAnswerSet& set, const Rubric& rubric) {
  constexpr LkeLayer kBoth[] = {LkeLayer::kUnit, LkeLayer::kTpi};
  return internal::ValidateAnswers(set, rubric, LkeScoreOptions{}, kBoth, {});
}

std::string AllowedAnswers(const Rubric& rubric, std::string_view question) {
  const RubricIndex& x = internal::IndexOf(rubric);
  const int i = x.FindItem(question);
  if (i < 0) return "";
  const RubricIndex::Item& item = x.items[static_cast<size_t>(i)];
  const AnswerType& t = *item.type;
  switch (t.kind) {
    case AnswerKind::kChoice: {
      std::vector<std::string> codes;
      for (const AnswerOption& o : *item.options) codes.push_back(o.code);
      return internal::Join(codes, ", ");
    }
    case AnswerKind::kCount: return Cat("bilangan bulat >= ", NumberText(t.min));
    case AnswerKind::kNumber:
      return Cat("angka ", NumberText(t.min), " sampai ", NumberText(t.max));
  }
  return "";
}

}  // namespace v1
}  // namespace zi
