// Suggested LKE answers from plan execution (docs/lke.md, "Suggested answers from plan
// execution"): the few worksheet items whose options are decided by how much of the
// Rencana Aksi was carried out, or by how often the plan schedules something. Each result
// is a suggestion with its reason, never an answer written silently into a set.
//
// The compliance engine fills PlanExecutionSummary; nothing here depends on it.
#ifndef ZI_LKE_SUGGEST_HPP
#define ZI_LKE_SUGGEST_HPP

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/date.hpp"
#include "zi/lke/answers.hpp"
#include "zi/lke/rubric.hpp"

namespace zi {
inline namespace v1 {

struct PlanExecutionSummary {
  std::optional<Date> as_of;  // shown in the reasons
  // Occurrences of the whole plan that are assessed as of the date (due date passed, or
  // done early), and how many of those were done on time and done late.
  int occurrences_due = 0;
  int done = 0;
  int done_late = 0;
  // For frequency items (P.SDM.iv.c, P.PP.iv.a): the schedule family of the plan rows that
  // decide them, keyed by LKE question id: "weekly", "monthly", "quarterly", "semester",
  // "yearly" or "once".
  std::map<std::string, std::string> schedule_family_by_lke_question;
  // The same rows' number of occurrences per year (a month list "Maret, Juni, September
  // dan Desember" is 4). When given it decides count-based items instead of the family.
  std::map<std::string, int> occurrences_per_year_by_lke_question;
};

struct LkeSuggestOptions {
  // Count occurrences done late as carried out "sesuai dengan rencana" (P.MP.iii.a,
  // R.MP.ii.a). Default false: late is not according to plan.
  bool count_late_as_done = false;
};

struct LkeSuggestion {
  std::string question;  // LKE question id
  LkeAnswer answer;      // the suggested option
  std::string rule;      // "plan_execution_share", "schedule_frequency", "occurrences_per_year"
  std::string reason;    // Indonesian, with the numbers that decided it
};

// One suggestion written into an answer set: the answer before (nullopt when unanswered)
// and after, and whether it changed.
struct LkeSuggestionChange {
  std::string question;
  std::optional<LkeAnswer> from;
  LkeAnswer to;
  bool changed = false;  // !from || *from != to
};

struct LkeAppliedSuggestions {
  LkeAnswerSet answers;  // the input with each suggestion written into the layer
  std::vector<LkeSuggestionChange> changes;  // one per suggestion, in their order
};

// Suggestions for the questions of the rubric that these rules know (P.MP.iii.a,
// R.MP.ii.a, P.SDM.iv.c, P.PP.iv.a), in rubric order. A rule whose question the rubric
// lacks, or whose input is absent (nothing due yet, no family given), gives nothing.
// InvalidArgument for inconsistent counts (negative, done + done_late > occurrences_due)
// or an unknown family.
absl::StatusOr<std::vector<LkeSuggestion>> SuggestLkeAnswers(const Rubric& rubric,
                                                             const PlanExecutionSummary& summary,
                                                             const LkeSuggestOptions& options = {});

// Writes the suggested answers into `layer` of a copy of `answers` (docs/lke.md, "Applying
// suggestions"): only the suggested questions change; every other answer, the other
// layer, notes, evidence and the set's metadata are kept. InvalidArgument (nothing
// written) when the answers name another rubric, or a suggestion's question is not a
// choice question of the rubric or its answer not one of the question's options.
absl::StatusOr<LkeAppliedSuggestions> ApplyLkeSuggestions(const Rubric& rubric,
                                                          const LkeAnswerSet& answers,
                                                          std::span<const LkeSuggestion> suggestions,
                                                          LkeLayer layer = LkeLayer::kUnit);

}  // namespace v1
}  // namespace zi

#endif  // ZI_LKE_SUGGEST_HPP
