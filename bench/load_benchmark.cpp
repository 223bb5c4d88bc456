// The loading path of `zi portfolio --plans DIR --evidence FILE` beside its parsing floor, on
// the same in-memory bytes: the plan files and evidence CSV that `zi generate --satker N`
// writes (553 satker: every KPU satker; 10,000: a stress size), docs/performance.md "Loading".
//
// - BM_LoadFloor/N: boost::json::parse of every plan text into a value, and the CSV split
//   into fields (string views; quotes found, nothing unescaped or kept). Nothing is built.
// - BM_LoadStage<Name>/N[/threads]: each stage of the full path alone, on the previous
//   stage's result made once beforehand: Read (ReadPlanJsons without validation), Validate
//   (ValidatePlan), Compile, Evidence (reading the CSV against the portfolio's scope, its
//   rows checked on the given threads),
//   File (WithEvidence), Score (scores, ranking and roll-ups as of 2026-07-01).
// - BM_LoadFull/N/threads: the whole path, as the CLI runs it (its output formatting aside).
//
// bytes_per_second is the plan and evidence bytes of the workload over the wall-clock time,
// for every benchmark, so the rates compare directly: full ÷ floor is the ratio of their
// times. scripts/bench-load.sh runs them interleaved and prints stage shares and ratios.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <boost/json.hpp>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "zi/compliance/evidence.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/synthetic.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/defaults.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/plan/lint.hpp"

namespace {

using namespace zi;

struct LoadWorkload {
  std::vector<std::string> plan_files;  // the bytes of each plans/<code>.json
  std::vector<PlanText> texts;          // views of them, named as the files would be
  // evidence.csv, in files of at most kRecordsPerFile records: a table is read with at most
  // 5,000,000 cells (TableReadOptions::max_cells), which 10,000 satker's ~1.7 million records
  // of 7 columns exceed; the CLI takes them as --evidence a.csv --evidence b.csv ...
  std::vector<std::string> evidence_csv;
  size_t bytes = 0;  // plan bytes + evidence bytes
  // Each stage's input, made once.
  std::vector<Plan> plans;
  std::unique_ptr<CompiledPortfolio> compiled;
  std::unique_ptr<EvidenceScope> scope;
  std::vector<EvidenceRecord> accepted;
  std::unique_ptr<CompiledPortfolio> filed;
};

constexpr size_t kRecordsPerFile = 500000;

EvidenceReadOptions CliEvidenceOptions(int threads) {
  EvidenceReadOptions o;
  o.summarize_other_satker = true;  // what zi portfolio sets, with its --threads
  o.threads = threads;
  return o;
}

// Every evidence file read against the scope, their accepted records together (as the CLI).
absl::StatusOr<EvidenceImport> ReadEvidence(const std::vector<std::string>& files,
                                            const EvidenceScope& scope, int threads = 1) {
  EvidenceImport all;
  for (const std::string& f : files) {
    absl::StatusOr<EvidenceImport> one =
        ReadEvidenceTableBytes(f, scope, CliEvidenceOptions(threads));
    if (!one.ok()) return one.status();
    all.accepted.insert(all.accepted.end(), std::make_move_iterator(one->accepted.begin()),
                        std::make_move_iterator(one->accepted.end()));
    all.rejected.insert(all.rejected.end(), one->rejected.begin(), one->rejected.end());
  }
  return all;
}

// What `zi generate --satker N` writes (seed 2026), kept in memory.
const LoadWorkload& GetLoadWorkload(int64_t n) {
  static std::mutex mu;
  static std::map<int64_t, std::unique_ptr<LoadWorkload>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = cache[n];
  if (slot) return *slot;
  slot = std::make_unique<LoadWorkload>();
  LoadWorkload& w = *slot;
  const uint64_t seed = 2026;
  const Plan base = *DefaultPlan();
  const Calendar cal = *DefaultCalendar();
  {
    const std::vector<Plan> generated = SyntheticPortfolio(base, static_cast<size_t>(n), seed);
    std::vector<EvidenceRecord> evidence;
    for (size_t p = 0; p < generated.size(); ++p) {
      w.plan_files.push_back(WritePlanJson(generated[p]));
      for (EvidenceRecord& e :
           SyntheticEvidence(generated[p], ExpandOccurrences(generated[p], cal), seed + 7 + p)) {
        evidence.push_back(std::move(e));
      }
    }
    for (size_t b = 0; b < evidence.size(); b += kRecordsPerFile) {
      const size_t e = std::min(evidence.size(), b + kRecordsPerFile);
      w.evidence_csv.push_back(WriteEvidenceCsv(
          std::vector<EvidenceRecord>(evidence.begin() + static_cast<ptrdiff_t>(b),
                                      evidence.begin() + static_cast<ptrdiff_t>(e))));
      w.bytes += w.evidence_csv.back().size();
    }
    for (size_t p = 0; p < generated.size(); ++p) {
      w.texts.push_back(PlanText{w.plan_files[p], "plans/" + generated[p].satker().code + ".json"});
      w.bytes += w.plan_files[p].size();
    }
  }
  for (absl::StatusOr<Plan>& p : ReadPlanJsons(w.texts, {}, 0)) w.plans.push_back(*std::move(p));
  w.compiled = std::make_unique<CompiledPortfolio>(*CompiledPortfolio::Compile(w.plans));
  w.scope = std::make_unique<EvidenceScope>(w.compiled->Scope());
  w.accepted = ReadEvidence(w.evidence_csv, *w.scope)->accepted;
  w.filed = std::make_unique<CompiledPortfolio>(w.compiled->WithEvidence(w.accepted));
  return w;
}

// The CSV floor: every field found (quoted ones with their doubled quotes skipped over),
// none copied. Returns the number of fields so that nothing is optimised away.
size_t SplitCsvFields(std::string_view s) {
  size_t fields = 0, field_bytes = 0;
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    if (s[i] == '"') {
      ++i;
      while (i < s.size()) {
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        ++i;
      }
    }
    while (i < s.size() && s[i] != ',' && s[i] != '\n' && s[i] != '\r') ++i;
    field_bytes += i - start;
    ++fields;
    if (i < s.size() && s[i] == '\r') ++i;
    if (i < s.size()) ++i;  // the ',' or '\n'
  }
  benchmark::DoNotOptimize(field_bytes);
  return fields;
}

void Finish(benchmark::State& state, const LoadWorkload& w) {
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(w.bytes));
  state.counters["satker"] = static_cast<double>(w.plan_files.size());
}

void BM_LoadFloor(benchmark::State& state) {
  const LoadWorkload& w = GetLoadWorkload(state.range(0));
  for (auto _ : state) {
    for (const std::string& f : w.plan_files) {
      boost::json::value v = boost::json::parse(f);
      benchmark::DoNotOptimize(v);
    }
    for (const std::string& f : w.evidence_csv) benchmark::DoNotOptimize(SplitCsvFields(f));
  }
  Finish(state, w);
}

// The two halves of the floor, to see which dominates.
void BM_LoadFloorJson(benchmark::State& state) {
  const LoadWorkload& w = GetLoadWorkload(state.range(0));
  for (auto _ : state) {
    for (const std::string& f : w.plan_files) {
      boost::json::value v = boost::json::parse(f);
      benchmark::DoNotOptimize(v);
    }
  }
  Finish(state, w);
}

void BM_LoadFloorCsv(benchmark::State& state) {
  const LoadWorkload& w = GetLoadWorkload(state.range(0));
  for (auto _ : state) {
    for (const std::string& f : w.evidence_csv) benchmark::DoNotOptimize(SplitCsvFields(f));
  }
  Finish(state, w);
}

void BM_LoadStageRead(benchmark::State& state) {
  const LoadWorkload& w = GetLoadWorkload(state.range(0));
  PlanReadOptions options;
  options.validate = false;
  for (auto _ : state) {
    auto plans = ReadPlanJsons(w.texts, options, static_cast<int>(state.range(1)));
    benchmark::DoNotOptimize(plans.data());
  }
  Finish(state, w);
}

void BM_LoadStageValidate(benchmark::State& state) {
  const LoadWorkload& w = GetLoadWorkload(state.range(0));
  for (auto _ : state) {
    for (const Plan& p : w.plans) {
      auto d = ValidatePlan(p);
      benchmark::DoNotOptimize(d.data());
      benchmark::DoNotOptimize(CheckOccurrenceLimit(p).ok());
    }
  }
  Finish(state, w);
}

void BM_LoadStageCompile(benchmark::State& state) {
  const LoadWorkload& w = GetLoadWorkload(state.range(0));
  CompileOptions options;
  options.threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    auto c = CompiledPortfolio::Compile(w.plans, options);
    benchmark::DoNotOptimize(c->occurrence_count());
  }
  Finish(state, w);
}

void BM_LoadStageEvidence(benchmark::State& state) {
  const LoadWorkload& w = GetLoadWorkload(state.range(0));
  for (auto _ : state) {
    // Scope() is part of this stage: the CLI builds it from the compiled portfolio.
    const EvidenceScope scope = w.compiled->Scope();
    auto ev = ReadEvidence(w.evidence_csv, scope, static_cast<int>(state.range(1)));
    benchmark::DoNotOptimize(ev->accepted.data());
  }
  Finish(state, w);
}

void BM_LoadStageFile(benchmark::State& state) {
  const LoadWorkload& w = GetLoadWorkload(state.range(0));
  for (auto _ : state) {
    CompiledPortfolio p = w.compiled->WithEvidence(w.accepted);
    benchmark::DoNotOptimize(p.evidence_count());
  }
  Finish(state, w);
}

void BM_LoadStageScore(benchmark::State& state) {
  const LoadWorkload& w = GetLoadWorkload(state.range(0));
  PortfolioScoreOptions options;
  options.threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    auto scores = w.filed->Score(Date::FromYmd(2026, 7, 1), options);
    benchmark::DoNotOptimize(scores->score.data());
  }
  Finish(state, w);
}

void BM_LoadFull(benchmark::State& state) {
  const LoadWorkload& w = GetLoadWorkload(state.range(0));
  const int threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    std::vector<Plan> plans;
    plans.reserve(w.texts.size());
    for (absl::StatusOr<Plan>& p : ReadPlanJsons(w.texts, {}, threads)) {
      if (!p.ok() || !CheckOccurrenceLimit(*p).ok()) state.SkipWithError("bad plan");
      plans.push_back(*std::move(p));
    }
    CompileOptions compile;
    compile.threads = threads;
    auto compiled = CompiledPortfolio::Compile(plans, compile);
    auto ev = ReadEvidence(w.evidence_csv, compiled->Scope(), threads);
    if (!ev.ok() || !ev->rejected.empty()) state.SkipWithError("bad evidence");
    CompiledPortfolio filed = compiled->WithEvidence(ev->accepted);
    PortfolioScoreOptions score;
    score.threads = threads;
    auto scores = filed.Score(Date::FromYmd(2026, 7, 1), score);
    benchmark::DoNotOptimize(scores->score.data());
  }
  Finish(state, w);
}

void Sizes(benchmark::internal::Benchmark* b) {
  for (int64_t n : {553, 10000}) b->Arg(n);
}
void SizesAndThreads(benchmark::internal::Benchmark* b) {
  for (int64_t n : {553, 10000}) {
    b->Args({n, 1});
    b->Args({n, 2});
  }
}

BENCHMARK(BM_LoadFloor)->Apply(Sizes)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadFloorJson)->Apply(Sizes)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadFloorCsv)->Apply(Sizes)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadStageRead)->Apply(SizesAndThreads)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadStageValidate)->Apply(Sizes)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadStageCompile)
    ->Apply(SizesAndThreads)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadStageEvidence)->Apply(SizesAndThreads)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadStageFile)->Apply(Sizes)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadStageScore)->Apply(SizesAndThreads)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadFull)->Apply(SizesAndThreads)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace
