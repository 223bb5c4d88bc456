#include "zi/lke_batch.hpp"

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>

namespace zi {
inline namespace v1 {

std::vector<absl::StatusOr<LkeEvaluation>> ScoreLkeBatch(const Rubric& rubric,
                                                         std::span<const LkeAnswerSet> sets,
                                                         const LkeScoreOptions& options,
                                                         int threads) {
  std::vector<absl::StatusOr<LkeEvaluation>> out(sets.size(),
                                                 absl::UnknownError("not evaluated"));
  size_t n = threads > 0 ? static_cast<size_t>(threads)
                         : std::max<size_t>(1, std::thread::hardware_concurrency());
  n = std::min(n, sets.size());
  // Each set is evaluated on its own and written to its own slot, so the result does not
  // depend on which thread took which set.
  std::atomic<size_t> next{0};
  const auto work = [&] {
    for (size_t i = next++; i < sets.size(); i = next++) {
      out[i] = EvaluateLke(rubric, sets[i], options);
    }
  };
  if (n <= 1) {
    work();
    return out;
  }
  std::vector<std::thread> pool;
  pool.reserve(n - 1);
  for (size_t t = 1; t < n; ++t) {
    try {
      pool.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // fewer threads; the remaining ones take the rest of the sets
    }
  }
  work();
  for (std::thread& t : pool) t.join();
  return out;
}

}  // namespace v1
}  // namespace zi
