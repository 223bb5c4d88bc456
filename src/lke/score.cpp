#include "zi/lke/score.hpp"

#include <algorithm>
#include <cmath>

#include "internal/json_io.hpp"
#include "internal/lke_internal.hpp"
#include "internal/strings.hpp"

namespace zi {
namespace internal {

std::string AnswerText(const LkeAnswer& a) {
  if (a.is_choice()) return a.choice;
  std::string out;
  AppendNumber(out, a.number);
  return out;
}

std::vector<Slot> ResolveSlots(const RubricIndex& x, const LkeAnswerSet& set, LkeLayer layer,
                               std::vector<Diagnostic>* diagnostics) {
  std::vector<Slot> slots(x.items.size());
  for (size_t i = 0; i < x.items.size(); ++i) {
    const RubricIndex::Item& item = x.items[i];
    const LkeAnswer* a = set.Find(item.id, layer);
    if (!a) continue;
    Slot& s = slots[i];
    if (item.type->kind == AnswerKind::kChoice) {
      for (size_t o = 0; o < item.options->size(); ++o) {
        if ((*item.options)[o].code == a->choice) s.option = static_cast<int>(o);
      }
      s.answered = a->is_choice() && s.option >= 0;
    } else {
      const AnswerType& t = *item.type;
      s.number = a->number;
      s.answered = !a->is_choice() && std::isfinite(a->number) && a->number >= t.min &&
                   (t.kind == AnswerKind::kCount ? std::floor(a->number) == a->number
                                                 : a->number <= t.max);
    }
  }
  // A count the LKE asks for twice is normally the same number: fill it in when left out.
  for (size_t i = 0; i < x.items.size(); ++i) {
    const int src = x.items[i].same_as;
    if (src < 0) continue;
    const Slot& from = slots[static_cast<size_t>(src)];
    Slot& to = slots[i];
    if (!to.answered && from.answered) {
      to = from;
      to.filled = true;
      if (diagnostics) {
        diagnostics->push_back(
            {Severity::kInfo, "lke_same_as_filled", std::string(x.items[i].id), "",
             Cat("belum dijawab; diambil dari ", x.items[static_cast<size_t>(src)].id, " (",
                 from.number, "), yang oleh LKE ditanyakan sebagai jumlah yang sama")});
      }
    } else if (to.answered && from.answered && to.number != from.number && diagnostics) {
      diagnostics->push_back(
          {Severity::kWarning, "lke_same_as_differs", std::string(x.items[i].id), "",
           Cat("bernilai ", to.number, " tetapi ", x.items[static_cast<size_t>(src)].id, " bernilai ",
               from.number, "; LKE menanyakan jumlah yang sama dua kali")});
    }
  }
  return slots;
}

double ItemValue(const RubricIndex::Item& item, const Slot& slot) {
  if (!slot.answered) return 0;
  if (item.type->kind == AnswerKind::kChoice) {
    return (*item.options)[static_cast<size_t>(slot.option)].value;
  }
  return slot.number / item.type->divisor;
}

RatioEval EvalRatio(const RubricIndex::Ratio& ratio, const RubricIndex::Formula& f,
                    const std::vector<Slot>& slots, ZeroDenominatorPolicy policy) {
  RatioEval e;
  size_t given = 0, explicit_given = 0, needed = 0;
  for (const std::vector<int>* side : {&f.num, &f.den}) {
    for (int i : *side) {
      ++needed;
      const Slot& s = slots[static_cast<size_t>(i)];
      if (!s.answered) continue;
      ++given;
      explicit_given += !s.filled;
      (side == &f.num ? e.numerator : e.denominator) += s.number;
    }
  }
  if (explicit_given == 0) {
    e.numerator = e.denominator = 0;
    return e;
  }
  if (given < needed) {
    e.partial = true;
    return e;
  }
  const double top =
      f.formula == RatioFormula::kRatio ? e.numerator : e.denominator - e.numerator;
  if (e.denominator == 0) {
    e.zero_denominator = true;
    if (top > 0) {
      e.nonzero_over_zero = true;
    } else if (top < 0) {
      // Reduction from 0 last year: there was nothing to reduce and it rose, so no credit.
      e.answered = true;
      e.value = 0;
    } else {
      switch (policy) {
        case ZeroDenominatorPolicy::kZeroOverZeroIsOne:
          e.answered = true;
          e.value = 1;
          break;
        case ZeroDenominatorPolicy::kZeroOverZeroIsZero:
          e.answered = true;
          e.value = 0;
          break;
        case ZeroDenominatorPolicy::kZeroOverZeroIsUnanswered:
          e.answered = false;
          e.value = 0;
          break;
      }
    }
    return e;
  }
  e.answered = true;
  e.value = std::clamp(top / e.denominator, 0.0, ratio.ratio->cap);
  return e;
}

const RubricIndex::Formula& SelectedFormula(const RubricIndex::Ratio& ratio,
                                            const LkeScoreOptions& options) {
  auto it = options.ratio_alternatives.find(ratio.ratio->id);
  if (it != options.ratio_alternatives.end()) {
    for (const RubricIndex::Formula& f : ratio.formulas) {
      if (f.alternative == it->second) return f;
    }
  }
  return ratio.formulas.front();
}

SubEval EvalSub(const RubricIndex& x, const RubricIndex::Sub& sub, const std::vector<Slot>& slots,
                const LkeScoreOptions& options, ZeroDenominatorPolicy policy) {
  SubEval e;
  double sum = 0;
  for (int i : sub.items) {
    const Slot& s = slots[static_cast<size_t>(i)];
    sum += ItemValue(x.items[static_cast<size_t>(i)], s);
    e.answered += s.answered;
    ++e.total;
  }
  for (int r : sub.ratios) {
    const RubricIndex::Ratio& ratio = x.ratios[static_cast<size_t>(r)];
    const RatioEval re = EvalRatio(ratio, SelectedFormula(ratio, options), slots, policy);
    sum += re.value;
    e.answered += re.answered;
    ++e.total;
  }
  e.mean = e.total ? sum / e.total : 0;
  e.score = sub.ref->subarea->weight * e.mean;
  return e;
}

void Resum(const Rubric& rubric, Totals& t) {
  const RubricIndex& x = IndexOf(rubric);
  const size_t n = rubric.areas().size();
  std::vector<double> pem(n, 0), ref(n, 0);
  for (size_t i = 0; i < x.subs.size(); ++i) {
    const RubricIndex::Sub& s = x.subs[i];
    (s.ref->half == LkeHalfKind::kPemenuhan ? pem : ref)[static_cast<size_t>(s.area)] += t.sub[i];
  }
  t.area.assign(n, 0);
  t.pengungkit = 0;
  for (size_t a = 0; a < n; ++a) {
    t.area[a] = pem[a] + ref[a];
    t.pengungkit += t.area[a];
  }
  const auto& groups = rubric.hasil_groups();
  const auto& items = rubric.hasil_items();
  t.hasil_group.assign(groups.size(), 0);
  t.hasil = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    for (size_t g = 0; g < groups.size(); ++g) {
      if (groups[g].id == items[i].group) t.hasil_group[g] += t.hasil_item[i];
    }
    t.hasil += t.hasil_item[i];
  }
  t.total = t.pengungkit + t.hasil;
}

Totals ComputeTotals(const Rubric& rubric, const std::vector<Slot>& slots,
                     const LkeScoreOptions& options, ZeroDenominatorPolicy policy) {
  const RubricIndex& x = IndexOf(rubric);
  Totals t;
  for (const RubricIndex::Sub& s : x.subs) t.sub.push_back(EvalSub(x, s, slots, options, policy).score);
  const auto& items = rubric.hasil_items();
  for (size_t i = 0; i < items.size(); ++i) {
    const size_t k = x.question_count + i;
    t.hasil_item.push_back(items[i].weight * ItemValue(x.items[k], slots[k]));
  }
  Resum(rubric, t);
  return t;
}

}  // namespace internal

inline namespace v1 {

using internal::Cat;
using internal::RubricIndex;

namespace {

template <typename T>
const T* FindById(const std::vector<T>& v, std::string_view id) {
  for (const T& x : v) {
    if (x.id == id) return &x;
  }
  return nullptr;
}

}  // namespace

const LkeAreaScore* LkeScore::FindArea(std::string_view code) const {
  for (const LkeAreaScore& a : areas) {
    if (a.code == code) return &a;
  }
  return nullptr;
}

const LkeSubareaScore* LkeScore::FindSubarea(std::string_view id) const {
  for (const LkeAreaScore& a : areas) {
    for (const LkeHalfScore* h : {&a.pemenuhan, &a.reform}) {
      if (const LkeSubareaScore* s = FindById(h->subareas, id)) return s;
    }
  }
  return nullptr;
}

const LkeItemScore* LkeScore::FindItem(std::string_view id) const {
  for (const LkeAreaScore& a : areas) {
    for (const LkeHalfScore* h : {&a.pemenuhan, &a.reform}) {
      for (const LkeSubareaScore& s : h->subareas) {
        if (const LkeItemScore* i = FindById(s.items, id)) return i;
      }
    }
  }
  return nullptr;
}

const HasilItemScore* LkeScore::FindHasilItem(std::string_view id) const {
  return FindById(hasil_items, id);
}

const HasilGroupScore* LkeScore::FindHasilGroup(std::string_view id) const {
  return FindById(hasil_groups, id);
}

absl::StatusOr<LkeScore> ScoreLke(const Rubric& rubric, const LkeAnswerSet& answers,
                                  const LkeScoreOptions& options) {
  const RubricIndex& x = internal::IndexOf(rubric);
  const RubricData& d = rubric.data();
  const ZeroDenominatorPolicy policy = options.zero_denominator.value_or(d.zero_denominator);
  if (!d.zero_denominator_allowed.empty() &&
      std::find(d.zero_denominator_allowed.begin(), d.zero_denominator_allowed.end(), policy) ==
          d.zero_denominator_allowed.end()) {
    return absl::InvalidArgumentError(Cat("rubrik ", rubric.id(), " tidak mengizinkan kebijakan ",
                                          ToString(policy)));
  }
  for (const auto& [ratio_id, alt] : options.ratio_alternatives) {
    auto r = x.ratio_by_id.find(ratio_id);
    if (r == x.ratio_by_id.end()) {
      return absl::InvalidArgumentError(Cat("butir rasio '", ratio_id, "' tidak dikenal"));
    }
    const RubricIndex::Ratio& ratio = x.ratios[static_cast<size_t>(r->second)];
    bool found = false;
    std::vector<std::string> known;
    for (const RubricIndex::Formula& f : ratio.formulas) {
      found |= f.alternative == alt;
      if (!f.alternative.empty()) known.push_back(std::string(f.alternative));
    }
    if (!found) {
      return absl::InvalidArgumentError(
          Cat("butir rasio ", ratio_id, " tidak memiliki alternatif '", alt, "'",
              known.empty() ? std::string(" (tidak ada alternatif)")
                            : Cat(" (yang dikenal: ", internal::Join(known, ", "), ")")));
    }
  }
  const LkeLayer layers[] = {options.layer};
  if (std::vector<LkeAnswerProblem> problems = internal::ValidateAnswers(answers, rubric, options, layers, {});
      !problems.empty()) {
    std::vector<std::string> lines;
    for (const LkeAnswerProblem& p : problems) lines.push_back(FormatProblem(p));
    return absl::InvalidArgumentError(Cat(problems.size(), problems.size() == 1 ? " masalah: " : " masalah: ",
                                          internal::Join(lines, "; ")));
  }

  LkeScore out;
  out.satker = answers.satker;
  out.year = answers.year;
  out.rubric = rubric.id();
  out.rubric_revision = rubric.revision();
  out.layer = options.layer;
  out.zero_denominator = policy;
  out.ratio_alternatives = options.ratio_alternatives;
  out.prior_wbk = answers.prior_wbk;
  const std::vector<internal::Slot> slots =
      internal::ResolveSlots(x, answers, options.layer, &out.diagnostics);

  for (const LkeArea& a : d.areas) {
    LkeAreaScore as;
    as.code = a.code;
    as.name = a.name;
    as.weight = a.weight;
    as.pemenuhan.weight = a.pemenuhan.weight;
    as.reform.weight = a.reform.weight;
    out.areas.push_back(std::move(as));
  }
  for (const RubricIndex::Sub& sub : x.subs) {
    const LkeSubarea& s = *sub.ref->subarea;
    LkeSubareaScore ss;
    ss.id = s.id;
    ss.name = s.name;
    ss.parent = s.parent;
    ss.weight = s.weight;
    double sum = 0;
    for (int i : sub.items) {
      const RubricIndex::Item& item = x.items[static_cast<size_t>(i)];
      const internal::Slot& slot = slots[static_cast<size_t>(i)];
      LkeItemScore is;
      is.id = std::string(item.id);
      is.kind = LkeItemKind::kQuestion;
      is.answered = slot.answered;
      is.value = internal::ItemValue(item, slot);
      if (slot.answered) {
        is.answer = item.type->kind == AnswerKind::kChoice
                        ? (*item.options)[static_cast<size_t>(slot.option)].code
                        : internal::AnswerText(LkeAnswer::Number(slot.number));
      } else {
        out.unanswered.push_back(is.id);
      }
      sum += is.value;
      ss.answered += is.answered;
      ++ss.total;
      ss.items.push_back(std::move(is));
    }
    for (int r : sub.ratios) {
      const RubricIndex::Ratio& ratio = x.ratios[static_cast<size_t>(r)];
      const RubricIndex::Formula& f = internal::SelectedFormula(ratio, options);
      const internal::RatioEval e = internal::EvalRatio(ratio, f, slots, policy);
      LkeItemScore is;
      is.id = ratio.ratio->id;
      is.kind = LkeItemKind::kRatio;
      is.answered = e.answered;
      is.value = e.value;
      is.numerator = e.numerator;
      is.denominator = e.denominator;
      is.formula = f.formula;
      is.alternative = std::string(f.alternative);
      is.zero_denominator = e.zero_denominator;
      const bool counts_given = e.answered || e.zero_denominator;
      if (counts_given) {
        is.answer = Cat(internal::AnswerText(LkeAnswer::Number(e.numerator)), "/",
                        internal::AnswerText(LkeAnswer::Number(e.denominator)));
      }
      if (!e.answered) out.unanswered.push_back(is.id);
      if (e.zero_denominator) {
        out.diagnostics.push_back(
            {Severity::kInfo, "lke_zero_denominator", is.id, "",
             Cat(is.answer, " dinilai ", e.answered ? internal::AnswerText(LkeAnswer::Number(e.value))
                                                   : std::string("sebagai belum dijawab"),
                 " (", ToString(policy), ")")});
      }
      sum += is.value;
      ss.answered += is.answered;
      ++ss.total;
      ss.items.push_back(std::move(is));
    }
    ss.mean = ss.total ? sum / ss.total : 0;
    ss.score = s.weight * ss.mean;
    LkeAreaScore& as = out.areas[static_cast<size_t>(sub.area)];
    LkeHalfScore& hs = sub.ref->half == LkeHalfKind::kPemenuhan ? as.pemenuhan : as.reform;
    hs.score += ss.score;
    hs.answered += ss.answered;
    hs.total += ss.total;
    hs.subareas.push_back(std::move(ss));
  }
  for (LkeAreaScore& as : out.areas) {
    as.score = as.pemenuhan.score + as.reform.score;
    as.fraction = as.weight > 0 ? as.score / as.weight : 0;
    as.answered = as.pemenuhan.answered + as.reform.answered;
    as.total = as.pemenuhan.total + as.reform.total;
    out.pemenuhan += as.pemenuhan.score;
    out.reform += as.reform.score;
    out.pengungkit += as.score;
    out.answered += as.answered;
    out.scored_items += as.total;
  }
  for (const HasilGroup& g : d.hasil_groups) {
    out.hasil_groups.push_back(HasilGroupScore{g.id, g.name, g.weight, 0});
  }
  for (size_t i = 0; i < d.hasil_items.size(); ++i) {
    const HasilItem& h = d.hasil_items[i];
    const size_t k = x.question_count + i;
    const internal::Slot& slot = slots[k];
    HasilItemScore hs;
    hs.id = h.id;
    hs.name = h.name;
    hs.group = h.group;
    hs.weight = h.weight;
    hs.answered = slot.answered;
    hs.value = internal::ItemValue(x.items[k], slot);
    hs.score = h.weight * hs.value;
    if (slot.answered) {
      hs.answer = x.items[k].type->kind == AnswerKind::kChoice
                      ? (*x.items[k].options)[static_cast<size_t>(slot.option)].code
                      : internal::AnswerText(LkeAnswer::Number(slot.number));
    } else {
      out.unanswered.push_back(h.id);
    }
    for (HasilGroupScore& g : out.hasil_groups) {
      if (g.id == h.group) g.score += hs.score;
    }
    out.hasil += hs.score;
    out.answered += hs.answered;
    ++out.scored_items;
    out.hasil_items.push_back(std::move(hs));
  }
  out.total = out.pengungkit + out.hasil;
  return out;
}

}  // namespace v1
}  // namespace zi
