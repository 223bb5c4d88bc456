#include "zi/lke/batch.hpp"

#include "internal/parallel.hpp"

namespace zi {
inline namespace v1 {

std::vector<absl::StatusOr<LkeEvaluation>> ScoreLkeBatch(const Rubric& rubric,
                                                         std::span<const LkeAnswerSet> sets,
                                                         const LkeScoreOptions& options,
                                                         int threads) {
  std::vector<absl::StatusOr<LkeEvaluation>> out(sets.size(),
                                                 absl::UnknownError("tidak dievaluasi"));
  // Each set is evaluated on its own and written to its own slot, so the result does not
  // depend on which thread took which set.
  internal::ParallelFor(sets.size(), internal::ThreadCount(threads),
                        [&](size_t i) { out[i] = EvaluateLke(rubric, sets[i], options); });
  return out;
}

}  // namespace v1
}  // namespace zi
