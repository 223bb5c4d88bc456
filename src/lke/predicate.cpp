#include "zi/lke/predicate.hpp"

#include <cstdio>

#include "internal/lke_internal.hpp"
#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {

using internal::Cat;

namespace {

// Up to `decimals` places, trailing zeros dropped, decimal comma (the reasons are
// Indonesian text: "79,11 < 85").
std::string Fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

// A failing value shown so that it never reads as equal to its threshold (74.996 → 74.996,
// not 75).
std::string ShowBelow(double value, double threshold, int decimals) {
  for (int d = decimals; d <= decimals + 6; ++d) {
    if (Fixed(value, d) != Fixed(threshold, d)) return Fixed(value, d);
  }
  return Fixed(value, decimals + 6);
}

std::string Reason(const LkeCriterionResult& r) {
  if (r.is_prior) return Cat("Belum mendapatkan predikat ", r.target == "wbk" ? "Menuju WBK" : r.target);
  if (r.is_fraction) {
    return Cat(r.label, ": ", ShowBelow(r.value * 100, r.threshold * 100, 2), "% < ",
               Fixed(r.threshold * 100, 2), "%");
  }
  return Cat(r.label, ": ", ShowBelow(r.value, r.threshold, 2), " < ", Fixed(r.threshold, 2));
}

}  // namespace

const LkeCriterionResult* LkePredicateResult::Find(std::string_view row_id) const {
  for (const LkeCriterionResult& c : criteria) {
    if (c.id == row_id) return &c;
  }
  return nullptr;
}

absl::StatusOr<LkePredicateResult> CheckLkePredicate(const Rubric& rubric, const LkeScore& score,
                                                     std::string_view predicate) {
  const LkePredicate* p = rubric.FindPredicate(predicate);
  if (!p) {
    std::vector<std::string> known;
    for (const LkePredicate& q : rubric.predicates()) known.push_back(q.id);
    return absl::NotFoundError(Cat("predikat '", predicate, "' tidak dikenal (rubrik ", rubric.id(),
                                   " memiliki ", internal::Join(known, ", "), ")"));
  }
  LkePredicateResult out;
  out.predicate = p->id;
  out.name = p->name;
  out.satker = score.satker;
  out.year = score.year;
  const auto add = [&](LkeCriterionResult r) {
    r.margin = r.value - r.threshold;
    r.pass = r.value >= r.threshold - internal::kThresholdEpsilon;
    out.criteria.push_back(std::move(r));
  };
  for (const LkeCriterion& c : p->criteria) {
    LkeCriterionResult r;
    r.id = c.id;
    r.criterion = c.id;
    r.label = c.label;
    r.kind = c.kind;
    r.target = c.target;
    r.threshold = c.min;
    switch (c.kind) {
      case MeasureKind::kTotal: r.value = score.total; break;
      case MeasureKind::kPengungkit: r.value = score.pengungkit; break;
      case MeasureKind::kHasilGroup:
        if (const HasilGroupScore* g = score.FindHasilGroup(c.target)) r.value = g->score;
        break;
      case MeasureKind::kHasilItem:
        if (const HasilItemScore* h = score.FindHasilItem(c.target)) r.value = h->score;
        break;
      case MeasureKind::kAreaPercent:
        // One row per area: every area must hold on its own.
        for (const LkeAreaScore& a : score.areas) {
          LkeCriterionResult ar = r;
          ar.id = Cat(c.id, ".", a.code);
          ar.label = Cat("Persentase nilai area ", a.name);
          ar.target = a.code;
          ar.is_fraction = true;
          ar.value = a.fraction;
          add(std::move(ar));
        }
        continue;
    }
    add(std::move(r));
  }
  if (!p->requires_prior.empty()) {
    LkeCriterionResult r;
    r.id = Cat(p->id, ".prior_", p->requires_prior);
    r.criterion = r.id;
    r.label = Cat("Telah mendapatkan predikat Menuju ",
                  p->requires_prior == "wbk" ? std::string("WBK") : p->requires_prior);
    r.target = p->requires_prior;
    r.is_prior = true;
    r.value = score.prior_wbk ? 1 : 0;
    r.threshold = 1;
    add(std::move(r));
  }
  out.pass = true;
  for (const LkeCriterionResult& r : out.criteria) {
    if (r.pass) continue;
    out.pass = false;
    out.failing.push_back(r.id);
    out.reasons.push_back(Reason(r));
  }
  return out;
}

const LkePredicateResult* LkeEvaluation::Find(std::string_view predicate) const {
  for (const LkePredicateResult& p : predicates) {
    if (p.predicate == predicate) return &p;
  }
  return nullptr;
}

absl::StatusOr<LkeEvaluation> EvaluateLke(const Rubric& rubric, const LkeAnswerSet& answers,
                                          const LkeScoreOptions& options) {
  absl::StatusOr<LkeScore> score = ScoreLke(rubric, answers, options);
  if (!score.ok()) return score.status();
  LkeEvaluation out;
  out.score = *std::move(score);
  for (const LkePredicate& p : rubric.predicates()) {
    absl::StatusOr<LkePredicateResult> r = CheckLkePredicate(rubric, out.score, p.id);
    if (!r.ok()) return r.status();
    out.predicates.push_back(*std::move(r));
  }
  return out;
}

}  // namespace v1
}  // namespace zi
