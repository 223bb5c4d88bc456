// Internals of the LKE module of the C API (capi/src/lke*.cpp). Nothing here is exported.
//
// The C handles of the module and the C++ objects behind them:
//
//   zi_lke_rubric        RubricHandle: the shared zi::Rubric plus the navigation nodes below
//   zi_lke_area          AreaNode (in RubricHandle::areas)
//   zi_lke_subarea       SubareaNode (in RubricHandle::subareas)
//   zi_lke_question      zi::LkeQuestionRef (Rubric::questions(), which knows the answer type)
//   zi_lke_option        zi::AnswerOption
//   zi_lke_ratio         zi::LkeRatio
//   zi_lke_hasil_item    HasilNode (in RubricHandle::hasil)
//   zi_lke_predicate     zi::LkePredicate
//   zi_lke_criterion     zi::LkeCriterion
//   zi_lke_answers       AnswersHandle: an LkeAnswerSet with the Rubric it is for
//   zi_lke_score_result  zi::LkeScore (owned, or borrowed from a batch)
//   zi_lke_area_score, zi_lke_subarea_score, zi_lke_item_score, zi_lke_hasil_score,
//   zi_lke_hasil_group_score   the parts of an LkeScore
//   zi_lke_check_result  zi::LkePredicateResult (owned, or borrowed from a what-if or batch)
//   zi_lke_criterion_result    zi::LkeCriterionResult
//   zi_lke_whatif_result WhatIfHandle: an LkeWhatIfResult with its Rubric
//   zi_lke_whatif_step   zi::LkeWhatIfStep
//   zi_lke_suggestions   SuggestionList;  zi_lke_suggestion  zi::LkeSuggestion
//   zi_lke_batch_result  BatchHandle
//
// A zi::Rubric is an immutable shared snapshot, so every handle that needs the rubric keeps
// its own copy (a pointer copy) and none depends on the zi_lke_rubric handle's lifetime.
#ifndef ZI_CAPI_LKE_HANDLES_HPP
#define ZI_CAPI_LKE_HANDLES_HPP

#include <array>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "capi_internal.hpp"
#include "enums.hpp"
#include "zi/lke/answers.hpp"
#include "zi/lke/predicate.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/lke/score.hpp"
#include "zi/lke/suggest.hpp"
#include "zi/lke/whatif.hpp"

namespace zi::capi {

struct SubareaNode {
  const LkeSubareaRef* ref = nullptr;
  std::vector<const LkeQuestionRef*> questions;  // printed order
};

struct AreaNode {
  const LkeArea* area = nullptr;
  std::array<std::vector<const SubareaNode*>, 2> halves;  // [ZI_LKE_PEMENUHAN], [ZI_LKE_REFORM]
};

struct HasilNode {
  const HasilItem* item = nullptr;
  const AnswerType* type = nullptr;
};

struct RubricHandle {
  explicit RubricHandle(Rubric r);  // builds the nodes; addresses are stable afterwards

  Rubric rubric;
  std::vector<SubareaNode> subareas;  // worksheet order, as Rubric::subareas()
  std::vector<AreaNode> areas;
  std::vector<HasilNode> hasil;
};

struct AnswersHandle {
  Rubric rubric;
  LkeAnswerSet set;
};

struct WhatIfHandle {
  Rubric rubric;
  LkeWhatIfResult result;
};

struct SuggestionList {
  std::vector<LkeSuggestion> items;
};

struct BatchHandle {
  Rubric rubric;
  std::vector<absl::StatusOr<LkeEvaluation>> results;
  std::vector<zi_status> statuses;   // per slot: ZI_OK or the mapped error
  std::vector<std::string> errors;   // per slot: the error message ("" when scored)
};

ZI_DEFINE_CONVERSIONS(RubricHandle, zi_lke_rubric)
ZI_DEFINE_CONVERSIONS(AreaNode, zi_lke_area)
ZI_DEFINE_CONVERSIONS(SubareaNode, zi_lke_subarea)
ZI_DEFINE_CONVERSIONS(LkeQuestionRef, zi_lke_question)
ZI_DEFINE_CONVERSIONS(AnswerOption, zi_lke_option)
ZI_DEFINE_CONVERSIONS(LkeRatio, zi_lke_ratio)
ZI_DEFINE_CONVERSIONS(HasilNode, zi_lke_hasil_item)
ZI_DEFINE_CONVERSIONS(LkePredicate, zi_lke_predicate)
ZI_DEFINE_CONVERSIONS(LkeCriterion, zi_lke_criterion)
ZI_DEFINE_CONVERSIONS(AnswersHandle, zi_lke_answers)
ZI_DEFINE_CONVERSIONS(LkeScore, zi_lke_score_result)
ZI_DEFINE_CONVERSIONS(LkeAreaScore, zi_lke_area_score)
ZI_DEFINE_CONVERSIONS(LkeSubareaScore, zi_lke_subarea_score)
ZI_DEFINE_CONVERSIONS(LkeItemScore, zi_lke_item_score)
ZI_DEFINE_CONVERSIONS(HasilItemScore, zi_lke_hasil_score)
ZI_DEFINE_CONVERSIONS(HasilGroupScore, zi_lke_hasil_group_score)
ZI_DEFINE_CONVERSIONS(LkePredicateResult, zi_lke_check_result)
ZI_DEFINE_CONVERSIONS(LkeCriterionResult, zi_lke_criterion_result)
ZI_DEFINE_CONVERSIONS(WhatIfHandle, zi_lke_whatif_result)
ZI_DEFINE_CONVERSIONS(LkeWhatIfStep, zi_lke_whatif_step)
ZI_DEFINE_CONVERSIONS(SuggestionList, zi_lke_suggestions)
ZI_DEFINE_CONVERSIONS(LkeSuggestion, zi_lke_suggestion)
ZI_DEFINE_CONVERSIONS(BatchHandle, zi_lke_batch_result)

// ---- shared helpers (capi/src/lke/score.cpp) ------------------------------------------

// The C layer value as zi::LkeLayer; ZI_EINVALID (message set) for an unknown one.
zi_status ToLayer(int32_t layer, LkeLayer* out) noexcept;

// zi_lke_score_options (NULL = defaults) as LkeScoreOptions: checks the version, the
// layer, the policy and the alternative arrays.
zi_status ReadScoreOptions(const zi_lke_score_options* opts, LkeScoreOptions* out);

// `items[index]` or nullptr.
template <typename T>
const T* At(const std::vector<T>& items, size_t index) {
  return index < items.size() ? &items[index] : nullptr;
}
inline const char* StringAt(const std::vector<std::string>& items, size_t index) {
  return index < items.size() ? items[index].c_str() : nullptr;
}

// The index of a half in AreaNode::halves, or -1.
inline int HalfIndex(int32_t half) {
  return half == ZI_LKE_PEMENUHAN ? 0 : half == ZI_LKE_REFORM ? 1 : -1;
}

}  // namespace zi::capi

#endif  // ZI_CAPI_LKE_HANDLES_HPP
