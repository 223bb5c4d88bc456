// What-if: the smallest answer changes that would lift a satker over a predicate's
// thresholds. A greedy search takes one answer step at a time — the step with the largest
// gain toward the failing criteria, ties broken by question id — until every score
// criterion passes or no step helps (docs/lke.md, "What-if").
//
// Steps: a choice question moves one option up (C → B; Tidak → Ya; unanswered counts as
// its worst option, so its first step is the second-worst); a survey index rises to the
// next multiple of 0.1 (3.45 → 3.5 → 3.6); a ratio item's count moves by 1 in the helpful
// direction (the first numerator count +1 for "ratio", −1 for "reduction"). Unanswered
// surveys and unanswered ratio counts are not invented: they are reported to be filled in.
//
// Locks: the search never changes what the unit cannot change by itself (rubric items
// measured_by "survey" or "external": IPAK, IPKP, capaian kinerja) unless include_external
// is set, nor any id the caller locks.
#ifndef ZI_LKE_WHATIF_HPP
#define ZI_LKE_WHATIF_HPP

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/lke/answers.hpp"
#include "zi/lke/predicate.hpp"
#include "zi/lke/score.hpp"

namespace zi {
inline namespace v1 {

struct LkeWhatIfOptions {
  LkeScoreOptions score;  // layer, zero-denominator policy, ratio alternatives
  int max_steps = 1000;   // the search stops after this many steps
  // Ids the search must not change: questions (counts too), hasil items, and ratio items
  // (which lock every count of the ratio). An unknown id is InvalidArgument.
  std::vector<std::string> locked;
  // Also step on items measured_by "survey" or "external". Default false: they are locked.
  bool include_external = false;
};

struct LkeWhatIfStep {
  int rank = 0;           // 1-based, in the order the search took them
  std::string question;   // question or hasil item id
  std::string subarea;    // its sub-area id; empty for hasil items
  std::string text;       // the question's text as the rubric words it (a hasil item's text)
  std::string from;       // display form before: "C", "Tidak", "3.45", "8", "" (unanswered)
  std::string to;         // after
  LkeAnswer answer;       // the new answer
  double gain = 0;        // reduction of the summed shortfall of the failing criteria, points
  double points = 0;      // change of the total score, points
  std::vector<std::string> helps;  // criterion row ids whose shortfall the step reduced
};

// The steps of one question taken together.
struct LkeWhatIfChange {
  std::string question;
  std::string text;  // as LkeWhatIfStep::text
  std::string from, to;
  int steps = 0;
  double points = 0;
};

struct LkeWhatIfResult {
  std::string predicate;
  LkePredicateResult before;
  LkePredicateResult after;  // with every step applied (scored by ScoreLke)
  std::vector<LkeWhatIfStep> steps;
  std::vector<LkeWhatIfChange> changes;  // per question, in order of first step
  // Criterion rows that still fail after the search: the prior predicate (no answer can
  // change it) and anything no step could reach.
  std::vector<std::string> unfixable;
  std::vector<std::string> reasons;  // Indonesian, one per unfixable row
  // Unanswered surveys and ratio items the search did not invent values for.
  std::vector<std::string> to_fill;
  // The items the search held fixed, in worksheet order (hasil items last): the caller's
  // locks (a ratio as its counts) and, unless include_external, every survey or external
  // item.
  std::vector<std::string> locked;
  bool reached = false;   // every score criterion passes after the steps
  bool step_limit = false;  // stopped by max_steps
  LkeAnswerSet answers;   // the input with every step applied to the scored layer
};

// NotFound for an unknown predicate; InvalidArgument as ScoreLke, or for a locked id
// that is not a question, hasil item or ratio item of the rubric.
absl::StatusOr<LkeWhatIfResult> LkeWhatIf(const Rubric& rubric, const LkeAnswerSet& answers,
                                          std::string_view predicate,
                                          const LkeWhatIfOptions& options = {});

}  // namespace v1
}  // namespace zi

#endif  // ZI_LKE_WHATIF_HPP
