// LKE scoring (docs/lke.md, "Scoring"): question values by answer type, sub-area =
// weight × mean of its scored items (letter/number questions and ratio items; JUMLAH
// counts only feed ratios), half = Σ sub-areas, area = pemenuhan + reform, pengungkit =
// Σ areas, hasil = Σ item weight × item value, total = pengungkit + hasil.
//
// Unanswered items count 0 and are reported (completeness per sub-area and overall).
// Every number keeps full double precision; only display rounds.
#ifndef ZI_LKE_SCORE_HPP
#define ZI_LKE_SCORE_HPP

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/base/diagnostic.hpp"
#include "zi/lke/answers.hpp"
#include "zi/lke/rubric.hpp"

namespace zi {
inline namespace v1 {

struct LkeScoreOptions {
  LkeLayer layer = LkeLayer::kUnit;
  // How 0/0 ratio items score; nullopt = the rubric's default (zero_over_zero_is_one).
  // N > 0 over 0 is an error under every policy.
  std::optional<ZeroDenominatorPolicy> zero_denominator;
  // Ratio id → alternative id, e.g. {"R.PW.ii.r1", "in_process_plus_completed"}.
  std::map<std::string, std::string, std::less<>> ratio_alternatives;
};

enum class LkeItemKind { kQuestion, kRatio };

// One scored item of a sub-area.
struct LkeItemScore {
  std::string id;
  LkeItemKind kind = LkeItemKind::kQuestion;
  bool answered = false;
  double value = 0;    // 0..1; 0 when unanswered
  std::string answer;  // as given: "B", "Ya", "3.5"; for a ratio "N/D"; empty when unanswered
  // Ratio items only.
  double numerator = 0, denominator = 0;  // the sums N and D
  RatioFormula formula = RatioFormula::kRatio;
  std::string alternative;      // the selected alternative; empty = the default formula
  bool zero_denominator = false;  // D = 0, scored by the policy
};

struct LkeSubareaScore {
  std::string id, name;
  std::string parent;  // "R.PW.iii" for its parts
  double weight = 0;
  double mean = 0;     // mean item value, unanswered = 0
  double score = 0;    // weight × mean
  int answered = 0;    // scored items answered
  int total = 0;       // scored items
  std::vector<LkeItemScore> items;
};

struct LkeHalfScore {
  double weight = 0;
  double score = 0;
  int answered = 0, total = 0;
  std::vector<LkeSubareaScore> subareas;
};

struct LkeAreaScore {
  std::string code, name;
  double weight = 0;
  LkeHalfScore pemenuhan, reform;
  double score = 0;     // pemenuhan + reform
  double fraction = 0;  // score / weight: the per-area "percent" of the predicates, as 0..1
  int answered = 0, total = 0;
  const LkeHalfScore& half(LkeHalfKind k) const { return k == LkeHalfKind::kPemenuhan ? pemenuhan : reform; }
};

struct HasilItemScore {
  std::string id, name, group;
  double weight = 0;
  bool answered = false;
  std::string answer;  // "3.62", "B"; empty when unanswered
  double value = 0;    // 0..1: choice value or number / divisor
  double score = 0;    // weight × value, points
};

struct HasilGroupScore {
  std::string id, name;
  double weight = 0;
  double score = 0;
};

struct LkeScore {
  std::string satker;
  int year = 0;
  std::string rubric;  // rubric id
  int rubric_revision = 0;
  LkeLayer layer = LkeLayer::kUnit;
  ZeroDenominatorPolicy zero_denominator = ZeroDenominatorPolicy::kZeroOverZeroIsOne;
  std::map<std::string, std::string, std::less<>> ratio_alternatives;
  bool prior_wbk = false;

  std::vector<LkeAreaScore> areas;  // rubric order
  double pemenuhan = 0, reform = 0, pengungkit = 0;
  std::vector<HasilItemScore> hasil_items;
  std::vector<HasilGroupScore> hasil_groups;
  double hasil = 0, total = 0;

  int answered = 0;   // scored items answered: questions, ratio items and hasil items
  int scored_items = 0;
  std::vector<std::string> unanswered;  // their ids, in worksheet order
  // lke_same_as_filled (info), lke_same_as_differs (warning), lke_zero_denominator (info).
  std::vector<Diagnostic> diagnostics;

  const LkeAreaScore* FindArea(std::string_view code) const;
  const LkeSubareaScore* FindSubarea(std::string_view id) const;
  const LkeItemScore* FindItem(std::string_view id) const;  // question or ratio id
  const HasilItemScore* FindHasilItem(std::string_view id) const;
  const HasilGroupScore* FindHasilGroup(std::string_view id) const;
};

// Scores one answer set. InvalidArgument when the set does not fit the rubric (every
// problem listed, as ValidateLkeAnswers), when an option names an unknown ratio or
// alternative or a policy the rubric does not allow, or when a ratio has N > 0 over D = 0.
absl::StatusOr<LkeScore> ScoreLke(const Rubric& rubric, const LkeAnswerSet& answers,
                                  const LkeScoreOptions& options = {});

}  // namespace v1
}  // namespace zi

#endif  // ZI_LKE_SCORE_HPP
