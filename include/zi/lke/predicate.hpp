// The WBK/WBBM predicate check (docs/lke.md, "Predicates (WBK, WBBM)"): every criterion of
// a rubric predicate, evaluated on a score, each with its value, threshold, margin and
// pass/fail. All must hold. Comparisons use unrounded values (value >= threshold,
// absorbing only binary floating-point noise below 1e-10).
#ifndef ZI_LKE_PREDICATE_HPP
#define ZI_LKE_PREDICATE_HPP

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/lke/rubric.hpp"
#include "zi/lke/score.hpp"

namespace zi {
inline namespace v1 {

// One row of a check. An area_percent criterion gives one row per area
// ("wbbm.area.SDM"); a predicate that requires a prior one gives the row "<id>.prior_wbk".
struct LkeCriterionResult {
  std::string id;         // "wbbm.total", "wbbm.area.SDM", "wbbm.prior_wbk"
  std::string criterion;  // the rubric criterion id ("wbbm.area"); "<id>.prior_wbk" for prior
  std::string label;      // Indonesian: "Nilai minimal pengungkit", "... area Manajemen Perubahan"
  MeasureKind kind = MeasureKind::kTotal;
  std::string target;     // area code, hasil group or item id; empty otherwise
  bool is_prior = false;  // the prior-predicate row: value 1 (held) or 0, threshold 1
  bool is_fraction = false;  // value and threshold are fractions (area rows), else points
  double value = 0;
  double threshold = 0;
  double margin = 0;  // value − threshold, unrounded
  bool pass = false;
};

struct LkePredicateResult {
  std::string predicate;  // "wbk"
  std::string name;       // "Wilayah Bebas dari Korupsi"
  std::string satker;
  int year = 0;
  bool pass = false;
  std::vector<LkeCriterionResult> criteria;  // rubric order, area rows in area order
  std::vector<std::string> reasons;  // one Indonesian line per failing row, in row order
  std::vector<std::string> failing;  // the failing row ids

  const LkeCriterionResult* Find(std::string_view row_id) const;
};

// NotFound for an unknown predicate id. The prior flag comes from score.prior_wbk.
absl::StatusOr<LkePredicateResult> CheckLkePredicate(const Rubric& rubric, const LkeScore& score,
                                                     std::string_view predicate);

// A score with the check of every predicate of the rubric (rubric order).
struct LkeEvaluation {
  LkeScore score;
  std::vector<LkePredicateResult> predicates;
  const LkePredicateResult* Find(std::string_view predicate) const;
};
absl::StatusOr<LkeEvaluation> EvaluateLke(const Rubric& rubric, const LkeAnswerSet& answers,
                                          const LkeScoreOptions& options = {});

}  // namespace v1
}  // namespace zi

#endif  // ZI_LKE_PREDICATE_HPP
