// Internal: what the LKE answer readers and writers (src/io/lke_answers_json.cpp,
// src/io/lke_answers_csv.cpp) share with the answer model (src/lke/answers.cpp), so that
// both formats word their problems alike and write questions in the same order.
#ifndef ZI_SRC_LKE_ANSWERS_IO_HPP
#define ZI_SRC_LKE_ANSWERS_IO_HPP

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "internal/lke_internal.hpp"
#include "zi/lke/answers.hpp"

namespace zi::internal {

// Where each question was read (CSV: "line 7"), for the problems validation finds.
using AnswerLocations = std::map<std::string, std::string, std::less<>>;

std::string Quoted(std::string_view s);  // "\"s\""
// The rubric's spelling of a choice code given in any case; the input when none matches
// (validation then reports it).
std::string CanonicalChoice(const RubricIndex::Item& item, std::string_view given);
// "A/B/C/D question", "JUMLAH count", "0-4 value": what an answer is expected to be.
std::string TypeWords(const AnswerType& t);
// The message for an id the rubric does not know.
std::string UnknownId(const Rubric& rubric);

// Validates a parsed set: the problems found while parsing, then those validation adds,
// as one InvalidArgument prefixed with `source`; the set when there are none.
absl::StatusOr<LkeAnswerSet> FinishAnswers(LkeAnswerSet set,
                                           std::vector<LkeAnswerProblem> problems,
                                           const Rubric& rubric, std::string_view source,
                                           const AnswerLocations& where);

// The ids a writer writes: rubric order, then ids the rubric does not know.
std::vector<std::string> WriteOrder(const LkeAnswerSet& set, const Rubric& rubric,
                                    bool include_unanswered);
// The question as the worksheet prints it (the guidance column).
std::string ItemText(const Rubric& rubric, std::string_view id);

}  // namespace zi::internal

#endif  // ZI_SRC_LKE_ANSWERS_IO_HPP
