// LKE answer sets: one satker's answers to the worksheet of one rubric, in two layers —
// the unit's self-assessment (`unit`) and, beside it, the internal evaluation team's
// answers (`tpi`). Formats: JSON `zi.lke-answers/1` (zi/io/lke_answers_json.hpp) and a CSV
// with one row per question (zi/io/lke_answers_csv.hpp); docs/lke-answers-format.md.
//
// Reading validates against the rubric and collects every problem before failing: the
// error is one InvalidArgument whose message lists each problem ("; "-separated), each
// naming its question id. ValidateLkeAnswers gives the same problems as a list.
#ifndef ZI_LKE_ANSWERS_HPP
#define ZI_LKE_ANSWERS_HPP

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/lke/rubric.hpp"

namespace zi {
inline namespace v1 {

enum class LkeLayer {
  kUnit,  // the unit's self-assessment (penilaian mandiri); the default
  kTpi,   // the Tim Penilai Internal's answers
};

// One answer in one layer: the option code of a choice question ("A", "Ya"), or the
// number of a count (JUMLAH: a whole number >= 0) or number (survey index 0..4) question.
struct LkeAnswer {
  std::string choice;  // non-empty exactly for a choice answer
  double number = 0;   // count or number answers

  static LkeAnswer Choice(std::string code) { return LkeAnswer{std::move(code), 0}; }
  static LkeAnswer Number(double value) { return LkeAnswer{"", value}; }
  bool is_choice() const { return !choice.empty(); }
  friend bool operator==(const LkeAnswer&, const LkeAnswer&) = default;
};

// One question's row: either layer may be missing (unanswered in that layer).
struct LkeAnswerEntry {
  std::optional<LkeAnswer> unit;
  std::optional<LkeAnswer> tpi;
  std::string note;      // free text
  std::string evidence;  // link or document reference
  const std::optional<LkeAnswer>& layer(LkeLayer l) const { return l == LkeLayer::kUnit ? unit : tpi; }
  std::optional<LkeAnswer>& layer(LkeLayer l) { return l == LkeLayer::kUnit ? unit : tpi; }
  friend bool operator==(const LkeAnswerEntry&, const LkeAnswerEntry&) = default;
};

struct LkeAnswerSet {
  std::string satker;  // satker code
  int year = 0;        // evaluation year; 0 when not given
  std::string rubric;  // the rubric id the answers were written for; empty = any
  bool prior_wbk = false;  // already holds Menuju WBK (needed for WBBM)
  // Keyed by question id (pengungkit questions and hasil items such as "H.IPAK").
  std::map<std::string, LkeAnswerEntry, std::less<>> answers;

  // nullptr when the question is unanswered in that layer.
  const LkeAnswer* Find(std::string_view question, LkeLayer layer = LkeLayer::kUnit) const;
  void Set(std::string_view question, LkeAnswer answer, LkeLayer layer = LkeLayer::kUnit);
  void Clear(std::string_view question, LkeLayer layer = LkeLayer::kUnit);
  friend bool operator==(const LkeAnswerSet&, const LkeAnswerSet&) = default;
};

struct LkeAnswerProblem {
  std::string question;  // question, hasil item or ratio id; empty for set-level problems
  std::optional<LkeLayer> layer;  // the layer the problem is in, when it is in one
  std::string where;     // "line 7" (CSV rows and metadata), or empty
  std::string message;   // what is wrong
  friend bool operator==(const LkeAnswerProblem&, const LkeAnswerProblem&) = default;
};
// "line 7: P.MP.i.b (unit): ..." — one problem as one line.
std::string FormatProblem(const LkeAnswerProblem& problem);

// Every way the set does not fit the rubric, in rubric order: unknown question ids, an
// answer that is not an option of its choice question, a count that is not a whole number
// >= 0, a survey index outside [min, max], a ratio item with some of its counts given and
// others missing, or with N > 0 over D = 0, and a rubric id that is not this rubric's.
// Ratio items are checked with their default formulas; ScoreLke re-checks the selected
// alternative. Empty when the set is valid.
std::vector<LkeAnswerProblem> ValidateLkeAnswers(const LkeAnswerSet& answers, const Rubric& rubric);

// How the readers and writers of both formats are called.
struct LkeAnswersReadOptions {
  std::string source_name;  // used in error messages ("answers.json: ...")
};
struct LkeAnswersWriteOptions {
  bool include_unanswered = false;  // list every question of the rubric, answered or not
  bool guidance = false;            // add each question's text and allowed answers
};

// The allowed answers of a question or hasil item in words: "A, B, C, D", "Ya, Tidak",
// "bilangan bulat >= 0", "angka 0 sampai 4". Empty for an unknown id.
std::string AllowedAnswers(const Rubric& rubric, std::string_view question);

std::string_view ToString(LkeLayer layer);  // "unit" | "tpi"
std::optional<LkeLayer> ParseLkeLayer(std::string_view s);

}  // namespace v1
}  // namespace zi

#endif  // ZI_LKE_ANSWERS_HPP
