// The portfolio scoring call through the C ABI (libzi_c), for comparison with the same call
// from Python (bench/python_portfolio_bench.py; scripts/bench-python-vs-cpp.sh runs both and
// prints the ratio). The workload is bench/portfolio_benchmark.cpp's: the 553 KPU satker as
// synthetic plans (seed 2026) with synthetic evidence (plan p: seed 7 + p), scored as of
// 2026-07-01.
//
//   BM_CapiPortfolioScore/T          zi_portfolio_score on T threads, then zi_portfolio_scores_free
//   BM_CapiPortfolioScoreAndRead/T   the same, plus reading every result array with one
//                                    zi_portfolio_scores_copy_* call each into freshly
//                                    allocated arrays: what zi.Portfolio.score() does
//
// This program links libzi_c only (not zi::core): it measures what a C or C++ embedder of the
// stable ABI gets. Compare figures only within one run: the machine is shared.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "zi/zi.h"

namespace {

void Die(const char* what) {
  std::fprintf(stderr, "capi_benchmark: %s: %s\n", what, zi_last_error_message());
  std::exit(1);
}

struct Workload {
  zi_portfolio* portfolio = nullptr;
  zi_date as_of{};
};

const Workload& GetWorkload() {
  static const Workload w = [] {
    Workload out;
    zi_portfolio* plans = nullptr;
    zi_evidence* evidence = nullptr;
    if (zi_portfolio_synthetic(&plans, nullptr, 553, 2026, nullptr, nullptr) != ZI_OK) Die("zi_portfolio_synthetic");
    if (zi_portfolio_synthetic_evidence(&evidence, plans, 7) != ZI_OK) Die("zi_portfolio_synthetic_evidence");
    if (zi_portfolio_with_evidence(&out.portfolio, plans, evidence) != ZI_OK) Die("zi_portfolio_with_evidence");
    if (zi_date_from_ymd(&out.as_of, 2026, 7, 1) != ZI_OK) Die("zi_date_from_ymd");
    zi_evidence_free(evidence);
    zi_portfolio_free(plans);
    return out;
  }();
  return w;
}

zi_portfolio_score_options Options(int64_t threads) {
  zi_portfolio_score_options opts = ZI_PORTFOLIO_SCORE_OPTIONS_INIT;
  opts.threads = static_cast<int32_t>(threads);
  return opts;
}

void BM_CapiPortfolioScore(benchmark::State& state) {
  const Workload& w = GetWorkload();
  const zi_portfolio_score_options opts = Options(state.range(0));
  for (auto _ : state) {
    zi_portfolio_scores* scores = nullptr;
    if (zi_portfolio_score(&scores, w.portfolio, w.as_of, &opts) != ZI_OK) Die("zi_portfolio_score");
    benchmark::DoNotOptimize(scores);
    zi_portfolio_scores_free(scores);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(zi_portfolio_occurrence_count(w.portfolio)));
  state.counters["satker"] = static_cast<double>(zi_portfolio_plan_count(w.portfolio));
}
BENCHMARK(BM_CapiPortfolioScore)->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMicrosecond);

void BM_CapiPortfolioScoreAndRead(benchmark::State& state) {
  const Workload& w = GetWorkload();
  const zi_portfolio_score_options opts = Options(state.range(0));
  for (auto _ : state) {
    zi_portfolio_scores* scores = nullptr;
    if (zi_portfolio_score(&scores, w.portfolio, w.as_of, &opts) != ZI_OK) Die("zi_portfolio_score");
    const size_t n = zi_portfolio_scores_count(scores);
    const size_t m = zi_portfolio_scores_component_count(scores);
    std::vector<double> score(n), component(m);
    std::vector<uint8_t> has(n), component_has(m);
    std::vector<uint32_t> ranking(n), offsets(n + 1);
    std::vector<int32_t> counts(5 * n);
    if (zi_portfolio_scores_copy(score.data(), has.data(), n, scores) != ZI_OK ||
        zi_portfolio_scores_copy_ranking(ranking.data(), n, scores) != ZI_OK ||
        zi_portfolio_scores_copy_status_counts(counts.data(), 5 * n, scores) != ZI_OK ||
        zi_portfolio_scores_copy_component_offsets(offsets.data(), n + 1, scores) != ZI_OK ||
        zi_portfolio_scores_copy_components(component.data(), component_has.data(), m, scores) != ZI_OK) {
      Die("zi_portfolio_scores_copy_*");
    }
    benchmark::DoNotOptimize(score.data());
    benchmark::DoNotOptimize(component.data());
    benchmark::DoNotOptimize(counts.data());
    zi_portfolio_scores_free(scores);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(zi_portfolio_occurrence_count(w.portfolio)));
  state.counters["satker"] = static_cast<double>(zi_portfolio_plan_count(w.portfolio));
}
BENCHMARK(BM_CapiPortfolioScoreAndRead)->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMicrosecond);

}  // namespace
