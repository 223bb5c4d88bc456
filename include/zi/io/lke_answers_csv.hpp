// Reading and writing LKE answer sets as CSV, one row per question, the form people fill
// in a spreadsheet (docs/lke-answers-format.md).
#ifndef ZI_LKE_ANSWERS_CSV_HPP
#define ZI_LKE_ANSWERS_CSV_HPP

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "zi/lke/answers.hpp"
#include "zi/lke/rubric.hpp"

namespace zi {
inline namespace v1 {

// CSV: header with the columns question, unit, tpi, note, evidence (text and allowed are
// accepted and ignored); `# key: value` lines carry satker, year, rubric, prior_wbk.
absl::StatusOr<LkeAnswerSet> ReadLkeAnswersCsv(std::string_view text, const Rubric& rubric,
                                               const LkeAnswersReadOptions& options = {});
// The same rows and order as WriteLkeAnswersJson (zi/io/lke_answers_json.hpp), with the
// metadata as `# key: value` lines.
std::string WriteLkeAnswersCsv(const LkeAnswerSet& answers, const Rubric& rubric,
                               const LkeAnswersWriteOptions& options = {});

}  // namespace v1
}  // namespace zi

#endif  // ZI_LKE_ANSWERS_CSV_HPP
