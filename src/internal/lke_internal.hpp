// Internal to the LKE modules: a flat, index-based view of a Rubric that the scorer, the
// validator and the what-if search share, and the numeric core of scoring, so that every
// number — from ScoreLke, a predicate check or a what-if step — comes from one code path.
#ifndef ZI_SRC_LKE_INTERNAL_HPP
#define ZI_SRC_LKE_INTERNAL_HPP

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "zi/lke/answers.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/lke/score.hpp"

namespace zi::internal {

struct RubricIndex {
  // Anything an answer set may answer: the pengungkit questions in worksheet order, then
  // the hasil items.
  struct Item {
    std::string_view id;
    const AnswerType* type = nullptr;
    const std::vector<AnswerOption>* options = nullptr;  // choice items
    int sub = -1;      // questions: index into subs
    int hasil = -1;    // hasil items: index into Rubric::hasil_items()
    int same_as = -1;  // item index of the count this one repeats
    std::string_view text;
    LkeMeasuredBy measured_by = LkeMeasuredBy::kUnit;
  };
  struct Formula {
    std::string_view alternative;  // empty for the default
    RatioFormula formula = RatioFormula::kRatio;
    std::vector<int> num, den;  // item indexes
  };
  struct Ratio {
    const LkeRatio* ratio = nullptr;
    int sub = -1;
    std::vector<Formula> formulas;  // [0] is the default, then the alternatives
  };
  struct Sub {
    const LkeSubareaRef* ref = nullptr;
    int area = -1;
    std::vector<int> items;   // scored questions (choice / number), item indexes
    std::vector<int> ratios;  // ratio indexes
  };
  std::vector<Item> items;
  size_t question_count = 0;  // items [0, question_count) are pengungkit questions
  std::vector<Sub> subs;      // worksheet order, as Rubric::subareas()
  std::vector<Ratio> ratios;
  std::map<std::string, int, std::less<>> item_by_id;
  std::map<std::string, int, std::less<>> ratio_by_id;

  int FindItem(std::string_view id) const {
    auto it = item_by_id.find(id);
    return it == item_by_id.end() ? -1 : it->second;
  }
};

}  // namespace zi::internal

namespace zi {
inline namespace v1 {
// The friend Rubric names: the one way to its index, kept out of the public header.
struct RubricInternals {
  static const internal::RubricIndex& Index(const Rubric& rubric);
};
}  // namespace v1
}  // namespace zi

namespace zi::internal {

// The index Rubric::Create built for `rubric`; valid while any copy of it is alive.
inline const RubricIndex& IndexOf(const Rubric& rubric) { return RubricInternals::Index(rubric); }

// One item's answer in the layer being scored, after same_as filling.
struct Slot {
  bool answered = false;
  bool filled = false;  // answered only by same_as filling, not by the set itself
  int option = -1;      // choice: index into the item's options
  double number = 0;    // count / number
};

// Answers of one layer, one slot per index item. Fills an unanswered same_as count from the
// count it repeats (diagnostic lke_same_as_filled) and notes a disagreement
// (lke_same_as_differs). Answers that do not fit are left unanswered: validate first.
std::vector<Slot> ResolveSlots(const RubricIndex& index, const LkeAnswerSet& answers,
                               LkeLayer layer, std::vector<Diagnostic>* diagnostics);

// The value 0..1 of a choice or number item; 0 when unanswered.
double ItemValue(const RubricIndex::Item& item, const Slot& slot);

struct RatioEval {
  bool answered = false;   // every count given (and not 0/0 under the "unanswered" policy)
  // Some counts given, some not: an input error. Counts filled from a same_as count do
  // not make a ratio partial by themselves (nothing of it was given).
  bool partial = false;
  bool nonzero_over_zero = false;  // N > 0 over D = 0 (formula "ratio"): an input error
  bool zero_denominator = false;
  double numerator = 0, denominator = 0;  // the sums N and D
  double value = 0;
};
RatioEval EvalRatio(const RubricIndex::Ratio& ratio, const RubricIndex::Formula& formula,
                    const std::vector<Slot>& slots, ZeroDenominatorPolicy policy);

// The formula a score uses for a ratio: the default or the selected alternative.
const RubricIndex::Formula& SelectedFormula(const RubricIndex::Ratio& ratio,
                                            const LkeScoreOptions& options);

struct SubEval {
  double mean = 0;
  double score = 0;  // weight × mean
  int answered = 0;
  int total = 0;
};
SubEval EvalSub(const RubricIndex& index, const RubricIndex::Sub& sub,
                const std::vector<Slot>& slots, const LkeScoreOptions& options,
                ZeroDenominatorPolicy policy);

// The numbers a predicate looks at, computed from slots (what-if uses this directly).
struct Totals {
  std::vector<double> sub;          // per index sub-area
  std::vector<double> area;         // per rubric area
  std::vector<double> hasil_item;   // points per hasil item
  std::vector<double> hasil_group;  // points per hasil group
  double pengungkit = 0, hasil = 0, total = 0;
};
Totals ComputeTotals(const Rubric& rubric, const std::vector<Slot>& slots,
                     const LkeScoreOptions& options, ZeroDenominatorPolicy policy);
// Re-adds the sums of `t` after t.sub / t.hasil_item changed.
void Resum(const Rubric& rubric, Totals& t);

// Comparisons with a threshold absorb binary floating-point noise of this size (points or
// fractions); no displayed digit is affected.
inline constexpr double kThresholdEpsilon = 1e-10;

// ValidateLkeAnswers for the given layers, checking each ratio item with the formula the
// options select. Ratio items reading a count that has a problem in `known` (or in this
// validation) are not checked again.
std::vector<LkeAnswerProblem> ValidateAnswers(const LkeAnswerSet& answers, const Rubric& rubric,
                                              const LkeScoreOptions& options,
                                              std::span<const LkeLayer> layers,
                                              const std::vector<LkeAnswerProblem>& known);

// Display form of an answer ("B", "Ya", "12", "3.62").
std::string AnswerText(const LkeAnswer& answer);

}  // namespace zi::internal

#endif  // ZI_SRC_LKE_INTERNAL_HPP
