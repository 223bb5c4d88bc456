// Reading and writing LKE answer sets in the `zi.lke-answers/1` JSON format
// (docs/lke-answers-format.md), and loading an answer file of either format.
#ifndef ZI_LKE_ANSWERS_JSON_HPP
#define ZI_LKE_ANSWERS_JSON_HPP

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "zi/lke/answers.hpp"
#include "zi/lke/rubric.hpp"

namespace zi {
inline namespace v1 {

inline constexpr std::string_view kLkeAnswersFormat = "zi.lke-answers/1";

// JSON zi.lke-answers/1. Choice codes are matched case-insensitively and stored in the
// rubric's spelling ("ya" → "Ya").
absl::StatusOr<LkeAnswerSet> ReadLkeAnswersJson(std::string_view text, const Rubric& rubric,
                                                const LkeAnswersReadOptions& options = {});
// By extension: .csv → CSV (zi/io/lke_answers_csv.hpp), anything else → JSON. NotFound
// when the file cannot be read.
absl::StatusOr<LkeAnswerSet> LoadLkeAnswersFile(const std::string& path, const Rubric& rubric);

// Canonical JSON: questions in rubric order (worksheet order, then hasil items), then any
// id the rubric does not know in id order; a row with nothing but a unit answer is written
// as the bare value. Reading the output gives the same set back.
std::string WriteLkeAnswersJson(const LkeAnswerSet& answers, const Rubric& rubric,
                                const LkeAnswersWriteOptions& options = {});

}  // namespace v1
}  // namespace zi

#endif  // ZI_LKE_ANSWERS_JSON_HPP
