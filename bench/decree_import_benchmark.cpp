// The decree import (docs/decree-import.md) on the seed decree's text: the whole path from
// bytes to the plan and its report (metadata, rows, LKE resolution, lint). Target: under
// 10 ms. Run: build/<preset>/bench/zi_bench --benchmark_filter=DecreeImport
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "zi/defaults.hpp"
#include "zi/io/decree_import.hpp"
#include "zi/io/plan_table.hpp"

namespace {

std::string Seed() {
  std::ifstream in(std::string(ZI_BENCH_SOURCE_DIR) + "/tests/data/decrees/kpu-sulteng-2026.txt",
                   std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void BM_DecreeImportSeedText(benchmark::State& state) {
  const std::string text = Seed();
  if (text.empty()) {
    state.SkipWithError("seed decree not found");
    return;
  }
  for (auto _ : state) {
    absl::StatusOr<zi::DecreeImport> got = zi::ImportDecree(text, "seed.txt");
    if (!got.ok()) {
      state.SkipWithError("import failed");
      return;
    }
    benchmark::DoNotOptimize(got->plan.indicators().size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_DecreeImportSeedText)->Unit(benchmark::kMillisecond);

void BM_DecreeImportSeedXlsx(benchmark::State& state) {
  absl::StatusOr<std::string> xlsx =
      zi::WritePlanTableBytes(zi::PlanTableSheet(*zi::DefaultPlan()), zi::PlanTableFormat::kXlsx);
  if (!xlsx.ok()) {
    state.SkipWithError("export failed");
    return;
  }
  for (auto _ : state) {
    absl::StatusOr<zi::DecreeImport> got = zi::ImportDecree(*xlsx, "seed.xlsx");
    if (!got.ok()) {
      state.SkipWithError("import failed");
      return;
    }
    benchmark::DoNotOptimize(got->plan.indicators().size());
  }
}
BENCHMARK(BM_DecreeImportSeedXlsx)->Unit(benchmark::kMillisecond);

}  // namespace
