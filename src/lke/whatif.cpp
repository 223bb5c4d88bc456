#include "zi/lke/whatif.hpp"

#include <cmath>
#include <map>

#include "internal/lke_internal.hpp"
#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {

using internal::Cat;
using internal::RubricIndex;
using internal::Slot;
using internal::Totals;

namespace {

// Gains closer than this are ties (then the question id decides).
constexpr double kGainEpsilon = 1e-12;
constexpr double kMaxCount = 1e12;

// One score criterion row, evaluated on Totals the way CheckLkePredicate evaluates it on a
// score. `scale` turns a fraction shortfall into points (an area's weight).
struct Row {
  std::string id;
  MeasureKind kind = MeasureKind::kTotal;
  size_t index = 0;  // area, hasil group or hasil item
  double threshold = 0;
  double scale = 1;

  double Value(const Totals& t, const Rubric& rubric) const {
    switch (kind) {
      case MeasureKind::kTotal: return t.total;
      case MeasureKind::kPengungkit: return t.pengungkit;
      case MeasureKind::kAreaPercent: {
        const double w = rubric.areas()[index].weight;
        return w > 0 ? t.area[index] / w : 0;
      }
      case MeasureKind::kHasilGroup: return t.hasil_group[index];
      case MeasureKind::kHasilItem: return t.hasil_item[index];
    }
    return 0;
  }
  // Points still missing; 0 when the row passes.
  double Shortfall(const Totals& t, const Rubric& rubric) const {
    const double v = Value(t, rubric);
    if (v >= threshold - internal::kThresholdEpsilon) return 0;
    return (threshold - v) * scale;
  }
};

std::vector<Row> ScoreRows(const Rubric& rubric, const LkePredicate& p) {
  std::vector<Row> rows;
  for (const LkeCriterion& c : p.criteria) {
    Row r;
    r.id = c.id;
    r.kind = c.kind;
    r.threshold = c.min;
    switch (c.kind) {
      case MeasureKind::kTotal:
      case MeasureKind::kPengungkit: rows.push_back(r); break;
      case MeasureKind::kAreaPercent:
        for (size_t a = 0; a < rubric.areas().size(); ++a) {
          Row ar = r;
          ar.id = Cat(c.id, ".", rubric.areas()[a].code);
          ar.index = a;
          ar.scale = rubric.areas()[a].weight;
          rows.push_back(ar);
        }
        break;
      case MeasureKind::kHasilGroup:
        for (size_t g = 0; g < rubric.hasil_groups().size(); ++g) {
          if (rubric.hasil_groups()[g].id == c.target) r.index = g;
        }
        rows.push_back(r);
        break;
      case MeasureKind::kHasilItem:
        for (size_t i = 0; i < rubric.hasil_items().size(); ++i) {
          if (rubric.hasil_items()[i].id == c.target) r.index = i;
        }
        rows.push_back(r);
        break;
    }
  }
  return rows;
}

struct Candidate {
  int item = -1;
  int direction = 0;  // +1 / −1 for counts; 0 otherwise
  Slot slot;
  std::string from, to;
  LkeAnswer answer;
};

std::string SlotText(const RubricIndex::Item& item, const Slot& s) {
  if (!s.answered) return "";
  if (item.type->kind == AnswerKind::kChoice) return (*item.options)[static_cast<size_t>(s.option)].code;
  return internal::AnswerText(LkeAnswer::Number(s.number));
}

class Search {
 public:
  Search(const Rubric& rubric, const LkeWhatIfOptions& options, ZeroDenominatorPolicy policy,
         std::vector<Slot> slots, std::vector<Row> rows, std::vector<bool> locked)
      : rubric_(rubric),
        x_(internal::IndexOf(rubric)),
        options_(options),
        policy_(policy),
        slots_(std::move(slots)),
        rows_(std::move(rows)),
        locked_(std::move(locked)) {
    totals_ = internal::ComputeTotals(rubric_, slots_, options_.score, policy_);
  }

  bool AllPass() const {
    for (const Row& r : rows_) {
      if (r.Shortfall(totals_, rubric_) > 0) return false;
    }
    return true;
  }

  double Shortfall(const Totals& t) const {
    double s = 0;
    for (const Row& r : rows_) s += r.Shortfall(t, rubric_);
    return s;
  }

  // Runs the greedy search; returns the steps taken.
  std::vector<LkeWhatIfStep> Run(bool& step_limit) {
    std::vector<LkeWhatIfStep> steps;
    step_limit = false;
    while (!AllPass()) {
      if (static_cast<int>(steps.size()) >= options_.max_steps) {
        step_limit = true;
        break;
      }
      const double before = Shortfall(totals_);
      const Candidate* best = nullptr;
      double best_gain = 0;
      Totals best_totals;
      const std::vector<Candidate> candidates = Candidates();
      for (const Candidate& c : candidates) {
        std::optional<Totals> t = Try(c);
        if (!t) continue;
        const double gain = before - Shortfall(*t);
        if (gain <= kGainEpsilon) continue;
        const bool better =
            !best || gain > best_gain + kGainEpsilon ||
            (gain >= best_gain - kGainEpsilon &&
             std::make_pair(x_.items[static_cast<size_t>(c.item)].id, c.direction) <
                 std::make_pair(x_.items[static_cast<size_t>(best->item)].id, best->direction));
        if (better) {
          best = &c;
          best_gain = gain;
          best_totals = *std::move(t);
        }
      }
      if (!best) break;
      LkeWhatIfStep step;
      step.rank = static_cast<int>(steps.size()) + 1;
      const RubricIndex::Item& item = x_.items[static_cast<size_t>(best->item)];
      step.question = std::string(item.id);
      step.text = std::string(item.text);
      if (item.sub >= 0) step.subarea = x_.subs[static_cast<size_t>(item.sub)].ref->subarea->id;
      step.from = best->from;
      step.to = best->to;
      step.answer = best->answer;
      step.gain = best_gain;
      step.points = best_totals.total - totals_.total;
      for (const Row& r : rows_) {
        if (r.Shortfall(best_totals, rubric_) < r.Shortfall(totals_, rubric_) - kGainEpsilon) {
          step.helps.push_back(r.id);
        }
      }
      Apply(*best);
      totals_ = std::move(best_totals);
      steps.push_back(std::move(step));
    }
    return steps;
  }

 private:
  std::vector<Candidate> Candidates() const {
    std::vector<Candidate> out;
    for (size_t i = 0; i < x_.items.size(); ++i) {
      const RubricIndex::Item& item = x_.items[i];
      const Slot& s = slots_[i];
      if (locked_[i]) continue;
      if (item.type->kind == AnswerKind::kChoice) {
        // Unanswered counts as the worst option: its first step is the next one up.
        double current = 2;
        for (const AnswerOption& o : *item.options) current = std::min(current, o.value);
        if (s.answered) current = (*item.options)[static_cast<size_t>(s.option)].value;
        int next = -1;
        for (size_t o = 0; o < item.options->size(); ++o) {
          const double v = (*item.options)[o].value;
          if (v > current && (next < 0 || v < (*item.options)[static_cast<size_t>(next)].value)) {
            next = static_cast<int>(o);
          }
        }
        if (next < 0) continue;
        Candidate c;
        c.item = static_cast<int>(i);
        c.slot.answered = true;
        c.slot.option = next;
        c.from = SlotText(item, s);
        c.to = (*item.options)[static_cast<size_t>(next)].code;
        c.answer = LkeAnswer::Choice(c.to);
        out.push_back(std::move(c));
      } else if (item.type->kind == AnswerKind::kNumber && s.answered) {
        // The next multiple of 0.1: survey thresholds (3.20, 3.60) sit on that grid.
        double next = (std::floor(s.number * 10 + 1e-9) + 1) / 10;
        if (next > item.type->max) next = item.type->max;
        if (!(next > s.number)) continue;
        Candidate c;
        c.item = static_cast<int>(i);
        c.slot = s;
        c.slot.number = next;
        c.from = SlotText(item, s);
        c.to = SlotText(item, c.slot);
        c.answer = LkeAnswer::Number(next);
        out.push_back(std::move(c));
      }
    }
    for (const RubricIndex::Ratio& r : x_.ratios) {
      const RubricIndex::Formula& f = internal::SelectedFormula(r, options_.score);
      const internal::RatioEval e = internal::EvalRatio(r, f, slots_, policy_);
      if (!e.answered || e.value >= r.ratio->cap) continue;
      // The first numerator count the caller did not lock.
      int item = -1;
      for (int n : f.num) {
        if (!locked_[static_cast<size_t>(n)]) {
          item = n;
          break;
        }
      }
      if (item < 0) continue;
      const Slot& s = slots_[static_cast<size_t>(item)];
      Candidate c;
      c.item = item;
      c.slot = s;
      if (f.formula == RatioFormula::kRatio) {
        if (e.denominator == 0 || s.number + 1 > kMaxCount) continue;
        c.direction = 1;
        c.slot.number = s.number + 1;
      } else {
        if (s.number < 1) continue;
        c.direction = -1;
        c.slot.number = s.number - 1;
      }
      bool dup = false;
      for (const Candidate& o : out) dup |= o.item == c.item && o.direction == c.direction;
      if (dup) continue;
      const RubricIndex::Item& it = x_.items[static_cast<size_t>(item)];
      c.from = SlotText(it, s);
      c.to = SlotText(it, c.slot);
      c.answer = LkeAnswer::Number(c.slot.number);
      out.push_back(std::move(c));
    }
    return out;
  }

  // Sets an item's slot and refreshes counts filled from it (same_as). Returns the old
  // slots of every index it changed.
  std::vector<std::pair<size_t, Slot>> Set(int item, const Slot& slot) {
    std::vector<std::pair<size_t, Slot>> old;
    old.emplace_back(static_cast<size_t>(item), slots_[static_cast<size_t>(item)]);
    slots_[static_cast<size_t>(item)] = slot;
    for (size_t i = 0; i < x_.items.size(); ++i) {
      if (x_.items[i].same_as == item && slots_[i].filled) {
        old.emplace_back(i, slots_[i]);
        slots_[i] = slot;
        slots_[i].filled = true;
      }
    }
    return old;
  }

  void Restore(const std::vector<std::pair<size_t, Slot>>& old) {
    for (auto it = old.rbegin(); it != old.rend(); ++it) slots_[it->first] = it->second;
  }

  // The totals after a candidate step; nullopt when the step would make a ratio divide a
  // positive count by 0.
  std::optional<Totals> Try(const Candidate& c) {
    const RubricIndex::Item& item = x_.items[static_cast<size_t>(c.item)];
    const auto old = Set(c.item, c.slot);
    Totals t = totals_;
    bool ok = true;
    if (item.sub >= 0) {
      const RubricIndex::Sub& sub = x_.subs[static_cast<size_t>(item.sub)];
      for (int r : sub.ratios) {
        const RubricIndex::Ratio& ratio = x_.ratios[static_cast<size_t>(r)];
        ok = ok && !internal::EvalRatio(ratio, internal::SelectedFormula(ratio, options_.score),
                                        slots_, policy_)
                        .nonzero_over_zero;
      }
      t.sub[static_cast<size_t>(item.sub)] =
          internal::EvalSub(x_, sub, slots_, options_.score, policy_).score;
    } else {
      const size_t h = static_cast<size_t>(item.hasil);
      t.hasil_item[h] = rubric_.hasil_items()[h].weight * internal::ItemValue(item, slots_[static_cast<size_t>(c.item)]);
    }
    Restore(old);
    if (!ok) return std::nullopt;
    internal::Resum(rubric_, t);
    return t;
  }

  void Apply(const Candidate& c) { Set(c.item, c.slot); }

  const Rubric& rubric_;
  const RubricIndex& x_;
  const LkeWhatIfOptions& options_;
  ZeroDenominatorPolicy policy_;
  std::vector<Slot> slots_;
  std::vector<Row> rows_;
  std::vector<bool> locked_;  // by item index
  Totals totals_;
};

// The items the search must not change (by item index): the caller's locks and, unless
// include_external, every item measured by a survey or by others. InvalidArgument for an
// unknown id.
absl::StatusOr<std::vector<bool>> LockedItems(const RubricIndex& x, const LkeWhatIfOptions& o) {
  std::vector<bool> locked(x.items.size(), false);
  if (!o.include_external) {
    for (size_t i = 0; i < x.items.size(); ++i) {
      locked[i] = x.items[i].measured_by != LkeMeasuredBy::kUnit;
    }
  }
  std::vector<std::string> unknown;
  for (const std::string& id : o.locked) {
    const int item = x.FindItem(id);
    if (item >= 0) {
      locked[static_cast<size_t>(item)] = true;
      continue;
    }
    auto r = x.ratio_by_id.find(id);
    if (r == x.ratio_by_id.end()) {
      unknown.push_back(id);
      continue;
    }
    for (const RubricIndex::Formula& f : x.ratios[static_cast<size_t>(r->second)].formulas) {
      for (int n : f.num) locked[static_cast<size_t>(n)] = true;
      for (int d : f.den) locked[static_cast<size_t>(d)] = true;
    }
  }
  if (!unknown.empty()) {
    return absl::InvalidArgumentError(
        Cat("tidak dapat dikunci: ", internal::Join(unknown, ", "),
            " bukan pertanyaan, butir hasil atau butir rasio rubrik ini"));
  }
  return locked;
}

// Why a row that still fails could not be helped.
std::string UnfixableReason(const Rubric& rubric, const RubricIndex& x, const std::vector<bool>& locked,
                            const LkeCriterionResult& r, const LkeWhatIfOptions& options, bool step_limit) {
  if (r.is_prior) return Cat(r.label, ": syarat ini tidak dapat dipenuhi dengan mengubah jawaban");
  if (step_limit) {
    return Cat(r.label, ": belum terpenuhi setelah ", options.max_steps, " langkah (batas langkah)");
  }
  // A hasil row whose every item is held fixed.
  std::vector<const RubricIndex::Item*> items;
  for (size_t i = 0; i < x.items.size(); ++i) {
    const RubricIndex::Item& it = x.items[i];
    if (it.hasil < 0) continue;
    const HasilItem& h = rubric.hasil_items()[static_cast<size_t>(it.hasil)];
    if ((r.kind == MeasureKind::kHasilItem && h.id == r.target) ||
        (r.kind == MeasureKind::kHasilGroup && h.group == r.target)) {
      if (!locked[i]) return Cat(r.label, ": tidak ada langkah jawaban yang masih dapat menaikkan nilainya");
      items.push_back(&it);
    }
  }
  if (!items.empty()) {
    bool external = true;
    std::vector<std::string> ids;
    for (const RubricIndex::Item* it : items) {
      external = external && !options.include_external && it->measured_by != LkeMeasuredBy::kUnit;
      ids.push_back(std::string(it->id));
    }
    if (external) {
      const bool survey = items.size() == 1 && items[0]->measured_by == LkeMeasuredBy::kSurvey;
      return Cat(r.label, ": nilainya ditentukan oleh ",
                 survey ? "hasil survei eksternal" : "hasil yang diukur di luar unit", " (",
                 internal::Join(ids, ", "),
                 "), bukan oleh langkah jawaban unit; --include-external menyertakannya");
    }
    return Cat(r.label, ": butir penentunya dikunci (", internal::Join(ids, ", "), ")");
  }
  return Cat(r.label, ": tidak ada langkah jawaban yang masih dapat menaikkan nilainya");
}

}  // namespace

absl::StatusOr<LkeWhatIfResult> LkeWhatIf(const Rubric& rubric, const LkeAnswerSet& answers,
                                          std::string_view predicate,
                                          const LkeWhatIfOptions& options) {
  const LkePredicate* p = rubric.FindPredicate(predicate);
  absl::StatusOr<LkeScore> score = ScoreLke(rubric, answers, options.score);
  if (!score.ok()) return score.status();
  absl::StatusOr<LkePredicateResult> before = CheckLkePredicate(rubric, *score, predicate);
  if (!before.ok()) return before.status();

  const RubricIndex& x = internal::IndexOf(rubric);
  absl::StatusOr<std::vector<bool>> locked = LockedItems(x, options);
  if (!locked.ok()) return locked.status();
  const LkeLayer layer = options.score.layer;
  std::vector<Slot> slots = internal::ResolveSlots(x, answers, layer, nullptr);
  Search search(rubric, options, score->zero_denominator, std::move(slots), ScoreRows(rubric, *p),
                *locked);

  LkeWhatIfResult out;
  out.predicate = p->id;
  for (size_t i = 0; i < x.items.size(); ++i) {
    if ((*locked)[i]) out.locked.push_back(std::string(x.items[i].id));
  }
  out.before = *std::move(before);
  out.steps = search.Run(out.step_limit);

  out.answers = answers;
  std::map<std::string, size_t> change_index;
  for (const LkeWhatIfStep& s : out.steps) {
    out.answers.Set(s.question, s.answer, layer);
    auto [it, fresh] = change_index.emplace(s.question, out.changes.size());
    if (fresh) out.changes.push_back(LkeWhatIfChange{s.question, s.text, s.from, s.to, 0, 0});
    LkeWhatIfChange& c = out.changes[it->second];
    c.to = s.to;
    ++c.steps;
    c.points += s.points;
  }
  absl::StatusOr<LkeScore> after_score = ScoreLke(rubric, out.answers, options.score);
  if (!after_score.ok()) return after_score.status();
  absl::StatusOr<LkePredicateResult> after = CheckLkePredicate(rubric, *after_score, predicate);
  if (!after.ok()) return after.status();
  out.after = *std::move(after);

  out.reached = true;
  for (const LkeCriterionResult& r : out.after.criteria) {
    if (r.pass) continue;
    if (!r.is_prior) out.reached = false;
    out.unfixable.push_back(r.id);
    out.reasons.push_back(UnfixableReason(rubric, x, *locked, r, options, out.step_limit));
  }
  // What the search did not invent: surveys without a value, ratio items without counts.
  for (size_t i = 0; i < x.items.size(); ++i) {
    if (x.items[i].type->kind == AnswerKind::kNumber && !answers.Find(x.items[i].id, layer)) {
      out.to_fill.push_back(std::string(x.items[i].id));
    }
  }
  for (const LkeAreaScore& a : after_score->areas) {
    for (const LkeHalfScore* h : {&a.pemenuhan, &a.reform}) {
      for (const LkeSubareaScore& s : h->subareas) {
        for (const LkeItemScore& it : s.items) {
          if (it.kind == LkeItemKind::kRatio && !it.answered && !it.zero_denominator) {
            out.to_fill.push_back(it.id);
          }
        }
      }
    }
  }
  return out;
}

}  // namespace v1
}  // namespace zi
