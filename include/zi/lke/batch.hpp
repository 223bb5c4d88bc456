// Portfolio LKE evaluation: many satker's answer sets in one call (docs/lke.md,
// "Predicates (WBK, WBBM)"; docs/scoring.md, "Many satker"). Each set is scored and
// checked independently; results are in input order and identical for any thread count.
#ifndef ZI_LKE_BATCH_HPP
#define ZI_LKE_BATCH_HPP

#include <span>
#include <vector>

#include "absl/status/statusor.h"
#include "zi/lke/predicate.hpp"

namespace zi {
inline namespace v1 {

// threads <= 0 uses the hardware concurrency; never more threads than sets. A set that
// fails (invalid answers) gives its error in its slot and does not affect the others.
std::vector<absl::StatusOr<LkeEvaluation>> ScoreLkeBatch(const Rubric& rubric,
                                                         std::span<const LkeAnswerSet> sets,
                                                         const LkeScoreOptions& options = {},
                                                         int threads = 0);

}  // namespace v1
}  // namespace zi

#endif  // ZI_LKE_BATCH_HPP
